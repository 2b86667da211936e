#include "CommandSupport.h"

#include "CliError.h"
#include "Output.h"
#include "lintas/IdGenerator.h"
#include "lintas/Time.h"
#include "lintas/domain/Geo.h"
#include "lintas/security/Keyring.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace lintas::cli {
namespace {

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

constexpr std::size_t kMaxSecretLength = 1024;

/// Turns a terminal's echo off until destroyed, so a typed password never shows on screen.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd) {
        m_ok = ::tcgetattr(fd, &m_saved) == 0;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_ok = m_ok && ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff() {
        if (m_ok)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    int m_fd;
    termios m_saved{};
    bool m_ok = false;
};

/// The controlling terminal, closed when destroyed.
class Terminal {
public:
    Terminal() : m_fd(::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)) {}
    ~Terminal() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;
    [[nodiscard]] int fd() const { return m_fd; }
    void write(std::string_view text) const {
        while (!text.empty()) {
            const ssize_t n = ::write(m_fd, text.data(), text.size());
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            text.remove_prefix(static_cast<std::size_t>(n));
        }
    }

private:
    int m_fd;
};

} // namespace

Case findCase(Workspace& ws, const std::string& key) {
    const std::string lower = lowerAscii(key);
    return unwrap(ws.cases.find(isUuid(lower) ? lower : upperAscii(key)));
}

std::string uuidArg(std::string_view option, const std::string& value) {
    const std::string lower = lowerAscii(value);
    if (!isUuid(lower))
        throw CommandError("--" + std::string(option), "invalid value: '" + value + "' is not a UUID");
    return lower;
}

std::string codeArg(vocab::List list, std::string_view option, const std::string& value) {
    const std::string wanted = upperAscii(value);
    for (const auto& term : vocab::terms(list))
        if (upperAscii(term.code) == wanted || upperAscii(term.label) == wanted)
            return std::string(term.code);
    throw CommandError("--" + std::string(option),
                       "invalid value: '" + value + "' is not a " + std::string(vocab::listName(list)) +
                           " code; see 'lintas-cli vocab " + std::string(vocab::listName(list)) + "'");
}

std::vector<std::string> codesArg(vocab::List list, std::string_view option, const std::vector<std::string>& values) {
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto& v : values)
        out.push_back(codeArg(list, option, v));
    return out;
}

std::string countryArg(std::string_view option, const std::string& value) {
    const std::string code = upperAscii(value);
    if (!geo::isCountryCode(code))
        throw CommandError("--" + std::string(option),
                           "invalid value: '" + value +
                               "' is not an ISO 3166-1 alpha-3 country code (e.g. IDN, THA, KHM)");
    return code;
}

std::vector<std::string> countriesArg(std::string_view option, const std::vector<std::string>& values) {
    std::vector<std::string> out;
    out.reserve(values.size());
    for (const auto& v : values)
        out.push_back(countryArg(option, v));
    return out;
}

std::string dateArg(std::string_view option, const std::string& value) {
    if (!isIsoDate(value))
        throw CommandError("--" + std::string(option),
                           "invalid value: '" + value + "' is not a date written YYYY-MM-DD");
    return value;
}

/// Parses "TYPE:VALUE[:COUNTRY]"; the value may itself hold ':' (a trailing ISO3 is the country).
Identifier identifierArg(const std::string& text) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= text.size())
        throw UsageError("option --id takes TYPE:VALUE[:COUNTRY], e.g. --id Phone:\"0812 3456 7890\":IDN");
    Identifier id;
    id.type = codeArg(vocab::List::IdentifierType, "id", text.substr(0, colon));
    std::string rest = text.substr(colon + 1);
    if (const auto last = rest.rfind(':'); last != std::string::npos) {
        const std::string suffix = upperAscii(rest.substr(last + 1));
        if (!geo::isCountryCode(suffix))
            throw CommandError("--id", "invalid value: '" + rest.substr(last + 1) +
                                           "' is not an ISO 3166-1 alpha-3 country code (e.g. IDN, THA, KHM)");
        id.issuingCountry = suffix;
        rest.erase(last);
    }
    if (rest.empty())
        throw UsageError("option --id needs a value after the type, e.g. --id Phone:\"0812 3456 7890\":IDN");
    id.value = rest;
    return id;
}

std::map<std::string, std::string> agencyLabels(Workspace& ws) {
    std::map<std::string, std::string> out;
    for (const auto& a : unwrap(ws.agencies.list()))
        out[a.uuid] = a.country + "/" + a.code;
    return out;
}

Password::~Password() { security::wipeString(m_text); }

Password& Password::operator=(Password&& other) noexcept {
    if (this != &other) {
        security::wipeString(m_text);
        m_text = std::move(other.m_text);
    }
    return *this;
}

std::optional<std::string> readSecretLine(int fd, std::string_view subject) {
    std::string line;
    char c = 0;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            security::wipeString(line);
            return std::nullopt;
        }
        if (n == 0 || c == '\n')
            break;
        line += c;
        if (line.size() > kMaxSecretLength) {
            security::wipeString(line);
            throw CommandError(std::string(subject),
                               "longer than " + std::to_string(kMaxSecretLength) + " characters");
        }
    }
    c = 0;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

std::optional<Password> promptOnTerminal(std::string_view prompt) {
    const Terminal tty;
    if (tty.fd() < 0)
        return std::nullopt;
    tty.write(prompt);
    std::optional<std::string> line;
    {
        const EchoOff echoOff(tty.fd());
        if (!echoOff.ok())
            throw CommandError("password", "cannot turn off the terminal's echo to read it");
        line = readSecretLine(tty.fd(), "password");
    }
    tty.write("\n");
    if (!line)
        throw CommandError("password", "cannot read from the terminal");
    return Password(std::move(*line));
}

Password readPassword(const Args& args, std::string_view fdOption, const std::string& prompt, Entry entry) {
    const std::string option = "--" + std::string(fdOption);
    if (const auto fd = args.integer(fdOption, 0, INT_MAX)) {
        auto line = readSecretLine(static_cast<int>(*fd), option);
        if (!line)
            throw CommandError(option, "cannot read from file descriptor " + std::to_string(*fd));
        Password password(std::move(*line));
        if (password.text().empty())
            throw CommandError(option, "no password on file descriptor " + std::to_string(*fd));
        return password;
    }
    auto first = promptOnTerminal(prompt);
    if (!first)
        throw CommandError("password", "give it on a file descriptor with " + option +
                                           " N, or run the command on a terminal to type it; "
                                           "it is never taken from an argument");
    if (first->text().empty())
        throw CommandError("password", "none typed");
    if (entry == Entry::Twice) {
        const auto again = promptOnTerminal("Type it again: ");
        if (!again || again->text() != first->text())
            throw CommandError("password", "the two passwords typed differ");
    }
    return std::move(*first);
}

security::RoleSet rolesArg(std::string_view option, const std::string& value) {
    auto parsed = security::RoleSet::parse(lowerAscii(value));
    if (!parsed) {
        std::string known;
        for (const auto role : security::kAllRoles)
            known += (known.empty() ? "" : ", ") + std::string(security::roleName(role));
        throw CommandError("--" + std::string(option), "invalid value: '" + value + "' (roles: " + known + ")");
    }
    return *parsed;
}

FirstUser firstUserArgs(const Args& args, security::RoleSet defaultExtraRoles) {
    FirstUser first;
    first.username = lowerAscii(args.required("user"));
    unwrap(security::UserService::validateUsername(first.username));
    first.displayName = args.value("display-name").value_or(first.username);
    first.extraRoles = defaultExtraRoles;
    if (const auto roles = args.value("roles"))
        first.extraRoles = rolesArg("roles", *roles);
    Password password = readPassword(args, "password-fd", "New password for " + first.username + ": ", Entry::Twice);
    unwrap(security::UserService::validatePassword(first.username, password.text()));
    first.password = password.text();
    return first;
}

security::KdfParams kdfFromEnvironment() {
    const char* value = std::getenv("LINTAS_KDF");
    if (value == nullptr || *value == '\0' || std::string_view(value) == "standard")
        return security::KdfParams::standard();
    if (std::string_view(value) == "fast")
        return security::KdfParams::fastForTests();
    throw CommandError("LINTAS_KDF", "must be unset, 'standard', or 'fast' (for tests only)");
}

Workspace::Options workspaceOptions() {
    Workspace::Options options;
    options.kdf = kdfFromEnvironment();
    return options;
}

} // namespace lintas::cli
