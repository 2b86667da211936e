#pragma once

#include "lintas/Result.h"
#include "lintas/exchange/Json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// manifest.json of a signed case bundle: what the sender signs. See docs/bundle-format.md.
namespace lintas::exchange {

/// What a bundle carries about people (docs/bundle-format.md, "Profiles").
enum class BundleProfile {
    Full,           ///< identifiable records
    Pseudonymised,  ///< victims as stable codes; their names, birth dates, contacts, identifiers, photos removed
    Statistics,     ///< aggregates only, small counts suppressed
};
/// "full", "pseudonymised", "statistics".
[[nodiscard]] const char* profileName(BundleProfile profile);
[[nodiscard]] std::optional<BundleProfile> parseProfile(std::string_view name);

/// One end of an exchange: an agency and the certificate it is known by.
struct BundleParty {
    std::string code;         ///< agency code, e.g. "BARESKRIM"
    std::string country;      ///< ISO 3166-1 alpha-3
    std::string fingerprint;  ///< SHA-256 of the certificate's DER, "AB:CD:…" (upper-case hex pairs)
};

/// One ZIP entry other than manifest.json and manifest.p7s.
struct ManifestEntry {
    std::string path;         ///< e.g. "records/cases/<uuid>.json", "attachments/<sha256>"
    std::uint64_t size = 0;   ///< bytes, uncompressed
    std::string sha256;       ///< lower-case hex of the uncompressed bytes
};

struct Manifest {
    static constexpr std::string_view kFormat = "lintas-bundle";
    static constexpr std::int64_t kFormatVersion = 1;

    std::string format{kFormat};
    std::int64_t formatVersion = kFormatVersion;
    std::string bundleUuid;
    std::int64_t sequence = 0;  ///< per sender, strictly increasing, starts at 1
    BundleParty sender;
    BundleParty recipient;
    std::string createdAt;      ///< ISO 8601 UTC, second precision
    std::string purpose;        ///< vocab ConsentPurpose code
    std::string tlp;            ///< vocab Tlp code
    std::string handlingCode;   ///< vocab HandlingCode code
    BundleProfile profile = BundleProfile::Full;
    std::string generator;      ///< free text naming the software, e.g. "Lintas 0.1.0"
    std::vector<ManifestEntry> entries;  ///< sorted by path (byte order), unique

    [[nodiscard]] const ManifestEntry* find(std::string_view path) const;
};

/// The manifest as JSON, members in the documented order. json::write() of it is what is signed.
[[nodiscard]] json::Value encodeManifest(const Manifest& manifest);
/// Strict schema check of a parsed manifest: every member required, no unknown member, right
/// types, known format and version, codes from the vocabularies, UUID/fingerprint/hash forms,
/// entry paths of the documented shapes, sorted and unique. ErrorCode::Malformed with
/// field "manifest.json:<path>" otherwise.
[[nodiscard]] Result<Manifest> decodeManifest(const json::Value& value);

}  // namespace lintas::exchange
