#include "BundleTestSupport.h"

#include <openssl/pem.h>

#include <filesystem>
#include <memory>

namespace lintas::test {
namespace {

using exchange::BundleProfile;

class BundleVerifyTest : public BundleTest {
protected:
    void SetUp() override {
        BundleTest::SetUp();
        scenario = makeScenario(*idn.ws);
        consentToTha(scenario.victim);
        exported = exportToTha(requestFor({scenario.caseFile.meta.uuid}));
        entries = readEntries(exported.path);
    }

    Result<exchange::VerifiedBundle> verifyAtTha(const std::string& path) {
        return tha.ws->bundles.verify(path, &tha.identity);
    }
    /// Writes `e` as a bundle file and verifies it at THA.
    Result<exchange::VerifiedBundle> verifyEntries(const Entries& e, const std::string& name = "forged.lintas") {
        writeZip(dir.file(name), e);
        return verifyAtTha(dir.file(name));
    }
    void expectRejected(const Result<exchange::VerifiedBundle>& r, ErrorCode code, const std::string& what) {
        ASSERT_FALSE(r.ok()) << what;
        EXPECT_EQ(r.error().code, code) << what << ": " << r.error().toString();
    }
    std::string caseEntry() const { return "records/cases/" + scenario.caseFile.meta.uuid + ".json"; }

    Scenario scenario;
    exchange::ExportResult exported;
    Entries entries;
};

TEST_F(BundleVerifyTest, VerifiesABundleFromATrustedPartnerAndStreamsItsRecords) {
    auto verified = verifyAtTha(exported.path);
    ASSERT_TRUE(verified.ok()) << verified.error().toString();
    EXPECT_EQ(verified->signerFingerprint(), idn.identity.certificate().fingerprint());
    EXPECT_EQ(verified->manifest().bundleUuid, exported.manifest.bundleUuid);
    EXPECT_EQ(verified->manifest().sender.code, "BARESKRIM");
    EXPECT_EQ(verified->caseUuids(), std::vector<std::string>{scenario.caseFile.meta.uuid});
    auto record = verified->readCase(scenario.caseFile.meta.uuid);
    ASSERT_TRUE(record.ok()) << record.error().toString();
    EXPECT_EQ(record->caseFile.title, scenario.caseFile.title);
    must(verified->copyAttachment(scenario.document.sha256, dir.file("copied.txt")));
    EXPECT_EQ(readFile(dir.file("copied.txt")), "Synthetic statement text for a test bundle.\n");
    // Verification writes nothing.
    EXPECT_TRUE(must(tha.ws->bundles.exchangeLog()).empty());
}

TEST_F(BundleVerifyTest, VerifiesWithOpenSslAndSha256sumAlone) {
    const auto work = dir.path() / "by-hand";
    std::filesystem::create_directories(work);
    writeFile((work / "sender.pem").string(), idn.certificatePem);
    const std::string cd = "cd '" + work.string() + "' && ";
    std::string out;
    ASSERT_EQ(run(cd + "unzip -q '" + exported.path + "'", &out), 0) << out;
    ASSERT_EQ(run(cd + "openssl cms -verify -binary -inform DER -in manifest.p7s -content manifest.json "
                       "-CAfile sender.pem -purpose any -out /dev/null",
                  &out),
              0)
        << out;
    // The manifest's entries as sha256sum lines, with python3 only to read the JSON.
    ASSERT_EQ(run(cd + "python3 -c 'import json; [print(e[\"sha256\"] + \"  \" + e[\"path\"]) for e in "
                       "json.load(open(\"manifest.json\"))[\"entries\"]]' > SHA256SUMS && sha256sum -c --strict SHA256SUMS",
                  &out),
              0)
        << out;
    // And the same command fails once a record is changed.
    writeFile((work / caseEntry()).string(), "{}");
    EXPECT_NE(run(cd + "sha256sum -c --strict SHA256SUMS", &out), 0);
}

TEST_F(BundleVerifyTest, RejectsEverySingleByteChangeOfTheManifest) {
    const std::string original = *findEntry(entries, "manifest.json");
    for (std::size_t i = 0; i < original.size(); ++i) {
        Entries forged = entries;
        (*findEntry(forged, "manifest.json"))[i] ^= 0x01;
        auto r = verifyEntries(forged);
        ASSERT_FALSE(r.ok()) << "byte " << i;
        ASSERT_EQ(r.error().code, ErrorCode::Untrusted) << "byte " << i << ": " << r.error().toString();
    }
}

TEST_F(BundleVerifyTest, RejectsEverySingleByteChangeOfTheSignature) {
    const std::string original = *findEntry(entries, "manifest.p7s");
    std::string accepted;
    for (std::size_t i = 0; i < original.size(); ++i) {
        Entries forged = entries;
        (*findEntry(forged, "manifest.p7s"))[i] ^= 0x01;
        if (verifyEntries(forged).ok())
            accepted += " " + std::to_string(i);
    }
    EXPECT_EQ(accepted, "") << "of " << original.size() << " bytes";
}

TEST_F(BundleVerifyTest, RejectsChangedRecordsAndAttachments) {
    for (const std::string& name : {caseEntry(), "attachments/" + scenario.document.sha256}) {
        const std::size_t size = findEntry(entries, name)->size();
        for (std::size_t i = 0; i < size; i += std::max<std::size_t>(1, size / 23)) {
            Entries forged = entries;
            (*findEntry(forged, name))[i] ^= 0x20;
            expectRejected(verifyEntries(forged), ErrorCode::Untrusted, name + " byte " + std::to_string(i));
        }
    }
}

TEST_F(BundleVerifyTest, RejectsAnImpostorWithTheSameSubject) {
    auto impostor = exchange::Identity::generate({"BARESKRIM", "IDN", "Bareskrim Polri (synthetic test agency)"},
                                                 std::chrono::system_clock::to_time_t(bundleTestNow()));
    ASSERT_TRUE(impostor.ok());
    ASSERT_EQ(impostor->certificate().info().subject, idn.identity.certificate().info().subject);
    Entries forged = entries;
    resign(forged, *impostor);
    auto r = verifyEntries(forged);
    expectRejected(r, ErrorCode::Untrusted, "impostor");
    EXPECT_NE(r.error().detail.find("not in the trust store"), std::string::npos);
}

TEST_F(BundleVerifyTest, RejectsAnUnknownSigner) {
    auto stranger = exchange::Identity::generate({"NCB", "VNM", "Synthetic"}, std::chrono::system_clock::to_time_t(bundleTestNow()));
    ASSERT_TRUE(stranger.ok());
    Entries forged = entries;
    resign(forged, *stranger, [](exchange::json::Value& m) {
        exchange::json::Value sender = *m.find("sender");
        sender.set("code", "NCB");
        sender.set("country", "VNM");
        m.set("sender", sender);
    });
    expectRejected(verifyEntries(forged), ErrorCode::Untrusted, "unknown");
}

TEST_F(BundleVerifyTest, RejectsARevokedCertificate) {
    must(tha.ws->trust.revoke(idn.identity.certificate().fingerprint(), "synthetic key compromise"));
    auto r = verifyAtTha(exported.path);
    expectRejected(r, ErrorCode::Untrusted, "revoked");
    EXPECT_NE(r.error().detail.find("revoked"), std::string::npos);
}

TEST_F(BundleVerifyTest, RejectsAnExpiredCertificate) {
    tha.clock->advance(std::chrono::hours(24 * 900));  // past the 825 days of IDN's certificate
    auto r = verifyAtTha(exported.path);
    expectRejected(r, ErrorCode::Untrusted, "expired");
}

TEST_F(BundleVerifyTest, RejectsAManifestWhoseSenderIsNotTheSigner) {
    Entries forged = entries;
    resign(forged, idn.identity, [](exchange::json::Value& m) {
        exchange::json::Value sender = *m.find("sender");
        sender.set("code", "POLDA");
        m.set("sender", sender);
    });
    expectRejected(verifyEntries(forged), ErrorCode::Untrusted, "sender");
}

TEST_F(BundleVerifyTest, RefusesABundleForAnotherRecipient) {
    Entries forged = entries;
    resign(forged, idn.identity, [](exchange::json::Value& m) {
        exchange::json::Value recipient = *m.find("recipient");
        recipient.set("code", "RTP");
        m.set("recipient", recipient);
    });
    auto r = verifyEntries(forged);
    expectRejected(r, ErrorCode::Refused, "recipient");
    EXPECT_EQ(r.error().field, "manifest.json:recipient");
}

TEST_F(BundleVerifyTest, RefusesReplayedAndOlderBundles) {
    ASSERT_TRUE(verifyAtTha(exported.path).ok());
    must(tha.ws->db().execute("INSERT INTO imported_bundle(uuid, sender_agency_id, sequence, imported_at) SELECT '" +
                              exported.manifest.bundleUuid +
                              "', id, 1, '2026-03-15T09:00:00Z' FROM agency WHERE code = 'BARESKRIM'"));
    auto replay = verifyAtTha(exported.path);
    expectRejected(replay, ErrorCode::Refused, "replay");
    EXPECT_EQ(replay.error().detail, "already imported");

    const auto second = exportToTha(requestFor({scenario.caseFile.meta.uuid}), "second");
    ASSERT_TRUE(verifyAtTha(second.path).ok());
    must(tha.ws->db().execute("INSERT INTO imported_bundle(uuid, sender_agency_id, sequence, imported_at) SELECT "
                              "'00000000-0000-4000-8000-000000000099', id, 5, '2026-03-15T09:00:00Z' FROM agency "
                              "WHERE code = 'BARESKRIM'"));
    auto older = verifyAtTha(second.path);
    expectRejected(older, ErrorCode::Refused, "older");
    EXPECT_EQ(older.error().field, "manifest.json:sequence");
}

TEST_F(BundleVerifyTest, RejectsMissingExtraAndDuplicateEntries) {
    Entries missing = entries;
    missing.erase(std::find_if(missing.begin(), missing.end(), [&](auto& e) { return e.first == caseEntry(); }));
    expectRejected(verifyEntries(missing), ErrorCode::Untrusted, "missing");

    Entries extra = entries;
    extra.emplace_back("attachments/" + std::string(64, 'a'), "unlisted");
    expectRejected(verifyEntries(extra), ErrorCode::Untrusted, "extra");

    // A duplicate name can only be written by a careless writer: Python's zipfile.
    const auto hex = [](const std::string& bytes) {
        static constexpr char kDigits[] = "0123456789abcdef";
        std::string out;
        for (unsigned char ch : bytes) {
            out += kDigits[ch >> 4];
            out += kDigits[ch & 15];
        }
        return out;
    };
    std::string spec = "entries = []\n";
    for (const auto& [name, bytes] : entries)
        spec += "entries.append(('" + name + "', bytes.fromhex('" + hex(bytes) + "')))\n";
    spec += "entries.append(('" + caseEntry() + "', b'{}'))\n";
    ASSERT_TRUE(pythonZip(dir.file("dup.lintas"), spec, dir.file("dup.py")));
    expectRejected(verifyAtTha(dir.file("dup.lintas")), ErrorCode::Malformed, "duplicate");
}

TEST_F(BundleVerifyTest, RejectsUnsafeArchives) {
    const std::string slip = "entries = [('manifest.json', b'{}'), ('manifest.p7s', b''), ('../../evil.json', b'{}')]";
    ASSERT_TRUE(pythonZip(dir.file("slip.lintas"), slip, dir.file("slip.py")));
    EXPECT_FALSE(verifyAtTha(dir.file("slip.lintas")).ok());

    const std::string symlink =
        "info = zipfile.ZipInfo('attachments/" + std::string(64, 'b') + "')\n"
        "info.create_system = 3\ninfo.external_attr = 0o120777 << 16\n"
        "entries = [('manifest.json', b'{}'), ('manifest.p7s', b''), (info, b'/etc/passwd')]";
    ASSERT_TRUE(pythonZip(dir.file("link.lintas"), symlink, dir.file("link.py")));
    EXPECT_FALSE(verifyAtTha(dir.file("link.lintas")).ok());

    const std::string bomb = "entries = [('manifest.json', b'{}'), ('manifest.p7s', b''), ('attachments/" +
                             std::string(64, 'c') + "', bytes(200 * 1024 * 1024))]";
    ASSERT_TRUE(pythonZip(dir.file("bomb.lintas"), bomb, dir.file("bomb.py")));
    EXPECT_LT(std::filesystem::file_size(dir.file("bomb.lintas")), 1u << 20);
    EXPECT_FALSE(verifyAtTha(dir.file("bomb.lintas")).ok());
}

TEST_F(BundleVerifyTest, RejectsSignedRecordsWithDuplicateKeysDeepNestingOrSchemaViolations) {
    const std::string uuid = scenario.caseFile.meta.uuid;
    std::string record = *findEntry(entries, caseEntry());

    Entries duplicate = entries;
    *findEntry(duplicate, caseEntry()) = "{\"record_type\":\"lintas.case\"," + record.substr(1);
    resign(duplicate, idn.identity);
    expectRejected(verifyEntries(duplicate), ErrorCode::Malformed, "duplicate key");

    Entries deep = entries;
    *findEntry(deep, caseEntry()) = std::string(200, '[') + std::string(200, ']');
    resign(deep, idn.identity);
    expectRejected(verifyEntries(deep), ErrorCode::Refused, "deep");  // a limit, not a syntax error

    Entries unknownMember = entries;
    *findEntry(unknownMember, caseEntry()) = "{\"smuggled\":1," + record.substr(1);
    resign(unknownMember, idn.identity);
    auto r = verifyEntries(unknownMember);
    expectRejected(r, ErrorCode::Malformed, "unknown member");
    EXPECT_EQ(r.error().field, caseEntry() + ":smuggled");

    Entries badCode = entries;
    const auto pos = record.find("\"UnderInvestigation\"");
    ASSERT_NE(pos, std::string::npos);
    *findEntry(badCode, caseEntry()) = record.replace(pos, 20, "\"Whatever\"");
    resign(badCode, idn.identity);
    r = verifyEntries(badCode);
    expectRejected(r, ErrorCode::Malformed, "bad code");
    EXPECT_EQ(r.error().field, caseEntry() + ":case.cas_Status");

    Entries invalidUtf8 = entries;
    *findEntry(invalidUtf8, caseEntry()) = "{\"record_type\":\"\xC0\xAF\"}";
    resign(invalidUtf8, idn.identity);
    expectRejected(verifyEntries(invalidUtf8), ErrorCode::Malformed, "utf-8");
}

TEST_F(BundleVerifyTest, EncryptedBundleRoundTripsAndOpensslDecryptsIt) {
    auto request = requestFor({scenario.caseFile.meta.uuid});
    request.encrypt = true;
    const auto sealed = exportToTha(request, "sealed");
    EXPECT_TRUE(sealed.path.ends_with(".lintas.p7m"));
    const std::string bytes = readFile(sealed.path);
    EXPECT_EQ(bytes.find("manifest.json"), std::string::npos);

    auto locked = tha.ws->bundles.verify(sealed.path, nullptr);
    expectRejected(locked, ErrorCode::Refused, "no identity");
    // Needing the key is no verdict on the bundle: nothing goes into the exchange log for it, nor
    // for a file that cannot be read; a real rejection does.
    ASSERT_FALSE(locked.ok());
    EXPECT_TRUE(exchange::BundleService::needsRecipientKey(locked.error()));
    ASSERT_TRUE(tha.ws->bundles.logRejected(sealed.path, locked.error()).ok());
    ASSERT_TRUE(tha.ws->bundles.logRejected(dir.file("absent.lintas"), Error{ErrorCode::Io, "bundle", "cannot read"}).ok());
    EXPECT_TRUE(tha.ws->bundles.exchangeLog().value().empty());
    ASSERT_TRUE(tha.ws->bundles.logRejected(sealed.path, Error{ErrorCode::Untrusted, "manifest.p7s", "bad"}).ok());
    EXPECT_EQ(tha.ws->bundles.exchangeLog().value().size(), 1u);
    auto verified = verifyAtTha(sealed.path);
    ASSERT_TRUE(verified.ok()) << verified.error().toString();
    EXPECT_TRUE(verified->wasEncrypted());
    EXPECT_EQ(verified->fileSha256(), sealed.fileSha256);
    EXPECT_TRUE(verified->readCase(scenario.caseFile.meta.uuid).ok());
    // IDN cannot read what it sealed for THA.
    EXPECT_FALSE(idn.ws->bundles.verify(sealed.path, &idn.identity).ok());

    // The stored key is scrypt-protected beyond the openssl tool's default memory cap, so the
    // test hands the tool a plain copy, as a liaison officer would export it from a PKI token.
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_file(dir.file("tha.key").c_str(), "w"), BIO_free);
        ASSERT_TRUE(bio);
        ASSERT_EQ(PEM_write_bio_PrivateKey(bio.get(), static_cast<EVP_PKEY*>(tha.identity.keyHandle()), nullptr,
                                           nullptr, 0, nullptr, nullptr),
                  1);
    }
    writeFile(dir.file("tha.pem"), tha.certificatePem);
    std::string out;
    ASSERT_EQ(run("openssl cms -decrypt -binary -inform DER -in '" + sealed.path + "' -recip '" + dir.file("tha.pem") +
                      "' -inkey '" + dir.file("tha.key") + "' -out '" +
                      dir.file("opened.lintas") + "'",
                  &out),
              0)
        << out;
    EXPECT_TRUE(verifyAtTha(dir.file("opened.lintas")).ok());
}

}  // namespace
}  // namespace lintas::test
