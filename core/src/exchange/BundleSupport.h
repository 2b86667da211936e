#pragma once

// Helpers shared by the bundle sources (export, verify, service). Private to core.

#include <filesystem>
#include <string>
#include <string_view>

namespace lintas::exchange::bundle {

inline constexpr std::string_view kManifestPath = "manifest.json";
inline constexpr std::string_view kSignaturePath = "manifest.p7s";
inline constexpr std::string_view kCasesDir = "records/cases/";
inline constexpr std::string_view kOrganisationsDir = "records/organisations/";
inline constexpr std::string_view kStatisticsPath = "records/statistics.json";
inline constexpr std::string_view kAttachmentsDir = "attachments/";
/// Error::field of verify()'s refusal to open an encrypted bundle without an identity.
inline constexpr std::string_view kEncryptedField = "bundle";

[[nodiscard]] inline std::string casePath(const std::string& uuid) { return std::string(kCasesDir) + uuid + ".json"; }
[[nodiscard]] inline std::string organisationPath(const std::string& uuid) {
    return std::string(kOrganisationsDir) + uuid + ".json";
}
[[nodiscard]] inline std::string attachmentPath(const std::string& sha256) {
    return std::string(kAttachmentsDir) + sha256;
}

[[nodiscard]] inline std::string toHex(std::string_view bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char c : bytes) {
        out += kDigits[c >> 4];
        out += kDigits[c & 0xF];
    }
    return out;
}

[[nodiscard]] inline bool isLowerHex(std::string_view s, std::size_t length) {
    if (s.size() != length)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

/// "AB:CD:…" with 32 pairs: the form Certificate fingerprints take.
[[nodiscard]] inline bool isFingerprint(std::string_view s) {
    if (s.size() != 32 * 3 - 1)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (i % 3 == 2) {
            if (c != ':')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

/// Ranks for comparing markings: a higher rank is more restrictive. -1 for an unknown code.
[[nodiscard]] inline int handlingRank(std::string_view code) {
    if (code == "H0")
        return 0;
    if (code == "H1")
        return 1;
    if (code == "H2")
        return 2;
    if (code == "H3")
        return 3;
    return -1;
}
[[nodiscard]] inline int tlpRank(std::string_view code) {
    if (code == "CLEAR")
        return 0;
    if (code == "GREEN")
        return 1;
    if (code == "AMBER")
        return 2;
    if (code == "AMBER+STRICT")
        return 3;
    if (code == "RED")
        return 4;
    return -1;
}

/// A file path removed on destruction unless released: temporary bundle files never outlive a
/// failure.
class TempPath {
public:
    explicit TempPath(std::string path) : m_path(std::move(path)) {}
    ~TempPath() {
        if (!m_path.empty()) {
            std::error_code ec;
            std::filesystem::remove(m_path, ec);
        }
    }
    TempPath(TempPath&& other) noexcept : m_path(std::move(other.m_path)) { other.m_path.clear(); }
    TempPath& operator=(TempPath&& other) noexcept {
        std::swap(m_path, other.m_path);
        return *this;
    }
    TempPath(const TempPath&) = delete;
    TempPath& operator=(const TempPath&) = delete;

    [[nodiscard]] const std::string& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    std::string m_path;
};

}  // namespace lintas::exchange::bundle
