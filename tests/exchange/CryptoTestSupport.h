#pragma once
// Helpers for the exchange crypto tests: files, the openssl command-line tool, test identities.

#include "TempDir.h"
#include "lintas/exchange/Crypto.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

#include <sys/wait.h>

namespace lintas::exchange::test {

/// 2026-03-15T09:00:00Z: a fixed "now" so certificate dates are predictable.
constexpr std::time_t kNow = 1773565200;
constexpr std::time_t kDay = 24 * 3600;

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline void writeFile(const std::string& path, std::string_view content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    ASSERT_TRUE(out.good()) << "cannot write " << path;
}

struct CommandResult {
    int exitCode = -1;
    std::string output;  ///< stdout and stderr together
};

/// Runs a shell command line (paths come from TempDir and hold no quotes or spaces).
inline CommandResult run(const std::string& command) {
    CommandResult result;
    std::FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe)
        return result;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.output.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

/// A synthetic agency identity (never a real agency's).
inline Identity makeIdentity(std::time_t now = kNow, int validDays = 825, const std::string& code = "RTP",
                             const std::string& name = "ROYAL THAI POLICE TEST") {
    auto identity = Identity::generate({code, "THA", name}, now, validDays);
    EXPECT_TRUE(identity.ok()) << (identity.ok() ? "" : identity.error().toString());
    return std::move(identity).value();
}

/// Makes a key and self-signed certificate with the openssl tool, exports them as PKCS#12 and
/// imports that: a stand-in for an identity issued by a national PKI. `keySpec` is an
/// `openssl req -newkey` argument ("ec -pkeyopt ec_paramgen_curve:P-256", "rsa:2048");
/// `extraArgs` go to `openssl req` (e.g. -addext options).
inline Identity identityFromOpenSsl(const lintas::test::TempDir& dir, const std::string& name,
                                    const std::string& keySpec, const std::string& extraArgs = {}) {
    const std::string key = dir.file(name + ".key.pem");
    const std::string cert = dir.file(name + ".cert.pem");
    const std::string p12 = dir.file(name + ".p12");
    const auto req = run("openssl req -x509 -newkey " + keySpec + " -nodes -keyout " + key + " -out " + cert +
                         " -days 30 -subj '/C=KH/O=CAMBODIA NATIONAL POLICE TEST/OU=CNP/CN=KHM-CNP' " + extraArgs);
    EXPECT_EQ(req.exitCode, 0) << req.output;
    const auto exp = run("openssl pkcs12 -export -in " + cert + " -inkey " + key + " -out " + p12 +
                         " -passout pass:pkcs12-pass");
    EXPECT_EQ(exp.exitCode, 0) << exp.output;
    auto identity = Identity::fromPkcs12(readFile(p12), "pkcs12-pass");
    EXPECT_TRUE(identity.ok()) << (identity.ok() ? "" : identity.error().toString());
    return std::move(identity).value();
}

inline std::string errorText(const Status& s) { return s.ok() ? "ok" : s.error().toString(); }
template <typename T>
std::string errorText(const Result<T>& r) {
    return r.ok() ? "ok" : r.error().toString();
}

}  // namespace lintas::exchange::test
