#include "ExchangeSupport.h"

#include "CliError.h"
#include "CommandSupport.h"
#include "Output.h"
#include "lintas/exchange/Crypto.h"

#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <optional>
#include <unistd.h>

namespace lintas::cli {

Passphrase::~Passphrase() { exchange::wipe(m_text); }

Passphrase readPassphrase(const Args& args, std::string_view fdOption, std::string_view prompt, Confirm confirm,
                          std::ostream& /*err*/) {
    // The reading itself is the sign-in password's (CommandSupport): one line from a descriptor,
    // or typed on the controlling terminal with echo off.
    const auto strip = [](std::string line) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        return Passphrase(std::move(line));
    };
    if (const auto fd = args.integer(fdOption, 0, INT_MAX)) {
        const std::string option = "--" + std::string(fdOption);
        auto line = readSecretLine(static_cast<int>(*fd), "passphrase");
        if (!line)
            throw CommandError(option, "cannot read from file descriptor " + std::to_string(*fd));
        if (line->empty())
            throw CommandError(option, "no passphrase on file descriptor " + std::to_string(*fd));
        return strip(std::move(*line));
    }
    auto first = promptOnTerminal(prompt);
    if (!first)
        throw CommandError("passphrase", "give it on a file descriptor with --" + std::string(fdOption) +
                                             " N, or run the command on a terminal to type it; "
                                             "it is never taken from an argument");
    if (confirm == Confirm::Twice) {
        const auto again = promptOnTerminal("Type it again: ");
        if (!again || again->text() != first->text())
            throw CommandError("passphrase", "the two passphrases typed differ");
    }
    return strip(first->text());
}

std::string readInputFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CommandError(path, "cannot open the file");
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        throw CommandError(path, "cannot read the file");
    return bytes;
}

void writeNewFile(const std::string& path, std::string_view bytes) {
    const std::string temp = path + ".part";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw CommandError(path, "cannot create the file");
    bool ok = true;
    while (ok && !bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    ok = ::fsync(fd) == 0 && ok;
    ok = ::close(fd) == 0 && ok;
    // link() refuses an existing target, so an existing file is never replaced, even by a race.
    const bool linked = ok && ::link(temp.c_str(), path.c_str()) == 0;
    const int linkErrno = errno;
    ::unlink(temp.c_str());
    if (!ok)
        throw CommandError(path, "cannot write the file");
    if (!linked)
        throw CommandError(path, linkErrno == EEXIST ? "already exists; choose another name or remove it first"
                                                     : "cannot create the file");
}

Poco::JSON::Object::Ptr toJson(const exchange::CertificateInfo& info) {
    auto o = jsonObject();
    o->set("subject", info.subject);
    o->set("issuer", info.issuer);
    o->set("commonName", info.commonName);
    o->set("organisation", info.organisation);
    o->set("organisationalUnit", info.organisationalUnit);
    o->set("country", info.countryAlpha2);
    o->set("fingerprint", info.fingerprint);
    o->set("serial", info.serialHex);
    o->set("notBefore", info.notBefore);
    o->set("notAfter", info.notAfter);
    o->set("keyAlgorithm", info.keyAlgorithm);
    o->set("digitalSignature", info.digitalSignature);
    o->set("selfSigned", info.selfSigned);
    return o;
}

void printFingerprint(std::ostream& out, const std::string& fingerprint) {
    constexpr std::size_t kHalf = 16 * 3; // 16 pairs with their separators
    out << "  " << fingerprint.substr(0, kHalf - 1) << '\n';
    if (fingerprint.size() > kHalf)
        out << "  " << fingerprint.substr(kHalf) << '\n';
}

std::string expiryText(const std::string& notAfter, const std::string& now) {
    // Both are "YYYY-MM-DDTHH:MM:SSZ", so text order is time order.
    return notAfter < now ? notAfter + " (expired)" : notAfter;
}

} // namespace lintas::cli
