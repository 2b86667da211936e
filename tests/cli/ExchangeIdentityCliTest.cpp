// End-to-end tests of `lintas-cli identity` and `lintas-cli trust`: the real binary on temporary
// databases, passphrases handed over on pipes as a script would, and the files checked with the
// openssl command, as a partner without Lintas would. The agencies are synthetic.

#include "CliRunner.h"
#include "TempDir.h"
#include "lintas/Time.h"
#include "lintas/exchange/Crypto.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace lintas::test {
namespace {

using Poco::JSON::Object;

constexpr const char* kPassphrase = "synthetic passphrase 1";

/// The raw private scalar of an encrypted EC key, opened with `passphrase` through the core
/// (`openssl pkey` refuses scrypt with N = 2^17: over its default 32 MiB memory limit).
std::string privateScalar(const std::string& certPem, const std::string& keyPem, const std::string& passphrase) {
    const auto identity = exchange::Identity::load(certPem, keyPem, passphrase);
    if (!identity.ok()) {
        ADD_FAILURE() << identity.error().toString();
        return {};
    }
    BIGNUM* priv = nullptr;
    EVP_PKEY_get_bn_param(static_cast<EVP_PKEY*>(identity->keyHandle()), OSSL_PKEY_PARAM_PRIV_KEY, &priv);
    std::string out(static_cast<std::size_t>(BN_num_bytes(priv)), '\0');
    BN_bn2bin(priv, reinterpret_cast<unsigned char*>(out.data()));
    BN_clear_free(priv);
    return out;
}

class ExchangeIdentityCliTest : public ::testing::Test {
protected:
    /// lintas-cli signed in as the administrator of initCliDatabase, who holds every role.
    RunResult cli(const std::vector<std::string>& args, const FdInputs& inputs = {}) {
        return runCliAsAdmin(dir, args, inputs);
    }
    /// lintas-cli signed in as `user` (made with addCliUser).
    RunResult as(const std::string& user, const std::vector<std::string>& args, const FdInputs& inputs = {}) {
        return runCliAs(dir, user, kCliPassword, args, inputs);
    }
    RunResult ok(const std::vector<std::string>& args, const FdInputs& inputs = {}) {
        RunResult r = cli(args, inputs);
        EXPECT_EQ(r.exitCode, 0) << "lintas-cli " << testing::PrintToString(args) << "\nstderr: " << r.err;
        return r;
    }
    RunResult openssl(const std::vector<std::string>& args, const FdInputs& inputs = {}) {
        return runProgram(dir, "openssl", args, inputs);
    }
    Object::Ptr json(std::vector<std::string> args) {
        args.emplace_back("--json");
        const RunResult r = ok(args);
        try {
            return parseObject(r.out);
        } catch (const std::exception& e) {
            ADD_FAILURE() << "not JSON (" << e.what() << "):\n" << r.out;
            return new Object();
        }
    }

    void init(const std::string& db, const std::string& code, const std::string& country, const std::string& name) {
        initCliDatabase(dir, db, code, country, name);
    }
    /// Creates the signing identity of `db`, the passphrase coming on descriptor 3 as from a script.
    RunResult createIdentity(const std::string& db, const std::string& passphrase = kPassphrase) {
        return cli({"identity", "create", "--db", db, "--passphrase-fd", "3"}, {{3, passphrase + "\n"}});
    }
    std::string fingerprintOf(const std::string& db) {
        return json({"identity", "show", "--db", db})->getObject("certificate")->getValue<std::string>("fingerprint");
    }
    /// The Indonesian and Thai databases, each with its identity, and the Thai certificate in a file.
    std::string twoAgenciesWithThaiCertificateFile() {
        init(idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
        init(tha, "TATIP", "THA", "Thai anti-trafficking police (synthetic)");
        EXPECT_EQ(createIdentity(idn).exitCode, 0);
        EXPECT_EQ(createIdentity(tha).exitCode, 0);
        const std::string certFile = dir.file("THA-TATIP.pem");
        ok({"identity", "export-cert", "--db", tha, "--out", certFile});
        return certFile;
    }
    RunResult addThaiPartner(const std::string& certFile) {
        return cli({"trust", "add", "--db", idn, "--cert", certFile, "--agency-code", "tatip", "--country", "tha",
                    "--agency-name", "Thai anti-trafficking police (synthetic)", "--note",
                    "fingerprint confirmed by phone"});
    }

    TempDir dir;
    std::string idn = dir.file("idn.lintas");
    std::string tha = dir.file("tha.lintas");
};

// --- identity -----------------------------------------------------------------------------------

TEST_F(ExchangeIdentityCliTest, CreateKeepsOnlyAnEncryptedKeyBesideTheDatabase) {
    init(idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
    const RunResult created = createIdentity(idn);
    ASSERT_EQ(created.exitCode, 0) << created.err;
    EXPECT_NE(created.out.find("Created the signing identity of your agency"), std::string::npos) << created.out;
    EXPECT_EQ(created.out.find(kPassphrase), std::string::npos);
    EXPECT_TRUE(created.err.empty()) << created.err;

    const std::string keyFile = idn + ".identity.key";
    struct stat st {};
    ASSERT_EQ(::stat(keyFile.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600U);
    const std::string key = readFile(keyFile);
    EXPECT_NE(key.find("-----BEGIN ENCRYPTED PRIVATE KEY-----"), std::string::npos);
    EXPECT_EQ(key.find("BEGIN PRIVATE KEY"), std::string::npos);
    EXPECT_EQ(key.find("BEGIN EC PRIVATE KEY"), std::string::npos);

    // Without the passphrase, openssl sees only how the key is protected: PBES2, scrypt, AES-256.
    const RunResult parsed = openssl({"asn1parse", "-in", keyFile});
    EXPECT_NE(parsed.out.find(":PBES2"), std::string::npos) << parsed.out;
    EXPECT_NE(parsed.out.find(":scrypt"), std::string::npos) << parsed.out;
    EXPECT_NE(parsed.out.find(":aes-256-cbc"), std::string::npos) << parsed.out;

    // The passphrase opens the key; its private scalar appears nowhere in the database files.
    const std::string certPem = ok({"identity", "export-cert", "--db", idn}).out;
    const std::string scalar = privateScalar(certPem, key, kPassphrase);
    ASSERT_EQ(scalar.size(), 32U);
    for (const std::string& file : {idn, idn + "-wal"}) {
        const std::string bytes = readFile(file);
        EXPECT_EQ(bytes.find(scalar), std::string::npos) << file;
        EXPECT_EQ(bytes.find("PRIVATE KEY"), std::string::npos) << file;
    }
}

TEST_F(ExchangeIdentityCliTest, ExportedCertificateNamesTheAgencyForOpenssl) {
    init(idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
    ASSERT_EQ(createIdentity(idn).exitCode, 0);
    const std::string fingerprint = fingerprintOf(idn);

    const RunResult pem = ok({"identity", "export-cert", "--db", idn});
    EXPECT_EQ(pem.out.rfind("-----BEGIN CERTIFICATE-----\n", 0), 0U) << pem.out;
    const std::string certFile = dir.file("IDN-BARESKRIM.pem");
    writeFile(certFile, pem.out);
    const RunResult x509 = openssl({"x509", "-in", certFile, "-noout", "-subject", "-fingerprint", "-sha256", "-ext",
                                    "keyUsage"});
    ASSERT_EQ(x509.exitCode, 0) << x509.err;
    EXPECT_NE(x509.out.find("C = ID"), std::string::npos) << x509.out;
    EXPECT_NE(x509.out.find("O = Bareskrim Polri (synthetic)"), std::string::npos) << x509.out;
    EXPECT_NE(x509.out.find("OU = BARESKRIM"), std::string::npos) << x509.out;
    EXPECT_NE(x509.out.find("CN = IDN-BARESKRIM"), std::string::npos) << x509.out;
    EXPECT_NE(x509.out.find("sha256 Fingerprint=" + fingerprint), std::string::npos) << x509.out << fingerprint;
    EXPECT_NE(x509.out.find("Digital Signature"), std::string::npos) << x509.out;

    // DER into a file gives the same certificate; an existing file is not overwritten.
    const std::string derFile = dir.file("IDN-BARESKRIM.der");
    const RunResult wrote = ok({"identity", "export-cert", "--db", idn, "--out", derFile, "--der"});
    EXPECT_NE(wrote.out.find(fingerprint.substr(0, 47)), std::string::npos) << wrote.out;
    const RunResult fromDer = openssl({"x509", "-inform", "DER", "-in", derFile, "-noout", "-fingerprint", "-sha256"});
    EXPECT_NE(fromDer.out.find(fingerprint), std::string::npos) << fromDer.out;
    const std::string derBefore = readFile(derFile);
    const RunResult again = cli({"identity", "export-cert", "--db", idn, "--out", derFile});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find(derFile + ": already exists"), std::string::npos) << again.err;
    EXPECT_EQ(readFile(derFile), derBefore);
}

TEST_F(ExchangeIdentityCliTest, PassphraseComesOnlyFromADescriptorOrATerminal) {
    init(idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
    // stdin is /dev/null, not a terminal, and no descriptor is named: refused, saying what to do.
    const RunResult none = cli({"identity", "create", "--db", idn});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_NE(none.err.find("--passphrase-fd"), std::string::npos) << none.err;
    // There is no option that takes the passphrase itself.
    EXPECT_EQ(cli({"identity", "create", "--db", idn, "--passphrase", kPassphrase}).exitCode, 2);

    const RunResult empty = cli({"identity", "create", "--db", idn, "--passphrase-fd", "3"}, {{3, ""}});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_NE(empty.err.find("--passphrase-fd: no passphrase on file descriptor 3"), std::string::npos) << empty.err;

    const RunResult tooShort = createIdentity(idn, "short");
    EXPECT_EQ(tooShort.exitCode, 1);
    EXPECT_NE(tooShort.err.find("invalid value"), std::string::npos) << tooShort.err;
    EXPECT_EQ(tooShort.err.find("short"), std::string::npos) << "the passphrase was echoed: " << tooShort.err;
    EXPECT_FALSE(std::filesystem::exists(idn + ".identity.key"));

    const RunResult missing = cli({"identity", "show", "--db", idn});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("identity: not found"), std::string::npos) << missing.err;
}

TEST_F(ExchangeIdentityCliTest, ReplacingNeedsReplaceAndKeepsTheOldKey) {
    init(idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
    ASSERT_EQ(createIdentity(idn).exitCode, 0);
    const std::string firstKey = readFile(idn + ".identity.key");
    const std::string first = fingerprintOf(idn);

    const RunResult again = createIdentity(idn);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("identity: already exists"), std::string::npos) << again.err;

    ok({"identity", "create", "--db", idn, "--replace", "--passphrase-fd", "3"}, {{3, std::string(kPassphrase) + "\n"}});
    EXPECT_NE(fingerprintOf(idn), first);
    std::vector<std::string> kept;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        if (entry.path().filename().string().rfind("idn.lintas.identity.key.replaced-", 0) == 0)
            kept.push_back(readFile(entry.path().string()));
    ASSERT_EQ(kept.size(), 1U);
    EXPECT_EQ(kept[0], firstKey);
}

TEST_F(ExchangeIdentityCliTest, ImportsAPkcs12FileAndNamesItWhenItIsWrong) {
    init(idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
    // What a national PKI would hand out, made here with openssl.
    const std::string keyPem = dir.file("issued-key.pem");
    const std::string certPem = dir.file("issued-cert.pem");
    const std::string p12 = dir.file("bareskrim-signing.p12");
    ASSERT_EQ(openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", keyPem,
                       "-out", certPem, "-days", "365", "-subj",
                       "/C=ID/O=Bareskrim Polri (synthetic)/OU=BARESKRIM/CN=IDN-BARESKRIM", "-addext",
                       "keyUsage=critical,digitalSignature"})
                  .exitCode,
              0);
    ASSERT_EQ(openssl({"pkcs12", "-export", "-inkey", keyPem, "-in", certPem, "-out", p12, "-passout",
                       "pass:transport passphrase"})
                  .exitCode,
              0);
    const std::string issuedFingerprint =
        openssl({"x509", "-in", certPem, "-noout", "-fingerprint", "-sha256"}).out.substr(std::string("sha256 Fingerprint=").size(), 95);

    // The wrong PKCS#12 passphrase is reported under the file's name, and nothing is written.
    const RunResult wrong = cli({"identity", "import", "--db", idn, "--pkcs12", p12, "--pkcs12-passphrase-fd", "3",
                                 "--passphrase-fd", "3"},
                                {{3, std::string("not the passphrase\n") + kPassphrase + "\n"}});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_NE(wrong.err.find(p12 + ": wrong passphrase"), std::string::npos) << wrong.err;
    EXPECT_FALSE(std::filesystem::exists(idn + ".identity.key"));

    const std::string garbage = dir.file("garbage.p12");
    writeFile(garbage, "not a PKCS#12 file");
    const RunResult bad = cli({"identity", "import", "--db", idn, "--pkcs12", garbage, "--pkcs12-passphrase-fd", "3",
                               "--passphrase-fd", "3"},
                              {{3, std::string("x\n") + kPassphrase + "\n"}});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find(garbage + ": malformed input"), std::string::npos) << bad.err;

    // One descriptor, two lines: the PKCS#12 passphrase, then the new one.
    const auto imported = parseObject(ok({"identity", "import", "--db", idn, "--pkcs12", p12, "--pkcs12-passphrase-fd",
                                          "3", "--passphrase-fd", "3", "--json"},
                                         {{3, std::string("transport passphrase\n") + kPassphrase + "\n"}})
                                          .out);
    EXPECT_EQ(imported->getValue<std::string>("source"), "pkcs12");
    EXPECT_EQ(imported->getObject("certificate")->getValue<std::string>("fingerprint"), issuedFingerprint);
    // The key file holds the issued key, under the new passphrase and not the transport one.
    const std::string keyFile = readFile(idn + ".identity.key");
    const std::string certFile = readFile(certPem);
    const std::string scalar = privateScalar(certFile, keyFile, kPassphrase);
    ASSERT_EQ(scalar.size(), 32U);
    const std::string issuedKeyDer = openssl({"pkey", "-in", keyPem, "-outform", "DER"}).out;
    EXPECT_NE(issuedKeyDer.find(scalar), std::string::npos);
    const auto withTransportPassphrase = exchange::Identity::load(certFile, keyFile, "transport passphrase");
    ASSERT_FALSE(withTransportPassphrase.ok());
    EXPECT_EQ(withTransportPassphrase.error().code, ErrorCode::BadPassphrase);
}

// --- trust ------------------------------------------------------------------------------------------

TEST_F(ExchangeIdentityCliTest, AddShowsTheFingerprintToConfirmAndListShowsStateAndExpiry) {
    const std::string certFile = twoAgenciesWithThaiCertificateFile();
    const std::string thaFingerprint = fingerprintOf(tha);
    const std::string thaNotAfter =
        json({"identity", "show", "--db", tha})->getObject("certificate")->getValue<std::string>("notAfter");

    const RunResult added = addThaiPartner(certFile);
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_NE(added.out.find("Added the certificate of THA/TATIP"), std::string::npos) << added.out;
    // The fingerprint in two halves of 16 pairs, to read out, and what to do with it.
    EXPECT_NE(added.out.find("  " + thaFingerprint.substr(0, 47) + "\n  " + thaFingerprint.substr(48) + "\n"),
              std::string::npos)
        << added.out;
    EXPECT_NE(added.out.find("by phone or in person"), std::string::npos) << added.out;

    const RunResult list = ok({"trust", "list", "--db", idn});
    EXPECT_NE(list.out.find("THA/TATIP"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("trusted"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find(thaNotAfter), std::string::npos) << list.out;
    EXPECT_NE(list.out.find(thaFingerprint), std::string::npos) << list.out;
    EXPECT_NE(list.out.find("1 certificate\n"), std::string::npos) << list.out;

    const auto listed = json({"trust", "list", "--db", idn})->getArray("certificates");
    ASSERT_EQ(listed->size(), 1U);
    const auto entry = listed->getObject(0);
    EXPECT_EQ(entry->getValue<std::string>("fingerprint"), thaFingerprint);
    EXPECT_EQ(entry->getValue<std::string>("agencyCode"), "TATIP");
    EXPECT_EQ(entry->getValue<std::string>("country"), "THA");
    EXPECT_EQ(entry->getValue<std::string>("state"), "trusted");
    EXPECT_EQ(entry->getValue<std::string>("notAfter"), thaNotAfter);
    EXPECT_FALSE(entry->getValue<bool>("expired"));
    EXPECT_EQ(entry->getValue<std::string>("note"), "fingerprint confirmed by phone");

    // The same certificate twice is refused, naming the file.
    const RunResult twice = addThaiPartner(certFile);
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_NE(twice.err.find(certFile + ": already exists"), std::string::npos) << twice.err;
}

TEST_F(ExchangeIdentityCliTest, RevokedCertificateStaysListedAsRevoked) {
    const std::string certFile = twoAgenciesWithThaiCertificateFile();
    ASSERT_EQ(addThaiPartner(certFile).exitCode, 0);
    const std::string fingerprint = fingerprintOf(tha);

    // As sha256sum would print it: lower case, no colons.
    std::string plain;
    for (char c : fingerprint)
        if (c != ':')
            plain += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const RunResult revoked = ok({"trust", "revoke", "--db", idn, "--fingerprint", plain, "--reason",
                                  "key reported lost by the partner"});
    EXPECT_NE(revoked.out.find("Revoked the certificate of THA/TATIP"), std::string::npos) << revoked.out;

    const auto entry = json({"trust", "list", "--db", idn})->getArray("certificates")->getObject(0);
    EXPECT_EQ(entry->getValue<std::string>("state"), "revoked");
    EXPECT_EQ(entry->getValue<std::string>("revokedReason"), "key reported lost by the partner");
    EXPECT_FALSE(entry->isNull("revokedAt"));
    EXPECT_NE(ok({"trust", "list", "--db", idn}).out.find("revoked"), std::string::npos);

    const RunResult again = cli({"trust", "revoke", "--db", idn, "--fingerprint", fingerprint, "--reason", "again"});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("refused: already revoked"), std::string::npos) << again.err;

    const RunResult unknown =
        cli({"trust", "revoke", "--db", idn, "--fingerprint", std::string(64, '0'), "--reason", "test"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("trust.fingerprint: not found"), std::string::npos) << unknown.err;
}

TEST_F(ExchangeIdentityCliTest, AddRefusesWhatIsNotAUsableCertificateNamingTheFile) {
    init(idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
    const std::string garbage = dir.file("partner.pem");
    writeFile(garbage, "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    const std::vector<std::string> partner{"--agency-code", "TATIP", "--country", "THA", "--agency-name",
                                           "Thai anti-trafficking police (synthetic)"};
    auto addArgs = [&](const std::string& file) {
        std::vector<std::string> args{"trust", "add", "--db", idn, "--cert", file};
        args.insert(args.end(), partner.begin(), partner.end());
        return args;
    };

    const RunResult bad = cli(addArgs(garbage));
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_EQ(bad.err.rfind("lintas-cli: error: " + garbage + ": malformed input", 0), 0U) << bad.err;

    const std::string absent = dir.file("absent.pem");
    const RunResult missing = cli(addArgs(absent));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find(absent + ": cannot open the file"), std::string::npos) << missing.err;

    // A certificate that expired in January 2024.
    const auto old = exchange::Identity::generate({"TATIP", "THA", "Thai anti-trafficking police (synthetic)"},
                                                  std::chrono::system_clock::to_time_t(*parseTimestamp("2024-01-01T00:00:00Z")),
                                                  30);
    ASSERT_TRUE(old.ok()) << old.error().toString();
    const std::string expired = dir.file("expired.pem");
    writeFile(expired, old->certificate().pem());
    const RunResult refused = cli(addArgs(expired));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find(expired + ": refused: certificate expired on " + old->certificate().info().notAfter),
              std::string::npos)
        << refused.err;

    EXPECT_NE(ok({"trust", "list", "--db", idn}).out.find("No partner certificates"), std::string::npos);
}

TEST_F(ExchangeIdentityCliTest, OnlyTheLiaisonOfficerManagesTheIdentityAndTheTrustStore) {
    const std::string certFile = twoAgenciesWithThaiCertificateFile();
    addCliUser(dir, idn, "inv.test", "investigator");
    addCliUser(dir, idn, "sup.test", "supervisor");
    addCliUser(dir, idn, "liaison.test", "liaison");
    const std::vector<std::string> add{"trust", "add", "--db", idn, "--cert", certFile, "--agency-code", "TATIP",
                                       "--country", "THA", "--agency-name", "Thai anti-trafficking police (synthetic)"};

    // An investigator neither sees nor changes the exchange set-up; each refusal says why.
    for (const std::vector<std::string>& args :
         {add, std::vector<std::string>{"trust", "list", "--db", idn},
          std::vector<std::string>{"identity", "show", "--db", idn}}) {
        const RunResult refused = as("inv.test", args);
        EXPECT_EQ(refused.exitCode, 1) << testing::PrintToString(args);
        EXPECT_NE(refused.err.find("not permitted for your roles"), std::string::npos) << refused.err;
    }
    const RunResult noKey = as("inv.test", {"identity", "create", "--db", idn, "--replace", "--passphrase-fd", "3"},
                               {{3, std::string(kPassphrase) + "\n"}});
    EXPECT_EQ(noKey.exitCode, 1);
    EXPECT_NE(noKey.err.find("not permitted for your roles"), std::string::npos) << noKey.err;

    // A supervisor reads the trust store and the identity, and changes neither.
    EXPECT_EQ(as("sup.test", {"trust", "list", "--db", idn}).exitCode, 0);
    EXPECT_EQ(as("sup.test", {"identity", "show", "--db", idn}).exitCode, 0);
    const RunResult supervisorAdds = as("sup.test", add);
    EXPECT_EQ(supervisorAdds.exitCode, 1);
    EXPECT_NE(supervisorAdds.err.find("not permitted for your roles"), std::string::npos) << supervisorAdds.err;
    EXPECT_NE(ok({"trust", "list", "--db", idn}).out.find("No partner certificates"), std::string::npos);

    // The liaison officer pins the partner's certificate.
    const RunResult added = as("liaison.test", add);
    EXPECT_EQ(added.exitCode, 0) << added.err;
    const auto listed = parseObject(as("sup.test", {"trust", "list", "--db", idn, "--json"}).out);
    EXPECT_EQ(listed->getArray("certificates")->size(), 1U);
}

TEST_F(ExchangeIdentityCliTest, EveryCommandHasHelpAndUsageErrorsExitTwo) {
    const RunResult top = runCli(dir, {"--help"});
    for (const char* command : {"identity", "trust"})
        EXPECT_NE(top.out.find(std::string("\n  ") + command + " "), std::string::npos) << command;
    const std::vector<std::vector<std::string>> commands{
        {"identity"}, {"identity", "create"}, {"identity", "import"}, {"identity", "show"}, {"identity", "export-cert"},
        {"trust"},    {"trust", "add"},       {"trust", "list"},      {"trust", "revoke"},
    };
    for (auto words : commands) {
        std::string usage = "Usage: lintas-cli";
        for (const auto& w : words)
            usage += " " + w;
        words.emplace_back("--help");
        const RunResult r = runCli(dir, words);
        EXPECT_EQ(r.exitCode, 0) << testing::PrintToString(words) << r.err;
        EXPECT_EQ(r.out.rfind(usage, 0), 0U) << r.out;
    }
    init(idn, "BARESKRIM", "IDN", "Bareskrim Polri (synthetic)");
    const RunResult noCert = cli({"trust", "add", "--db", idn, "--agency-code", "TATIP", "--country", "THA",
                                  "--agency-name", "Synthetic"});
    EXPECT_EQ(noCert.exitCode, 2);
    EXPECT_NE(noCert.err.find("--cert"), std::string::npos) << noCert.err;
    EXPECT_NE(noCert.err.find("Try 'lintas-cli trust add --help'."), std::string::npos) << noCert.err;
    EXPECT_EQ(cli({"identity", "create", "--db", idn, "--valid-days", "ten"}).exitCode, 2);
}

}  // namespace
}  // namespace lintas::test
