#pragma once

#include "lintas/Result.h"

#include <string_view>

namespace lintas::exchange::bundle {

/// Checks that manifest.p7s has exactly the shape docs/bundle-format.md allows (canonical DER
/// SignedData v1, digestAlgorithms {SHA-256}, detached id-data, one SignerInfo v1 with issuer and
/// serial, SHA-256, signed attributes, ECDSA-with-SHA256 or RSA with SHA-256, no CRLs, no
/// unsigned attributes). ErrorCode::Untrusted naming the part otherwise. The cryptographic check
/// itself is cmsVerifyDetached().
[[nodiscard]] Status checkSignatureProfile(std::string_view der);

}  // namespace lintas::exchange::bundle
