#pragma once

#include "lintas/Result.h"
#include "lintas/security/Keyring.h"
#include "lintas/security/Roles.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lintas {
class Context;
}

namespace lintas::security {

/// A local user account. The password is never stored: the user's key slot in the key file
/// (Keyring) wraps the database key under an Argon2id key derived from it.
struct User {
    std::int64_t id = 0;
    std::string uuid;
    std::string username;     ///< lower-case, [a-z0-9._-]{2,64}, unique
    std::string displayName;  ///< shown in the GUI and audit view
    RoleSet roles;
    bool active = true;
    std::string createdAt;
    std::string lastSignInAt;
};

/// Accounts, roles and passwords. Every call but changeOwnPassword needs UserManage.
/// Changing the key file needs the database key, which is not kept after sign-in: the acting
/// user confirms with their own password (`confirmPassword`), from which it is unwrapped
/// for the moment of the change and then wiped.
class UserService {
public:
    UserService(Context& ctx, std::string keyringPath, KdfParams kdf)
        : m_ctx(ctx), m_keyringPath(std::move(keyringPath)), m_kdf(kdf) {}

    [[nodiscard]] static Status validateUsername(const std::string& username);
    /// At least 10 characters; not equal to the user name.
    [[nodiscard]] static Status validatePassword(const std::string& username, const std::string& password);

    [[nodiscard]] Result<User> create(const std::string& username, const std::string& displayName, RoleSet roles,
                                      const std::string& initialPassword, const std::string& confirmPassword);
    [[nodiscard]] Result<std::vector<User>> list();
    [[nodiscard]] Result<User> get(const std::string& uuid);
    [[nodiscard]] Result<User> byUsername(const std::string& username);
    /// Audited as role-change. Refused when it would leave no active administrator.
    [[nodiscard]] Status setRoles(const std::string& uuid, RoleSet roles);
    /// Removes the user's key slot and marks the account inactive. Refused for the last
    /// active administrator and for oneself.
    [[nodiscard]] Status disable(const std::string& uuid);
    /// An administrator sets a new password for another user.
    [[nodiscard]] Status resetPassword(const std::string& uuid, const std::string& newPassword,
                                       const std::string& confirmPassword);
    /// The signed-in user changes their own password (no UserManage needed).
    [[nodiscard]] Status changeOwnPassword(const std::string& oldPassword, const std::string& newPassword);

    /// Lock timeout in minutes (setting "lock_after_minutes", default 10; 0 = never). Reading is
    /// open to every signed-in user; writing needs SettingsManage.
    [[nodiscard]] Result<int> lockAfterMinutes();
    [[nodiscard]] Status setLockAfterMinutes(int minutes);

    /// Internal: inserts the first administrator (no permission check; used by Workspace::create
    /// and the encryption of an earlier plaintext database).
    [[nodiscard]] Result<User> insertFirstAdministrator(const std::string& username, const std::string& displayName,
                                                        RoleSet extraRoles);

    [[nodiscard]] const std::string& keyringPath() const { return m_keyringPath; }

private:
    Context& m_ctx;
    std::string m_keyringPath;
    KdfParams m_kdf;
};

}  // namespace lintas::security
