#include "lintas/service/Workspace.h"

#include "Support.h"

#include "lintas/Time.h"
#include "lintas/security/FileCipher.h"
#include "lintas/store/Schema.h"

#include <chrono>
#include <filesystem>
#include <optional>

namespace lintas {
namespace fs = std::filesystem;
using security::Keyring;
using security::SecretBytes;

namespace {

std::int64_t epochSeconds(const Clock& clock) {
    return std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
}

std::shared_ptr<Clock> clockOf(const Workspace::Options& options) {
    return options.clock ? options.clock : std::make_shared<SystemClock>();
}

Error signInFailed() { return Error{ErrorCode::SignInFailed, "password", "unknown user or wrong password"}; }

/// Removes what a failed create() left behind, so that the path can be used again.
void removeDatabaseFiles(const std::string& path, bool keyring) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix, ec);
    if (keyring)
        fs::remove(Keyring::pathFor(path), ec);
}

/// A plaintext file: a Lintas database of an earlier version (to be encrypted) or someone else's.
Error classifyPlaintext(const std::string& path) {
    auto db = store::Database::open(path, false, store::Database::Mode::ReadOnly);
    if (db) {
        auto appId = (*db)->queryInt("PRAGMA application_id");
        if (appId && *appId == store::Schema::kApplicationId)
            return Error{ErrorCode::NotEncrypted, "database",
                         "the database of an earlier version is not encrypted: encrypt it first"};
    }
    return Error{ErrorCode::NotLintasDatabase, "database", "the file is not a Lintas database"};
}

/// Looks the signed-in user up: id, user name and roles of an active account.
struct UserRow {
    std::int64_t id = 0;
    std::string username;
    security::RoleSet roles;
    bool active = false;
};
Result<std::optional<UserRow>> userRow(store::Database& db, const std::string& uuid) {
    LINTAS_ASSIGN(st, db.prepare("SELECT id, username, roles, active FROM app_user WHERE uuid = ?"));
    st->bind(1, uuid);
    auto row = st->step();
    if (!row)
        return row.error();
    std::optional<UserRow> out;
    if (*row) {
        UserRow u;
        u.id = st->int64(0);
        u.username = st->text(1);
        u.roles = security::RoleSet::fromBits(static_cast<std::uint32_t>(st->int64(2)));
        u.active = st->int64(3) != 0;
        out = std::move(u);
    }
    st->reset();
    return out;
}

}  // namespace

Workspace::Workspace(std::unique_ptr<store::Database> db, std::string path, Options options)
    : m_db(std::move(db)), m_path(std::move(path)),
      m_clock(options.clock ? std::move(options.clock) : std::make_shared<SystemClock>()),
      m_ids(options.ids ? std::move(options.ids) : std::make_shared<RandomIdGenerator>()),
      m_ctx(std::make_unique<Context>(*m_db, *m_clock, *m_ids)), agencies(*m_ctx), cases(*m_ctx), persons(*m_ctx),
      organisations(*m_ctx), links(*m_ctx), referrals(*m_ctx), consents(*m_ctx),
      notes(*m_ctx, attachmentDirFor(m_path)), search(*m_ctx), stats(*m_ctx),
      trust(*m_ctx, m_path), bundles(*m_ctx, trust, m_path),
      users(*m_ctx, keyringPathFor(m_path), options.kdf), retention(*m_ctx, attachmentDirFor(m_path)) {}

Workspace::~Workspace() { NoteService::unbindFileKey(*m_ctx); }

std::string Workspace::attachmentDirFor(const std::string& dbPath) { return dbPath + ".attachments"; }

void Workspace::useDatabaseKey(const SecretBytes& dbKey) {
    m_fileKey = std::make_shared<const SecretBytes>(security::attachmentKey(dbKey));
    NoteService::bindFileKey(*m_ctx, m_fileKey);
}

// === create ======================================================================================

Result<std::unique_ptr<Workspace>> Workspace::create(const std::string& path, Agency local, const FirstUser& first,
                                                     Options options) {
    LINTAS_TRY(AgencyService::validate(local));
    LINTAS_TRY(security::UserService::validateUsername(first.username));
    LINTAS_TRY(security::UserService::validatePassword(first.username, first.password));
    LINTAS_TRY(store::requireCipherLibrary());
    LINTAS_TRY(store::recoverInterruptedMigration(path));
    std::error_code ec;
    if (fs::exists(path, ec) && fs::file_size(path, ec) > 0)
        return Error{ErrorCode::Duplicate, "database", "a file already exists at that path"};
    if (const auto parent = fs::path(path).parent_path(); !parent.empty()) {
        fs::create_directories(parent, ec);
        if (ec)
            return Error{ErrorCode::Io, "database", "cannot create the directory: " + ec.message()};
    }

    const SecretBytes key = SecretBytes::random(32);
    const security::KdfParams kdf = options.kdf;
    bool keyringWritten = false;
    std::unique_ptr<Workspace> ws;
    auto fail = [&](Error e) -> Result<std::unique_ptr<Workspace>> {
        ws.reset();
        removeDatabaseFiles(path, keyringWritten);
        return e;
    };

    auto db = store::Database::open(path, true, store::Database::Mode::ReadWrite, &key);
    if (!db)
        return fail(db.error());
    // Even encrypted, the file is nobody else's business on a shared workstation.
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, ec);
    if (auto s = store::Schema::create(**db); !s)
        return fail(s.error());
    ws.reset(new Workspace(std::move(*db), path, std::move(options)));
    ws->useDatabaseKey(key);
    local.isLocal = true;
    {
        Context::Delegation creating(*ws->m_ctx);  // no user exists yet to hold AgencyWrite
        auto added = ws->agencies.add(std::move(local));
        if (!added)
            return fail(added.error());
    }
    if (auto s = ws->loadLocalAgency(); !s)
        return fail(s.error());
    auto user = ws->users.insertFirstAdministrator(first.username, first.displayName, first.extraRoles);
    if (!user)
        return fail(user.error());
    Keyring keyring;
    if (auto s = keyring.setSlot(key, user->uuid, user->username, first.password, kdf); !s)
        return fail(s.error());
    keyringWritten = true;
    if (auto s = keyring.save(Keyring::pathFor(path)); !s)
        return fail(s.error());
    if (auto s = ws->signIn(user->uuid, keyring); !s)
        return fail(s.error());
    return ws;
}

// === open ========================================================================================

Result<std::unique_ptr<Workspace>> Workspace::open(const std::string& path, const Credentials& who,
                                                   Options options) {
    LINTAS_TRY(store::recoverInterruptedMigration(path));
    switch (store::probeDatabaseFile(path)) {
    case store::FileKind::Missing: return Error{ErrorCode::NotFound, "database", "no database file at that path"};
    case store::FileKind::Empty: return Error{ErrorCode::NotLintasDatabase, "database", "the file is empty"};
    case store::FileKind::Plaintext: return classifyPlaintext(path);
    case store::FileKind::Encrypted: break;
    }
    {
        // SQLCipher files are whole pages; anything else is not one (and needs no key file).
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        if (ec || size < 512 || size % 512 != 0)
            return Error{ErrorCode::NotLintasDatabase, "database", "the file is not a Lintas database"};
    }
    const std::string keyringPath = Keyring::pathFor(path);
    LINTAS_ASSIGN(keyring, Keyring::load(keyringPath));

    const auto clock = clockOf(options);
    const std::string now = formatTimestamp(clock->now());
    const std::int64_t nowEpoch = epochSeconds(*clock);
    if (const auto wait = keyring.throttleSeconds(who.username, nowEpoch); wait > 0) {
        keyring.recordFailure(who.username, now, nowEpoch, "throttled");
        (void)keyring.save(keyringPath);  // the refusal stands even if it cannot be queued
        return Error{ErrorCode::Throttled, "password",
                     "too many failed sign-ins: try again in " + std::to_string(wait) + " seconds"};
    }
    auto key = keyring.unwrap(who.username, who.password);
    if (!key) {
        if (key.error().code != ErrorCode::SignInFailed)
            return key.error();
        const bool known = keyring.slotFor(who.username) != nullptr;
        keyring.recordFailure(who.username, now, nowEpoch, known ? "wrong-password" : "unknown-user");
        (void)keyring.save(keyringPath);  // the failure stands even if it cannot be counted
        return signInFailed();
    }
    const std::string userUuid = keyring.slotFor(who.username)->userUuid;

    auto db = store::Database::open(path, false, store::Database::Mode::ReadWrite, &*key);
    if (!db)
        return db.error();
    LINTAS_TRY(store::Schema::upgrade(**db));
    std::unique_ptr<Workspace> ws(new Workspace(std::move(*db), path, std::move(options)));
    ws->useDatabaseKey(*key);
    LINTAS_TRY(ws->loadLocalAgency());
    LINTAS_TRY(ws->signIn(userUuid, keyring));
    return ws;
}

// === encryptPlaintext ============================================================================

Result<std::unique_ptr<Workspace>> Workspace::encryptPlaintext(const std::string& path, const FirstUser& first,
                                                               Options options) {
    LINTAS_TRY(security::UserService::validateUsername(first.username));
    LINTAS_TRY(security::UserService::validatePassword(first.username, first.password));
    LINTAS_TRY(store::requireCipherLibrary());
    // An earlier run killed after its commit point is completed here; its administrator (the
    // same account, the same password) is then signed in as if this run had done the work.
    std::error_code ec;
    const bool committedEarlier = fs::exists(path + ".encrypt-commit", ec);
    LINTAS_TRY(store::recoverInterruptedMigration(path));
    switch (store::probeDatabaseFile(path)) {
    case store::FileKind::Missing: return Error{ErrorCode::NotFound, "database", "no database file at that path"};
    case store::FileKind::Empty: return Error{ErrorCode::NotLintasDatabase, "database", "the file is empty"};
    case store::FileKind::Encrypted: {
        if (!committedEarlier)
            return Error{ErrorCode::Conflict, "database", "the database is already encrypted"};
        LINTAS_ASSIGN(ws, open(path, Credentials{first.username, first.password}, std::move(options)));
        LINTAS_TRY(ws->m_ctx->record(security::audit::kDatabaseEncrypt, {}, {}, "cipher=sqlcipher4 kdf=argon2id"));
        return ws;
    }
    case store::FileKind::Plaintext: break;
    }
    const auto clock = clockOf(options);
    options.clock = clock;
    const std::shared_ptr<IdGenerator> ids = options.ids ? options.ids : std::make_shared<RandomIdGenerator>();
    options.ids = ids;

    // 1. In the plaintext file: the current schema and the administrator. Both are transactions
    //    of their own; a second run after an interruption finds the administrator already there.
    std::string userUuid;
    std::string username;
    {
        LINTAS_ASSIGN(db, store::Database::open(path, false));
        LINTAS_TRY(store::Schema::upgrade(*db));
        Context ctx(*db, *clock, *ids);
        security::UserService users(ctx, keyringPathFor(path), options.kdf);
        LINTAS_ASSIGN(st, db->prepare("SELECT uuid, username FROM app_user WHERE username = ?"));
        st->bind(1, first.username);
        LINTAS_ASSIGN(found, st->step());
        if (found) {
            // Left by an interrupted earlier run: the same account, made an active administrator.
            userUuid = st->text(0);
            username = st->text(1);
            st->reset();
            security::RoleSet roles = first.extraRoles;
            roles.add(security::Role::Administrator);
            LINTAS_ASSIGN(up, db->prepare("UPDATE app_user SET roles = roles | ?, active = 1 WHERE uuid = ?"));
            up->bind(1, static_cast<std::int64_t>(roles.bits())).bind(2, userUuid);
            LINTAS_TRY(up->exec());
        } else {
            LINTAS_ASSIGN(user, users.insertFirstAdministrator(first.username, first.displayName, first.extraRoles));
            userUuid = user.uuid;
            username = user.username;
        }
    }

    // 2. Encrypt in place; the key file is written once the encrypted copy is verified.
    const SecretBytes key = SecretBytes::random(32);
    const security::KdfParams kdf = options.kdf;
    Keyring keyring;
    auto writeKeyring = [&]() -> Status {
        Keyring fresh;
        LINTAS_TRY(fresh.setSlot(key, userUuid, username, first.password, kdf));
        LINTAS_TRY(fresh.save(Keyring::pathFor(path)));
        keyring = std::move(fresh);
        return {};
    };
    LINTAS_TRY(store::encryptInPlace(path, key, writeKeyring, options.progress));

    // 3. Open it and sign the administrator in.
    LINTAS_ASSIGN(db, store::Database::open(path, false, store::Database::Mode::ReadWrite, &key));
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db), path, std::move(options)));
    ws->useDatabaseKey(key);
    LINTAS_TRY(ws->loadLocalAgency());
    LINTAS_TRY(ws->signIn(userUuid, keyring));
    LINTAS_TRY(ws->m_ctx->record(security::audit::kDatabaseEncrypt, {}, {}, "cipher=sqlcipher4 kdf=argon2id"));
    return ws;
}

// === the session =================================================================================

Status Workspace::auditFailures(const Keyring& keyring, const std::vector<security::PendingFailure>& failures) {
    for (const auto& f : failures) {
        security::AuditEntry e;
        e.userUuid = f.userUuid;
        if (const auto* slot = keyring.slotForUser(f.userUuid); slot && !f.userUuid.empty())
            e.username = slot->username;  // the account's name, never what was typed
        e.action = security::audit::kSignInFailed;
        e.recordType = f.userUuid.empty() ? "" : "user";
        e.recordUuid = f.userUuid;
        // The attempt's own time stays out of the entry (the log's "at" is when it was copied
        // in); the count and the order are what matter for review.
        e.detail = "reason=" + f.reason;
        LINTAS_TRY(m_ctx->audit().append(std::move(e)));
    }
    return {};
}

Status Workspace::signIn(const std::string& userUuid, Keyring& keyring) {
    LINTAS_ASSIGN(found, userRow(*m_db, userUuid));
    if (!found || !found->active) {
        // The password was right but the account is gone or disabled: refused, and audited now
        // that the database is open.
        security::AuditEntry e;
        e.userUuid = userUuid;
        e.action = security::audit::kSignInFailed;
        e.recordType = "user";
        e.recordUuid = userUuid;
        e.detail = found ? "reason=disabled-user" : "reason=unknown-account";
        (void)m_ctx->audit().append(std::move(e));
        return signInFailed();
    }
    security::Session session;
    session.userId = found->id;
    session.userUuid = userUuid;
    session.username = found->username;
    session.roles = found->roles;

    std::vector<security::PendingFailure> pending = keyring.pendingFailures();
    store::Transaction tx(*m_db);
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(auditFailures(keyring, pending));
    m_ctx->setSession(session);
    LINTAS_TRY(m_ctx->record(security::audit::kSignIn, "user", userUuid));
    LINTAS_ASSIGN(st, m_db->prepare("UPDATE app_user SET last_sign_in_at = ? WHERE id = ?"));
    st->bind(1, m_ctx->now()).bind(2, found->id);
    LINTAS_TRY(st->exec());
    if (auto s = tx.commit(); !s) {
        m_ctx->setSession(std::nullopt);
        return s;
    }
    // The audit log has the failures now; the key file lets go of them. Should this save fail,
    // they are copied once more at the next sign-in: twice is better than never.
    (void)keyring.takePendingFailures();
    keyring.recordSuccess(userUuid);
    (void)keyring.save(keyringPathFor(m_path));
    return {};
}

Status Workspace::verifyPassword(const std::string& password) {
    const security::Session* s = m_ctx->session();
    if (!s)
        return Error{ErrorCode::Forbidden, "session", "no user is signed in"};
    const std::string keyringPath = keyringPathFor(m_path);
    LINTAS_ASSIGN(keyring, Keyring::load(keyringPath));
    const std::string now = m_ctx->now();
    const std::int64_t nowEpoch = epochSeconds(*m_clock);
    Error refusal = signInFailed();
    bool ok = false;
    if (const auto wait = keyring.throttleSeconds(s->username, nowEpoch); wait > 0) {
        keyring.recordFailure(s->username, now, nowEpoch, "throttled");
        refusal = Error{ErrorCode::Throttled, "password",
                        "too many failed attempts: try again in " + std::to_string(wait) + " seconds"};
    } else if (auto key = keyring.unwrap(s->username, password); key) {
        ok = true;
        keyring.recordSuccess(s->userUuid);
    } else if (key.error().code == ErrorCode::SignInFailed) {
        keyring.recordFailure(s->username, now, nowEpoch, "wrong-password");
    } else {
        return key.error();
    }
    // The database is open: failures (this one and any queued by other processes) go straight
    // into the audit log, with the unlock when it succeeded.
    const std::vector<security::PendingFailure> pending = keyring.pendingFailures();
    store::Transaction tx(*m_db);
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(auditFailures(keyring, pending));
    if (ok)
        LINTAS_TRY(m_ctx->record(security::audit::kUnlock, "user", s->userUuid));
    LINTAS_TRY(tx.commit());
    (void)keyring.takePendingFailures();
    LINTAS_TRY(keyring.save(keyringPath));
    if (!ok)
        return refusal;
    return {};
}

Status Workspace::recordLock() {
    const security::Session* s = m_ctx->session();
    if (!s)
        return Error{ErrorCode::Forbidden, "session", "no user is signed in"};
    return m_ctx->record(security::audit::kLock, "user", s->userUuid);
}

Status Workspace::signOut() {
    const security::Session* s = m_ctx->session();
    if (!s)
        return Error{ErrorCode::Forbidden, "session", "no user is signed in"};
    LINTAS_TRY(m_ctx->record(security::audit::kSignOut, "user", s->userUuid));
    m_ctx->setSession(std::nullopt);
    return {};
}

Status Workspace::loadLocalAgency() {
    auto st = m_db->prepare("SELECT id, uuid FROM agency WHERE is_local = 1");
    if (!st)
        return st.error();
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::NotLintasDatabase, "agency", "the database has no local agency"};
    m_ctx->setLocalAgency((*st)->int64(0), (*st)->text(1));
    (*st)->reset();
    return {};
}

}  // namespace lintas
