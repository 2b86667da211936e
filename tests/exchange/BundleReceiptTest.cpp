// Signed receipts: produced by the receiver (THA), verified by the sender (IDN).

#include "BundleTestSupport.h"

#include "lintas/exchange/BundleImport.h"

namespace lintas::test {
namespace {

exchange::ExchangeLogQuery direction(const std::string& which) {
    exchange::ExchangeLogQuery q;
    q.direction = which;
    return q;
}

using exchange::ReceiptVerdict;

class BundleReceiptTest : public BundleTest {
protected:
    exchange::ExportResult sendScenario(const std::string& name) {
        const Scenario s = makeScenario(*idn.ws);
        consentToTha(s.victim);
        return exportToTha(requestFor({s.caseFile.meta.uuid}), name);
    }
};

TEST_F(BundleReceiptTest, AcceptedReceiptIsVerifiedByTheSenderAndMatchesTheSentBundle) {
    const auto sent = sendScenario("bundle");
    auto bundle = must(tha.ws->bundles.verify(sent.path, &tha.identity));
    must(tha.ws->bundles.applyImport(bundle, {}));

    exchange::ReceiptRequest request;
    request.bundleUuid = sent.manifest.bundleUuid;
    const auto written = must(tha.ws->bundles.writeReceipt(request, tha.identity, dir.file("answer")));
    EXPECT_EQ(written.path, dir.file("answer.lintas-receipt"));

    const auto info = must(idn.ws->bundles.verifyReceipt(written.path));
    EXPECT_EQ(info.verdict, ReceiptVerdict::Accepted);
    EXPECT_EQ(info.bundleUuid, sent.manifest.bundleUuid);
    EXPECT_EQ(info.bundleFileSha256, sent.fileSha256);
    EXPECT_EQ(info.issuer.code, "DSI");
    EXPECT_EQ(info.bundleSender.code, "BARESKRIM");
    EXPECT_EQ(info.sentLogId, must(idn.ws->bundles.exchangeLog(direction("sent"))).at(0).id);
    EXPECT_NE(info.summary.find("\"added\""), std::string::npos);

    // Readable without Lintas: the signature verifies with openssl over receipt.json.
    auto entries = readEntries(written.path);
    writeFile(dir.file("receipt.json"), *findEntry(entries, "receipt.json"));
    writeFile(dir.file("receipt.p7s"), *findEntry(entries, "receipt.p7s"));
    writeFile(dir.file("tha.pem"), tha.certificatePem);
    std::string out;
    EXPECT_EQ(run("openssl cms -verify -binary -inform DER -in '" + dir.file("receipt.p7s") + "' -content '" +
                      dir.file("receipt.json") + "' -CAfile '" + dir.file("tha.pem") +
                      "' -purpose any -out /dev/null",
                  &out),
              0)
        << out;
}

TEST_F(BundleReceiptTest, RejectedBundleGetsARejectionReceiptNamedByFileHash) {
    const auto sent = sendScenario("bundle");
    // Tamper with the bundle: THA refuses it and logs the refusal.
    auto entries = readEntries(sent.path);
    for (auto& [name, bytes] : entries)
        if (name.starts_with("records/cases/"))
            bytes[bytes.size() / 2] ^= 0x01;
    const std::string tampered = dir.file("tampered.lintas");
    writeZip(tampered, entries);
    auto refused = tha.ws->bundles.verify(tampered, &tha.identity);
    ASSERT_FALSE(refused.ok());
    must(tha.ws->bundles.logRejected(tampered, refused.error()));

    exchange::ReceiptRequest request;
    request.fileSha256 = must(exchange::sha256FileHex(tampered));
    request.verdict = ReceiptVerdict::Rejected;
    const auto written = must(tha.ws->bundles.writeReceipt(request, tha.identity, dir.file("refusal")));
    const auto info = must(idn.ws->bundles.verifyReceipt(written.path));
    EXPECT_EQ(info.verdict, ReceiptVerdict::Rejected);
    EXPECT_EQ(info.reason, refused.error().toString());
    EXPECT_EQ(info.bundleFileSha256, request.fileSha256);
    EXPECT_EQ(info.sentLogId, 0) << "the refused file is not the file we sent";

    // An accepted receipt cannot be issued for a bundle that was not imported.
    request.verdict = ReceiptVerdict::Accepted;
    EXPECT_EQ(tha.ws->bundles.writeReceipt(request, tha.identity, dir.file("wrong")).error().code,
              ErrorCode::Validation);
}

TEST_F(BundleReceiptTest, TamperedOrUntrustedReceiptIsRejected) {
    const auto sent = sendScenario("bundle");
    auto bundle = must(tha.ws->bundles.verify(sent.path, &tha.identity));
    must(tha.ws->bundles.applyImport(bundle, {}));
    exchange::ReceiptRequest request;
    request.bundleUuid = sent.manifest.bundleUuid;
    const auto written = must(tha.ws->bundles.writeReceipt(request, tha.identity, dir.file("answer")));

    auto entries = readEntries(written.path);
    std::string& body = *findEntry(entries, "receipt.json");
    body.replace(body.find("\"accepted\""), 10, "\"rejected\"");
    writeZip(dir.file("tampered.lintas-receipt"), entries);
    auto tampered = idn.ws->bundles.verifyReceipt(dir.file("tampered.lintas-receipt"));
    ASSERT_FALSE(tampered.ok());
    EXPECT_EQ(tampered.error().code, ErrorCode::Untrusted);

    // THA itself does not trust its own certificate as a partner: the receipt is not trusted there.
    auto untrusted = tha.ws->bundles.verifyReceipt(written.path);
    ASSERT_FALSE(untrusted.ok());
    EXPECT_EQ(untrusted.error().code, ErrorCode::Untrusted);
}

}  // namespace
}  // namespace lintas::test
