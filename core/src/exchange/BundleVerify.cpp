// Verification of a received bundle, before anything is written (docs/bundle-format.md,
// "Verifying"). Order matters: the signature is checked before the manifest is even parsed, and
// the manifest before any other entry is read, so a forged or tampered bundle is refused early
// and costs little.

#include "lintas/exchange/BundleService.h"

#include "BundleSignatureProfile.h"
#include "BundleSupport.h"

#include "lintas/service/AgencyService.h"
#include "lintas/store/Database.h"

#include <filesystem>
#include <fstream>
#include <set>

namespace lintas::exchange {

namespace fs = std::filesystem;

struct VerifiedBundle::Impl {
    // Declared before `zip` so the archive is closed before a decrypted copy is removed.
    std::optional<bundle::TempPath> decrypted;
    std::unique_ptr<ZipReader> zip;
    Manifest manifest;
    PartnerCertificate signer;
    std::string fileSha256;
    BundleLimits limits;

    /// The entry's bytes, checked against the manifest's size and hash.
    Result<std::string> readRecord(const std::string& path) {
        const ManifestEntry* entry = manifest.find(path);
        if (!entry)
            return Error{ErrorCode::NotFound, path, "not in the manifest"};
        if (entry->size > limits.maxRecordBytes)
            return Error{ErrorCode::Refused, path, "record larger than the limit"};
        auto bytes = zip->read(path, limits.maxRecordBytes);
        if (!bytes)
            return bytes.error();
        if (bytes->size() != entry->size || sha256Hex(*bytes) != entry->sha256)
            return Error{ErrorCode::Untrusted, path, "content does not match the manifest's size and SHA-256"};
        return bytes;
    }

    Result<json::Value> readJson(const std::string& path) {
        auto bytes = readRecord(path);
        if (!bytes)
            return bytes.error();
        json::Limits jl;
        jl.maxDepth = limits.maxJsonDepth;
        jl.maxBytes = limits.maxRecordBytes;
        return json::parse(*bytes, path, jl);
    }

    Status stream(const ManifestEntry& entry, const std::function<Status(std::string_view)>& sink) {
        Sha256 hash;
        std::uint64_t size = 0;
        LINTAS_TRY(zip->stream(entry.path, [&](std::string_view chunk) -> Status {
            size += chunk.size();
            if (size > entry.size)
                return Error{ErrorCode::Untrusted, entry.path, "longer than the manifest says"};
            hash.update(chunk);
            return sink ? sink(chunk) : Status{};
        }));
        if (size != entry.size || hash.finishHex() != entry.sha256)
            return Error{ErrorCode::Untrusted, entry.path, "content does not match the manifest's size and SHA-256"};
        return {};
    }
};

VerifiedBundle::VerifiedBundle(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
VerifiedBundle::VerifiedBundle(VerifiedBundle&&) noexcept = default;
VerifiedBundle& VerifiedBundle::operator=(VerifiedBundle&&) noexcept = default;
VerifiedBundle::~VerifiedBundle() = default;

const Manifest& VerifiedBundle::manifest() const { return m_impl->manifest; }
const PartnerCertificate& VerifiedBundle::signer() const { return m_impl->signer; }
const std::string& VerifiedBundle::fileSha256() const { return m_impl->fileSha256; }
bool VerifiedBundle::wasEncrypted() const { return m_impl->decrypted.has_value(); }

namespace {
std::vector<std::string> uuidsUnder(const Manifest& m, std::string_view dir) {
    std::vector<std::string> out;
    for (const auto& e : m.entries)
        if (e.path.starts_with(dir))
            out.push_back(e.path.substr(dir.size(), e.path.size() - dir.size() - 5));  // minus ".json"
    return out;
}
}  // namespace

std::vector<std::string> VerifiedBundle::caseUuids() const { return uuidsUnder(m_impl->manifest, bundle::kCasesDir); }
std::vector<std::string> VerifiedBundle::organisationUuids() const {
    return uuidsUnder(m_impl->manifest, bundle::kOrganisationsDir);
}
std::vector<ManifestEntry> VerifiedBundle::attachmentEntries() const {
    std::vector<ManifestEntry> out;
    for (const auto& e : m_impl->manifest.entries)
        if (e.path.starts_with(bundle::kAttachmentsDir))
            out.push_back(e);
    return out;
}

Result<CaseRecord> VerifiedBundle::readCase(const std::string& uuid) {
    const std::string path = bundle::casePath(uuid);
    auto value = m_impl->readJson(path);
    if (!value)
        return value.error();
    auto record = codec::decodeCase(*value, path);
    if (record && record->caseFile.meta.uuid != uuid)
        return Error{ErrorCode::Malformed, path + ":case.uuid", "differs from the file name"};
    return record;
}

Result<OrganisationRecord> VerifiedBundle::readOrganisation(const std::string& uuid) {
    const std::string path = bundle::organisationPath(uuid);
    auto value = m_impl->readJson(path);
    if (!value)
        return value.error();
    auto record = codec::decodeOrganisation(*value, path);
    if (record && record->organisation.meta.uuid != uuid)
        return Error{ErrorCode::Malformed, path + ":organisation.uuid", "differs from the file name"};
    return record;
}

Result<StatisticsRecord> VerifiedBundle::readStatistics() {
    const std::string path(bundle::kStatisticsPath);
    auto value = m_impl->readJson(path);
    if (!value)
        return value.error();
    return codec::decodeStatistics(*value, path);
}

Status VerifiedBundle::streamAttachment(const std::string& sha256, const std::function<Status(std::string_view)>& sink) {
    const ManifestEntry* entry = m_impl->manifest.find(bundle::attachmentPath(sha256));
    if (!entry)
        return Error{ErrorCode::NotFound, "attachment", "not in the manifest"};
    return m_impl->stream(*entry, sink);
}

Status VerifiedBundle::copyAttachment(const std::string& sha256, const std::string& destination) {
    bundle::TempPath temp(destination + ".partial");
    {
        std::ofstream out(temp.path(), std::ios::binary | std::ios::trunc);
        if (!out)
            return Error{ErrorCode::Io, "attachment", "cannot create the destination file"};
        LINTAS_TRY(streamAttachment(sha256, [&](std::string_view chunk) -> Status {
            out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
            if (!out)
                return Error{ErrorCode::Io, "attachment", "cannot write the destination file"};
            return {};
        }));
        out.close();
        if (!out)
            return Error{ErrorCode::Io, "attachment", "cannot write the destination file"};
    }
    std::error_code ec;
    fs::rename(temp.path(), destination, ec);
    if (ec)
        return Error{ErrorCode::Io, "attachment", "cannot move the file into place: " + ec.message()};
    temp.release();
    return {};
}

// ---- verify ---------------------------------------------------------------------------------

Result<VerifiedBundle> BundleService::verify(const std::string& bundlePath, const Identity* recipientForDecrypt) {
    LINTAS_TRY(m_ctx.require(security::Permission::BundleImport, "bundle"));
    Context::Delegation delegated(m_ctx);  // the trust store and our identity, read on its behalf
    auto impl = std::make_unique<VerifiedBundle::Impl>();
    impl->limits = m_limits;

    auto fileHash = sha256FileHex(bundlePath);
    if (!fileHash)
        return fileHash.error();
    impl->fileSha256 = *fileHash;

    // A ZIP starts with a local header ("PK\3\4") or, when empty, the end record ("PK\5\6");
    // anything else is taken to be CMS EnvelopedData, which decryption will check.
    std::string zipPath = bundlePath;
    {
        std::ifstream in(bundlePath, std::ios::binary);
        char magic[4] = {};
        in.read(magic, 4);
        const std::string_view head(magic, static_cast<std::size_t>(in.gcount()));
        if (head != std::string_view("PK\3\4", 4) && head != std::string_view("PK\5\6", 4)) {
            if (!recipientForDecrypt)
                return Error{ErrorCode::Refused, std::string(bundle::kEncryptedField),
                             "the bundle is encrypted: unlock this agency's identity"};
            impl->decrypted.emplace(m_dbPath + ".incoming-" + m_ctx.newUuid() + ".lintas");
            LINTAS_TRY(cmsDecryptFile(bundlePath, impl->decrypted->path(), *recipientForDecrypt));
            zipPath = impl->decrypted->path();
        }
    }

    auto zip = ZipReader::open(zipPath, m_limits.zip);
    if (!zip)
        return zip.error();
    impl->zip = std::move(*zip);
    ZipReader& reader = *impl->zip;

    // 1. The signature, against the pinned certificate of a trusted partner.
    const auto* manifestEntry = reader.find(bundle::kManifestPath);
    const auto* signatureEntry = reader.find(bundle::kSignaturePath);
    if (!manifestEntry || !signatureEntry)
        return Error{ErrorCode::Malformed, "bundle", "manifest.json or manifest.p7s is missing"};
    if (manifestEntry->size > m_limits.maxManifestBytes)
        return Error{ErrorCode::Refused, "manifest.json", "larger than the limit"};
    if (signatureEntry->size > m_limits.maxSignatureBytes)
        return Error{ErrorCode::Refused, "manifest.p7s", "larger than the limit"};
    auto manifestBytes = reader.read(bundle::kManifestPath, m_limits.maxManifestBytes);
    if (!manifestBytes)
        return manifestBytes.error();
    auto signature = reader.read(bundle::kSignaturePath, m_limits.maxSignatureBytes);
    if (!signature)
        return signature.error();

    auto hint = cmsSignerCertificate(*signature);
    if (!hint)
        return Error{ErrorCode::Untrusted, "manifest.p7s", "no readable signer certificate: " + hint.error().detail};
    auto partner = m_trust.byFingerprint(hint->fingerprint());
    if (!partner) {
        if (partner.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::Untrusted, "manifest.p7s",
                         "signer certificate " + hint->fingerprint() + " is not in the trust store"};
        return partner.error();
    }
    if (partner->state != TrustState::Trusted)
        return Error{ErrorCode::Untrusted, "manifest.p7s",
                     "signer certificate of " + partner->country + "/" + partner->agencyCode + " was revoked"};
    auto pinned = Certificate::parse(partner->certificatePem);
    if (!pinned)
        return pinned.error();
    LINTAS_TRY(bundle::checkSignatureProfile(*signature));
    if (auto ok = cmsVerifyDetached(*signature, *manifestBytes, *pinned, m_trust.now()); !ok)
        return Error{ErrorCode::Untrusted, "manifest.p7s",
                     partner->country + "/" + partner->agencyCode + ": " + ok.error().detail};
    impl->signer = std::move(*partner);

    // 2. The manifest: strict schema, then who it is from and for.
    json::Limits jl;
    jl.maxDepth = m_limits.maxJsonDepth;
    jl.maxBytes = m_limits.maxManifestBytes;
    auto manifestJson = json::parse(*manifestBytes, bundle::kManifestPath, jl);
    if (!manifestJson)
        return manifestJson.error();
    auto manifest = decodeManifest(*manifestJson);
    if (!manifest)
        return manifest.error();
    impl->manifest = std::move(*manifest);
    const Manifest& m = impl->manifest;
    const PartnerCertificate& signer = impl->signer;
    if (m.sender.code != signer.agencyCode || m.sender.country != signer.country ||
        m.sender.fingerprint != signer.fingerprint)
        return Error{ErrorCode::Untrusted, "manifest.json:sender",
                     "names " + m.sender.country + "/" + m.sender.code + ", but the signer is trusted for " +
                         signer.country + "/" + signer.agencyCode};

    AgencyService agencies(m_ctx);
    auto local = agencies.local();
    if (!local)
        return local.error();
    auto identity = m_trust.identity();
    if (!identity)
        return identity.error();
    if (m.recipient.code != local->code || m.recipient.country != local->country)
        return Error{ErrorCode::Refused, "manifest.json:recipient",
                     "the bundle is for " + m.recipient.country + "/" + m.recipient.code + ", not this agency"};
    if (m.recipient.fingerprint != identity->certificate.fingerprint)
        return Error{ErrorCode::Refused, "manifest.json:recipient.certificate_sha256",
                     "the bundle names another certificate of this agency"};

    // 3. Replay: a bundle is applied once, and a sender's bundles only in increasing order.
    {
        auto st = m_ctx.db().prepare("SELECT 1 FROM imported_bundle WHERE uuid = ?1");
        if (!st)
            return st.error();
        (*st)->bind(1, m.bundleUuid);
        auto row = (*st)->step();
        if (!row)
            return row.error();
        const bool seen = *row;
        (*st)->reset();
        if (seen)
            return Error{ErrorCode::Refused, "manifest.json:bundle_uuid", "already imported"};
        auto last = m_ctx.db().prepare(
            "SELECT MAX(b.sequence) FROM imported_bundle b JOIN agency a ON a.id = b.sender_agency_id "
            "WHERE a.code = ?1 AND a.country = ?2");
        if (!last)
            return last.error();
        (*last)->bind(1, m.sender.code).bind(2, m.sender.country);
        auto lastRow = (*last)->step();
        if (!lastRow)
            return lastRow.error();
        // MAX() over no rows is NULL: -1 then, below every valid sequence number.
        const std::int64_t lastSeen = (*lastRow && !(*last)->isNull(0)) ? (*last)->int64(0) : -1;
        (*last)->reset();
        if (m.sequence <= lastSeen)
            return Error{ErrorCode::Refused, "manifest.json:sequence",
                         "older than last seen from this sender (" + std::to_string(lastSeen) + ")"};
    }

    // 4. The archive holds exactly the listed entries, with the listed sizes.
    std::size_t listed = 0;
    for (const auto& entry : reader.entries()) {
        if (entry.name == bundle::kManifestPath || entry.name == bundle::kSignaturePath)
            continue;
        const ManifestEntry* me = m.find(entry.name);
        if (!me)
            return Error{ErrorCode::Untrusted, entry.name, "entry is not listed in the manifest"};
        if (me->size != entry.size)
            return Error{ErrorCode::Untrusted, entry.name, "size differs from the manifest"};
        ++listed;
    }
    if (listed != m.entries.size()) {
        for (const auto& me : m.entries)
            if (!reader.find(me.path))
                return Error{ErrorCode::Untrusted, me.path, "listed in the manifest but missing"};
    }

    // 5. Every entry's content: records parsed and schema-checked one at a time, attachments
    //    hashed as they stream. Nothing is kept.
    VerifiedBundle verified(std::move(impl));
    std::set<std::string> organisations;
    std::set<std::string> referencedOrganisations;
    std::set<std::string> referencedAttachments;
    for (const auto& uuid : verified.organisationUuids()) {
        auto org = verified.readOrganisation(uuid);
        if (!org)
            return org.error();
        organisations.insert(uuid);
    }
    for (const auto& uuid : verified.caseUuids()) {
        auto rec = verified.readCase(uuid);
        if (!rec)
            return rec.error();
        const Case& c = rec->caseFile;
        for (const auto& org : {c.referringOrganisation, c.referredOrganisation})
            if (org)
                referencedOrganisations.insert(*org);
        for (const auto& v : rec->victimProfiles)
            for (const auto& org : {v.recruitmentLocation, v.exploitationLocation})
                if (org)
                    referencedOrganisations.insert(*org);
        for (const auto& r : rec->referrals)
            if (r.referral.providerUuid)
                referencedOrganisations.insert(*r.referral.providerUuid);
        for (const auto& r : rec->relationships) {
            if (r.fromKind == PartyKind::Organisation)
                referencedOrganisations.insert(r.fromUuid);
            if (r.toKind == PartyKind::Organisation)
                referencedOrganisations.insert(r.toUuid);
        }
        for (const auto& a : rec->attachments)
            referencedAttachments.insert(a.sha256);
    }
    if (verified.manifest().profile == BundleProfile::Statistics) {
        auto st = verified.readStatistics();
        if (!st)
            return st.error();
    }
    for (const auto& org : referencedOrganisations)
        if (!organisations.contains(org))
            return Error{ErrorCode::Malformed, bundle::organisationPath(org), "referred to by a case but missing"};
    for (const auto& entry : verified.attachmentEntries()) {
        const std::string sha = entry.path.substr(bundle::kAttachmentsDir.size());
        if (!referencedAttachments.contains(sha))
            return Error{ErrorCode::Malformed, entry.path, "no case refers to this attachment"};
        LINTAS_TRY(verified.streamAttachment(sha, nullptr));
        referencedAttachments.erase(sha);
    }
    if (!referencedAttachments.empty())
        return Error{ErrorCode::Malformed, bundle::attachmentPath(*referencedAttachments.begin()),
                     "referred to by a case but missing"};
    return verified;
}

}  // namespace lintas::exchange
