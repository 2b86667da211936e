// Detached CMS signatures and CMS EnvelopedData encryption, checked against our own code and
// against the openssl command-line tool (a partner country may verify with nothing else).

#include "CryptoTestSupport.h"
#include "TempDir.h"
#include "lintas/exchange/Crypto.h"

#include <openssl/pem.h>
#include <openssl/cms.h>
#include <openssl/x509.h>

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <random>
#include <thread>

#include <unistd.h>

namespace lintas::exchange {
namespace {

using lintas::test::TempDir;
using namespace lintas::exchange::test;

const std::string kManifest = R"({"format":"lintas-bundle","version":1,"sender":"THA-RTP","recipient":"KHM-CNP"})";

/// A detached CMS signature made with OpenSSL directly, for the shapes our signer never makes.
std::string rawSign(X509* cert, EVP_PKEY* key, std::string_view content, const EVP_MD* md, unsigned int flags) {
    BIO* in = BIO_new_mem_buf(content.data(), static_cast<int>(content.size()));
    CMS_ContentInfo* cms = CMS_sign(nullptr, nullptr, nullptr, nullptr, flags | CMS_PARTIAL);
    EXPECT_NE(CMS_add1_signer(cms, cert, key, md, 0), nullptr);
    EXPECT_EQ(CMS_final(cms, in, nullptr, flags), 1);
    unsigned char* der = nullptr;
    const int size = i2d_CMS_ContentInfo(cms, &der);
    std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(size));
    OPENSSL_free(der);
    CMS_ContentInfo_free(cms);
    BIO_free(in);
    return out;
}

X509* x509(const Certificate& cert) { return static_cast<X509*>(cert.handle()); }
EVP_PKEY* pkey(const Identity& identity) { return static_cast<EVP_PKEY*>(identity.keyHandle()); }

void expectUntrusted(const Status& status, const std::string& detail) {
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Untrusted) << status.error().toString();
    EXPECT_EQ(status.error().field, "signature");
    EXPECT_EQ(status.error().detail, detail);
}

// --- Signing and verification --------------------------------------------------------------------

TEST(CmsSignTest, SignsAndVerifies) {
    const Identity sender = makeIdentity();
    const auto signature = cmsSignDetached(sender, kManifest);
    ASSERT_TRUE(signature.ok()) << errorText(signature);
    EXPECT_TRUE(cmsVerifyDetached(*signature, kManifest, sender.certificate(), kNow).ok());
    // Still good on the last day of validity.
    EXPECT_TRUE(cmsVerifyDetached(*signature, kManifest, sender.certificate(), kNow + 824 * kDay).ok());
    // The signature carries the signer's certificate, which names the partner to check against.
    const auto signer = cmsSignerCertificate(*signature);
    ASSERT_TRUE(signer.ok()) << errorText(signer);
    EXPECT_EQ(signer->der(), sender.certificate().der());
}

TEST(CmsSignTest, OpenSslToolAcceptsOurSignature) {
    TempDir dir;
    const Identity sender = makeIdentity();
    const auto signature = cmsSignDetached(sender, kManifest);
    ASSERT_TRUE(signature.ok());
    writeFile(dir.file("manifest.p7s"), *signature);
    writeFile(dir.file("manifest.json"), kManifest);
    writeFile(dir.file("partner.pem"), sender.certificate().pem());

    // The invocation documented for partners (README, docs/bundle-format.md).
    const std::string verify = "openssl cms -verify -binary -inform DER -in " + dir.file("manifest.p7s") +
                               " -content " + dir.file("manifest.json") + " -CAfile " + dir.file("partner.pem") +
                               " -purpose any -out /dev/null";
    const auto ok = run(verify);
    EXPECT_EQ(ok.exitCode, 0) << ok.output;
    EXPECT_NE(ok.output.find("Verification successful"), std::string::npos) << ok.output;

    std::string altered = kManifest;
    altered[10] ^= 0x01;
    writeFile(dir.file("manifest.json"), altered);
    const auto bad = run(verify);
    EXPECT_EQ(bad.exitCode, 4) << bad.output;

    // An impostor's certificate with the same name is not accepted by the tool either.
    writeFile(dir.file("manifest.json"), kManifest);
    writeFile(dir.file("partner.pem"), makeIdentity().certificate().pem());
    const auto impostor = run(verify);
    EXPECT_NE(impostor.exitCode, 0) << impostor.output;
}

TEST(CmsSignTest, SignatureIsDerWithSha256AndTheCertificate) {
    TempDir dir;
    const Identity sender = makeIdentity();
    const auto signature = cmsSignDetached(sender, kManifest);
    ASSERT_TRUE(signature.ok());
    writeFile(dir.file("manifest.p7s"), *signature);
    const auto print = run("openssl cms -cmsout -print -noout -inform DER -in " + dir.file("manifest.p7s"));
    ASSERT_EQ(print.exitCode, 0) << print.output;
    EXPECT_NE(print.output.find("contentType: pkcs7-signedData"), std::string::npos) << print.output;
    EXPECT_NE(print.output.find("eContent: <ABSENT>"), std::string::npos) << print.output;
    EXPECT_NE(print.output.find("algorithm: sha256"), std::string::npos) << print.output;
    EXPECT_NE(print.output.find("algorithm: ecdsa-with-SHA256"), std::string::npos) << print.output;
    EXPECT_NE(print.output.find("THA-RTP"), std::string::npos) << print.output;
}

TEST(CmsVerifyTest, EveryFlippedContentByteFails) {
    const Identity sender = makeIdentity();
    const auto signature = cmsSignDetached(sender, kManifest);
    ASSERT_TRUE(signature.ok());
    for (std::size_t i = 0; i < kManifest.size(); ++i) {
        std::string altered = kManifest;
        altered[i] = static_cast<char>(altered[i] ^ 0x20);
        expectUntrusted(cmsVerifyDetached(*signature, altered, sender.certificate(), kNow),
                        "content does not match the signature");
    }
    expectUntrusted(cmsVerifyDetached(*signature, kManifest + "\n", sender.certificate(), kNow),
                    "content does not match the signature");
    expectUntrusted(cmsVerifyDetached(*signature, "", sender.certificate(), kNow),
                    "content does not match the signature");
}

TEST(CmsVerifyTest, TruncatedOrGarbageSignatureFails) {
    const Identity sender = makeIdentity();
    const auto signature = cmsSignDetached(sender, kManifest);
    ASSERT_TRUE(signature.ok());
    for (std::size_t length = 0; length < signature->size(); ++length) {
        const Status status = cmsVerifyDetached(signature->substr(0, length), kManifest, sender.certificate(), kNow);
        ASSERT_FALSE(status.ok()) << length;
        EXPECT_TRUE(status.error().code == ErrorCode::Untrusted || status.error().code == ErrorCode::Malformed);
    }
    expectUntrusted(cmsVerifyDetached(kManifest, kManifest, sender.certificate(), kNow), "is not a DER CMS structure");
    const auto signer = cmsSignerCertificate(signature->substr(0, signature->size() / 2));
    ASSERT_FALSE(signer.ok());
    EXPECT_EQ(signer.error().code, ErrorCode::Malformed);
}

TEST(CmsVerifyTest, ImpostorWithTheSameNameIsUntrusted) {
    const Identity partner = makeIdentity();
    const Identity impostor = makeIdentity();  // same subject, different key
    ASSERT_EQ(impostor.certificate().info().subject, partner.certificate().info().subject);
    const auto forged = cmsSignDetached(impostor, kManifest);
    ASSERT_TRUE(forged.ok());
    expectUntrusted(cmsVerifyDetached(*forged, kManifest, partner.certificate(), kNow),
                    "signer is not the trusted certificate");
}

TEST(CmsVerifyTest, ImpostorCopyingNameAndSerialIsUntrusted) {
    // The impostor copies the partner's certificate, puts in its own key and self-signs: the
    // issuer and serial number (the signer identifier) now match the pinned certificate.
    const Identity partner = makeIdentity();
    const Identity impostor = makeIdentity();
    X509* forgedCert = X509_dup(x509(partner.certificate()));
    ASSERT_EQ(X509_set_pubkey(forgedCert, pkey(impostor)), 1);
    ASSERT_GT(X509_sign(forgedCert, pkey(impostor), EVP_sha256()), 0);
    const std::string forged = rawSign(forgedCert, pkey(impostor), kManifest, EVP_sha256(), CMS_DETACHED | CMS_BINARY);
    X509_free(forgedCert);
    expectUntrusted(cmsVerifyDetached(forged, kManifest, partner.certificate(), kNow),
                    "signer is not the trusted certificate");

    // Leaving the forged certificate out does not help: the key must be the pinned one.
    const std::string withoutCert = [&] {
        X509* copy = X509_dup(x509(partner.certificate()));
        X509_set_pubkey(copy, pkey(impostor));
        X509_sign(copy, pkey(impostor), EVP_sha256());
        BIO* in = BIO_new_mem_buf(kManifest.data(), static_cast<int>(kManifest.size()));
        CMS_ContentInfo* cms = CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_DETACHED | CMS_BINARY | CMS_PARTIAL);
        CMS_add1_signer(cms, copy, pkey(impostor), EVP_sha256(), CMS_NOCERTS);
        CMS_final(cms, in, nullptr, CMS_DETACHED | CMS_BINARY);
        unsigned char* der = nullptr;
        const int size = i2d_CMS_ContentInfo(cms, &der);
        std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(size));
        OPENSSL_free(der);
        CMS_ContentInfo_free(cms);
        BIO_free(in);
        X509_free(copy);
        return out;
    }();
    expectUntrusted(cmsVerifyDetached(withoutCert, kManifest, partner.certificate(), kNow),
                    "content does not match the signature");
}

TEST(CmsVerifyTest, ExpiredAndNotYetValidCertificatesAreUntrusted) {
    const Identity sender = makeIdentity(kNow, 1);  // valid from kNow - 1 h for one day
    const auto signature = cmsSignDetached(sender, kManifest);
    ASSERT_TRUE(signature.ok());
    EXPECT_TRUE(cmsVerifyDetached(*signature, kManifest, sender.certificate(), kNow).ok());
    expectUntrusted(cmsVerifyDetached(*signature, kManifest, sender.certificate(), kNow + kDay),
                    "certificate expired");
    expectUntrusted(cmsVerifyDetached(*signature, kManifest, sender.certificate(), kNow - 7200),
                    "certificate not yet valid");
}

TEST(CmsVerifyTest, CertificateWithoutDigitalSignatureUsageIsUntrusted) {
    TempDir dir;
    const Identity sender = identityFromOpenSsl(dir, "agreement", "ec -pkeyopt ec_paramgen_curve:P-256",
                                                "-addext keyUsage=critical,keyAgreement");
    ASSERT_TRUE(sender.certificate().info().keyUsagePresent);
    ASSERT_FALSE(sender.certificate().info().digitalSignature);
    const auto signature = cmsSignDetached(sender, kManifest);
    ASSERT_TRUE(signature.ok());
    expectUntrusted(cmsVerifyDetached(*signature, kManifest, sender.certificate(), std::time(nullptr)),
                    "certificate key usage does not allow digital signatures");
}

TEST(CmsVerifyTest, RsaSignerFromAPkiVerifies) {
    TempDir dir;
    const Identity sender = identityFromOpenSsl(dir, "rsa", "rsa:2048");
    const auto signature = cmsSignDetached(sender, kManifest);
    ASSERT_TRUE(signature.ok()) << errorText(signature);
    EXPECT_TRUE(cmsVerifyDetached(*signature, kManifest, sender.certificate(), std::time(nullptr)).ok());
}

TEST(CmsVerifyTest, WeakDigestAndAttachedContentAreUntrusted) {
    const Identity sender = makeIdentity();
    const std::string sha1 =
        rawSign(x509(sender.certificate()), pkey(sender), kManifest, EVP_sha1(), CMS_DETACHED | CMS_BINARY);
    expectUntrusted(cmsVerifyDetached(sha1, kManifest, sender.certificate(), kNow),
                    "digest algorithm is not SHA-256, SHA-384 or SHA-512");
    const std::string attached = rawSign(x509(sender.certificate()), pkey(sender), kManifest, EVP_sha256(), CMS_BINARY);
    expectUntrusted(cmsVerifyDetached(attached, kManifest, sender.certificate(), kNow), "is not a detached signature");
}

// --- Encryption ------------------------------------------------------------------------------------

/// Peak resident memory of this process while `body` runs, above what it was before.
template <typename Body>
long long peakExtraResidentBytes(Body&& body) {
    const auto resident = [] {
        long long pages = 0;
        long long size = 0;
        if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
            if (std::fscanf(f, "%lld %lld", &size, &pages) != 2)
                pages = 0;
            std::fclose(f);
        }
        return pages * sysconf(_SC_PAGESIZE);
    };
    const long long before = resident();
    std::atomic<long long> peak{before};
    std::atomic<bool> stop{false};
    std::thread sampler([&] {
        while (!stop) {
            peak = std::max(peak.load(), resident());
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    body();
    stop = true;
    sampler.join();
    return std::max(peak.load(), resident()) - before;
}

class CmsEncryptTest : public ::testing::Test {
protected:
    std::string decryptWithOpenSsl(const std::string& encrypted, const Identity& recipient,
                                   const std::string& plainKeyPem, const std::string& extra = {}) {
        // The plain key exists only inside this test's temporary directory.
        writeFile(m_dir.file("recipient.key.pem"), plainKeyPem);
        writeFile(m_dir.file("recipient.cert.pem"), recipient.certificate().pem());
        const auto result = run("openssl cms -decrypt -binary -inform DER -in " + encrypted + " -recip " +
                                m_dir.file("recipient.cert.pem") + " -inkey " + m_dir.file("recipient.key.pem") +
                                " -out " + m_dir.file("openssl.out") + " " + extra);
        EXPECT_EQ(result.exitCode, 0) << result.output;
        return readFile(m_dir.file("openssl.out"));
    }

    static std::string plainKeyPem(const Identity& identity) {
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PrivateKey(bio, pkey(identity), nullptr, nullptr, 0, nullptr, nullptr);
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        std::string pem(data, static_cast<std::size_t>(size));
        BIO_free(bio);
        return pem;
    }

    void roundTrip(const Identity& recipient, const std::string& content) {
        writeFile(m_dir.file("bundle.zip"), content);
        const Status encrypted = cmsEncryptFile(m_dir.file("bundle.zip"), m_dir.file("bundle.p7m"),
                                                {recipient.certificate()});
        ASSERT_TRUE(encrypted.ok()) << errorText(encrypted);
        if (!content.empty()) {
            EXPECT_EQ(readFile(m_dir.file("bundle.p7m")).find(content.substr(0, 40)), std::string::npos);
        }

        const Status decrypted = cmsDecryptFile(m_dir.file("bundle.p7m"), m_dir.file("ours.out"), recipient);
        ASSERT_TRUE(decrypted.ok()) << errorText(decrypted);
        EXPECT_EQ(readFile(m_dir.file("ours.out")), content);
        EXPECT_EQ(decryptWithOpenSsl(m_dir.file("bundle.p7m"), recipient, plainKeyPem(recipient)), content);
    }

    TempDir m_dir;
};

TEST_F(CmsEncryptTest, EcRecipientDecryptsWithOurCodeAndOpenSsl) {
    const Identity recipient = makeIdentity(std::time(nullptr));
    roundTrip(recipient, "PK\x03\x04 a bundle for the Cambodian police, with enough bytes to span blocks");

    const auto print = run("openssl cms -cmsout -print -noout -inform DER -in " + m_dir.file("bundle.p7m"));
    EXPECT_NE(print.output.find("contentType: pkcs7-envelopedData"), std::string::npos) << print.output;
    EXPECT_NE(print.output.find("dhSinglePass-stdDH-sha256kdf-scheme"), std::string::npos) << print.output;
    EXPECT_NE(print.output.find("aes-256-cbc"), std::string::npos) << print.output;
}

TEST_F(CmsEncryptTest, RsaRecipientDecryptsWithOurCodeAndOpenSsl) {
    const Identity recipient = identityFromOpenSsl(m_dir, "rsa", "rsa:2048");
    roundTrip(recipient, std::string("binary \0\r\n\x80\xff content", 20) + std::string(5000, 'x'));

    const auto print = run("openssl cms -cmsout -print -noout -inform DER -in " + m_dir.file("bundle.p7m"));
    EXPECT_NE(print.output.find("rsaesOaep"), std::string::npos) << print.output;
}

TEST_F(CmsEncryptTest, EmptyFileRoundTrips) {
    roundTrip(makeIdentity(std::time(nullptr)), "");
}

TEST_F(CmsEncryptTest, EachOfSeveralRecipientsCanDecrypt) {
    const Identity ec = makeIdentity(std::time(nullptr));
    const Identity rsa = identityFromOpenSsl(m_dir, "rsa", "rsa:2048");
    writeFile(m_dir.file("in"), "for two partners");
    ASSERT_TRUE(cmsEncryptFile(m_dir.file("in"), m_dir.file("out.p7m"), {ec.certificate(), rsa.certificate()}).ok());
    for (const Identity* recipient : {&ec, &rsa}) {
        ASSERT_TRUE(cmsDecryptFile(m_dir.file("out.p7m"), m_dir.file("plain"), *recipient).ok());
        EXPECT_EQ(readFile(m_dir.file("plain")), "for two partners");
    }
}

TEST_F(CmsEncryptTest, DecryptsWhatTheOpenSslToolEncrypted) {
    // Both encodings the tool writes: definite lengths by default, indefinite with -stream.
    const Identity recipient = makeIdentity(std::time(nullptr));
    writeFile(m_dir.file("cert.pem"), recipient.certificate().pem());
    const std::string content(70000, 'z');
    writeFile(m_dir.file("in"), content);
    for (const char* mode : {"", "-stream"}) {
        const auto enc = run(std::string("openssl cms -encrypt -binary -aes256 -outform DER ") + mode + " -in " +
                             m_dir.file("in") + " -out " + m_dir.file("tool.p7m") + " " + m_dir.file("cert.pem"));
        ASSERT_EQ(enc.exitCode, 0) << enc.output;
        const Status decrypted = cmsDecryptFile(m_dir.file("tool.p7m"), m_dir.file("plain"), recipient);
        ASSERT_TRUE(decrypted.ok()) << mode << ": " << errorText(decrypted);
        EXPECT_EQ(readFile(m_dir.file("plain")), content) << mode;
    }
}

TEST_F(CmsEncryptTest, WrongIdentityIsUntrustedAndLeavesNoOutput) {
    const Identity recipient = makeIdentity(std::time(nullptr));
    const Identity other = makeIdentity(std::time(nullptr));
    writeFile(m_dir.file("in"), "secret");
    ASSERT_TRUE(cmsEncryptFile(m_dir.file("in"), m_dir.file("out.p7m"), {recipient.certificate()}).ok());
    const Status status = cmsDecryptFile(m_dir.file("out.p7m"), m_dir.file("plain"), other);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Untrusted) << status.error().toString();
    EXPECT_EQ(status.error().detail, "is not encrypted for this identity");
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("plain")));
}

TEST_F(CmsEncryptTest, MalformedInputIsMalformed) {
    const Identity recipient = makeIdentity(std::time(nullptr));
    writeFile(m_dir.file("in"), std::string(10000, 'q'));
    ASSERT_TRUE(cmsEncryptFile(m_dir.file("in"), m_dir.file("good.p7m"), {recipient.certificate()}).ok());
    const std::string good = readFile(m_dir.file("good.p7m"));
    const auto signature = cmsSignDetached(recipient, "x");
    ASSERT_TRUE(signature.ok());

    for (const std::string& input : {std::string(), std::string("not CMS at all"), *signature,
                                     good.substr(0, good.size() / 2), good.substr(0, 200)}) {
        writeFile(m_dir.file("bad.p7m"), input);
        const Status status = cmsDecryptFile(m_dir.file("bad.p7m"), m_dir.file("plain"), recipient);
        ASSERT_FALSE(status.ok()) << input.size();
        EXPECT_EQ(status.error().code, ErrorCode::Malformed) << input.size() << ": " << status.error().toString();
        EXPECT_FALSE(std::filesystem::exists(m_dir.file("plain")));
    }
}

TEST_F(CmsEncryptTest, BadArgumentsAndMissingFiles) {
    const Identity recipient = makeIdentity(std::time(nullptr));
    writeFile(m_dir.file("in"), "x");
    const Status none = cmsEncryptFile(m_dir.file("in"), m_dir.file("out"), {});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::Validation);

    const Status missing = cmsEncryptFile(m_dir.file("missing"), m_dir.file("out"), {recipient.certificate()});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_EQ(missing.error().field, "input");

    const Status unwritable =
        cmsEncryptFile(m_dir.file("in"), m_dir.file("no-such-dir/out"), {recipient.certificate()});
    ASSERT_FALSE(unwritable.ok());
    EXPECT_EQ(unwritable.error().code, ErrorCode::Io);
    EXPECT_EQ(unwritable.error().field, "output");

    const Status missingDecrypt = cmsDecryptFile(m_dir.file("missing"), m_dir.file("out"), recipient);
    ASSERT_FALSE(missingDecrypt.ok());
    EXPECT_EQ(missingDecrypt.error().code, ErrorCode::Io);

    // Writing over the input would destroy it before it is read.
    const Status inPlace = cmsEncryptFile(m_dir.file("in"), m_dir.file("in"), {recipient.certificate()});
    ASSERT_FALSE(inPlace.ok());
    EXPECT_EQ(inPlace.error().code, ErrorCode::Validation);
    EXPECT_EQ(readFile(m_dir.file("in")), "x");
    ASSERT_TRUE(cmsEncryptFile(m_dir.file("in"), m_dir.file("in.p7m"), {recipient.certificate()}).ok());
    const Status inPlaceDecrypt = cmsDecryptFile(m_dir.file("in.p7m"), m_dir.file("in.p7m"), recipient);
    ASSERT_FALSE(inPlaceDecrypt.ok());
    EXPECT_EQ(inPlaceDecrypt.error().code, ErrorCode::Validation);
    EXPECT_TRUE(cmsDecryptFile(m_dir.file("in.p7m"), m_dir.file("plain"), recipient).ok());
}

TEST_F(CmsEncryptTest, FiftyMegabytesRoundTripInBoundedMemory) {
    constexpr std::size_t kSize = std::size_t{50} * 1024 * 1024;
    const Identity recipient = makeIdentity(std::time(nullptr));
    {
        // Written in chunks, so the test itself never holds the file in memory.
        std::ofstream out(m_dir.file("big.zip"), std::ios::binary);
        std::mt19937_64 rng(7);
        std::vector<std::uint64_t> chunk(1 << 17);
        for (std::size_t written = 0; written < kSize; written += chunk.size() * 8) {
            for (auto& word : chunk)
                word = rng();
            out.write(reinterpret_cast<const char*>(chunk.data()), static_cast<std::streamsize>(chunk.size() * 8));
        }
    }
    const auto original = sha256FileHex(m_dir.file("big.zip"));
    ASSERT_TRUE(original.ok());

    Status encrypted;
    const long long encryptExtra = peakExtraResidentBytes([&] {
        encrypted = cmsEncryptFile(m_dir.file("big.zip"), m_dir.file("big.p7m"), {recipient.certificate()});
    });
    ASSERT_TRUE(encrypted.ok()) << errorText(encrypted);
    std::filesystem::remove(m_dir.file("big.zip"));

    Status decrypted;
    const long long decryptExtra = peakExtraResidentBytes(
        [&] { decrypted = cmsDecryptFile(m_dir.file("big.p7m"), m_dir.file("big.out"), recipient); });
    ASSERT_TRUE(decrypted.ok()) << errorText(decrypted);

    std::uint64_t size = 0;
    const auto roundTripped = sha256FileHex(m_dir.file("big.out"), &size);
    ASSERT_TRUE(roundTripped.ok());
    EXPECT_EQ(size, kSize);
    EXPECT_EQ(*roundTripped, *original);
    // Streaming: far below the 50 MB a whole-file approach would need.
    EXPECT_LT(encryptExtra, 8ll << 20);
    EXPECT_LT(decryptExtra, 8ll << 20);
}

}  // namespace
}  // namespace lintas::exchange
