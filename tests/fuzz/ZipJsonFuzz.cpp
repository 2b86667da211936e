// libFuzzer target: untrusted bytes through the ZIP reader and the JSON reader.
//
// Each input is parsed as a JSON document, then written to a temporary file and opened as a ZIP
// archive; every entry is read and parsed as JSON. Whatever parses must survive write() and
// parse() again unchanged, in both layouts; anything else the readers must refuse cleanly.

#include "lintas/exchange/Json.h"
#include "lintas/exchange/Zip.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

using namespace lintas::exchange;

// Small limits keep each run fast; the code paths are the same as with the defaults.
constexpr json::Limits kJsonLimits{
    .maxDepth = 32, .maxBytes = 1u << 20, .maxStringBytes = 1u << 16, .maxMembers = 20000};
constexpr ZipLimits kZipLimits{.maxEntries = 64, .maxEntrySize = 1u << 20, .maxTotalSize = 4u << 20, .maxRatio = 200};

void checkRoundTrip(const json::Value& value) {
    for (const bool pretty : {false, true}) {
        const std::string text = json::write(value, pretty);
        const auto again = json::parse(text, "round-trip");
        if (!again.ok() || !(again.value() == value) || json::write(again.value(), pretty) != text)
            std::abort();
    }
}

void fuzzJson(std::string_view text) {
    const auto value = json::parse(text, "fuzz.json", kJsonLimits);
    if (value.ok())
        checkRoundTrip(value.value());
}

/// The file each input is written to, one per fuzzing process. It lives in /dev/shm when there
/// is one: on a disk-backed temporary directory the fuzzer runs about forty times slower.
const std::string& archivePath() {
    static const std::string path = [] {
        std::error_code ec;
        const std::filesystem::path directory =
            std::filesystem::is_directory("/dev/shm", ec) ? "/dev/shm" : std::filesystem::temp_directory_path();
        return (directory / ("lintas-fuzz-zipjson-" + std::to_string(getpid()) + ".zip")).string();
    }();
    return path;
}

void fuzzZip(std::string_view bytes) {
    {
        std::FILE* f = std::fopen(archivePath().c_str(), "wb");
        if (!f)
            std::abort();
        const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
        if (std::fclose(f) != 0 || !written)
            std::abort();
    }
    auto reader = ZipReader::open(archivePath(), kZipLimits);
    // libFuzzer ends without running atexit handlers: remove the file at once (the open reader
    // keeps its data).
    std::remove(archivePath().c_str());
    if (!reader.ok())
        return;
    for (const ZipEntry& entry : reader.value()->entries()) {
        // The reader promised this entry is within the limits and matches the central directory.
        if (entry.size > kZipLimits.maxEntrySize || reader.value()->find(entry.name) != &entry)
            std::abort();
        const auto content = reader.value()->read(entry.name, kZipLimits.maxEntrySize);
        if (content.ok()) {
            if (content.value().size() != entry.size)
                std::abort();
            fuzzJson(content.value());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    fuzzJson(bytes);
    fuzzZip(bytes);
    return 0;
}
