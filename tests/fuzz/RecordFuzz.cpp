// libFuzzer target over the schema layer of the bundle reader: what a verified bundle's bytes go
// through after the ZIP and JSON readers (ZipJsonFuzz.cpp). Each input is parsed as JSON with the
// limits verify() uses, then decoded as a manifest, a case record, an organisation record and a
// statistics record. Decoders must refuse bad input with an error, never crash, hang or read out
// of bounds; a case record that decodes must encode again without failing.

#include "lintas/exchange/BundleManifest.h"
#include "lintas/exchange/Json.h"
#include "lintas/exchange/RecordCodec.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace lintas::exchange;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    json::Limits limits;
    limits.maxDepth = 32;
    limits.maxBytes = 16u * 1024 * 1024;
    auto value = json::parse(text, "fuzz.json", limits);
    if (!value)
        return 0;
    (void)decodeManifest(*value);
    (void)codec::decodeOrganisation(*value, "records/organisations/fuzz.json");
    (void)codec::decodeStatistics(*value, "records/statistics.json");
    if (auto record = codec::decodeCase(*value, "records/cases/fuzz.json"))
        (void)json::write(codec::encodeCase(*record));
    return 0;
}
