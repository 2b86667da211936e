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

/// Runs `program` with `args`; stdout and stderr go to files in `dir`, so they are never a
/// terminal.
inline RunResult runProgram(const TempDir& dir, const std::string& program, const std::vector<std::string>& args,
                            const FdInputs& inputs = {}) {
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
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
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

} // namespace lintas::test
