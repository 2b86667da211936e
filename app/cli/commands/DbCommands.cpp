#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "commands/Commands.h"
#include "lintas/store/Cipher.h"
#include "lintas/store/Schema.h"

#include <array>
#include <cmath>
#include <filesystem>

namespace lintas::cli::commands {
namespace {

// --- db encrypt ---------------------------------------------------------------------------------

constexpr std::string_view kEncryptHelp =
    R"~(Usage: lintas-cli db encrypt --db PATH --user NAME [--display-name TEXT] [--roles ROLE,...]
                           [--password-fd N] [--json]

Encrypt a database written by an earlier Lintas version (before accounts and encryption), in
place: an encrypted copy is written beside it, checked row by row, swapped in, and only then is
the old file removed; attachments beside it are encrypted too. Interrupted at any point (power cut,
Ctrl-C, kill), running the command again finishes the job: nothing is lost.

NAME becomes the database's first user, its administrator. The password is typed twice on the
terminal (without echo) or read once from --password-fd; it must be at least 10 characters long
and differ from the user name. The key file PATH.keyring is written beside the database: keep it
with the database and in every backup.

Options:
  --db PATH             the plaintext database to encrypt
  --user NAME           the administrator to create: 2-64 of a-z, 0-9, '.', '_', '-'
  --display-name TEXT   the administrator's name as shown to others (default: the user name)
  --roles ROLE,...      roles besides administrator (investigator, victim-support, liaison,
                        supervisor); the administrator alone sees no case content
  --password-fd N       read the password from file descriptor N (one line)
  --json                print the result as JSON
  --help                show this help

Example:
  lintas-cli db encrypt --db cases.lintas --user admin.sari --roles investigator
)~";

int encrypt(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption, OptionSpec{"display-name"}, OptionSpec{"roles"}};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    const std::string path = args.required("db");
    (void)args.required("user");
    // Refused before a password is typed; an interrupted earlier run (which may have left the
    // old file renamed) is handed on to the core, which finishes it.
    std::error_code ec;
    const bool interrupted = std::filesystem::exists(path + ".plaintext-old", ec) ||
                             std::filesystem::exists(path + ".encrypting", ec) ||
                             std::filesystem::exists(path + ".encrypt-commit", ec);
    switch (Workspace::probe(path)) {
    case store::FileKind::Missing:
        if (!interrupted)
            throw CommandError(Error{ErrorCode::NotFound, "database", "no database file at that path"});
        break;
    case store::FileKind::Empty:
        throw CommandError(Error{ErrorCode::NotLintasDatabase, "database", "the file is empty"});
    case store::FileKind::Encrypted:
        if (!interrupted && std::filesystem::exists(Workspace::keyringPathFor(path), ec))
            throw CommandError("database", "already encrypted");
        break;
    case store::FileKind::Plaintext:
        break;
    }
    FirstUser first = firstUserArgs(args);
    Workspace::Options options = workspaceOptions();
    const bool showProgress = inv.errIsTerminal;
    options.progress = [&inv, showProgress](const std::string& step, double fraction) {
        if (showProgress)
            inv.err << "\rEncrypting: " << step << ' ' << static_cast<int>(std::lround(fraction * 100)) << "%   "
                    << std::flush;
    };
    auto encrypted = Workspace::encryptPlaintext(path, first, options);
    security::wipeString(first.password);
    if (showProgress)
        inv.err << '\n';
    auto ws = unwrap(std::move(encrypted));
    const std::string keyring = Workspace::keyringPathFor(path);
    const security::Session& admin = ws->session();
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("database", path);
        o->set("keyring", keyring);
        auto u = jsonObject();
        u->set("uuid", admin.userUuid);
        u->set("username", admin.username);
        u->set("roles", admin.roles.toString());
        o->set("administrator", u);
        printJson(inv.out, o);
    } else {
        inv.out << "Encrypted " << path << '\n'
                << "Administrator: " << admin.username << " (" << admin.roles.toString() << ")\n"
                << "Key file: " << keyring << " (keep it with the database and in every backup)\n";
    }
    return 0;
}

// --- db info ------------------------------------------------------------------------------------

constexpr std::string_view kInfoHelp =
    R"~(Usage: lintas-cli db info --db PATH --user NAME [--password-fd N] [--json]

Show what protects the database: the SQLCipher and SQLite versions, the schema version, how many
accounts (and key slots) it has, and where its key file is. Shows no key, hash or password.

Options:
  --db PATH         the database
  --user NAME       who signs in
  --password-fd N   read the password from file descriptor N
  --json            print the information as JSON
  --help            show this help
)~";

int info(Invocation& inv) {
    static constexpr std::array kOptions{kDbOption, kJsonOption};
    const Args args(inv.tokens, kOptions);
    args.expectPositionals(0, 0, "");
    auto ws = openWorkspace(args);
    const store::CipherLibrary library = store::inspectCipherLibrary();
    const int schema = unwrap(store::Schema::version(ws->db()));
    // Counts only: no names, so no user-manage right is needed to see them.
    const auto users = unwrap(ws->db().queryInt("SELECT COUNT(*) FROM app_user"));
    const auto active = unwrap(ws->db().queryInt("SELECT COUNT(*) FROM app_user WHERE active = 1"));
    const std::string keyringPath = Workspace::keyringPathFor(ws->path());
    const auto keyring = unwrap(security::Keyring::load(keyringPath));
    const auto keySlotCount = static_cast<std::int64_t>(keyring.keySlots().size());
    if (args.flag("json")) {
        auto o = jsonObject();
        o->set("database", ws->path());
        o->set("encrypted", true);
        o->set("cipherVersion", library.cipherVersion);
        o->set("sqliteVersion", library.sqliteVersion);
        o->set("fts5", library.fts5);
        o->set("schemaVersion", schema);
        o->set("users", users);
        o->set("activeUsers", active);
        o->set("keySlots", keySlotCount);
        o->set("keyring", keyringPath);
        printJson(inv.out, o);
        return 0;
    }
    Fields f;
    f.add("Database", ws->path());
    f.add("Encryption", "SQLCipher " + library.cipherVersion + ", database key wrapped per user (Argon2id, AES-256-GCM)");
    f.add("SQLite", library.sqliteVersion + (library.fts5 ? " with FTS5" : " without FTS5"));
    f.add("Schema version", std::to_string(schema));
    f.add("Users", std::to_string(users) + " (" + std::to_string(active) + " active)");
    f.add("Key slots", std::to_string(keySlotCount));
    f.add("Key file", keyringPath);
    f.print(inv.out);
    return 0;
}

const std::array kDbCommands{
    Command{"encrypt", "Encrypt an earlier version's plaintext database", kEncryptHelp, encrypt},
    Command{"info", "Show how the database is protected", kInfoHelp, info},
};

} // namespace

const std::string_view kDbHelp =
    R"~(Usage: lintas-cli db SUBCOMMAND [OPTIONS]

The encrypted database file.

Subcommands:
  encrypt     encrypt a database of an earlier Lintas version in place and create its administrator
  info        cipher and schema versions, accounts and the key file (no secrets)

Run 'lintas-cli db SUBCOMMAND --help'.
)~";

int dbGroup(Invocation& inv) {
    return runGroup(inv, kDbHelp, kDbCommands);
}

} // namespace lintas::cli::commands
