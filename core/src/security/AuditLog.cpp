#include "lintas/security/AuditLog.h"

#include "lintas/Time.h"
#include "lintas/exchange/Json.h"
#include "lintas/service/Context.h"

#include <openssl/evp.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace lintas::security {
namespace {

namespace fs = std::filesystem;
namespace json = exchange::json;

constexpr char kSeparator = '\x1F';

/// The columns every read selects, in the order readEntry() expects them.
constexpr std::string_view kColumns =
    "seq, at, user_uuid, username, action, record_type, record_uuid, detail, reason, prev_hash, hash";

/// Resets a cached statement when leaving scope, so no read stays open on the connection.
class ResetOnExit {
public:
    explicit ResetOnExit(store::Statement& st) : m_st(st) {}
    ~ResetOnExit() { m_st.reset(); }
    ResetOnExit(const ResetOnExit&) = delete;
    ResetOnExit& operator=(const ResetOnExit&) = delete;

private:
    store::Statement& m_st;
};

AuditEntry readEntry(const store::Statement& st) {
    AuditEntry e;
    e.seq = st.int64(0);
    e.at = st.text(1);
    e.userUuid = st.text(2);
    e.username = st.text(3);
    e.action = st.text(4);
    e.recordType = st.text(5);
    e.recordUuid = st.text(6);
    e.detail = st.text(7);
    e.reason = st.text(8);
    e.prevHash = st.text(9);
    e.hash = st.text(10);
    return e;
}

std::string sha256Hex(std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        return {};  // never equal to a stored hash, so verify() reports the entry
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (unsigned int i = 0; i < size; ++i) {
        out += kHex[digest[i] >> 4];
        out += kHex[digest[i] & 0x0F];
    }
    return out;
}

/// The name of the first text field holding the separator, or nullptr. Such a field would let
/// text move between neighbouring fields without changing the canonical form.
const char* fieldWithSeparator(const AuditEntry& e) {
    const std::pair<const char*, const std::string*> fields[] = {
        {"at", &e.at},           {"userUuid", &e.userUuid},     {"username", &e.username},
        {"action", &e.action},   {"recordType", &e.recordType}, {"recordUuid", &e.recordUuid},
        {"detail", &e.detail},   {"reason", &e.reason},         {"prevHash", &e.prevHash},
    };
    for (const auto& [name, value] : fields)
        if (value->find(kSeparator) != std::string::npos)
            return name;
    return nullptr;
}

bool isLowerHex64(std::string_view s) {
    if (s.size() != 64)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

std::string seqText(std::int64_t seq) { return std::to_string(seq); }

/// WHERE clause and its bound values for `q`.
struct Filter {
    std::string where;
    std::vector<std::string> values;
};

Result<Filter> buildFilter(const AuditQuery& q) {
    Filter f;
    auto add = [&f](std::string_view condition, std::string value) {
        f.where += f.where.empty() ? " WHERE " : " AND ";
        f.where += condition;
        f.values.push_back(std::move(value));
    };
    if (!q.userUuid.empty())
        add("user_uuid = ?", q.userUuid);
    if (!q.username.empty())
        add("username = ? COLLATE NOCASE", q.username);
    if (!q.recordType.empty())
        add("record_type = ?", q.recordType);
    if (!q.recordUuid.empty())
        add("record_uuid = ?", q.recordUuid);
    if (!q.action.empty())
        add("action = ?", q.action);
    constexpr const char* kTimeRule = "must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDTHH:MM:SSZ)";
    if (!q.from.empty()) {
        // A date compares below every timestamp of that day, so `at >= date` starts the day.
        if (isIsoDate(q.from))
            add("at >= ?", q.from);
        else if (auto t = parseTimestamp(q.from))
            add("at >= ?", formatTimestamp(*t));
        else
            return validationError("audit.from", kTimeRule);
    }
    if (!q.to.empty()) {
        if (auto days = isoDateToDays(q.to); days && isIsoDate(q.to))
            add("at < ?", daysToIsoDate(*days + 1));  // the whole day
        else if (auto t = parseTimestamp(q.to))
            add("at <= ?", formatTimestamp(*t));
        else
            return validationError("audit.to", kTimeRule);
    }
    return f;
}

/// A file descriptor closed on scope exit.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

bool writeAll(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

void syncDirectory(const fs::path& dir) {
    Fd fd(::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

json::Value entryJson(const AuditEntry& e) {
    json::Value v;
    v.set("seq", e.seq);
    v.set("at", e.at);
    v.set("userUuid", e.userUuid);
    v.set("username", e.username);
    v.set("action", e.action);
    v.set("recordType", e.recordType);
    v.set("recordUuid", e.recordUuid);
    v.set("detail", e.detail);
    v.set("reason", e.reason);
    v.set("prevHash", e.prevHash);
    v.set("hash", e.hash);
    return v;
}

Result<std::vector<AuditEntry>> readAll(store::Statement& st) {
    ResetOnExit resetter(st);
    std::vector<AuditEntry> out;
    while (true) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(readEntry(st));
    }
    return out;
}

}  // namespace

// ---- entries -------------------------------------------------------------------------------

std::string canonicalForm(const AuditEntry& e) {
    std::string out = seqText(e.seq);
    for (const std::string* field : {&e.at, &e.userUuid, &e.username, &e.action, &e.recordType, &e.recordUuid,
                                     &e.detail, &e.reason, &e.prevHash}) {
        out += kSeparator;
        out += *field;
    }
    return out;
}

std::string entryHash(const AuditEntry& e) { return sha256Hex(canonicalForm(e)); }

// ---- checkpoints ---------------------------------------------------------------------------

std::string AuditCheckpoint::toText() const {
    return "LINTAS-AUDIT-CHECKPOINT v1 agency=" + agency + " seq=" + seqText(seq) + " at=" + at + " sha256=" + hash;
}

Result<AuditCheckpoint> AuditCheckpoint::parse(const std::string& text) {
    auto malformed = [](const std::string& field, const std::string& detail) {
        return Error{ErrorCode::Malformed, "checkpoint." + field, detail};
    };
    std::vector<std::string_view> words;
    std::string_view rest(text);
    constexpr std::string_view kSpace = " \t\r\n";
    while (true) {
        const auto begin = rest.find_first_not_of(kSpace);
        if (begin == std::string_view::npos)
            break;
        rest.remove_prefix(begin);
        const auto end = rest.find_first_of(kSpace);
        words.push_back(rest.substr(0, end));
        if (end == std::string_view::npos)
            break;
        // Only one line: a checkpoint is a single line of text.
        if (rest[end] == '\n' || rest[end] == '\r') {
            const auto next = rest.find_first_not_of(kSpace, end);
            if (next != std::string_view::npos)
                return malformed("text", "a checkpoint is one line; there is more after it");
        }
        rest.remove_prefix(end);
    }
    if (words.empty() || words[0] != "LINTAS-AUDIT-CHECKPOINT")
        return malformed("format", "does not start with LINTAS-AUDIT-CHECKPOINT");
    if (words.size() < 2 || words[1] != "v1")
        return malformed("version", "is not v1");
    static constexpr std::array<std::string_view, 4> kKeys{"agency", "seq", "at", "sha256"};
    if (words.size() > 2 + kKeys.size())
        return malformed("text", "has more than agency, seq, at and sha256");
    std::array<std::string_view, 4> values{};
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        const std::string key(kKeys[i]);
        if (words.size() <= 2 + i)
            return malformed(key, "is missing");
        const std::string_view word = words[2 + i];
        if (word.substr(0, kKeys[i].size() + 1) != key + "=")
            return malformed(key, "is missing or out of place (expected " + key + "=…)");
        values[i] = word.substr(kKeys[i].size() + 1);
    }
    AuditCheckpoint cp;
    // agency: ISO3 "/" code, as Agency codes are written (A-Z, 0-9, '-', '_').
    const std::string_view agency = values[0];
    const auto slash = agency.find('/');
    bool agencyOk = slash == 3 && agency.size() > 4;
    for (std::size_t i = 0; agencyOk && i < agency.size(); ++i) {
        const char c = agency[i];
        if (i < 3)
            agencyOk = c >= 'A' && c <= 'Z';
        else if (i > 3)
            agencyOk = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
    if (!agencyOk)
        return malformed("agency", "is not COUNTRY/CODE (e.g. IDN/BARESKRIM)");
    cp.agency = std::string(agency);

    const std::string_view seq = values[1];
    std::int64_t seqValue = -1;
    const auto [end, ec] = std::from_chars(seq.data(), seq.data() + seq.size(), seqValue);
    if (seq.empty() || ec != std::errc() || end != seq.data() + seq.size() || seqValue < 0 ||
        (seq.size() > 1 && seq[0] == '0'))
        return malformed("seq", "is not a whole number");
    cp.seq = seqValue;

    if (!parseTimestamp(values[2]))
        return malformed("at", "is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)");
    cp.at = std::string(values[2]);

    std::string hash(values[3]);
    for (char& c : hash)
        if (c >= 'A' && c <= 'F')
            c = static_cast<char>(c - 'A' + 'a');
    if (!isLowerHex64(hash))
        return malformed("sha256", "is not 64 hexadecimal digits");
    cp.hash = std::move(hash);
    return cp;
}

// ---- AuditLog ------------------------------------------------------------------------------

Status AuditLog::append(AuditEntry e) {
    if (e.action.empty())
        return validationError("audit.action", "must not be empty");
    if (const char* field = fieldWithSeparator(e))
        return validationError(std::string("audit.") + field, "must not contain the control character U+001F");
    // A savepoint inside the caller's transaction, else a transaction of its own: either way
    // reading the head and inserting after it happen under the write lock.
    store::Transaction tx(m_db);
    LINTAS_TRY(tx.begun());
    {
        auto head = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (!head)
            return head.error();
        ResetOnExit resetter(**head);
        auto row = (*head)->step();
        if (!row)
            return row.error();
        if (*row) {
            e.seq = (*head)->int64(0) + 1;
            e.prevHash = (*head)->text(1);
        } else {
            e.seq = 1;
            e.prevHash = std::string(kGenesisHash);
        }
    }
    e.at = formatTimestamp(m_clock.now());
    e.hash = entryHash(e);
    auto insert = m_db.prepare(
        "INSERT INTO audit_log(seq, at, user_uuid, username, action, record_type, record_uuid, detail, reason, "
        "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, e.seq).bind(2, e.at).bind(3, e.userUuid).bind(4, e.username).bind(5, e.action);
    (*insert)->bind(6, e.recordType).bind(7, e.recordUuid).bind(8, e.detail).bind(9, e.reason);
    (*insert)->bind(10, e.prevHash).bind(11, e.hash);
    LINTAS_TRY((*insert)->exec());
    return tx.commit();
}

Result<std::vector<AuditEntry>> AuditLog::query(const AuditQuery& q) {
    if (q.offset < 0)
        return validationError("audit.offset", "must not be negative");
    auto filter = buildFilter(q);
    if (!filter)
        return filter.error();
    const std::string sql = "SELECT " + std::string(kColumns) + " FROM audit_log" + filter->where +
                            (q.newestFirst ? " ORDER BY seq DESC" : " ORDER BY seq") + " LIMIT ? OFFSET ?";
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    int i = 1;
    for (const auto& v : filter->values)
        (*st)->bind(i++, v);
    (*st)->bind(i++, static_cast<std::int64_t>(q.limit > 0 ? q.limit : -1));
    (*st)->bind(i, static_cast<std::int64_t>(q.offset));
    return readAll(**st);
}

Result<std::int64_t> AuditLog::count(const AuditQuery& q) {
    auto filter = buildFilter(q);
    if (!filter)
        return filter.error();
    auto st = m_db.prepare("SELECT count(*) FROM audit_log" + filter->where);
    if (!st)
        return st.error();
    ResetOnExit resetter(**st);
    int i = 1;
    for (const auto& v : filter->values)
        (*st)->bind(i++, v);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    return *row ? (*st)->int64(0) : std::int64_t{0};
}

Result<AuditVerification> AuditLog::verify() { return verifyChain(0, nullptr, nullptr); }

Result<AuditVerification> AuditLog::verifyChain(std::int64_t watchSeq, std::optional<std::string>* watched,
                                                std::int64_t* lastSeq) {
    auto st = m_db.prepare("SELECT " + std::string(kColumns) + " FROM audit_log ORDER BY seq");
    if (!st)
        return st.error();
    ResetOnExit resetter(**st);
    AuditVerification v;
    std::string prevHash(kGenesisHash);  // hash of entry n-1 (of the chain so far)
    std::string prevPrevHash;            // hash of entry n-2; empty before entry 2
    std::int64_t expected = 1;
    if (watched && watchSeq == 0)
        *watched = std::string(kGenesisHash);
    auto broken = [&v](std::int64_t seq, std::string problem) {
        v.ok = false;
        v.firstBrokenSeq = seq;
        v.problem = std::move(problem);
    };
    while (true) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEntry e = readEntry(**st);
        if (lastSeq)
            *lastSeq = e.seq;
        const std::string n = seqText(expected);
        const std::string before = seqText(expected - 1);
        if (e.seq != expected) {
            // seq is the primary key and read in order, so it can only jump ahead.
            broken(expected, expected == 1 ? "missing: the log starts at entry " + seqText(e.seq)
                                           : "missing: the log goes from entry " + before + " to entry " +
                                                 seqText(e.seq));
            break;
        }
        if (watched && e.seq == watchSeq)
            *watched = e.hash;
        if (e.prevHash != prevHash) {
            if (!prevPrevHash.empty() && e.prevHash == prevPrevHash) {
                // Entry n links past entry n-1: n-1 was put into the chain afterwards.
                broken(expected - 1, "not part of the chain: entry " + n + " follows entry " + seqText(expected - 2) +
                                         " (an entry was inserted)");
                v.entries = expected - 2;
                v.headHash = prevPrevHash;
                return v;
            }
            std::string problem = expected == 1 ? "does not start the chain: its prev_hash is not 64 zeros"
                                                : "does not follow entry " + before + ": its prev_hash is not entry " +
                                                      before + "'s hash (an entry was removed, inserted or moved)";
            // Two neighbours swapped: the next entry links to n-1 and this one links to the next.
            auto next = (*st)->step();
            if (next && *next) {
                const AuditEntry following = readEntry(**st);
                if (following.seq == expected + 1 && following.prevHash == prevHash && e.prevHash == following.hash)
                    problem = "out of order: entries " + n + " and " + seqText(expected + 1) + " are swapped";
            }
            broken(expected, std::move(problem));
            break;
        }
        if (const char* field = fieldWithSeparator(e)) {
            broken(expected, std::string("its ") + field + " holds the field separator U+001F");
            break;
        }
        if (entryHash(e) != e.hash) {
            broken(expected, "hash does not match its content");
            break;
        }
        prevPrevHash = std::move(prevHash);
        prevHash = e.hash;
        ++expected;
        ++v.entries;
    }
    v.headHash = prevHash;
    return v;
}

Result<AuditVerification> AuditLog::verifyAgainst(const AuditCheckpoint& checkpoint) {
    std::optional<std::string> watched;
    std::int64_t lastSeq = 0;
    auto chain = verifyChain(checkpoint.seq, &watched, &lastSeq);
    if (!chain)
        return chain.error();
    AuditVerification v = std::move(chain).value();
    // A break at or before the checkpoint's entry comes first in the log.
    if (!v.ok && v.firstBrokenSeq <= checkpoint.seq)
        return v;
    const std::string cpSeq = seqText(checkpoint.seq);
    if (!watched) {
        // The chain verified at least up to its end, and the end is before the checkpoint.
        v.ok = false;
        v.firstBrokenSeq = lastSeq + 1;
        v.problem = "missing: the checkpoint of " + checkpoint.at + " names entry " + cpSeq + " but the log " +
                    (lastSeq == 0 ? std::string("is empty") : "ends at entry " + seqText(lastSeq)) +
                    " (the log was truncated)";
        return v;
    }
    if (*watched != checkpoint.hash) {
        AuditVerification mismatch;
        mismatch.ok = false;
        mismatch.firstBrokenSeq = checkpoint.seq;
        mismatch.entries = checkpoint.seq > 0 ? checkpoint.seq - 1 : 0;
        mismatch.problem = "does not match the checkpoint of " + checkpoint.at +
                           " (the log up to this entry was replaced or rewritten)";
        return mismatch;
    }
    return v;
}

Status AuditLog::exportTo(const std::string& path) {
    const std::string field = "audit.export";
    // One transaction: the header's count and head describe exactly the lines that follow.
    store::Transaction tx(m_db);
    LINTAS_TRY(tx.begun());
    auto agency = agencyLabel();
    if (!agency)
        return agency.error();
    auto cp = checkpoint(*agency);
    if (!cp)
        return cp.error();
    auto entries = count({});
    if (!entries)
        return entries.error();

    json::Value header;
    header.set("format", kAuditExportFormat);
    header.set("version", kAuditExportVersion);
    header.set("agency", *agency);
    header.set("exportedAt", cp->at);
    header.set("entries", *entries);
    header.set("headSeq", cp->seq);
    header.set("headSha256", cp->hash);
    header.set("hashAlgorithm", "sha256");
    header.set("canonicalForm",
               "seq, at, userUuid, username, action, recordType, recordUuid, detail, reason, prevHash "
               "joined by U+001F; seq in decimal; hash = lower-case hex SHA-256 of the UTF-8 bytes");

    static std::atomic<unsigned> counter{0};
    const fs::path target(path);
    const fs::path temp = target.parent_path() / (target.filename().string() + ".tmp-" + std::to_string(::getpid()) +
                                                  "-" + std::to_string(counter++));
    Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return Error{ErrorCode::Io, field, "cannot create the file"};
    auto fail = [&](Error e) -> Status {
        if (fd.get() >= 0)
            ::close(fd.release());
        std::error_code ignored;
        fs::remove(temp, ignored);
        return e;
    };

    std::string buffer = json::write(header) + "\n";
    auto st = m_db.prepare("SELECT " + std::string(kColumns) + " FROM audit_log ORDER BY seq");
    if (!st)
        return fail(st.error());
    {
        ResetOnExit resetter(**st);
        while (true) {
            auto row = (*st)->step();
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            buffer += json::write(entryJson(readEntry(**st)));
            buffer += '\n';
            if (buffer.size() >= 64 * 1024) {
                if (!writeAll(fd.get(), buffer))
                    return fail(Error{ErrorCode::Io, field, "cannot write the file"});
                buffer.clear();
            }
        }
    }
    if (!writeAll(fd.get(), buffer) || ::fsync(fd.get()) != 0)
        return fail(Error{ErrorCode::Io, field, "cannot write the file"});
    if (::close(fd.release()) != 0)
        return fail(Error{ErrorCode::Io, field, "cannot write the file"});
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec)
        return fail(Error{ErrorCode::Io, field, "cannot rename the file into place"});
    syncDirectory(target.parent_path());
    return tx.commit();
}

Result<AuditCheckpoint> AuditLog::checkpoint(const std::string& agency) {
    auto st = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!st)
        return st.error();
    ResetOnExit resetter(**st);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    AuditCheckpoint cp;
    cp.agency = agency;
    cp.at = formatTimestamp(m_clock.now());
    if (*row) {
        cp.seq = (*st)->int64(0);
        cp.hash = (*st)->text(1);
    } else {
        cp.hash = std::string(kGenesisHash);
    }
    return cp;
}

Result<std::vector<AuditEntry>> AuditLog::readsOf(const std::string& personUuid) {
    auto st = m_db.prepare("SELECT " + std::string(kColumns) +
                           " FROM audit_log WHERE record_uuid = ? AND action = ? AND record_type = 'person'"
                           " ORDER BY seq DESC");
    if (!st)
        return st.error();
    (*st)->bind(1, personUuid).bind(2, audit::kReadIdentity);
    return readAll(**st);
}

Result<std::string> AuditLog::agencyLabel() {
    auto st = m_db.prepare("SELECT country, code FROM agency WHERE is_local = 1");
    if (!st)
        return st.error();
    ResetOnExit resetter(**st);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotFound, "agency", "the database has no local agency"};
    return (*st)->text(0) + "/" + (*st)->text(1);
}

// ---- AuditService --------------------------------------------------------------------------

Result<std::vector<AuditEntry>> AuditService::query(const AuditQuery& q) {
    LINTAS_TRY(m_ctx.require(Permission::AuditRead, kAuditLogRecordType));
    return m_ctx.audit().query(q);
}

Result<std::int64_t> AuditService::count(const AuditQuery& q) {
    LINTAS_TRY(m_ctx.require(Permission::AuditRead, kAuditLogRecordType));
    return m_ctx.audit().count(q);
}

Result<AuditVerification> AuditService::verify() {
    LINTAS_TRY(m_ctx.require(Permission::AuditRead, kAuditLogRecordType));
    return m_ctx.audit().verify();
}

Result<AuditVerification> AuditService::verifyAgainst(const AuditCheckpoint& checkpoint) {
    LINTAS_TRY(m_ctx.require(Permission::AuditRead, kAuditLogRecordType));
    auto agency = m_ctx.audit().agencyLabel();
    if (!agency)
        return agency.error();
    if (checkpoint.agency != *agency)
        return validationError("checkpoint.agency", "is not this database's agency (" + *agency + ")");
    return m_ctx.audit().verifyAgainst(checkpoint);
}

Result<AuditCheckpoint> AuditService::exportTo(const std::string& path) {
    LINTAS_TRY(m_ctx.require(Permission::AuditRead, kAuditLogRecordType));
    // The export contains its own audit-export entry, so the archive shows it was taken and by
    // whom; one transaction, so a file that cannot be written leaves no entry behind.
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    auto before = m_ctx.audit().count({});
    if (!before)
        return before.error();
    LINTAS_TRY(m_ctx.record(audit::kAuditExport, kAuditLogRecordType, {}, "entries=" + seqText(*before + 1)));
    LINTAS_TRY(m_ctx.audit().exportTo(path));
    auto agency = m_ctx.audit().agencyLabel();
    if (!agency)
        return agency.error();
    auto head = m_ctx.audit().checkpoint(*agency);
    if (!head)
        return head.error();
    if (auto committed = tx.commit(); !committed) {
        // The file would show an entry the log does not have.
        std::error_code ignored;
        fs::remove(path, ignored);
        return committed.error();
    }
    return head;
}

Result<AuditCheckpoint> AuditService::checkpoint() {
    LINTAS_TRY(m_ctx.require(Permission::AuditRead, kAuditLogRecordType));
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(m_ctx.record(audit::kAuditCheckpoint, kAuditLogRecordType));
    auto agency = m_ctx.audit().agencyLabel();
    if (!agency)
        return agency.error();
    auto cp = m_ctx.audit().checkpoint(*agency);
    if (!cp)
        return cp.error();
    LINTAS_TRY(tx.commit());
    return cp;
}

Result<std::vector<AuditEntry>> AuditService::readsOf(const std::string& personUuid) {
    LINTAS_TRY(m_ctx.require(Permission::AuditRead, "person", personUuid));
    return m_ctx.audit().readsOf(personUuid);
}

}  // namespace lintas::security
