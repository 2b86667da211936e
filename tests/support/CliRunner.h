#pragma once
// Runs a program (lintas-cli, openssl) the way a user or a script would, and captures what it
// prints. Shared by the CLI tests.

#include "TempDir.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <fcntl.h>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <map>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ; // NOLINT(readability-redundant-declaration): POSIX, for posix_spawn

namespace lintas::test {

struct RunResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline Poco::JSON::Object::Ptr parseObject(const std::string& json) {
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

/// What the child reads on its file descriptors: descriptor number → bytes, each delivered
/// through a pipe (how a script hands over a passphrase with `--passphrase-fd 3`). Descriptor 0
/// is /dev/null unless given here. Each content must fit a pipe's buffer (64 KiB).
using FdInputs = std::map<int, std::string>;

/// Environment variables set (or replaced) for the child, on top of the test's own environment.
using EnvVars = std::map<std::string, std::string>;

/// Runs `program` with `args`; stdout and stderr go to files in `dir`, so they are never a
/// terminal. The child runs in a new session without a controlling terminal, so a program that
/// would prompt on /dev/tty fails at once instead of waiting for a keyboard.
inline RunResult runProgram(const TempDir& dir, const std::string& program, const std::vector<std::string>& args,
                            const FdInputs& inputs = {}, const EnvVars& env = {}) {
    static int runs = 0;
    const std::string outPath = dir.file("stdout-" + std::to_string(runs));
    const std::string errPath = dir.file("stderr-" + std::to_string(runs));
    ++runs;
    std::vector<std::string> argvStrings{program};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argvStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> envStrings;
    for (char** e = environ; *e != nullptr; ++e) { // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
        const std::string entry(*e);
        const auto eq = entry.find('=');
        if (eq != std::string::npos && env.contains(entry.substr(0, eq)))
            continue;
        envStrings.push_back(entry);
    }
    for (const auto& [name, value] : env)
        envStrings.push_back(name + "=" + value);
    std::vector<char*> envp;
    for (auto& e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!inputs.contains(0))
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<int> readEnds;
    for (const auto& [fd, content] : inputs) {
        int ends[2] = {-1, -1};
        if (::pipe2(ends, O_CLOEXEC) != 0 || content.size() > 65536) {
            ADD_FAILURE() << "cannot make a pipe for descriptor " << fd;
            return {};
        }
        EXPECT_EQ(::write(ends[1], content.data(), content.size()), static_cast<ssize_t>(content.size()));
        ::close(ends[1]);
        // Out of the way of every target descriptor, so one dup2 never overwrites another's source.
        const int readEnd = ::fcntl(ends[0], F_DUPFD_CLOEXEC, 100);
        ::close(ends[0]);
        readEnds.push_back(readEnd);
        posix_spawn_file_actions_adddup2(&actions, readEnd, fd);
    }
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, program.c_str(), &actions, &attr, argv.data(), envp.data());
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    for (int fd : readEnds)
        ::close(fd);
    RunResult result;
    if (rc != 0) {
        ADD_FAILURE() << "cannot start " << program;
        return result;
    }
    int status = 0;
    waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    return result;
}

// --- lintas-cli as a signed-in user ---------------------------------------------------------
// Every database is encrypted and every command that opens one signs a user in. These helpers
// hand the password over the way a script does (`--password-fd`), never as an argument, and set
// LINTAS_KDF=fast so that key slots are cheap (tests only: see docs/cli.md).

/// The administrator of a database made by initCliDatabase (synthetic).
inline constexpr const char* kCliUser = "admin.test";
/// The password of every account the helpers create (synthetic).
inline constexpr const char* kCliPassword = "correct horse battery";
/// The descriptor the sign-in password is handed on (`--password-fd 9`). Out of the way of the
/// exchange commands' `--passphrase-fd 3`.
inline constexpr int kPasswordFd = 9;
/// The descriptor a new account's password is handed on (`--new-password-fd 8`).
inline constexpr int kNewPasswordFd = 8;
/// The roles of the administrator made by initCliDatabase besides administrator: every one, so
/// that tests of other commands are not about permissions.
inline constexpr const char* kCliAllOtherRoles = "investigator,victim-support,liaison,supervisor";

/// The environment of every lintas-cli run by these helpers.
inline EnvVars cliEnv() { return {{"LINTAS_KDF", "fast"}}; }

#ifdef LINTAS_CLI_PATH
/// Runs lintas-cli with LINTAS_KDF=fast and without sign-in options (for --help, vocab, usage
/// errors, or a test that gives --user/--password-fd itself).
inline RunResult runCli(const TempDir& dir, const std::vector<std::string>& args, const FdInputs& inputs = {}) {
    return runProgram(dir, LINTAS_CLI_PATH, args, inputs, cliEnv());
}

/// Runs lintas-cli signed in as `user`: "--user USER --password-fd 9" go before the command
/// words (global options), and `password` plus a line break is on descriptor 9. `inputs` may add
/// other descriptors (but not 9).
inline RunResult runCliAs(const TempDir& dir, const std::string& user, const std::string& password,
                          const std::vector<std::string>& args, const FdInputs& inputs = {}) {
    std::vector<std::string> full{"--user", user, "--password-fd", std::to_string(kPasswordFd)};
    full.insert(full.end(), args.begin(), args.end());
    FdInputs all = inputs;
    EXPECT_FALSE(inputs.contains(kPasswordFd)) << "descriptor " << kPasswordFd << " carries the sign-in password";
    all[kPasswordFd] = password + "\n";
    return runProgram(dir, LINTAS_CLI_PATH, full, all, cliEnv());
}

/// runCliAs as kCliUser with kCliPassword (the administrator of initCliDatabase, holding every role).
inline RunResult runCliAsAdmin(const TempDir& dir, const std::vector<std::string>& args, const FdInputs& inputs = {}) {
    return runCliAs(dir, kCliUser, kCliPassword, args, inputs);
}

/// `lintas-cli init` of a new database at `db` for the synthetic agency COUNTRY/CODE, with
/// kCliUser (password kCliPassword) as its administrator holding every role. Fails the test
/// when init fails; returns the run.
inline RunResult initCliDatabase(const TempDir& dir, const std::string& db, const std::string& agencyCode = "BARESKRIM",
                                 const std::string& country = "IDN",
                                 const std::string& agencyName = "Bareskrim Polri (synthetic test agency)") {
    RunResult r = runCliAsAdmin(dir, {"init", "--db", db, "--agency-code", agencyCode, "--country", country,
                                      "--agency-name", agencyName, "--display-name", "Test Administrator",
                                      "--roles", kCliAllOtherRoles});
    EXPECT_EQ(r.exitCode, 0) << "lintas-cli init --db " << db << "\nstderr: " << r.err;
    return r;
}

/// `lintas-cli user add USERNAME --roles ROLES` by kCliUser on `db`, the new user's password
/// (default kCliPassword) on descriptor 8. Fails the test when it fails; returns the run.
inline RunResult addCliUser(const TempDir& dir, const std::string& db, const std::string& username,
                            const std::string& roles, const std::string& password = kCliPassword) {
    RunResult r = runCliAsAdmin(dir, {"user", "add", username, "--db", db, "--roles", roles, "--new-password-fd",
                                      std::to_string(kNewPasswordFd)},
                                {{kNewPasswordFd, password + "\n"}});
    EXPECT_EQ(r.exitCode, 0) << "lintas-cli user add " << username << "\nstderr: " << r.err;
    return r;
}
#endif

} // namespace lintas::test
