#include "BundleSignatureProfile.h"

#include <openssl/asn1.h>
#include <openssl/objects.h>
#include <openssl/pem.h>  // before cms.h, as OpenSSL 3.0 needs
#include <openssl/cms.h>

#include <memory>

// OpenSSL verifies the signature over the signed attributes but ignores several unsigned fields
// of SignedData: the versions, the outer digestAlgorithms set, even the signatureAlgorithm OID
// of an EC signer. A bundle must say exactly one thing, so those fields are pinned here to the
// one profile docs/bundle-format.md allows, and the whole signature must be canonical DER.
namespace lintas::exchange::bundle {

namespace {

/// One DER element: tag, class, constructed flag and the span of its content.
struct Tlv {
    int tag = 0;
    int cls = 0;
    bool constructed = false;
    const unsigned char* start = nullptr;    // first byte of the header
    const unsigned char* content = nullptr;
    long length = 0;
    [[nodiscard]] const unsigned char* end() const { return content + length; }
};

bool next(const unsigned char*& p, const unsigned char* end, Tlv& out) {
    if (p >= end)
        return false;
    out.start = p;
    const unsigned char* q = p;
    const int flags = ASN1_get_object(&q, &out.length, &out.tag, &out.cls, end - p);
    if (flags & 0x80 || (flags & 0x01))  // error, or indefinite length (not DER)
        return false;
    out.constructed = (flags & V_ASN1_CONSTRUCTED) != 0;
    out.content = q;
    if (out.length < 0 || out.length > end - q)
        return false;
    p = q + out.length;
    return true;
}

int oidNid(const Tlv& t) {
    if (t.tag != V_ASN1_OBJECT || t.cls != V_ASN1_UNIVERSAL)
        return NID_undef;
    const unsigned char* p = t.start;
    std::unique_ptr<ASN1_OBJECT, decltype(&ASN1_OBJECT_free)> obj(d2i_ASN1_OBJECT(nullptr, &p, t.end() - t.start),
                                                                   ASN1_OBJECT_free);
    return obj ? OBJ_obj2nid(obj.get()) : NID_undef;
}

bool isInteger(const Tlv& t, unsigned char value) {
    return t.tag == V_ASN1_INTEGER && t.cls == V_ASN1_UNIVERSAL && t.length == 1 && t.content[0] == value;
}

bool isSequence(const Tlv& t) { return t.tag == V_ASN1_SEQUENCE && t.cls == V_ASN1_UNIVERSAL && t.constructed; }
bool isSet(const Tlv& t) { return t.tag == V_ASN1_SET && t.cls == V_ASN1_UNIVERSAL && t.constructed; }

/// AlgorithmIdentifier with OID `nid` and parameters absent or NULL.
bool isAlgorithm(const Tlv& alg, int nid) {
    if (!isSequence(alg))
        return false;
    const unsigned char* p = alg.content;
    Tlv oid, params;
    if (!next(p, alg.end(), oid) || oidNid(oid) != nid)
        return false;
    if (p == alg.end())
        return true;
    return next(p, alg.end(), params) && params.tag == V_ASN1_NULL && params.length == 0 && p == alg.end();
}

bool isSignatureAlgorithm(const Tlv& alg) {
    for (int nid : {NID_ecdsa_with_SHA256, NID_sha256WithRSAEncryption, NID_rsaEncryption})
        if (isAlgorithm(alg, nid))
            return true;
    return false;
}

Status fail(const std::string& what) {
    return Error{ErrorCode::Untrusted, "manifest.p7s", "not the signature profile of this format: " + what};
}

}  // namespace

Status checkSignatureProfile(std::string_view der) {
    const auto* begin = reinterpret_cast<const unsigned char*>(der.data());
    const auto* end = begin + der.size();

    // Canonical DER: what OpenSSL parses re-encodes to the very same bytes.
    {
        const unsigned char* p = begin;
        std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
            d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())), CMS_ContentInfo_free);
        if (!cms || p != end)
            return fail("not one DER CMS structure");
        unsigned char* out = nullptr;
        const int n = i2d_CMS_ContentInfo(cms.get(), &out);
        const bool same = n == static_cast<int>(der.size()) && std::equal(begin, end, out);
        OPENSSL_free(out);
        if (!same)
            return fail("not canonical DER");
    }

    const unsigned char* p = begin;
    Tlv contentInfo, type, explicitContent, signedData;
    if (!next(p, end, contentInfo) || !isSequence(contentInfo) || p != end)
        return fail("ContentInfo");
    p = contentInfo.content;
    if (!next(p, contentInfo.end(), type) || oidNid(type) != NID_pkcs7_signed)
        return fail("content type");
    if (!next(p, contentInfo.end(), explicitContent) || explicitContent.cls != V_ASN1_CONTEXT_SPECIFIC ||
        explicitContent.tag != 0)
        return fail("content");
    p = explicitContent.content;
    if (!next(p, explicitContent.end(), signedData) || !isSequence(signedData))
        return fail("SignedData");

    p = signedData.content;
    const unsigned char* sdEnd = signedData.end();
    Tlv version, digestAlgorithms, encap, item;
    if (!next(p, sdEnd, version) || !isInteger(version, 1))
        return fail("SignedData version must be 1");
    if (!next(p, sdEnd, digestAlgorithms) || !isSet(digestAlgorithms))
        return fail("digestAlgorithms");
    {
        const unsigned char* q = digestAlgorithms.content;
        Tlv alg;
        if (!next(q, digestAlgorithms.end(), alg) || !isAlgorithm(alg, NID_sha256) || q != digestAlgorithms.end())
            return fail("digestAlgorithms must be exactly SHA-256");
    }
    if (!next(p, sdEnd, encap) || !isSequence(encap))
        return fail("encapContentInfo");
    {
        const unsigned char* q = encap.content;
        Tlv eType;
        if (!next(q, encap.end(), eType) || oidNid(eType) != NID_pkcs7_data || q != encap.end())
            return fail("detached id-data content");
    }
    Tlv signerInfos;
    bool haveSigners = false;
    while (next(p, sdEnd, item)) {
        if (item.cls == V_ASN1_CONTEXT_SPECIFIC && item.tag == 0)
            continue;  // certificates: the signer's must equal the pinned one (cmsVerifyDetached)
        if (item.cls == V_ASN1_CONTEXT_SPECIFIC && item.tag == 1)
            return fail("CRLs are not part of a bundle signature");
        if (!isSet(item) || p != sdEnd)
            return fail("signerInfos");
        signerInfos = item;
        haveSigners = true;
    }
    if (!haveSigners)
        return fail("signerInfos");

    p = signerInfos.content;
    Tlv signerInfo;
    if (!next(p, signerInfos.end(), signerInfo) || !isSequence(signerInfo) || p != signerInfos.end())
        return fail("exactly one SignerInfo");
    p = signerInfo.content;
    const unsigned char* siEnd = signerInfo.end();
    Tlv siVersion, sid, digestAlg, signedAttrs, signatureAlg, signature;
    if (!next(p, siEnd, siVersion) || !isInteger(siVersion, 1))
        return fail("SignerInfo version must be 1");
    if (!next(p, siEnd, sid) || !isSequence(sid))
        return fail("signer identified by issuer and serial number");
    if (!next(p, siEnd, digestAlg) || !isAlgorithm(digestAlg, NID_sha256))
        return fail("SignerInfo digest must be SHA-256");
    if (!next(p, siEnd, signedAttrs) || signedAttrs.cls != V_ASN1_CONTEXT_SPECIFIC || signedAttrs.tag != 0)
        return fail("signed attributes are required");
    if (!next(p, siEnd, signatureAlg) || !isSignatureAlgorithm(signatureAlg))
        return fail("signature algorithm");
    if (!next(p, siEnd, signature) || signature.tag != V_ASN1_OCTET_STRING || p != siEnd)
        return fail("signature value, and no unsigned attributes");
    return {};
}

}  // namespace lintas::exchange::bundle
