#include "lintas/exchange/BundleManifest.h"

#include "BundleSupport.h"
#include "JsonSchema.h"

#include "lintas/IdGenerator.h"

namespace lintas::exchange {

namespace {

json::Value encodeParty(const BundleParty& p) {
    return json::Object{{"code", p.code}, {"country", p.country}, {"certificate_sha256", p.fingerprint}};
}

BundleParty decodeParty(schema::Object o) {
    BundleParty p;
    p.code = o.text("code", true, 32);
    p.country = o.country("country");
    p.fingerprint = o.text("certificate_sha256", true, 95);
    if (!bundle::isFingerprint(p.fingerprint))
        o.errors().fail(o.pathOf("certificate_sha256"), "must be 32 upper-case hex pairs joined by ':'");
    o.finish();
    return p;
}

/// True for the entry paths this format version defines. The UUID or hash in the path is
/// checked too, so a path can never smuggle anything else.
bool isKnownPath(const std::string& path, const ManifestEntry& entry, BundleProfile profile) {
    const auto uuidFile = [&](std::string_view dir) {
        if (!path.starts_with(dir) || !path.ends_with(".json"))
            return false;
        const std::string uuid = path.substr(dir.size(), path.size() - dir.size() - 5);
        return isUuid(uuid);
    };
    if (profile == BundleProfile::Statistics)
        return path == bundle::kStatisticsPath;
    if (uuidFile(bundle::kCasesDir) || uuidFile(bundle::kOrganisationsDir))
        return true;
    if (path.starts_with(bundle::kAttachmentsDir)) {
        const std::string hash = path.substr(bundle::kAttachmentsDir.size());
        return bundle::isLowerHex(hash, 64) && hash == entry.sha256;
    }
    return false;
}

}  // namespace

const char* profileName(BundleProfile profile) {
    switch (profile) {
    case BundleProfile::Full:
        return "full";
    case BundleProfile::Pseudonymised:
        return "pseudonymised";
    case BundleProfile::Statistics:
        return "statistics";
    }
    return "full";
}

std::optional<BundleProfile> parseProfile(std::string_view name) {
    for (auto p : {BundleProfile::Full, BundleProfile::Pseudonymised, BundleProfile::Statistics})
        if (name == profileName(p))
            return p;
    return std::nullopt;
}

const ManifestEntry* Manifest::find(std::string_view path) const {
    for (const auto& e : entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

json::Value encodeManifest(const Manifest& m) {
    json::Array entries;
    for (const auto& e : m.entries)
        entries.emplace_back(
            json::Object{{"path", e.path}, {"size", static_cast<std::int64_t>(e.size)}, {"sha256", e.sha256}});
    return json::Object{
        {"format", m.format},
        {"format_version", m.formatVersion},
        {"bundle_uuid", m.bundleUuid},
        {"sequence", m.sequence},
        {"created_at", m.createdAt},
        {"sender", encodeParty(m.sender)},
        {"recipient", encodeParty(m.recipient)},
        {"purpose", m.purpose},
        {"tlp", m.tlp},
        {"handling_code", m.handlingCode},
        {"profile", profileName(m.profile)},
        {"generator", m.generator},
        {"entries", std::move(entries)},
    };
}

Result<Manifest> decodeManifest(const json::Value& value) {
    schema::Errors errors{std::string(bundle::kManifestPath)};
    schema::Object o(errors, &value, "");
    Manifest m;
    o.constant("format", Manifest::kFormat);
    m.formatVersion = o.integer("format_version", Manifest::kFormatVersion, Manifest::kFormatVersion);
    if (errors.failed())  // another format or version: say so, not what else differs
        return errors.error();
    m.bundleUuid = o.uuid("bundle_uuid");
    m.sequence = o.integer("sequence", 1, INT64_MAX);
    m.createdAt = o.timestamp("created_at");
    m.sender = decodeParty(o.object("sender"));
    m.recipient = decodeParty(o.object("recipient"));
    m.purpose = o.code("purpose", vocab::List::ConsentPurpose);
    m.tlp = o.code("tlp", vocab::List::Tlp);
    m.handlingCode = o.code("handling_code", vocab::List::HandlingCode);
    const std::string profile = o.text("profile", true, 20);
    if (auto p = parseProfile(profile))
        m.profile = *p;
    else
        errors.fail("profile", "must be full, pseudonymised or statistics");
    m.generator = o.text("generator", false, 200);
    const auto& entries = o.array("entries");
    for (std::size_t i = 0; i < entries.size() && !errors.failed(); ++i) {
        const std::string path = schema::indexPath("entries", i);
        schema::Object e(errors, &entries[i], path);
        ManifestEntry entry;
        entry.path = e.text("path", true, 200);
        entry.size = static_cast<std::uint64_t>(e.integer("size", 0, INT64_MAX));
        entry.sha256 = e.text("sha256", true, 64);
        e.finish();
        if (errors.failed())
            break;
        if (!bundle::isLowerHex(entry.sha256, 64))
            errors.fail(path + ".sha256", "must be 64 lower-case hex digits");
        else if (!isKnownPath(entry.path, entry, m.profile))
            errors.fail(path + ".path", "is not an entry path of this format and profile");
        else if (!m.entries.empty() && !(m.entries.back().path < entry.path))
            errors.fail(path + ".path", "entries must be sorted by path and unique");
        m.entries.push_back(std::move(entry));
    }
    o.finish();
    if (!errors.failed() && m.profile == BundleProfile::Statistics && m.entries.size() != 1)
        errors.fail("entries", "a statistics bundle holds exactly records/statistics.json");
    if (errors.failed())
        return errors.error();
    return m;
}

}  // namespace lintas::exchange
