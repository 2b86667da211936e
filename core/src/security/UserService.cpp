#include "lintas/security/UserService.h"

#include "lintas/security/AuditLog.h"
#include "lintas/service/Context.h"
#include "service/Support.h"

#include <chrono>

// Keeping the database and the key file consistent
// ------------------------------------------------
// An account lives in two places: its row in app_user (with the audit entry that records the
// change) and its key slot in the key file. Every change here writes both in this order:
//
//   1. open the database transaction; write the row(s) and the audit entry;
//   2. save the key file (atomically: temporary file, fsync, rename);
//   3. commit the transaction.
//
// A failure in 1 or 2 rolls the transaction back: nothing changed. A failed commit (3) puts the
// key file read at the start back. A crash between 2 and 3 can leave only a slot whose row was
// not committed (a new user) or a row whose slot is gone (a disabled user), and both fail closed:
// a slot without an active row never signs in (Workspace refuses it) and is dropped by the next
// create of that name; an active row without a slot cannot sign in until its password is reset.
// The other order (commit first) could leave a committed audit entry for a change the key file
// never got, or an unaudited password change.

namespace lintas::security {
namespace {

constexpr const char* kUserColumns = "id, uuid, username, display_name, roles, active, created_at, last_sign_in_at";
constexpr const char* kLockAfterKey = "lock_after_minutes";
constexpr int kDefaultLockAfterMinutes = 10;
constexpr int kMaxLockAfterMinutes = 24 * 60;
constexpr std::size_t kMinPasswordChars = 10;
constexpr std::size_t kMaxPasswordBytes = 1024;
constexpr std::uint32_t kAdministratorBit = 1u << static_cast<unsigned>(Role::Administrator);

User readUser(const store::Statement& st) {
    User u;
    u.id = st.int64(0);
    u.uuid = st.text(1);
    u.username = st.text(2);
    u.displayName = st.text(3);
    u.roles = RoleSet::fromBits(static_cast<std::uint32_t>(st.int64(4)));
    u.active = st.int64(5) != 0;
    u.createdAt = st.text(6);
    u.lastSignInAt = st.optText(7).value_or("");
    return u;
}

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Unicode code points in a UTF-8 string (continuation bytes are not counted).
std::size_t codePoints(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0u) != 0x80u)
            ++n;
    return n;
}

std::int64_t epochSeconds(const Clock& clock) {
    return std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count();
}

Status checkDisplayName(const std::string& displayName) {
    LINTAS_TRY(detail::checkText("user.displayName", displayName, 200));
    for (unsigned char c : displayName)
        if (c < 0x20 || c == 0x7F)
            return validationError("user.displayName", "must not contain control characters");
    return {};
}

Error noSession() { return Error{ErrorCode::Forbidden, "user", "no user is signed in"}; }

}  // namespace

Status UserService::validateUsername(const std::string& username) {
    if (username.size() < 2 || username.size() > 64)
        return validationError("user.username", "must be 2 to 64 characters long");
    for (char c : username) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok)
            return validationError("user.username", "may hold only lower-case letters a-z, digits, '.', '_' and '-'");
    }
    return {};
}

Status UserService::validatePassword(const std::string& username, const std::string& password) {
    if (codePoints(password) < kMinPasswordChars)
        return validationError("user.password", "must be at least 10 characters long");
    if (password.size() > kMaxPasswordBytes)
        return validationError("user.password", "must be at most 1024 bytes long");
    if (lowerAscii(password) == lowerAscii(username))
        return validationError("user.password", "must not be the user name");
    return {};
}

// --- helpers shared by the calls below ----------------------------------------------------------

namespace {

Result<User> loadUser(Context& ctx, std::string_view where, const std::string& key) {
    auto st = ctx.db().prepare(std::string("SELECT ") + kUserColumns + " FROM app_user WHERE " + std::string(where));
    if (!st)
        return st.error();
    (*st)->bind(1, key);
    LINTAS_ASSIGN(row, (*st)->step());
    if (!row)
        return Error{ErrorCode::NotFound, "user", "no user with that " + std::string(where == "uuid = ?" ? "UUID" : "name")};
    User u = readUser(**st);
    (*st)->reset();
    return u;
}

/// Active administrators other than `exceptUuid`.
Result<std::int64_t> otherActiveAdministrators(Context& ctx, const std::string& exceptUuid) {
    auto st = ctx.db().prepare("SELECT COUNT(*) FROM app_user WHERE active = 1 AND (roles & ?) <> 0 AND uuid <> ?");
    if (!st)
        return st.error();
    (*st)->bind(1, static_cast<std::int64_t>(kAdministratorBit)).bind(2, exceptUuid);
    LINTAS_ASSIGN(row, (*st)->step());
    const std::int64_t n = row ? (*st)->int64(0) : 0;
    (*st)->reset();
    return n;
}

/// Unwraps the database key with the signed-in user's own password, counting a wrong one like a
/// failed sign-in (so the confirmation cannot be used to guess passwords at full speed).
Result<SecretBytes> unwrapAsSessionUser(Context& ctx, Keyring& keyring, const std::string& keyringPath,
                                        const std::string& password) {
    const Session* session = ctx.session();
    if (!session)
        return noSession();
    const std::int64_t now = epochSeconds(ctx.clock());
    if (const auto wait = keyring.throttleSeconds(session->username, now); wait > 0)
        return Error{ErrorCode::Throttled, "password",
                     "too many failed sign-ins: try again in " + std::to_string(wait) + " seconds"};
    auto key = keyring.unwrap(session->username, password);
    if (!key) {
        if (key.error().code == ErrorCode::SignInFailed) {
            keyring.recordFailure(session->username, ctx.now(), now, "wrong-password");
            (void)keyring.save(keyringPath);  // best effort: the refusal stands either way
            return Error{ErrorCode::SignInFailed, "password", "your own password does not match"};
        }
        return key.error();
    }
    keyring.recordSuccess(session->userUuid);
    return key;
}

/// Steps 2 and 3 of the protocol at the top of this file: saves `changed`, commits `tx`, and on
/// a failed commit puts `original` back.
Status saveThenCommit(store::Transaction& tx, const Keyring& changed, const Keyring& original,
                      const std::string& keyringPath) {
    LINTAS_TRY(changed.save(keyringPath));
    if (auto committed = tx.commit(); !committed) {
        (void)original.save(keyringPath);  // best effort; a slot without a committed row fails closed
        return committed.error();
    }
    return {};
}

}  // namespace

// --- accounts -----------------------------------------------------------------------------------

Result<User> UserService::create(const std::string& username, const std::string& displayName, RoleSet roles,
                                 const std::string& initialPassword, const std::string& confirmPassword) {
    LINTAS_TRY(m_ctx.require(Permission::UserManage, "user"));
    User u;
    u.username = lowerAscii(username);
    u.displayName = displayName;
    u.roles = roles;
    LINTAS_TRY(validateUsername(u.username));
    LINTAS_TRY(checkDisplayName(u.displayName));
    if (roles.empty())
        return validationError("user.roles", "a user needs at least one role");
    LINTAS_TRY(validatePassword(u.username, initialPassword));
    {
        auto st = m_ctx.db().prepare("SELECT COUNT(*) FROM app_user WHERE username = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, u.username);
        LINTAS_ASSIGN(row, (*st)->step());
        const bool taken = row && (*st)->int64(0) > 0;
        (*st)->reset();
        if (taken)
            return Error{ErrorCode::Duplicate, "user.username", "a user with that name already exists"};
    }

    LINTAS_ASSIGN(original, Keyring::load(m_keyringPath));
    Keyring keyring = original;
    LINTAS_ASSIGN(dbKey, unwrapAsSessionUser(m_ctx, keyring, m_keyringPath, confirmPassword));
    // A slot left by a crash between saving the key file and committing (see the top of the
    // file) carries this name but no row: drop it so it cannot shadow the new one.
    std::vector<std::string> orphans;
    for (const KeySlot& slot : keyring.keySlots())
        if (lowerAscii(slot.username) == u.username)
            orphans.push_back(slot.userUuid);
    for (const auto& uuid : orphans)
        LINTAS_TRY(keyring.removeSlot(uuid));

    u.uuid = m_ctx.newUuid();
    u.createdAt = m_ctx.now();
    u.active = true;
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    {
        auto st = m_ctx.db().prepare(
            "INSERT INTO app_user(uuid, username, display_name, roles, active, created_at) VALUES (?,?,?,?,1,?)");
        if (!st)
            return st.error();
        (*st)->bind(1, u.uuid).bind(2, u.username).bind(3, u.displayName);
        (*st)->bind(4, static_cast<std::int64_t>(u.roles.bits())).bind(5, u.createdAt);
        if (auto s = (*st)->exec(); !s) {
            Error e = s.error();
            if (e.code == ErrorCode::Duplicate)
                e.field = "user.username";
            return e;
        }
        u.id = m_ctx.db().lastInsertRowId();
    }
    LINTAS_TRY(m_ctx.record(audit::kUserCreate, "user", u.uuid, "roles=" + u.roles.toString()));
    LINTAS_TRY(keyring.setSlot(dbKey, u.uuid, u.username, initialPassword, m_kdf));
    dbKey.wipe();
    LINTAS_TRY(saveThenCommit(tx, keyring, original, m_keyringPath));
    return u;
}

Result<std::vector<User>> UserService::list() {
    LINTAS_TRY(m_ctx.require(Permission::UserManage, "user"));
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kUserColumns + " FROM app_user ORDER BY username");
    if (!st)
        return st.error();
    std::vector<User> out;
    while (true) {
        LINTAS_ASSIGN(row, (*st)->step());
        if (!row)
            break;
        out.push_back(readUser(**st));
    }
    return out;
}

Result<User> UserService::get(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::UserManage, "user", uuid));
    return loadUser(m_ctx, "uuid = ?", uuid);
}

Result<User> UserService::byUsername(const std::string& username) {
    LINTAS_TRY(m_ctx.require(Permission::UserManage, "user"));
    return loadUser(m_ctx, "username = ?", lowerAscii(username));
}

Status UserService::setRoles(const std::string& uuid, RoleSet roles) {
    LINTAS_TRY(m_ctx.require(Permission::UserManage, "user", uuid));
    LINTAS_ASSIGN(u, loadUser(m_ctx, "uuid = ?", uuid));
    if (roles.empty())
        return validationError("user.roles", "a user needs at least one role");
    if (roles == u.roles)
        return {};
    if (u.active && u.roles.has(Role::Administrator) && !roles.has(Role::Administrator)) {
        LINTAS_ASSIGN(others, otherActiveAdministrators(m_ctx, u.uuid));
        if (others == 0)
            return Error{ErrorCode::Refused, "user.roles", "it would leave no active administrator"};
    }
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    auto st = m_ctx.db().prepare("UPDATE app_user SET roles = ? WHERE uuid = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, static_cast<std::int64_t>(roles.bits())).bind(2, uuid);
    LINTAS_TRY((*st)->exec());
    LINTAS_TRY(m_ctx.record(audit::kRoleChange, "user", uuid,
                            "from=" + u.roles.toString() + " to=" + roles.toString()));
    LINTAS_TRY(tx.commit());
    // One's own change applies at once (a role taken away must not linger until sign-out).
    if (const Session* s = m_ctx.session(); s && s->userUuid == uuid) {
        Session updated = *s;
        updated.roles = roles;
        m_ctx.setSession(updated);
    }
    return {};
}

Status UserService::disable(const std::string& uuid) {
    LINTAS_TRY(m_ctx.require(Permission::UserManage, "user", uuid));
    LINTAS_ASSIGN(u, loadUser(m_ctx, "uuid = ?", uuid));
    if (const Session* s = m_ctx.session(); s && s->userUuid == uuid)
        return Error{ErrorCode::Refused, "user", "you cannot disable your own account"};
    if (u.active && u.roles.has(Role::Administrator)) {
        LINTAS_ASSIGN(others, otherActiveAdministrators(m_ctx, u.uuid));
        if (others == 0)
            return Error{ErrorCode::Refused, "user", "it is the last active administrator"};
    }
    LINTAS_ASSIGN(original, Keyring::load(m_keyringPath));
    Keyring keyring = original;
    const bool hadSlot = keyring.slotForUser(uuid) != nullptr;
    if (!u.active && !hadSlot)
        return {};  // already disabled: nothing to do, nothing to record
    if (hadSlot)
        LINTAS_TRY(keyring.removeSlot(uuid));

    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    if (u.active) {
        auto st = m_ctx.db().prepare("UPDATE app_user SET active = 0 WHERE uuid = ?");
        if (!st)
            return st.error();
        (*st)->bind(1, uuid);
        LINTAS_TRY((*st)->exec());
        LINTAS_TRY(m_ctx.record(audit::kUserDisable, "user", uuid));
    }
    return saveThenCommit(tx, keyring, original, m_keyringPath);
}

Status UserService::resetPassword(const std::string& uuid, const std::string& newPassword,
                                  const std::string& confirmPassword) {
    LINTAS_TRY(m_ctx.require(Permission::UserManage, "user", uuid));
    LINTAS_ASSIGN(u, loadUser(m_ctx, "uuid = ?", uuid));
    if (!u.active)
        return Error{ErrorCode::Refused, "user", "the account is disabled"};
    LINTAS_TRY(validatePassword(u.username, newPassword));
    LINTAS_ASSIGN(original, Keyring::load(m_keyringPath));
    Keyring keyring = original;
    LINTAS_ASSIGN(dbKey, unwrapAsSessionUser(m_ctx, keyring, m_keyringPath, confirmPassword));
    LINTAS_TRY(keyring.setSlot(dbKey, u.uuid, u.username, newPassword, m_kdf));
    dbKey.wipe();
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(m_ctx.record(audit::kPasswordChange, "user", uuid, "kind=reset"));
    return saveThenCommit(tx, keyring, original, m_keyringPath);
}

Status UserService::changeOwnPassword(const std::string& oldPassword, const std::string& newPassword) {
    const Session* session = m_ctx.session();
    if (!session)
        return noSession();
    const Session self = *session;
    LINTAS_TRY(validatePassword(self.username, newPassword));
    if (newPassword == oldPassword)
        return validationError("user.password", "must differ from the current password");
    LINTAS_ASSIGN(original, Keyring::load(m_keyringPath));
    Keyring keyring = original;
    LINTAS_ASSIGN(dbKey, unwrapAsSessionUser(m_ctx, keyring, m_keyringPath, oldPassword));
    LINTAS_TRY(keyring.setSlot(dbKey, self.userUuid, self.username, newPassword, m_kdf));
    dbKey.wipe();
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    LINTAS_TRY(m_ctx.record(audit::kPasswordChange, "user", self.userUuid, "kind=own"));
    return saveThenCommit(tx, keyring, original, m_keyringPath);
}

// --- settings -----------------------------------------------------------------------------------

Result<int> UserService::lockAfterMinutes() {
    if (!m_ctx.session())
        return noSession();
    auto st = m_ctx.db().prepare("SELECT value FROM setting WHERE key = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, kLockAfterKey);
    LINTAS_ASSIGN(row, (*st)->step());
    int minutes = kDefaultLockAfterMinutes;
    if (row) {
        const std::string text = (*st)->text(0);
        try {
            std::size_t used = 0;
            const int v = std::stoi(text, &used);
            if (used == text.size() && v >= 0 && v <= kMaxLockAfterMinutes)
                minutes = v;
        } catch (const std::exception&) {
            // A damaged value falls back to the default rather than to "never lock".
        }
    }
    (*st)->reset();
    return minutes;
}

Status UserService::setLockAfterMinutes(int minutes) {
    LINTAS_TRY(m_ctx.require(Permission::SettingsManage, "setting"));
    if (minutes < 0 || minutes > kMaxLockAfterMinutes)
        return validationError("setting.lockAfterMinutes", "must be between 0 (never) and 1440 minutes");
    LINTAS_ASSIGN(before, lockAfterMinutes());
    if (before == minutes)
        return {};
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    auto st = m_ctx.db().prepare("INSERT INTO setting(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    (*st)->bind(1, kLockAfterKey).bind(2, std::to_string(minutes));
    LINTAS_TRY((*st)->exec());
    LINTAS_TRY(m_ctx.record(audit::kSettingChange, "setting", {},
                            std::string("key=") + kLockAfterKey + " from=" + std::to_string(before) +
                                " to=" + std::to_string(minutes)));
    return tx.commit();
}

// --- first administrator ------------------------------------------------------------------------

Result<User> UserService::insertFirstAdministrator(const std::string& username, const std::string& displayName,
                                                   RoleSet extraRoles) {
    User u;
    u.username = lowerAscii(username);
    u.displayName = displayName;
    u.roles = extraRoles;
    u.roles.add(Role::Administrator);
    LINTAS_TRY(validateUsername(u.username));
    LINTAS_TRY(checkDisplayName(u.displayName));
    u.uuid = m_ctx.newUuid();
    u.createdAt = m_ctx.now();
    u.active = true;
    store::Transaction tx(m_ctx.db());
    LINTAS_TRY(tx.begun());
    auto st = m_ctx.db().prepare(
        "INSERT INTO app_user(uuid, username, display_name, roles, active, created_at) VALUES (?,?,?,?,1,?)");
    if (!st)
        return st.error();
    (*st)->bind(1, u.uuid).bind(2, u.username).bind(3, u.displayName);
    (*st)->bind(4, static_cast<std::int64_t>(u.roles.bits())).bind(5, u.createdAt);
    if (auto s = (*st)->exec(); !s) {
        Error e = s.error();
        if (e.code == ErrorCode::Duplicate)
            e.field = "user.username";
        return e;
    }
    u.id = m_ctx.db().lastInsertRowId();
    // No one is signed in yet: the entry names the new administrator, who creates the database.
    AuditEntry e;
    e.userUuid = u.uuid;
    e.username = u.username;
    e.action = audit::kUserCreate;
    e.recordType = "user";
    e.recordUuid = u.uuid;
    e.detail = "roles=" + u.roles.toString();
    LINTAS_TRY(m_ctx.audit().append(std::move(e)));
    LINTAS_TRY(tx.commit());
    return u;
}

}  // namespace lintas::security
