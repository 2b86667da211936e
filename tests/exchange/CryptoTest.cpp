// Hashing, certificates, agency identities, encrypted keys and PKCS#12 import. Where a format
// must be readable by other tools, the openssl command-line tool checks our output.

#include "CryptoTestSupport.h"
#include "TempDir.h"
#include "lintas/Time.h"
#include "lintas/exchange/Crypto.h"

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <random>

namespace lintas::exchange {
namespace {

using lintas::test::TempDir;
using namespace lintas::exchange::test;

// --- SHA-256 -----------------------------------------------------------------------------------

TEST(Sha256Test, KnownVectors) {
    // FIPS 180-2 appendix B and the empty string.
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    Sha256 million;
    const std::string thousand(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        million.update(thousand);
    EXPECT_EQ(million.finishHex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, PiecesEqualOneShot) {
    const std::string text = "manifest.json: the exact bytes are what gets signed";
    Sha256 hash;
    for (char c : text)
        hash.update(std::string_view(&c, 1));
    EXPECT_EQ(hash.finishHex(), sha256Hex(text));
}

TEST(Sha256Test, UpdateAfterFinishIsAProgrammingError) {
    Sha256 hash;
    hash.update("x");
    (void)hash.finishHex();
    EXPECT_THROW(hash.update("y"), std::logic_error);
}

TEST(Sha256Test, FileStreamingEqualsOneShotAndReportsSize) {
    TempDir dir;
    // Larger than the read chunk and not a multiple of it, so chunk borders are crossed.
    std::string content(200 * 1024 + 17, '\0');
    std::mt19937 rng(42);
    for (char& c : content)
        c = static_cast<char>(rng());
    writeFile(dir.file("attachment.bin"), content);

    std::uint64_t size = 0;
    const auto hex = sha256FileHex(dir.file("attachment.bin"), &size);
    ASSERT_TRUE(hex.ok()) << errorText(hex);
    EXPECT_EQ(*hex, sha256Hex(content));
    EXPECT_EQ(size, content.size());

    const auto sha256sum = run("sha256sum " + dir.file("attachment.bin"));
    EXPECT_EQ(sha256sum.output.substr(0, 64), *hex);
}

TEST(Sha256Test, EmptyFileAndMissingFile) {
    TempDir dir;
    writeFile(dir.file("empty"), "");
    std::uint64_t size = 99;
    const auto empty = sha256FileHex(dir.file("empty"), &size);
    ASSERT_TRUE(empty.ok());
    EXPECT_EQ(*empty, sha256Hex(""));
    EXPECT_EQ(size, 0u);

    const auto missing = sha256FileHex(dir.file("missing"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_EQ(missing.error().field, "file");
}

// --- Certificates and generated identities ---------------------------------------------------

TEST(CertificateTest, GeneratedCertificateHasTheAgencyFields) {
    const Identity identity = makeIdentity();
    const CertificateInfo& info = identity.certificate().info();
    EXPECT_EQ(info.commonName, "THA-RTP");
    EXPECT_EQ(info.organisation, "ROYAL THAI POLICE TEST");
    EXPECT_EQ(info.organisationalUnit, "RTP");
    EXPECT_EQ(info.countryAlpha2, "TH");
    EXPECT_EQ(info.subject, "CN=THA-RTP,OU=RTP,O=ROYAL THAI POLICE TEST,C=TH");
    EXPECT_EQ(info.issuer, info.subject);
    EXPECT_TRUE(info.selfSigned);
    EXPECT_TRUE(info.keyUsagePresent);
    EXPECT_TRUE(info.digitalSignature);
    EXPECT_EQ(info.keyAlgorithm, "EC P-256");
    // Valid from an hour before "now", for 825 days.
    const auto notBefore = std::chrono::system_clock::from_time_t(kNow - 3600);
    EXPECT_EQ(info.notBefore, "2026-03-15T08:00:00Z");
    EXPECT_EQ(info.notAfter, formatTimestamp(notBefore + std::chrono::days{825}));
    // 128 random bits with the top bit set: exactly 32 hex digits.
    EXPECT_EQ(info.serialHex.size(), 32u);
    EXPECT_NE(info.serialHex, makeIdentity().certificate().info().serialHex);
}

TEST(CertificateTest, OpenSslSeesTheSameFingerprintAndExtensions) {
    TempDir dir;
    const Identity identity = makeIdentity();
    writeFile(dir.file("cert.pem"), identity.certificate().pem());

    const auto fingerprint = run("openssl x509 -noout -fingerprint -sha256 -in " + dir.file("cert.pem"));
    ASSERT_EQ(fingerprint.exitCode, 0) << fingerprint.output;
    const auto equals = fingerprint.output.find('=');
    ASSERT_NE(equals, std::string::npos);
    EXPECT_EQ(fingerprint.output.substr(equals + 1, 95), identity.certificate().fingerprint());
    EXPECT_EQ(identity.certificate().fingerprint().size(), 95u);  // 32 pairs and 31 colons

    const auto text = run("openssl x509 -noout -text -in " + dir.file("cert.pem"));
    ASSERT_EQ(text.exitCode, 0) << text.output;
    EXPECT_NE(text.output.find("X509v3 Key Usage: critical\n                Digital Signature\n"), std::string::npos)
        << text.output;
    EXPECT_NE(text.output.find("X509v3 Extended Key Usage: \n                E-mail Protection\n"), std::string::npos)
        << text.output;
    EXPECT_NE(text.output.find("CA:FALSE"), std::string::npos);
    EXPECT_NE(text.output.find("Version: 3 (0x2)"), std::string::npos);
    EXPECT_NE(text.output.find("ecdsa-with-SHA256"), std::string::npos);
    EXPECT_NE(text.output.find("NIST CURVE: P-256"), std::string::npos);
}

TEST(CertificateTest, ParsesPemAndDerAlike) {
    const Identity identity = makeIdentity();
    const auto fromPem = Certificate::parse(identity.certificate().pem());
    const auto fromDer = Certificate::parse(identity.certificate().der());
    ASSERT_TRUE(fromPem.ok()) << errorText(fromPem);
    ASSERT_TRUE(fromDer.ok()) << errorText(fromDer);
    EXPECT_EQ(fromPem->der(), identity.certificate().der());
    EXPECT_EQ(fromDer->fingerprint(), identity.certificate().fingerprint());
    EXPECT_TRUE(identity.certificate().pem().starts_with("-----BEGIN CERTIFICATE-----\n"));
}

TEST(CertificateTest, RejectsWhatIsNotExactlyOneCertificate) {
    const Identity identity = makeIdentity();
    const std::string pem = identity.certificate().pem();
    const std::string der = identity.certificate().der();
    for (const std::string& input :
         {std::string(), std::string("not a certificate"),
          std::string("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
          pem + makeIdentity().certificate().pem(), der + "x", der.substr(0, der.size() - 1)}) {
        const auto parsed = Certificate::parse(input);
        ASSERT_FALSE(parsed.ok()) << input.size();
        EXPECT_EQ(parsed.error().code, ErrorCode::Malformed);
        EXPECT_EQ(parsed.error().field, "certificate");
    }
}

TEST(CertificateTest, KeepsNonLatinAgencyNamesAsUtf8) {
    const std::string thai = "\xE0\xB8\xAA\xE0\xB8\xB3\xE0\xB8\x99\xE0\xB8\xB1\xE0\xB8\x81\xE0\xB8\x87\xE0\xB8\xB2"
                             "\xE0\xB8\x99 TEST";  // "สำนักงาน TEST"
    const Identity identity = makeIdentity(kNow, 825, "RTP", thai);
    EXPECT_EQ(identity.certificate().info().organisation, thai);
    EXPECT_NE(identity.certificate().info().subject.find("O=" + thai), std::string::npos);
}

TEST(CertificateTest, GenerateRejectsBadSubjects) {
    struct Case {
        Identity::Subject subject;
        int validDays;
        const char* field;
    };
    const std::string longName(65, 'A');
    for (const Case& c :
         {Case{{"", "THA", "X"}, 825, "agency.code"}, Case{{"rtp", "THA", "X"}, 825, "agency.code"},
          Case{{"RTP", "XXX", "X"}, 825, "agency.country"}, Case{{"RTP", "TH", "X"}, 825, "agency.country"},
          Case{{"RTP", "THA", ""}, 825, "agency.name"}, Case{{"RTP", "THA", longName}, 825, "agency.name"},
          Case{{"RTP", "THA", "X"}, 0, "validDays"}}) {
        const auto identity = Identity::generate(c.subject, kNow, c.validDays);
        ASSERT_FALSE(identity.ok()) << c.field;
        EXPECT_EQ(identity.error().code, ErrorCode::Validation);
        EXPECT_EQ(identity.error().field, c.field);
    }
}

// --- Encrypted private keys ----------------------------------------------------------------------

// scrypt with N = 2^17 costs about half a second per use: the key is encrypted once for the suite.
class EncryptedKeyTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_identity = new Identity(makeIdentity());
        auto pem = s_identity->encryptedKeyPem(kPassphrase);
        ASSERT_TRUE(pem.ok()) << errorText(pem);
        s_pem = new std::string(*pem);
    }
    static void TearDownTestSuite() {
        delete s_identity;
        delete s_pem;
        s_identity = nullptr;
        s_pem = nullptr;
    }

    static constexpr const char* kPassphrase = "correct horse battery";
    static inline Identity* s_identity = nullptr;
    static inline std::string* s_pem = nullptr;
};

std::string plainKeyPem(const Identity& identity) {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, static_cast<EVP_PKEY*>(identity.keyHandle()), nullptr, nullptr, 0, nullptr,
                             nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    std::string pem(data, static_cast<std::size_t>(size));
    BIO_free(bio);
    return pem;
}

TEST_F(EncryptedKeyTest, IsPkcs8WithScryptAndAes256Cbc) {
    const std::string& pem = *s_pem;
    EXPECT_TRUE(pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
    // No line of the plain key's base64 appears in the encrypted file.
    std::istringstream plain(plainKeyPem(*s_identity));
    for (std::string line; std::getline(plain, line);) {
        if (!line.starts_with("-----")) {
            EXPECT_EQ(pem.find(line), std::string::npos) << line;
        }
    }

    TempDir dir;
    writeFile(dir.file("key.pem"), pem);
    const auto asn1 = run("openssl asn1parse -in " + dir.file("key.pem"));
    ASSERT_EQ(asn1.exitCode, 0) << asn1.output;
    EXPECT_NE(asn1.output.find(":PBES2"), std::string::npos) << asn1.output;
    EXPECT_NE(asn1.output.find(":scrypt\n"), std::string::npos) << asn1.output;
    EXPECT_NE(asn1.output.find(":aes-256-cbc"), std::string::npos) << asn1.output;
    // N = 2^17, r = 8, p = 1 in that order.
    const auto n = asn1.output.find("INTEGER           :020000");
    const auto r = asn1.output.find("INTEGER           :08", n);
    const auto p = asn1.output.find("INTEGER           :01", r);
    EXPECT_NE(n, std::string::npos) << asn1.output;
    EXPECT_NE(r, std::string::npos);
    EXPECT_NE(p, std::string::npos);
}

TEST_F(EncryptedKeyTest, LoadsWithThePassphrase) {
    const auto loaded = Identity::load(s_identity->certificate().pem(), *s_pem, kPassphrase);
    ASSERT_TRUE(loaded.ok()) << errorText(loaded);
    EXPECT_EQ(EVP_PKEY_eq(static_cast<EVP_PKEY*>(loaded->keyHandle()), static_cast<EVP_PKEY*>(s_identity->keyHandle())),
              1);
    EXPECT_EQ(loaded->certificate().fingerprint(), s_identity->certificate().fingerprint());
}

TEST_F(EncryptedKeyTest, WrongPassphraseIsBadPassphrase) {
    const auto loaded = Identity::load(s_identity->certificate().pem(), *s_pem, "correct horse battery!");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::BadPassphrase);
    EXPECT_EQ(loaded.error().field, "key");
    EXPECT_EQ(loaded.error().toString().find("correct horse"), std::string::npos);
}

TEST_F(EncryptedKeyTest, KeyOfAnotherCertificateIsRefused) {
    const auto loaded = Identity::load(makeIdentity().certificate().pem(), *s_pem, kPassphrase);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::Validation);
    EXPECT_EQ(loaded.error().field, "key");
}

TEST_F(EncryptedKeyTest, ShortPassphraseIsRefused) {
    // Eight characters are needed, counted as characters: seven Thai letters are 21 bytes.
    for (const std::string& passphrase :
         {std::string(), std::string("seven77"), std::string("\xE0\xB8\x81\xE0\xB8\x82\xE0\xB8\x83\xE0\xB8\x84"
                                                             "\xE0\xB8\x85\xE0\xB8\x86\xE0\xB8\x87")}) {
        const auto pem = s_identity->encryptedKeyPem(passphrase);
        ASSERT_FALSE(pem.ok());
        EXPECT_EQ(pem.error().code, ErrorCode::Validation);
        EXPECT_EQ(pem.error().field, "passphrase");
    }
}

TEST_F(EncryptedKeyTest, PlainOrOtherwiseEncryptedKeysAreRefused) {
    TempDir dir;
    writeFile(dir.file("plain.pem"), plainKeyPem(*s_identity));
    // The openssl tool's own default, PBKDF2: readable, but not what Lintas writes.
    const auto pbkdf2 = run("openssl pkcs8 -topk8 -v2 aes-256-cbc -in " + dir.file("plain.pem") +
                            " -passout pass:correct-horse -out " + dir.file("pbkdf2.pem"));
    ASSERT_EQ(pbkdf2.exitCode, 0) << pbkdf2.output;
    for (const std::string& key : {plainKeyPem(*s_identity), readFile(dir.file("pbkdf2.pem")), std::string("junk")}) {
        const auto loaded = Identity::load(s_identity->certificate().pem(), key, "correct-horse");
        ASSERT_FALSE(loaded.ok());
        EXPECT_EQ(loaded.error().code, ErrorCode::Malformed);
        EXPECT_EQ(loaded.error().field, "key");
    }
}

TEST_F(EncryptedKeyTest, BadCertificateIsMalformed) {
    const auto loaded = Identity::load("junk", *s_pem, kPassphrase);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::Malformed);
    EXPECT_EQ(loaded.error().field, "certificate");
}

// --- PKCS#12 import ----------------------------------------------------------------------------

class Pkcs12Test : public ::testing::Test {
protected:
    /// Makes key + certificate with the openssl tool and exports a PKCS#12 with `exportArgs`.
    std::string makePkcs12(const std::string& keySpec, const std::string& exportArgs) {
        const auto req = run("openssl req -x509 -newkey " + keySpec + " -nodes -keyout " + m_dir.file("key.pem") +
                             " -out " + m_dir.file("cert.pem") +
                             " -days 30 -subj '/C=VN/O=VIETNAM POLICE TEST/OU=VNP/CN=VNM-VNP'");
        EXPECT_EQ(req.exitCode, 0) << req.output;
        const auto exp = run("openssl pkcs12 -export -in " + m_dir.file("cert.pem") + " -inkey " +
                             m_dir.file("key.pem") + " -out " + m_dir.file("id.p12") + " " + exportArgs);
        EXPECT_EQ(exp.exitCode, 0) << exp.output;
        return readFile(m_dir.file("id.p12"));
    }
    std::string cliFingerprint() {
        const auto out = run("openssl x509 -noout -fingerprint -sha256 -in " + m_dir.file("cert.pem"));
        return out.output.substr(out.output.find('=') + 1, 95);
    }

    TempDir m_dir;
};

TEST_F(Pkcs12Test, ImportsAModernFile) {
    const std::string p12 = makePkcs12("ec -pkeyopt ec_paramgen_curve:P-256", "-passout pass:pkcs12-pass");
    const auto identity = Identity::fromPkcs12(p12, "pkcs12-pass");
    ASSERT_TRUE(identity.ok()) << errorText(identity);
    EXPECT_EQ(identity->certificate().fingerprint(), cliFingerprint());
    EXPECT_EQ(identity->certificate().info().commonName, "VNM-VNP");
    EXPECT_EQ(identity->certificate().info().keyAlgorithm, "EC P-256");
    EXPECT_FALSE(identity->certificate().info().keyUsagePresent);
}

TEST_F(Pkcs12Test, ImportsALegacyFileWithoutLoadingLegacyAlgorithmsGlobally) {
    const std::string p12 = makePkcs12("rsa:2048", "-legacy -passout pass:pkcs12-pass");
    const auto identity = Identity::fromPkcs12(p12, "pkcs12-pass");
    ASSERT_TRUE(identity.ok()) << errorText(identity);
    EXPECT_EQ(identity->certificate().fingerprint(), cliFingerprint());
    EXPECT_EQ(identity->certificate().info().keyAlgorithm, "RSA 2048");
    // The legacy provider was only loaded into a private context.
    EVP_CIPHER* rc2 = EVP_CIPHER_fetch(nullptr, "RC2-40-CBC", nullptr);
    EXPECT_EQ(rc2, nullptr);
    EVP_CIPHER_free(rc2);
    // The imported key works in the default context.
    const auto signature = cmsSignDetached(*identity, "content");
    ASSERT_TRUE(signature.ok()) << errorText(signature);
    EXPECT_TRUE(cmsVerifyDetached(*signature, "content", identity->certificate(), std::time(nullptr)).ok());
}

TEST_F(Pkcs12Test, WrongPasswordIsBadPassphrase) {
    for (const char* args : {"-passout pass:pkcs12-pass", "-legacy -passout pass:pkcs12-pass"}) {
        const std::string p12 = makePkcs12("ec -pkeyopt ec_paramgen_curve:P-256", args);
        const auto identity = Identity::fromPkcs12(p12, "pkcs12-wrong");
        ASSERT_FALSE(identity.ok()) << args;
        EXPECT_EQ(identity.error().code, ErrorCode::BadPassphrase) << args;
        EXPECT_EQ(identity.error().field, "pkcs12");
    }
}

TEST_F(Pkcs12Test, EmptyPasswordWorks) {
    const std::string p12 = makePkcs12("ec -pkeyopt ec_paramgen_curve:P-256", "-passout pass:");
    const auto identity = Identity::fromPkcs12(p12, "");
    ASSERT_TRUE(identity.ok()) << errorText(identity);
    EXPECT_EQ(identity->certificate().fingerprint(), cliFingerprint());
}

TEST_F(Pkcs12Test, FileWithoutKeyOrGarbageIsMalformed) {
    makePkcs12("ec -pkeyopt ec_paramgen_curve:P-256", "-passout pass:x");
    const auto noKey = run("openssl pkcs12 -export -nokeys -in " + m_dir.file("cert.pem") + " -out " +
                           m_dir.file("nokey.p12") + " -passout pass:pkcs12-pass");
    ASSERT_EQ(noKey.exitCode, 0) << noKey.output;
    for (const std::string& input : {readFile(m_dir.file("nokey.p12")), std::string("junk"), std::string()}) {
        const auto identity = Identity::fromPkcs12(input, "pkcs12-pass");
        ASSERT_FALSE(identity.ok());
        EXPECT_EQ(identity.error().code, ErrorCode::Malformed) << identity.error().toString();
    }
}

// --- Random bytes and wiping ---------------------------------------------------------------------

TEST(RandomTest, BytesDifferBetweenCalls) {
    std::array<unsigned char, 32> a{};
    std::array<unsigned char, 32> b{};
    ASSERT_TRUE(randomBytes(a.data(), a.size()).ok());
    ASSERT_TRUE(randomBytes(b.data(), b.size()).ok());
    EXPECT_NE(a, b);
    EXPECT_NE(a, decltype(a){});
}

TEST(WipeTest, ClearsTheString) {
    std::string secret = "a passphrase long enough to live on the heap, not in the small buffer";
    wipe(secret);
    EXPECT_TRUE(secret.empty());
    std::string empty;
    wipe(empty);
    EXPECT_TRUE(empty.empty());
}

}  // namespace
}  // namespace lintas::exchange
