// The local agency's signing identity and the partner trust store (TrustService). Every agency
// here is synthetic; certificates are generated on the fly.

#include "TestWorkspace.h"

#include "lintas/exchange/Crypto.h"
#include "lintas/exchange/TrustService.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sys/stat.h>

namespace lintas::test {
namespace {
namespace fs = std::filesystem;
using exchange::Certificate;
using exchange::Identity;
using exchange::TrustState;

constexpr const char* kPassphrase = "correct horse battery staple";

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::time_t toTimeT(const std::string& iso) { return std::chrono::system_clock::to_time_t(*parseTimestamp(iso)); }

/// The raw private scalar of an EC key: the bytes that must never reach the database.
std::string privateScalar(const Identity& identity) {
    BIGNUM* priv = nullptr;
    EXPECT_EQ(EVP_PKEY_get_bn_param(static_cast<EVP_PKEY*>(identity.keyHandle()), OSSL_PKEY_PARAM_PRIV_KEY, &priv), 1);
    std::string out(static_cast<std::size_t>(BN_num_bytes(priv)), '\0');
    BN_bn2bin(priv, reinterpret_cast<unsigned char*>(out.data()));
    BN_clear_free(priv);
    return out;
}

/// A PKCS#12 file with `identity`'s key and certificate, as a national PKI would issue it.
std::string pkcs12Of(const Identity& identity, const std::string& passphrase) {
    PKCS12* p12 = PKCS12_create(passphrase.c_str(), "synthetic agency", static_cast<EVP_PKEY*>(identity.keyHandle()),
                                static_cast<X509*>(identity.certificate().handle()), nullptr, 0, 0, 0, 0, 0);
    EXPECT_NE(p12, nullptr);
    unsigned char* der = nullptr;
    const int size = i2d_PKCS12(p12, &der);
    std::string out(reinterpret_cast<const char*>(der), static_cast<std::size_t>(size));
    OPENSSL_free(der);
    PKCS12_free(p12);
    return out;
}

/// A self-signed certificate whose keyUsage allows only certificate signing (a CA certificate):
/// it must not be accepted as an agency's signing certificate.
std::string certificateWithoutDigitalSignature(std::time_t now) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    X509* x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 7);
    X509_time_adj_ex(X509_getm_notBefore(x), 0, 0, &now);
    X509_time_adj_ex(X509_getm_notAfter(x), 365, 0, &now);
    X509_NAME* name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("TH"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Synthetic CA"), -1,
                               -1, 0);
    X509_set_issuer_name(x, name);
    X509_set_pubkey(x, key);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    X509_EXTENSION* ku = X509V3_EXT_conf_nid(nullptr, &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
    X509_add_ext(x, ku, -1);
    X509_EXTENSION_free(ku);
    X509_sign(x, key, EVP_sha256());
    unsigned char* der = nullptr;
    const int size = i2d_X509(x, &der);
    std::string out(reinterpret_cast<const char*>(der), static_cast<std::size_t>(size));
    OPENSSL_free(der);
    X509_free(x);
    EVP_PKEY_free(key);
    return out;
}

class TrustServiceTest : public WorkspaceTest {
protected:
    /// The certificate of a synthetic partner agency, valid for `days` from `from`.
    Certificate partnerCertificate(const std::string& code = "TATIP", const std::string& country = "THA",
                                   std::time_t from = 0, int days = 365) {
        const std::time_t start = from != 0 ? from : ws->trust.now();
        return must(Identity::generate({code, country, "Synthetic partner agency " + code}, start, days)).certificate();
    }

    [[nodiscard]] std::string keyPath() const { return exchange::TrustService::keyPathFor(ws->path()); }

    std::int64_t count(const std::string& sql) { return must(ws->db().queryInt(sql)); }
};

// --- the local identity -------------------------------------------------------------------------

TEST_F(TrustServiceTest, CreatedCertificateNamesTheAgencyAndAllowsSigning) {
    const auto info = must(ws->trust.createIdentity(kPassphrase, 30));
    EXPECT_EQ(info.source, "generated");
    EXPECT_EQ(info.createdAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(info.keyPath, ws->path() + ".identity.key");
    EXPECT_EQ(info.certificate.commonName, "IDN-BARESKRIM");
    EXPECT_EQ(info.certificate.organisationalUnit, "BARESKRIM");
    EXPECT_EQ(info.certificate.organisation, "Bareskrim Polri (synthetic test agency)");
    EXPECT_EQ(info.certificate.countryAlpha2, "ID");
    EXPECT_TRUE(info.certificate.digitalSignature);
    EXPECT_EQ(info.certificate.keyAlgorithm, "EC P-256");
    EXPECT_EQ(info.certificate.notAfter.substr(0, 10), "2026-04-14");
    EXPECT_NE(info.certificatePem.find("-----BEGIN CERTIFICATE-----"), std::string::npos);

    // What is read back later is what was created.
    const auto again = must(ws->trust.identity());
    EXPECT_EQ(again.certificate.fingerprint, info.certificate.fingerprint);
}

TEST_F(TrustServiceTest, PrivateKeyIsStoredOnlyEncryptedInAnOwnerOnlyFile) {
    must(ws->trust.createIdentity(kPassphrase));
    const std::string key = readBytes(keyPath());
    EXPECT_NE(key.find("-----BEGIN ENCRYPTED PRIVATE KEY-----"), std::string::npos);
    EXPECT_EQ(key.find("BEGIN PRIVATE KEY"), std::string::npos);
    EXPECT_EQ(key.find("BEGIN EC PRIVATE KEY"), std::string::npos);
    struct stat st {};
    ASSERT_EQ(::stat(keyPath().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U);

    // Neither the database nor its write-ahead log holds the private key, in any form.
    const std::string scalar = privateScalar(must(ws->trust.unlock(kPassphrase)));
    ASSERT_EQ(scalar.size(), 32U);
    for (const std::string& file : {ws->path(), ws->path() + "-wal"}) {
        const std::string bytes = readBytes(file);
        EXPECT_EQ(bytes.find(scalar), std::string::npos) << file;
        EXPECT_EQ(bytes.find("PRIVATE KEY"), std::string::npos) << file;
    }
    // No temporary file is left behind.
    EXPECT_FALSE(fs::exists(keyPath() + ".new"));
}

TEST_F(TrustServiceTest, UnlockNeedsTheRightPassphrase) {
    const auto info = must(ws->trust.createIdentity(kPassphrase));
    const Identity unlocked = must(ws->trust.unlock(kPassphrase));
    EXPECT_EQ(unlocked.certificate().fingerprint(), info.certificate.fingerprint);

    const auto wrong = ws->trust.unlock("correct horse battery stapler");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::BadPassphrase);
    EXPECT_EQ(wrong.error().detail.find("correct horse"), std::string::npos) << "a passphrase leaked into an error";
}

TEST_F(TrustServiceTest, ShortPassphraseIsRefusedAndNothingIsWritten) {
    const auto created = ws->trust.createIdentity("short");
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::Validation);
    EXPECT_FALSE(fs::exists(keyPath()));
    EXPECT_EQ(ws->trust.identity().error().code, ErrorCode::NotFound);
}

TEST_F(TrustServiceTest, ValidityOutsideOneDayToTenYearsIsRefused) {
    for (int days : {0, -1, 3651}) {
        const auto created = ws->trust.createIdentity(kPassphrase, days);
        ASSERT_FALSE(created.ok()) << days;
        EXPECT_EQ(created.error().field, "identity.validDays");
    }
}

TEST_F(TrustServiceTest, ReplacingNeedsConsentAndKeepsTheOldKeyFile) {
    const auto first = must(ws->trust.createIdentity(kPassphrase));
    const std::string firstKey = readBytes(keyPath());

    const auto again = ws->trust.createIdentity(kPassphrase);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(readBytes(keyPath()), firstKey);

    const auto second = must(ws->trust.createIdentity(kPassphrase, 825, true));
    EXPECT_NE(second.certificate.fingerprint, first.certificate.fingerprint);
    EXPECT_EQ(must(ws->trust.identity()).certificate.fingerprint, second.certificate.fingerprint);
    EXPECT_EQ(readBytes(keyPath() + ".replaced-20260315T090000Z"), firstKey);

    // A second replacement in the same second keeps both earlier keys.
    const std::string secondKey = readBytes(keyPath());
    must(ws->trust.createIdentity(kPassphrase, 825, true));
    EXPECT_EQ(readBytes(keyPath() + ".replaced-20260315T090000Z"), firstKey);
    EXPECT_EQ(readBytes(keyPath() + ".replaced-20260315T090000Z-2"), secondKey);
    EXPECT_EQ(count("SELECT count(*) FROM local_identity"), 1);
}

TEST_F(TrustServiceTest, UnlockWithoutTheKeyFileSaysTheFileIsMissing) {
    must(ws->trust.createIdentity(kPassphrase));
    fs::remove(keyPath());
    const auto unlocked = ws->trust.unlock(kPassphrase);
    ASSERT_FALSE(unlocked.ok());
    EXPECT_EQ(unlocked.error().code, ErrorCode::NotFound);
    EXPECT_EQ(unlocked.error().field, "identity.key");
}

TEST_F(TrustServiceTest, ImportsPkcs12AndReencryptsTheKeyUnderTheNewPassphrase) {
    const Identity issued =
        must(Identity::generate({"BARESKRIM", "IDN", "Bareskrim Polri (synthetic)"}, ws->trust.now(), 365));
    const std::string p12 = pkcs12Of(issued, "transport passphrase");

    const auto info = must(ws->trust.importIdentity(p12, "transport passphrase", kPassphrase));
    EXPECT_EQ(info.source, "pkcs12");
    EXPECT_EQ(info.certificate.fingerprint, issued.certificate().fingerprint());
    EXPECT_NE(readBytes(keyPath()).find("BEGIN ENCRYPTED PRIVATE KEY"), std::string::npos);

    EXPECT_EQ(privateScalar(must(ws->trust.unlock(kPassphrase))), privateScalar(issued));
    EXPECT_EQ(ws->trust.unlock("transport passphrase").error().code, ErrorCode::BadPassphrase);
}

TEST_F(TrustServiceTest, ImportRefusesWrongPkcs12PassphraseAndGarbage) {
    const Identity issued = must(Identity::generate({"BARESKRIM", "IDN", "Bareskrim Polri (synthetic)"}, ws->trust.now(), 365));
    const auto wrong = ws->trust.importIdentity(pkcs12Of(issued, "transport passphrase"), "not it", kPassphrase);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::BadPassphrase);

    const auto garbage = ws->trust.importIdentity("this is not a PKCS#12 file", "x", kPassphrase);
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().code, ErrorCode::Malformed);
    EXPECT_FALSE(fs::exists(keyPath()));
}

TEST_F(TrustServiceTest, ImportRefusesAnExpiredCertificate) {
    const Identity old = must(Identity::generate({"BARESKRIM", "IDN", "Bareskrim Polri (synthetic)"},
                                                 toTimeT("2024-01-01T00:00:00Z"), 30));
    const auto imported = ws->trust.importIdentity(pkcs12Of(old, "transport passphrase"), "transport passphrase",
                                                   kPassphrase);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, ErrorCode::Refused);
    EXPECT_EQ(imported.error().detail.rfind("certificate expired on 2024-01-3", 0), 0U) << imported.error().detail;
    EXPECT_FALSE(fs::exists(keyPath()));
}

// --- partner certificates -----------------------------------------------------------------------

TEST_F(TrustServiceTest, AddPinsTheCertificateToAPartnerAgency) {
    const Certificate cert = partnerCertificate();
    const auto added = must(ws->trust.add(cert.pem(), "TATIP", "THA", "Thai anti-trafficking police (synthetic)",
                                          "fingerprint confirmed by phone with the duty officer"));
    EXPECT_EQ(added.fingerprint, cert.fingerprint());
    EXPECT_EQ(added.fingerprint.size(), 95U);  // 32 hex pairs joined by ':'
    EXPECT_EQ(added.agencyCode, "TATIP");
    EXPECT_EQ(added.country, "THA");
    EXPECT_EQ(added.agencyName, "Thai anti-trafficking police (synthetic)");
    EXPECT_EQ(added.state, TrustState::Trusted);
    EXPECT_EQ(added.addedAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(added.note, "fingerprint confirmed by phone with the duty officer");
    EXPECT_EQ(added.certificate.notAfter, cert.info().notAfter);
    EXPECT_EQ(added.certificatePem, cert.pem());

    // The partner is an agency of its own, not the local one.
    const auto partner = must(ws->agencies.find("THA", "TATIP"));
    ASSERT_TRUE(partner.has_value());
    EXPECT_FALSE(partner->isLocal);

    const auto trusted = must(ws->trust.forAgency("TATIP", "THA"));
    ASSERT_EQ(trusted.size(), 1U);
    EXPECT_EQ(trusted[0].fingerprint, cert.fingerprint());
    // Per-partner trust: another agency, even one of the same country, gets nothing from it.
    EXPECT_TRUE(must(ws->trust.forAgency("DSI", "THA")).empty());
    EXPECT_TRUE(must(ws->trust.forAgency("TATIP", "KHM")).empty());
}

TEST_F(TrustServiceTest, AddAcceptsDerAndRefusesTheSameCertificateTwice) {
    const Certificate cert = partnerCertificate();
    must(ws->trust.add(cert.der(), "TATIP", "THA", "Synthetic partner"));
    const auto again = ws->trust.add(cert.pem(), "TATIP", "THA", "Synthetic partner");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_NE(again.error().detail.find(cert.fingerprint()), std::string::npos);
    EXPECT_EQ(must(ws->trust.list()).size(), 1U);
}

TEST_F(TrustServiceTest, AddRefusesWhatIsNotACertificate) {
    const auto added = ws->trust.add("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n",
                                     "TATIP", "THA", "Synthetic partner");
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Malformed);
    EXPECT_EQ(added.error().field, "certificate");
    EXPECT_EQ(count("SELECT count(*) FROM agency"), 1) << "a refused certificate must not create the agency";
}

TEST_F(TrustServiceTest, AddRefusesAnExpiredCertificateNamingTheDate) {
    const Certificate expired = partnerCertificate("TATIP", "THA", toTimeT("2024-01-01T00:00:00Z"), 30);
    const auto added = ws->trust.add(expired.pem(), "TATIP", "THA", "Synthetic partner");
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Refused);
    EXPECT_EQ(added.error().detail, "certificate expired on " + expired.info().notAfter);
    EXPECT_TRUE(must(ws->trust.list()).empty());
}

TEST_F(TrustServiceTest, AddRefusesACertificateWhoseKeyUsageExcludesSigning) {
    const auto added =
        ws->trust.add(certificateWithoutDigitalSignature(ws->trust.now()), "TATIP", "THA", "Synthetic partner");
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Refused);
    EXPECT_NE(added.error().detail.find("digitalSignature"), std::string::npos);
}

TEST_F(TrustServiceTest, AddRefusesACertificateOfAnotherCountry) {
    const auto added = ws->trust.add(partnerCertificate("TATIP", "THA").pem(), "NCATH", "KHM", "Synthetic partner");
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Refused);
    EXPECT_EQ(added.error().detail, "the certificate's country C=TH is not KHM");
}

TEST_F(TrustServiceTest, AddRefusesTheLocalAgencyAsAPartner) {
    const auto added = ws->trust.add(partnerCertificate("BARESKRIM", "IDN").pem(), "BARESKRIM", "IDN", "Ourselves");
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::Refused);
    EXPECT_EQ(added.error().field, "trust.agency");
}

TEST_F(TrustServiceTest, AddValidatesTheAgencyFields) {
    const std::string pem = partnerCertificate().pem();
    EXPECT_EQ(ws->trust.add(pem, "", "THA", "Synthetic partner").error().field, "agency.code");
    EXPECT_EQ(ws->trust.add(pem, "TATIP", "XYZ", "Synthetic partner").error().field, "agency.country");
    EXPECT_EQ(ws->trust.add(pem, "TATIP", "THA", " ").error().field, "agency.name");
}

TEST_F(TrustServiceTest, ARenewedCertificateJoinsTheSameAgency) {
    must(ws->trust.add(partnerCertificate().pem(), "TATIP", "THA", "Synthetic partner"));
    must(ws->trust.add(partnerCertificate().pem(), "TATIP", "THA", "Synthetic partner"));
    EXPECT_EQ(count("SELECT count(*) FROM agency WHERE country = 'THA' AND code = 'TATIP'"), 1);
    EXPECT_EQ(must(ws->trust.forAgency("TATIP", "THA")).size(), 2U);
}

TEST_F(TrustServiceTest, RevokedCertificatesStayListedButAreNoLongerTrusted) {
    const Certificate cert = partnerCertificate();
    must(ws->trust.add(cert.pem(), "TATIP", "THA", "Synthetic partner"));
    clock->advance(std::chrono::hours(2));

    // Fingerprints are accepted as sha256sum prints them too: lower case, no colons.
    std::string plain;
    for (char c : cert.fingerprint())
        if (c != ':')
            plain += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    must(ws->trust.revoke(plain, "key reported lost by the partner"));

    const auto listed = must(ws->trust.list());
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0].state, TrustState::Revoked);
    EXPECT_STREQ(exchange::trustStateName(listed[0].state), "revoked");
    EXPECT_EQ(listed[0].revokedAt, "2026-03-15T11:00:00Z");
    EXPECT_EQ(listed[0].revokedReason, "key reported lost by the partner");
    EXPECT_TRUE(must(ws->trust.forAgency("TATIP", "THA")).empty());

    const auto twice = ws->trust.revoke(cert.fingerprint(), "again");
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Refused);
    EXPECT_EQ(must(ws->trust.list())[0].revokedReason, "key reported lost by the partner");
}

TEST_F(TrustServiceTest, RevokeNeedsAReasonAndAKnownFingerprint) {
    const Certificate cert = partnerCertificate();
    must(ws->trust.add(cert.pem(), "TATIP", "THA", "Synthetic partner"));
    EXPECT_EQ(ws->trust.revoke(cert.fingerprint(), "").error().field, "trust.reason");
    EXPECT_EQ(ws->trust.revoke(std::string(64, 'a'), "lost").error().code, ErrorCode::NotFound);
    EXPECT_EQ(ws->trust.revoke("AB:CD", "lost").error().code, ErrorCode::Validation);
    EXPECT_EQ(must(ws->trust.list())[0].state, TrustState::Trusted);
}

TEST_F(TrustServiceTest, ExpiryIsEnforcedWhenTheCertificateIsUsedNotOnlyWhenAdded) {
    must(ws->trust.add(partnerCertificate("TATIP", "THA", 0, 30).pem(), "TATIP", "THA", "Synthetic partner"));
    EXPECT_EQ(must(ws->trust.forAgency("TATIP", "THA")).size(), 1U);
    clock->advance(std::chrono::days(31));
    EXPECT_TRUE(must(ws->trust.forAgency("TATIP", "THA")).empty());
    EXPECT_EQ(must(ws->trust.list()).size(), 1U) << "an expired entry is still shown";
}

TEST_F(TrustServiceTest, ACertificateNotYetValidIsStoredButNotYetTrusted) {
    const std::time_t nextMonth = ws->trust.now() + 30 * 24 * 3600;
    must(ws->trust.add(partnerCertificate("TATIP", "THA", nextMonth, 365).pem(), "TATIP", "THA", "Synthetic partner"));
    EXPECT_TRUE(must(ws->trust.forAgency("TATIP", "THA")).empty());
    clock->advance(std::chrono::days(31));
    EXPECT_EQ(must(ws->trust.forAgency("TATIP", "THA")).size(), 1U);
}

}  // namespace
}  // namespace lintas::test
