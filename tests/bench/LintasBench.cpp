// lintas-bench: timings of the queries users wait on, measured on a large demo database.
//
//   lintas-bench --db PATH [--cases N] [benchmark flags…]
//   lintas-bench --open keyed --db PATH --user NAME --password-fd N [--cache-mib M] [--cold NAME [--drop-caches]]
//                [benchmark flags…]
//   lintas-bench --open plain --db PATH [--cache-mib M] [--cold NAME [--drop-caches]] [benchmark flags…]
//
// Default mode: when PATH does not exist it is created and filled with the demo generator
// (seed 1, N cases, 100,000 by default) first; later runs reuse the file. The database is
// encrypted like every Lintas database and opened through Workspace, signed in as the synthetic
// user kBenchUser (every role) with the benchmark's own password kBenchPassword; its key slot
// uses the cheapest Argon2id cost: the figures are about queries on an encrypted file, not sign-in.
//
// --open keyed|plain: the cost of encryption at rest (docs/performance.md, "Encryption at rest").
// Both sides run the same code on the same data, and differ only in the key:
//   keyed  the key file beside PATH is read and NAME's key slot unwrapped with the password read
//          from file descriptor N (one line), once; the database is opened with that key.
//   plain  PATH is a plaintext database (an earlier version's file, or a copy of it): it is
//          opened without a key, the way only tests and the migration do, and brought to the
//          current schema on first use (Schema::upgrade, written to that file).
// Each side opens store::Database itself, builds a Context whose session holds every role (a
// synthetic user "bench"; services then append their audit entries, e.g. for each search, as in
// real use) and calls the same services. Extra benchmarks: BM_Load (open + the first page of the
// case list as the desktop shows it, 50 rows; the connection is closed untimed) and, keyed only,
// BM_SignIn (read the key file, unwrap the key slot: the Argon2id cost of the slot).
// --cold NAME runs benchmark NAME once, outside Google Benchmark, and prints "NAME <ms>": the
// look-up values are picked on a first connection, which is then closed; with --drop-caches the
// process then empties the kernel's page cache (root only: writes /proc/sys/vm/drop_caches) and
// opens a fresh connection (timed only for BM_Load) before the timed call.
// --cold BM_IntegrityCheck times store::Database::checkIntegrity (not in the Google Benchmark set).
// --cache-mib M sets SQLite's page cache of each connection to M MiB (PRAGMA cache_size; SQLite's
// default, which Lintas keeps, is 2,000 KiB): an experiment on how much of the cost of
// decryption a larger cache of decrypted pages takes away.
//
// Not run by ctest: see docs/performance.md and scripts/bench-encryption.

#include "lintas/Clock.h"
#include "lintas/IdGenerator.h"
#include "lintas/security/Keyring.h"
#include "lintas/service/CaseService.h"
#include "lintas/service/Context.h"
#include "lintas/service/DemoGenerator.h"
#include "lintas/service/PersonService.h"
#include "lintas/service/ReferralService.h"
#include "lintas/service/SearchService.h"
#include "lintas/service/StatsService.h"
#include "lintas/service/Workspace.h"
#include "lintas/store/Cipher.h"
#include "lintas/store/Database.h"
#include "lintas/store/Schema.h"

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

using lintas::Status;

constexpr const char* kBenchUser = "bench";
constexpr const char* kBenchPassword = "benchmark password, not a secret";

/// The services the benchmarks call, whichever way the connection was opened.
struct Calls {
    lintas::store::Database* db = nullptr;
    lintas::CaseService* cases = nullptr;
    lintas::PersonService* persons = nullptr;
    lintas::ReferralService* referrals = nullptr;
    lintas::SearchService* search = nullptr;
    lintas::StatsService* stats = nullptr;
};

/// A connection opened directly (--open): the same service classes a Workspace holds, over a
/// Context whose session is the synthetic benchmark user with every role.
struct Direct {
    std::unique_ptr<lintas::store::Database> db;
    lintas::SystemClock clock;
    lintas::RandomIdGenerator ids;
    lintas::Context ctx;
    lintas::CaseService cases;
    lintas::PersonService persons;
    lintas::ReferralService referrals;
    lintas::SearchService search;
    lintas::StatsService stats;

    explicit Direct(std::unique_ptr<lintas::store::Database> d)
        : db(std::move(d)), ctx(*db, clock, ids), cases(ctx), persons(ctx), referrals(ctx), search(ctx), stats(ctx) {}

    [[nodiscard]] Calls calls() { return Calls{db.get(), &cases, &persons, &referrals, &search, &stats}; }
};

enum class OpenMode { Workspace, Keyed, Plain };

struct Settings {
    std::string db;
    int cases = 100000;
    OpenMode mode = OpenMode::Workspace;
    std::string user;
    int passwordFd = -1;
    std::string cold;  // benchmark to run once, or empty
    bool dropCaches = false;
    int cacheMib = 0;  // 0: SQLite's default page cache
};

Settings g_settings;
std::unique_ptr<lintas::Workspace> g_ws;
std::unique_ptr<Direct> g_direct;
std::optional<lintas::security::SecretBytes> g_key;  // --open keyed: the unwrapped database key
std::string g_password;                              // --open keyed: for BM_SignIn; wiped at exit
Calls g_calls;
std::string g_phone;        // a phone number of a person in the database, as entered
std::string g_phonePrefix;  // the same number without its last group of digits, as typed so far
std::string g_country;      // its issuing country
std::string g_name;         // a family name present in the database

void closeAll() {
    g_calls = {};
    g_direct.reset();
    g_ws.reset();
    g_key.reset();
    lintas::security::wipeString(g_password);
}

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "lintas-bench: %s\n", what.c_str());
    closeAll();  // closed now, not among the static destructors that std::exit runs
    std::exit(1);
}

Status failed(const char* what) { return lintas::Error{lintas::ErrorCode::Internal, "bench", what}; }

template <typename T>
Status statusOf(const lintas::Result<T>& r) {
    if (!r)
        return r.error();
    return {};
}

// === opening (--open) ============================================================================

/// The synthetic signed-in user of the comparison: every role, so every service call is allowed
/// and nothing is masked (the work is the same on both sides).
lintas::security::Session benchSession() {
    lintas::security::Session s;
    s.userId = 0;
    s.userUuid = "00000000-0000-4000-8000-00000000b5c0";
    s.username = kBenchUser;
    s.roles = lintas::security::RoleSet::all();
    return s;
}

/// Opens the database the way Workspace::open does after sign-in (key, schema check or upgrade,
/// local agency), with the benchmark session.
lintas::Result<std::unique_ptr<Direct>> openDirect() {
    const lintas::security::SecretBytes* key = g_key ? &*g_key : nullptr;
    auto db = lintas::store::Database::open(g_settings.db, false, lintas::store::Database::Mode::ReadWrite, key);
    if (!db)
        return db.error();
    LINTAS_TRY(lintas::store::Schema::upgrade(**db));
    if (g_settings.cacheMib > 0)
        LINTAS_TRY((*db)->execute("PRAGMA cache_size = -" + std::to_string(g_settings.cacheMib * 1024)));
    auto d = std::make_unique<Direct>(std::move(db).value());
    d->ctx.setSession(benchSession());
    auto st = d->db->prepare("SELECT id, uuid FROM agency WHERE is_local = 1");
    if (!st)
        return st.error();
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (*row)
        d->ctx.setLocalAgency((*st)->int64(0), (*st)->text(1));
    (*st)->reset();
    return d;
}

/// The first page of the case list as the desktop asks for it at start: default query (most
/// recently updated first), 50 rows.
Status firstCasePage(Calls c) {
    lintas::CaseQuery q;
    q.limit = 50;
    auto r = c.cases->list(q);
    if (!r)
        return r.error();
    if (r->size() != 50)
        return failed("the first case page does not hold 50 rows");
    return {};
}

std::string readPasswordFd(int fd) {
    std::string out;
    char ch = 0;
    while (::read(fd, &ch, 1) == 1 && ch != '\n')
        out += ch;
    if (!out.empty() && out.back() == '\r')
        out.pop_back();
    ch = 0;
    return out;
}

void unwrapKey() {
    if (g_settings.user.empty() || g_settings.passwordFd < 0)
        fail("--open keyed needs --user NAME and --password-fd N");
    g_password = readPasswordFd(g_settings.passwordFd);
    auto keyring = lintas::security::Keyring::load(lintas::security::Keyring::pathFor(g_settings.db));
    if (!keyring)
        fail(keyring.error().toString());
    auto key = keyring->unwrap(g_settings.user, g_password);
    if (!key)
        fail(key.error().toString());
    g_key = std::move(key).value();
}

// === the benchmarks ==============================================================================

struct Op {
    const char* name;
    benchmark::TimeUnit unit;
    std::function<Status()> run;
    int iterations = 0;  // 0: as many as Google Benchmark wants
};

lintas::CaseQuery filteredQuery() {
    // A typical filter of the case list: one status and one country involved.
    lintas::CaseQuery q;
    q.status = "UnderInvestigation";
    q.country = "THA";
    q.limit = 50;
    return q;
}

std::vector<Op> operations() {
    std::vector<Op> ops;
    if (g_settings.mode != OpenMode::Workspace) {
        // BM_Load is timed by the caller (it needs the connection closed outside the timing).
        ops.push_back({"BM_Load", benchmark::kMillisecond, nullptr});
    }
    if (g_settings.mode == OpenMode::Keyed) {
        ops.push_back({"BM_SignIn", benchmark::kMillisecond,
                       []() -> Status {
                           auto keyring = lintas::security::Keyring::load(
                               lintas::security::Keyring::pathFor(g_settings.db));
                           if (!keyring)
                               return keyring.error();
                           return statusOf(keyring->unwrap(g_settings.user, g_password));
                       },
                       3});
    }
    ops.push_back({"BM_SearchName", benchmark::kMillisecond, [] { return statusOf(g_calls.search->search(g_name, 20)); }});
    ops.push_back({"BM_SearchPhonePrefix", benchmark::kMillisecond,
                   [] { return statusOf(g_calls.search->search(g_phonePrefix, 20)); }});
    ops.push_back({"BM_SearchPrefixTwoWords", benchmark::kMillisecond,
                   [] { return statusOf(g_calls.search->search("scam comp", 20)); }});
    ops.push_back({"BM_CaseListFirstPageByUpdate", benchmark::kMillisecond, []() -> Status {
                       lintas::CaseQuery q;
                       q.limit = 100;
                       auto r = g_calls.cases->list(q);
                       if (!r)
                           return Status(r.error());
                       return r->size() == 100 ? Status{} : failed("case list page is short");
                   }});
    ops.push_back({"BM_CaseListDeepPageByUpdate", benchmark::kMillisecond, [] {
                       lintas::CaseQuery q;
                       q.limit = 100;
                       q.offset = 50000;
                       return statusOf(g_calls.cases->list(q));
                   }});
    ops.push_back({"BM_CaseListFiltered", benchmark::kMillisecond, []() -> Status {
                       auto r = g_calls.cases->list(filteredQuery());
                       if (!r)
                           return Status(r.error());
                       return r->empty() ? failed("the filtered case list is empty") : Status{};
                   }});
    ops.push_back({"BM_CaseCountFiltered", benchmark::kMillisecond,
                   [] { return statusOf(g_calls.cases->count(filteredQuery())); }});
    ops.push_back({"BM_CaseCountAll", benchmark::kMillisecond,
                   [] { return statusOf(g_calls.cases->count(lintas::CaseQuery{})); }});
    ops.push_back({"BM_ReferralsOverdue", benchmark::kMillisecond, [] {
                       lintas::ReferralQuery q;
                       q.overdueOnly = true;
                       q.limit = 1000;
                       return statusOf(g_calls.referrals->list(q));
                   }});
    ops.push_back({"BM_ReferralsOverdueCount", benchmark::kMillisecond,
                   [] { return statusOf(g_calls.referrals->countOverdue()); }});
    ops.push_back({"BM_PersonByNormalisedPhone", benchmark::kMicrosecond, []() -> Status {
                       auto r = g_calls.persons->findByIdentifier("Phone", g_phone, g_country);
                       if (!r)
                           return Status(r.error());
                       return r->empty() ? failed("phone look-up found nothing") : Status{};
                   }});
    ops.push_back({"BM_Statistics", benchmark::kMillisecond, [] { return statusOf(g_calls.stats->compute()); }});
    // Every figure of the desktop dashboard (24 months), as the Dashboard page asks for them.
    ops.push_back({"BM_Dashboard", benchmark::kMillisecond, [] { return statusOf(g_calls.stats->dashboard(24)); }});
    if (g_settings.cold == "BM_IntegrityCheck") {
        // Only on request (minutes on a large file): the whole-file check that the plaintext →
        // encrypted migration runs on its copy (cipher_integrity_check when keyed, then
        // integrity_check).
        ops.push_back({"BM_IntegrityCheck", benchmark::kMillisecond, [] { return g_calls.db->checkIntegrity(); }});
    }
    return ops;
}

/// One BM_Load: open (keyed or not), first case page. The connection is handed back so that the
/// caller closes it outside the timing.
lintas::Result<std::unique_ptr<Direct>> loadOnce() {
    auto d = openDirect();
    if (!d)
        return d.error();
    LINTAS_TRY(firstCasePage((*d)->calls()));
    return d;
}

void registerAll(const std::vector<Op>& ops) {
    for (const Op& op : ops) {
        benchmark::internal::Benchmark* b = nullptr;
        if (std::strcmp(op.name, "BM_Load") == 0) {
            b = benchmark::RegisterBenchmark(op.name, [](benchmark::State& state) {
                for (auto _ : state) {
                    auto d = loadOnce();
                    state.PauseTiming();
                    if (!d)
                        state.SkipWithError(d.error().toString().c_str());
                    else
                        (*d).reset();  // closes the connection, untimed
                    state.ResumeTiming();
                }
            });
        } else {
            b = benchmark::RegisterBenchmark(op.name, [run = op.run](benchmark::State& state) {
                for (auto _ : state) {
                    Status s = run();
                    if (!s)
                        state.SkipWithError(s.error().toString().c_str());
                }
            });
        }
        b->Unit(op.unit);
        if (op.iterations > 0)
            b->Iterations(op.iterations);
    }
}

// === preparation =================================================================================

/// The first row of `sql` (which ends in "OFFSET ?") at `offset`, or at offset 0 in a database
/// too small for it; nullptr when there is none.
lintas::store::Statement* firstRow(const char* sql, std::int64_t offset) {
    for (const std::int64_t at : {offset, std::int64_t{0}}) {
        auto st = g_calls.db->prepare(sql);
        if (!st)
            fail(st.error().toString());
        (*st)->bind(1, at);
        auto row = (*st)->step();
        if (!row)
            fail(row.error().toString());
        if (*row)
            return *st;
    }
    return nullptr;
}

void pickLookUpValues() {
    // Picked from the data itself, the way a user would have them at hand: the 1,000th phone
    // number and the 5,000th family name (the same as scripts/bench-baseline).
    auto* st = firstRow("SELECT i.value, coalesce(i.issuing_country, (SELECT country FROM person_citizenship "
                        "WHERE person_id = i.person_id LIMIT 1)) FROM identifier i WHERE i.type = 'Phone' "
                        "AND i.person_id IS NOT NULL ORDER BY i.id LIMIT 1 OFFSET ?",
                        1000);
    if (!st)
        fail("the database holds no phone numbers");
    g_phone = st->text(0);
    g_country = st->text(1);
    st->reset();
    // "+62 853-7134-8174" → "+62 853-7134": the number as typed before its last group of digits.
    g_phonePrefix = g_phone;
    while (!g_phonePrefix.empty() && std::isdigit(static_cast<unsigned char>(g_phonePrefix.back())))
        g_phonePrefix.pop_back();
    while (!g_phonePrefix.empty() && !std::isdigit(static_cast<unsigned char>(g_phonePrefix.back())))
        g_phonePrefix.pop_back();
    if (g_phonePrefix.size() < 4)
        g_phonePrefix = g_phone.substr(0, std::min<std::size_t>(g_phone.size(), 8));
    auto* name = firstRow("SELECT family_name FROM person WHERE family_name <> '' ORDER BY id LIMIT 1 OFFSET ?", 5000);
    if (!name)
        fail("the database holds no persons");
    g_name = name->text(0);
    name->reset();
}

void prepareWorkspace(const std::string& path, int cases) {
    if (!std::filesystem::exists(path)) {
        std::fprintf(stderr, "lintas-bench: creating %s with %d demo cases (seed 1)…\n", path.c_str(), cases);
        lintas::Agency a;
        a.code = "BARESKRIM";
        a.country = "IDN";
        a.name = "Bareskrim Polri (demo)";
        lintas::Workspace::Options options;
        options.ids = std::make_shared<lintas::SeededIdGenerator>(1);
        options.kdf = lintas::security::KdfParams::fastForTests();
        const lintas::FirstUser user{kBenchUser, "Benchmark (synthetic)", kBenchPassword,
                                     lintas::security::RoleSet::all()};
        auto created = lintas::Workspace::create(path, a, user, options);
        if (!created)
            fail(created.error().toString());
        auto demo = lintas::generateDemo(**created, {cases, 1, {}});
        if (!demo)
            fail(demo.error().toString());
    }
    lintas::Workspace::Options options;
    options.kdf = lintas::security::KdfParams::fastForTests();
    auto opened = lintas::Workspace::open(path, lintas::Credentials{kBenchUser, kBenchPassword}, options);
    if (!opened)
        fail(opened.error().toString());
    g_ws = std::move(opened).value();
    lintas::Workspace& ws = *g_ws;
    g_calls = Calls{&ws.db(), &ws.cases, &ws.persons, &ws.referrals, &ws.search, &ws.stats};
    pickLookUpValues();
}

void prepareDirect() {
    const auto kind = lintas::store::probeDatabaseFile(g_settings.db);
    if (g_settings.mode == OpenMode::Keyed) {
        if (kind != lintas::store::FileKind::Encrypted)
            fail("--open keyed: " + g_settings.db + " is not an encrypted database");
        unwrapKey();
    } else if (kind != lintas::store::FileKind::Plaintext) {
        fail("--open plain: " + g_settings.db + " is not a plaintext database");
    }
    auto d = openDirect();
    if (!d)
        fail(d.error().toString());
    g_direct = std::move(d).value();
    g_calls = g_direct->calls();
    pickLookUpValues();
}

void dropPageCache() {
    ::sync();
    std::ofstream out("/proc/sys/vm/drop_caches");
    out << "3\n";
    out.flush();
    if (!out)
        fail("--drop-caches: cannot write /proc/sys/vm/drop_caches (needs root)");
}

/// --cold NAME: one timed call, printed as "NAME <milliseconds>".
int runCold(const std::vector<Op>& ops) {
    const Op* op = nullptr;
    for (const Op& o : ops)
        if (g_settings.cold == o.name)
            op = &o;
    if (!op)
        fail("--cold: no benchmark named " + g_settings.cold);
    const bool load = std::strcmp(op->name, "BM_Load") == 0;
    // A fresh connection after the look-ups: nothing of the data in SQLite's own cache.
    g_calls = {};
    g_direct.reset();
    if (g_settings.dropCaches)
        dropPageCache();
    using Clock = std::chrono::steady_clock;
    Clock::time_point start;
    Status s;
    if (load) {
        start = Clock::now();
        auto d = loadOnce();
        const auto end = Clock::now();
        if (!d)
            fail(d.error().toString());
        std::printf("%s %.3f\n", op->name, std::chrono::duration<double, std::milli>(end - start).count());
        return 0;
    }
    auto d = openDirect();
    if (!d)
        fail(d.error().toString());
    g_direct = std::move(d).value();
    g_calls = g_direct->calls();
    start = Clock::now();
    s = op->run();
    const auto end = Clock::now();
    if (!s)
        fail(s.error().toString());
    std::printf("%s %.3f\n", op->name, std::chrono::duration<double, std::milli>(end - start).count());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    Settings& s = g_settings;
    std::vector<char*> rest{argv[0]};
    auto value = [&](int& i, const char* flag) -> const char* {
        const std::size_t n = std::strlen(flag);
        if (std::strncmp(argv[i], flag, n) == 0 && argv[i][n] == '=')
            return argv[i] + n + 1;
        if (std::strcmp(argv[i], flag) == 0 && i + 1 < argc)
            return argv[++i];
        return nullptr;
    };
    for (int i = 1; i < argc; ++i) {
        const char* v = nullptr;
        if ((v = value(i, "--db")))
            s.db = v;
        else if ((v = value(i, "--cases")))
            s.cases = std::atoi(v);
        else if ((v = value(i, "--open"))) {
            if (std::strcmp(v, "keyed") == 0)
                s.mode = OpenMode::Keyed;
            else if (std::strcmp(v, "plain") == 0)
                s.mode = OpenMode::Plain;
            else
                fail("--open takes keyed or plain");
        } else if ((v = value(i, "--user")))
            s.user = v;
        else if ((v = value(i, "--password-fd")))
            s.passwordFd = std::atoi(v);
        else if ((v = value(i, "--cold")))
            s.cold = v;
        else if ((v = value(i, "--cache-mib")))
            s.cacheMib = std::atoi(v);
        else if (std::strcmp(argv[i], "--drop-caches") == 0)
            s.dropCaches = true;
        else
            rest.push_back(argv[i]);
    }
    if (s.db.empty())
        fail("usage: lintas-bench --db PATH [--cases=N | --open keyed|plain …] [--benchmark_* flags]");
    if (s.mode == OpenMode::Workspace && (!s.cold.empty() || s.dropCaches || s.cacheMib > 0))
        fail("--cold, --drop-caches and --cache-mib need --open keyed|plain");
    if (s.mode == OpenMode::Workspace)
        prepareWorkspace(s.db, s.cases);
    else
        prepareDirect();
    const std::vector<Op> ops = operations();
    if (!s.cold.empty()) {
        const int rc = runCold(ops);
        closeAll();
        return rc;
    }
    registerAll(ops);
    int n = static_cast<int>(rest.size());
    benchmark::Initialize(&n, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    closeAll();
    return 0;
}
