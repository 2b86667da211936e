#pragma once

#include "lintas/Clock.h"
#include "lintas/IdGenerator.h"
#include "lintas/Result.h"
#include "lintas/domain/Agency.h"
#include "lintas/exchange/BundleService.h"
#include "lintas/exchange/TrustService.h"
#include "lintas/security/AuditLog.h"
#include "lintas/security/Keyring.h"
#include "lintas/security/RetentionService.h"
#include "lintas/security/Roles.h"
#include "lintas/security/UserService.h"
#include "lintas/service/AgencyService.h"
#include "lintas/service/CaseService.h"
#include "lintas/service/ConsentService.h"
#include "lintas/service/Context.h"
#include "lintas/service/LinkService.h"
#include "lintas/service/NoteService.h"
#include "lintas/service/OrganisationService.h"
#include "lintas/service/PersonService.h"
#include "lintas/service/ReferralService.h"
#include "lintas/service/SearchService.h"
#include "lintas/service/StatsService.h"
#include "lintas/store/Cipher.h"
#include "lintas/store/Database.h"

#include <memory>
#include <string>
#include <vector>

namespace lintas {

/// Who signs in: a user name and a password (never logged, wiped by the caller after use).
struct Credentials {
    std::string username;
    std::string password;
};

/// The account created with a new database (or with the encryption of an earlier plaintext one).
/// It always holds the administrator role; `extraRoles` may add others.
struct FirstUser {
    std::string username;
    std::string displayName;
    std::string password;
    security::RoleSet extraRoles;
};

/// How a Workspace is opened (Workspace::Options). Declared outside the class: GCC cannot use a
/// nested struct's default member initializers in default arguments of the enclosing class.
struct WorkspaceOptions {
    std::shared_ptr<Clock> clock;       ///< defaults to the system clock
    std::shared_ptr<IdGenerator> ids;   ///< defaults to random UUIDs
    /// Argon2id cost for key slots written by this workspace (new users, password changes).
    security::KdfParams kdf = security::KdfParams::standard();
    store::MigrationProgress progress;  ///< for encryptPlaintext
};

/// An open, unlocked Lintas database with a signed-in user and all its services. The entry point
/// for the CLI and the GUI. The file is encrypted with SQLCipher under a random 256-bit key that
/// each user's key slot in `<path>.keyring` wraps (see security::Keyring, docs/security.md).
class Workspace {
    // Declared first: the services below are constructed with references into the context.
    std::unique_ptr<store::Database> m_db;
    std::string m_path;
    std::shared_ptr<Clock> m_clock;
    std::shared_ptr<IdGenerator> m_ids;
    std::unique_ptr<Context> m_ctx;

public:
    using Options = WorkspaceOptions;

    /// Creates a new encrypted database at `path` (which must not hold data) with `local` as its
    /// agency and `first` as its administrator, who is signed in.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> create(const std::string& path, Agency local,
                                                                   const FirstUser& first, Options options = {});
    /// Opens an existing Lintas database and signs `who` in, migrating an older schema forward.
    /// SignInFailed (audited at the next successful sign-in), Throttled after repeated failures,
    /// NotEncrypted for a plaintext database of an earlier version (see encryptPlaintext),
    /// Integrity when the file does not decrypt, NotLintasDatabase/NewerSchema as before.
    /// Nothing is written to a file that is refused.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const std::string& path, const Credentials& who,
                                                                 Options options = {});
    /// Encrypts an earlier version's plaintext database in place (write new, verify, swap,
    /// remove old; safe against interruption), creates `first` as its administrator and signs
    /// them in.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> encryptPlaintext(const std::string& path,
                                                                             const FirstUser& first,
                                                                             Options options = {});
    /// What kind of file is at `path` (for the GUI to choose between sign-in and encryption).
    [[nodiscard]] static store::FileKind probe(const std::string& path) { return store::probeDatabaseFile(path); }

    /// The signed-in user.
    [[nodiscard]] const security::Session& session() const { return *m_ctx->session(); }
    /// Re-checks the signed-in user's password (to unlock a locked screen). Counts and audits
    /// failures like a sign-in; audits the unlock.
    [[nodiscard]] Status verifyPassword(const std::string& password);
    /// Audits a lock of the screen (the GUI hides all content until verifyPassword succeeds).
    [[nodiscard]] Status recordLock();
    /// Audits the sign-out (the workspace is then destroyed by the caller).
    [[nodiscard]] Status signOut();

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    [[nodiscard]] store::Database& db() { return *m_db; }
    [[nodiscard]] Context& context() { return *m_ctx; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    /// Directory next to the database holding attachment contents.
    [[nodiscard]] static std::string attachmentDirFor(const std::string& dbPath);
    /// The key file beside the database.
    [[nodiscard]] static std::string keyringPathFor(const std::string& dbPath) {
        return security::Keyring::pathFor(dbPath);
    }

    AgencyService agencies;
    CaseService cases;
    PersonService persons;
    OrganisationService organisations;
    LinkService links;
    ReferralService referrals;
    ConsentService consents;
    NoteService notes;
    SearchService search;
    StatsService stats;
    exchange::TrustService trust;
    exchange::BundleService bundles;  ///< after `trust`: constructed with a reference to it
    security::UserService users;
    security::RetentionService retention;
    [[nodiscard]] security::AuditLog& audit() { return m_ctx->audit(); }

private:
    Workspace(std::unique_ptr<store::Database> db, std::string path, Options options);
    /// Sets the session of the active user `userUuid`, copies the key file's queued failures into
    /// the audit log, audits the sign-in and clears the user's failure count in `keyring` (saved).
    [[nodiscard]] Status signIn(const std::string& userUuid, security::Keyring& keyring);
    [[nodiscard]] Status loadLocalAgency();
    /// Keeps the attachment key (derived from `dbKey`) for the session and hands it to NoteService.
    void useDatabaseKey(const security::SecretBytes& dbKey);
    /// Appends the key file's queued failures to the audit log (inside the caller's transaction).
    [[nodiscard]] Status auditFailures(const security::Keyring& keyring,
                                       const std::vector<security::PendingFailure>& failures);

    std::shared_ptr<const security::SecretBytes> m_fileKey;  ///< attachment key, wiped when released
};

}  // namespace lintas
