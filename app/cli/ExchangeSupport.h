#pragma once

#include "Args.h"
#include "lintas/exchange/Crypto.h"

#include <Poco/JSON/Object.h>
#include <ostream>
#include <string>
#include <string_view>

namespace lintas::cli {

// Helpers of the exchange commands (identity, trust, bundle): secrets and files they read from
// and write to the user, and how they show certificates. Passphrases never come from an argument, because arguments are visible to every
// user of the machine in the process list and end up in shell histories.

/// A passphrase in memory, overwritten with zeros when it goes away.
class Passphrase {
public:
    explicit Passphrase(std::string text) : m_text(std::move(text)) {}
    ~Passphrase();
    Passphrase(const Passphrase&) = delete;
    Passphrase& operator=(const Passphrase&) = delete;
    Passphrase(Passphrase&& other) noexcept : m_text(std::move(other.m_text)) {}
    Passphrase& operator=(Passphrase&&) = delete;

    [[nodiscard]] const std::string& text() const { return m_text; }

private:
    std::string m_text;
};

/// Whether a passphrase typed on the terminal is asked for twice (a new one: a typo would lock
/// the key away for good).
enum class Confirm { Once, Twice };

/// The passphrase given on the file descriptor named by option `fdOption` (`--passphrase-fd 3`:
/// one line, the line break not included), or else typed without echo after `prompt` on the
/// controlling terminal (readSecretLine / promptOnTerminal in CommandSupport.h; `err` is unused
/// and kept for the callers). Neither: a CommandError that says how to give one. Two options may
/// name the same descriptor: each reads the next line.
[[nodiscard]] Passphrase readPassphrase(const Args& args, std::string_view fdOption, std::string_view prompt,
                                        Confirm confirm, std::ostream& err);

/// The content of the file at `path`, which the user named; a CommandError naming the file when
/// it cannot be read.
[[nodiscard]] std::string readInputFile(const std::string& path);

/// Writes `bytes` to a new file at `path` (through a temporary name, so the file is complete or
/// absent). An existing file is refused, never overwritten.
void writeNewFile(const std::string& path, std::string_view bytes);

/// The JSON form of a certificate's details: {"subject", "issuer", "commonName", "organisation",
/// "organisationalUnit", "country", "fingerprint", "serial", "notBefore", "notAfter",
/// "keyAlgorithm", "digitalSignature", "selfSigned"}.
[[nodiscard]] Poco::JSON::Object::Ptr toJson(const exchange::CertificateInfo& info);

/// Prints a SHA-256 fingerprint as two indented lines of 16 byte pairs, so that it can be read
/// out over the phone and compared pair by pair.
void printFingerprint(std::ostream& out, const std::string& fingerprint);

/// "2028-06-18T08:00:00Z (expired)" when `notAfter` lies before `now`, else `notAfter` alone.
[[nodiscard]] std::string expiryText(const std::string& notAfter, const std::string& now);

} // namespace lintas::cli
