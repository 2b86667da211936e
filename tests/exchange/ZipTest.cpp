#include "lintas/exchange/Zip.h"

#include "TempDir.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <optional>
#include <random>
#include <sstream>
#include <zlib.h>

namespace lintas::exchange {
namespace {

using test::TempDir;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFile(const std::string& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::uint32_t crcOf(std::string_view bytes) {
    return static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

/// Raw deflate (no zlib header), as ZIP stores it.
std::string deflateRaw(std::string_view input, int flush = Z_FINISH) {
    z_stream zs{};
    EXPECT_EQ(deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::string out(input.size() + input.size() / 8 + 1024, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    zs.avail_in = static_cast<uInt>(input.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&zs, flush), flush == Z_FINISH ? Z_STREAM_END : Z_OK);
    out.resize(out.size() - zs.avail_out);
    deflateEnd(&zs);
    return out;
}

/// Raw deflate data that inflates to `mebibytes` MiB of zeros. One megabyte is compressed once
/// with a full flush (which makes the block independent of what precedes it) and repeated, so
/// building a bomb is cheap while inflating it is not.
std::string zeroBomb(std::size_t mebibytes) {
    const std::string block = deflateRaw(std::string(1u << 20, '\0'), Z_FULL_FLUSH);
    std::string out;
    out.reserve(block.size() * mebibytes + 2);
    for (std::size_t i = 0; i < mebibytes; ++i)
        out += block;
    out += std::string("\x03\x00", 2); // an empty final block (fixed Huffman codes)
    return out;
}

std::uint32_t crcOfZeros(std::uint64_t count) {
    const std::string zeros(1u << 20, '\0');
    uLong crc = crc32(0, nullptr, 0);
    for (std::uint64_t left = count; left > 0;) {
        const auto n = static_cast<uInt>(std::min<std::uint64_t>(left, zeros.size()));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(zeros.data()), n);
        left -= n;
    }
    return static_cast<std::uint32_t>(crc);
}

// --- hand-made archives ----------------------------------------------------------------------

/// One entry of a hand-made archive. Every header field can be set to something wrong; the local
/// header repeats the central directory unless a local* field says otherwise.
struct RawEntry {
    std::string name;
    std::string payload; ///< the bytes after the local header (compressed when method is 8)
    std::uint16_t method = 0;
    std::uint16_t flags = 0x0800;
    std::uint32_t crc = 0;
    std::uint32_t compressedSize = 0;
    std::uint32_t size = 0;
    std::uint16_t madeBy = (3 << 8) | 20;
    std::uint32_t externalAttributes = 0100644u << 16;
    std::string centralExtra;
    std::string localExtra;
    std::string comment;
    std::string afterData; ///< a data descriptor, or junk
    std::optional<std::string> localName;
    std::optional<std::uint16_t> localMethod;
    std::optional<std::uint16_t> localFlags;
    std::optional<std::uint32_t> localCrc;
    std::optional<std::uint32_t> localCompressedSize;
    std::optional<std::uint32_t> localSize;
    std::optional<std::uint32_t> offset; ///< central directory's local header offset
    bool centralOnly = false;            ///< no local header of its own (set `offset`)
};

RawEntry stored(std::string name, std::string content) {
    RawEntry e;
    e.name = std::move(name);
    e.crc = crcOf(content);
    e.size = e.compressedSize = static_cast<std::uint32_t>(content.size());
    e.payload = std::move(content);
    return e;
}

RawEntry deflated(std::string name, const std::string& content) {
    RawEntry e;
    e.name = std::move(name);
    e.method = 8;
    e.crc = crcOf(content);
    e.size = static_cast<std::uint32_t>(content.size());
    e.payload = deflateRaw(content);
    e.compressedSize = static_cast<std::uint32_t>(e.payload.size());
    return e;
}

class Bytes {
public:
    Bytes& u16(std::uint32_t v) { return put(v, 2); }
    Bytes& u32(std::uint64_t v) { return put(v, 4); }
    Bytes& u64(std::uint64_t v) { return put(v, 8); }
    Bytes& raw(std::string_view s) {
        m_out.append(s);
        return *this;
    }
    [[nodiscard]] std::string str() const { return m_out; }
    [[nodiscard]] std::size_t size() const { return m_out.size(); }

private:
    Bytes& put(std::uint64_t v, int width) {
        for (int i = 0; i < width; ++i)
            m_out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
        return *this;
    }
    std::string m_out;
};

/// The local header of `e`, its name and extra field: everything before its payload.
std::string localHeaderOf(const RawEntry& e) {
    const std::string& name = e.localName.value_or(e.name);
    Bytes out;
    out.u32(0x04034b50).u16(20).u16(e.localFlags.value_or(e.flags)).u16(e.localMethod.value_or(e.method));
    out.u16(0).u16(0x21);
    out.u32(e.localCrc.value_or(e.crc))
        .u32(e.localCompressedSize.value_or(e.compressedSize))
        .u32(e.localSize.value_or(e.size));
    out.u16(static_cast<std::uint32_t>(name.size())).u16(static_cast<std::uint32_t>(e.localExtra.size()));
    out.raw(name).raw(e.localExtra);
    return out.str();
}

struct RawZip {
    std::string prefix; ///< bytes before the first local header
    std::vector<RawEntry> entries;
    std::optional<std::uint16_t> count; ///< the end record's entry count
    std::string comment;                ///< the archive comment
    std::string trailer;                ///< bytes after the end record

    [[nodiscard]] std::string build() const {
        Bytes out;
        out.raw(prefix);
        std::vector<std::uint32_t> offsets;
        for (const RawEntry& e : entries) {
            offsets.push_back(e.offset.value_or(static_cast<std::uint32_t>(out.size())));
            if (!e.centralOnly)
                out.raw(localHeaderOf(e)).raw(e.payload).raw(e.afterData);
        }
        const std::size_t directoryOffset = out.size();
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const RawEntry& e = entries[i];
            out.u32(0x02014b50).u16(e.madeBy).u16(20).u16(e.flags).u16(e.method).u16(0).u16(0x21);
            out.u32(e.crc).u32(e.compressedSize).u32(e.size);
            out.u16(static_cast<std::uint32_t>(e.name.size()))
                .u16(static_cast<std::uint32_t>(e.centralExtra.size()))
                .u16(static_cast<std::uint32_t>(e.comment.size()));
            out.u16(0).u16(0).u32(e.externalAttributes).u32(offsets[i]);
            out.raw(e.name).raw(e.centralExtra).raw(e.comment);
        }
        const std::size_t directorySize = out.size() - directoryOffset;
        const std::uint16_t n = count.value_or(static_cast<std::uint16_t>(entries.size()));
        out.u32(0x06054b50).u16(0).u16(0).u16(n).u16(n).u32(directorySize).u32(directoryOffset);
        out.u16(static_cast<std::uint32_t>(comment.size())).raw(comment);
        out.raw(trailer);
        return out.str();
    }
};

/// A data descriptor with its signature, for an entry with flag bit 3.
std::string descriptorFor(const RawEntry& e) {
    return Bytes().u32(0x08074b50).u32(e.crc).u32(e.compressedSize).u32(e.size).str();
}

/// An Info-ZIP Unicode Path extra field carrying `name`.
std::string unicodePathExtra(std::string_view headerName, std::string_view name) {
    return Bytes()
        .u16(0x7075)
        .u16(static_cast<std::uint32_t>(5 + name.size()))
        .raw("\x01")
        .u32(crcOf(headerName))
        .raw(name)
        .str();
}

class ZipTest : public ::testing::Test {
protected:
    [[nodiscard]] std::string path(const std::string& name = "test.zip") const { return m_dir.file(name); }

    Result<std::unique_ptr<ZipReader>> openBytes(const std::string& bytes, const ZipLimits& limits = {}) {
        writeFile(path("raw.zip"), bytes);
        return ZipReader::open(path("raw.zip"), limits);
    }

    /// Asserts that the archive is refused when opened, and returns the error.
    Error expectOpenFails(const std::string& bytes, ErrorCode code = ErrorCode::Malformed,
                          const ZipLimits& limits = {}) {
        auto reader = openBytes(bytes, limits);
        EXPECT_FALSE(reader.ok()) << "archive accepted";
        if (reader.ok())
            return {};
        EXPECT_EQ(reader.error().code, code) << reader.error().toString();
        EXPECT_FALSE(reader.error().detail.empty());
        return reader.error();
    }

    /// Asserts that a one-entry archive holding `entry` is refused, naming the entry.
    void expectEntryRefused(const RawEntry& entry, ErrorCode code = ErrorCode::Malformed) {
        RawZip zip;
        zip.entries = {stored("ok.json", "{}"), entry};
        const Error error = expectOpenFails(zip.build(), code);
        EXPECT_EQ(error.field, entry.name) << error.toString();
    }

    /// Writes a small valid archive with the writer and returns its bytes.
    std::string smallArchive() {
        auto writer = ZipWriter::create(path("small.zip"));
        EXPECT_TRUE(writer.ok());
        EXPECT_TRUE((*writer)->add("manifest.json", R"({"a":1})").ok());
        EXPECT_TRUE((*writer)->add("records/b.json", std::string(1000, 'b')).ok());
        EXPECT_TRUE((*writer)->add("stored.txt", "plain", false).ok());
        EXPECT_TRUE((*writer)->finish().ok());
        return readFile(path("small.zip"));
    }

    static bool haveTool(const std::string& probe) { return std::system((probe + " >/dev/null 2>&1").c_str()) == 0; }

    static bool unzipAccepts(const std::string& archive) {
        return std::system(("unzip -tqq '" + archive + "' >/dev/null 2>&1").c_str()) == 0;
    }

    /// Python's zipfile: opens, checks every CRC, prints "count total-size".
    static std::string pythonCheck(const std::string& archive) {
        const std::string out = archive + ".py.txt";
        const std::string command = "python3 -c 'import sys, zipfile\n"
                                    "z = zipfile.ZipFile(sys.argv[1])\n"
                                    "assert z.testzip() is None\n"
                                    "print(len(z.infolist()), sum(i.file_size for i in z.infolist()))' '" +
                                    archive + "' > '" + out + "' 2>&1";
        const int rc = std::system(command.c_str());
        std::string result = readFile(out);
        return rc == 0 ? result : "failed: " + result;
    }

    TempDir m_dir;
};

// --- writer and reader together ----------------------------------------------------------------

TEST_F(ZipTest, WritesAndReadsBackStoredAndDeflatedEntries) {
    const std::string text = "The quick brown fox. " + std::string(5000, 'x');
    auto writer = ZipWriter::create(path());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->add("manifest.json", text).ok());
    ASSERT_TRUE((*writer)->add("records/case.json", "{\"k\":1}", false).ok());
    ASSERT_TRUE((*writer)->add("empty-stored", "", false).ok());
    ASSERT_TRUE((*writer)->add("empty-deflated", "", true).ok());
    ASSERT_TRUE((*writer)->add("\xE0\xB8\x81/\xC3\xA9t\xC3\xA9.txt", "utf-8 name").ok());
    ASSERT_TRUE((*writer)->finish().ok());

    auto reader = ZipReader::open(path());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    const auto& entries = (*reader)->entries();
    ASSERT_EQ(entries.size(), 5u);
    EXPECT_EQ(entries[0].name, "manifest.json");
    EXPECT_TRUE(entries[0].deflated);
    EXPECT_EQ(entries[0].size, text.size());
    EXPECT_LT(entries[0].compressedSize, text.size());
    EXPECT_EQ(entries[0].crc32, crcOf(text));
    EXPECT_FALSE(entries[1].deflated);
    EXPECT_EQ(entries[1].compressedSize, 7u);
    EXPECT_EQ(entries[4].name, "\xE0\xB8\x81/\xC3\xA9t\xC3\xA9.txt");

    EXPECT_EQ((*reader)->read("manifest.json", 1 << 20).value(), text);
    EXPECT_EQ((*reader)->read("records/case.json", 100).value(), "{\"k\":1}");
    EXPECT_EQ((*reader)->read("empty-stored", 0).value(), "");
    EXPECT_EQ((*reader)->read("empty-deflated", 0).value(), "");
    EXPECT_EQ((*reader)->read("\xE0\xB8\x81/\xC3\xA9t\xC3\xA9.txt", 100).value(), "utf-8 name");
    ASSERT_NE((*reader)->find("records/case.json"), nullptr);
    EXPECT_EQ((*reader)->find("records/case.json")->size, 7u);
    EXPECT_EQ((*reader)->find("missing"), nullptr);
}

TEST_F(ZipTest, EmptyArchiveRoundTrips) {
    auto writer = ZipWriter::create(path());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->finish().ok());
    EXPECT_EQ(readFile(path()).size(), 22u);
    auto reader = ZipReader::open(path());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    EXPECT_TRUE((*reader)->entries().empty());
}

TEST_F(ZipTest, WriterIsDeterministic) {
    for (const char* name : {"a.zip", "b.zip"}) {
        auto writer = ZipWriter::create(path(name));
        ASSERT_TRUE(writer.ok());
        ASSERT_TRUE((*writer)->add("manifest.json", std::string(3000, 'm')).ok());
        ASSERT_TRUE((*writer)->add("x.bin", "xyz", false).ok());
        ASSERT_TRUE((*writer)->finish().ok());
    }
    EXPECT_EQ(readFile(path("a.zip")), readFile(path("b.zip")));
}

TEST_F(ZipTest, StreamsAMultiMegabyteFileInBoundedChunks) {
    // 12 MiB of mixed content: random bytes (incompressible) and text runs (compressible).
    std::mt19937 random(42);
    std::string content;
    content.reserve(12u << 20);
    while (content.size() < (12u << 20)) {
        for (int i = 0; i < 4096; ++i)
            content.push_back(static_cast<char>(random() & 0xFF));
        content += std::string(8192, static_cast<char>('a' + random() % 26));
    }
    writeFile(path("source.bin"), content);

    auto writer = ZipWriter::create(path());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->addFile("attachments/big-deflated", path("source.bin")).ok());
    ASSERT_TRUE((*writer)->addFile("attachments/big-stored", path("source.bin"), false).ok());
    ASSERT_TRUE((*writer)->finish().ok());

    auto reader = ZipReader::open(path());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    for (const char* name : {"attachments/big-deflated", "attachments/big-stored"}) {
        std::size_t chunks = 0;
        std::size_t largest = 0;
        std::string received;
        const Status status = (*reader)->stream(name, [&](std::string_view chunk) {
            ++chunks;
            largest = std::max(largest, chunk.size());
            received.append(chunk);
            return Status{};
        });
        ASSERT_TRUE(status.ok()) << status.error().toString();
        EXPECT_LE(largest, 64u * 1024) << name;
        EXPECT_GE(chunks, content.size() / (std::size_t{64} * 1024)) << name;
        EXPECT_TRUE(received == content) << name;
    }
    EXPECT_TRUE(unzipAccepts(path()));
}

TEST_F(ZipTest, WritesZip64EndRecordsForMoreThan65535Entries) {
    constexpr std::size_t kCount = 70000;
    auto writer = ZipWriter::create(path());
    ASSERT_TRUE(writer.ok());
    for (std::size_t i = 0; i < kCount; ++i)
        ASSERT_TRUE((*writer)->add("e/" + std::to_string(i), std::to_string(i), false).ok());
    ASSERT_TRUE((*writer)->finish().ok());

    auto reader = ZipReader::open(path());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    EXPECT_EQ((*reader)->entries().size(), kCount);
    EXPECT_EQ((*reader)->read("e/69999", 10).value(), "69999");
    EXPECT_TRUE(unzipAccepts(path()));
    if (haveTool("python3 -c pass")) {
        EXPECT_EQ(pythonCheck(path()).substr(0, 6), "70000 ");
    }
}

TEST_F(ZipTest, ReadsExactly65535EntriesWithoutZip64Records) {
    // 0xFFFF is also the "see ZIP64" marker; without ZIP64 records it is a real count, which is
    // what Python's zipfile writes for exactly 65535 entries.
    RawZip zip;
    for (int i = 0; i < 65535; ++i)
        zip.entries.push_back(stored(std::to_string(i), ""));
    auto reader = openBytes(zip.build());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    EXPECT_EQ((*reader)->entries().size(), 65535u);
}

TEST_F(ZipTest, WritesAndReadsAnEntryOver4GiB) {
    // The slowest test of the suite (about a minute: it deflates and inflates 4 GiB), kept in
    // it because bundles with large attachments depend on ZIP64 both ways.
    // A sparse source file: 4 GiB + 1 MiB of zeros that take no disk space. Deflated, the
    // archive is a few megabytes; its sizes still need ZIP64 fields.
    const std::uint64_t size = (4ull << 30) + (1u << 20);
    { std::ofstream sparse(path("sparse.bin"), std::ios::binary); }
    std::filesystem::resize_file(path("sparse.bin"), size);
    auto writer = ZipWriter::create(path());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->add("first.json", "{}").ok());
    ASSERT_TRUE((*writer)->addFile("zeros.bin", path("sparse.bin")).ok());
    ASSERT_TRUE((*writer)->add("last.json", "[]").ok());
    ASSERT_TRUE((*writer)->finish().ok());
    std::filesystem::remove(path("sparse.bin"));

    ZipLimits limits;
    limits.maxEntrySize = size;
    limits.maxRatio = 2000;
    auto reader = ZipReader::open(path(), limits);
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    const ZipEntry* entry = (*reader)->find("zeros.bin");
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entry->size, size);
    EXPECT_EQ(entry->crc32, crcOfZeros(size));
    std::uint64_t total = 0;
    bool allZero = true;
    const Status status = (*reader)->stream("zeros.bin", [&](std::string_view chunk) {
        total += chunk.size();
        allZero = allZero && chunk.find_first_not_of('\0') == std::string_view::npos;
        return Status{};
    });
    ASSERT_TRUE(status.ok()) << status.error().toString();
    EXPECT_EQ(total, size);
    EXPECT_TRUE(allZero);
    EXPECT_EQ((*reader)->read("last.json", 10).value(), "[]");
    EXPECT_TRUE(unzipAccepts(path()));
    // The default limits refuse it: 4 GiB of zeros is a compression ratio of about 1000.
    EXPECT_EQ(ZipReader::open(path()).error().code, ErrorCode::Refused);
}

// --- other tools read what the writer wrote, and the reader reads what they write --------------

TEST_F(ZipTest, UnzipAcceptsWriterOutput) {
    smallArchive();
    EXPECT_TRUE(unzipAccepts(path("small.zip")));
    const std::string listed = path("listed.txt");
    ASSERT_EQ(std::system(("unzip -p '" + path("small.zip") + "' stored.txt > '" + listed + "'").c_str()), 0);
    EXPECT_EQ(readFile(listed), "plain");
}

TEST_F(ZipTest, PythonZipfileAcceptsWriterOutput) {
    if (!haveTool("python3 -c pass"))
        GTEST_SKIP() << "python3 is not installed";
    smallArchive();
    EXPECT_EQ(pythonCheck(path("small.zip")), "3 1012\n");
}

TEST_F(ZipTest, ReadsArchivesMadeByInfoZip) {
    if (!haveTool("zip -v"))
        GTEST_SKIP() << "zip is not installed";
    std::filesystem::create_directory(m_dir.path() / "sub");
    writeFile(path("a.json"), "{\"a\":1}");
    writeFile(path("sub/b.txt"), std::string(20000, 'b'));
    const std::string command = "cd '" + m_dir.path().string() + "' && zip -q out.zip a.json sub/b.txt";
    ASSERT_EQ(std::system(command.c_str()), 0);
    auto reader = ZipReader::open(path("out.zip"));
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    ASSERT_EQ((*reader)->entries().size(), 2u);
    EXPECT_EQ((*reader)->read("a.json", 100).value(), "{\"a\":1}");
    EXPECT_EQ((*reader)->read("sub/b.txt", 1 << 20).value(), std::string(20000, 'b'));
}

TEST_F(ZipTest, ReadsPythonDataDescriptorsAndZip64Fields) {
    if (!haveTool("python3 -c pass"))
        GTEST_SKIP() << "python3 is not installed";
    // An unseekable output makes zipfile write data descriptors (flag bit 3); force_zip64 adds
    // ZIP64 fields to a small entry's local header.
    const std::string script = path("make.py");
    writeFile(script,
              "import io, random, sys, zipfile\n"
              "class Unseekable(io.RawIOBase):\n"
              "    def __init__(self, f): self.f = f\n"
              "    def writable(self): return True\n"
              "    def write(self, b): return self.f.write(b)\n"
              "def fill(z):\n"
              "    z.writestr('a.json', '{\"a\": 1}')\n"
              "    with z.open('big.bin', 'w', force_zip64=True) as f: f.write(random.Random(1).randbytes(100000))\n"
              "    z.writestr(zipfile.ZipInfo('stored.txt'), 'stored', compress_type=zipfile.ZIP_STORED)\n"
              "with open(sys.argv[1], 'wb') as raw:\n"
              "    with zipfile.ZipFile(Unseekable(raw), 'w', zipfile.ZIP_DEFLATED) as z: fill(z)\n"
              "with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z: fill(z)\n");
    ASSERT_EQ(std::system(("python3 '" + script + "' '" + path("stream.zip") + "' '" + path("seek.zip") + "'").c_str()),
              0);
    for (const char* name : {"stream.zip", "seek.zip"}) {
        auto reader = ZipReader::open(path(name));
        ASSERT_TRUE(reader.ok()) << name << ": " << reader.error().toString();
        EXPECT_EQ((*reader)->read("a.json", 100).value(), "{\"a\": 1}") << name;
        EXPECT_EQ((*reader)->read("big.bin", 1 << 20).value().size(), 100000u) << name; // CRC-checked
        EXPECT_EQ((*reader)->read("stored.txt", 100).value(), "stored") << name;
    }
}

TEST_F(ZipTest, ReadsHandMadeDataDescriptorsWithAndWithoutSignature) {
    for (const bool signature : {true, false}) {
        RawEntry e = deflated("a.json", std::string(500, 'a'));
        e.flags |= 0x08;
        e.localCrc = e.localCompressedSize = e.localSize = 0;
        e.afterData = descriptorFor(e).substr(signature ? 0 : 4);
        RawZip zip;
        zip.entries = {e, stored("b.json", "{}")};
        auto reader = openBytes(zip.build());
        ASSERT_TRUE(reader.ok()) << reader.error().toString();
        EXPECT_EQ((*reader)->read("a.json", 1000).value(), std::string(500, 'a'));
        EXPECT_EQ((*reader)->read("b.json", 10).value(), "{}");
    }
}

// --- the writer's own rules ---------------------------------------------------------------------

TEST_F(ZipTest, WriterRefusesNamesTheReaderWouldRefuse) {
    auto writer = ZipWriter::create(path());
    ASSERT_TRUE(writer.ok());
    for (const std::string name : {"../evil", "/abs", "C:x", "a\\b", "dir/", "a//b", "", "a/./b", "x:y"}) {
        const Status status = (*writer)->add(name, "x");
        ASSERT_FALSE(status.ok()) << name;
        EXPECT_EQ(status.error().code, ErrorCode::Validation) << name;
    }
    ASSERT_TRUE((*writer)->add("Readme.txt", "1").ok());
    EXPECT_FALSE((*writer)->add("Readme.txt", "2").ok());
    EXPECT_FALSE((*writer)->add("README.TXT", "2").ok());
    EXPECT_FALSE((*writer)->addFile("readme.TXT", path("missing")).ok());
    // A refused name does not spoil the archive.
    ASSERT_TRUE((*writer)->add("other.txt", "3").ok());
    ASSERT_TRUE((*writer)->finish().ok());
    auto reader = ZipReader::open(path());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    EXPECT_EQ((*reader)->entries().size(), 2u);
}

TEST_F(ZipTest, WriterReportsAMissingSourceFile) {
    auto writer = ZipWriter::create(path());
    ASSERT_TRUE(writer.ok());
    const Status status = (*writer)->addFile("a.bin", path("does-not-exist"));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Io);
    EXPECT_EQ(status.error().field, "a.bin");
}

TEST_F(ZipTest, WriterRemovesAnUnfinishedArchive) {
    {
        auto writer = ZipWriter::create(path());
        ASSERT_TRUE(writer.ok());
        ASSERT_TRUE((*writer)->add("a.json", "{}").ok());
        EXPECT_TRUE(std::filesystem::exists(path()));
    }
    EXPECT_FALSE(std::filesystem::exists(path()));
}

TEST_F(ZipTest, WriterRefusesToAddAfterFinish) {
    auto writer = ZipWriter::create(path());
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->finish().ok());
    EXPECT_FALSE((*writer)->add("a.json", "{}").ok());
    EXPECT_FALSE((*writer)->finish().ok());
    writer = Error{}; // destroying a finished writer keeps its file
    EXPECT_TRUE(std::filesystem::exists(path()));
}

TEST_F(ZipTest, WriterReportsAnUncreatableFile) {
    auto writer = ZipWriter::create(path("no-such-dir/x.zip"));
    ASSERT_FALSE(writer.ok());
    EXPECT_EQ(writer.error().code, ErrorCode::Io);
}

// --- reading entries ------------------------------------------------------------------------------

TEST_F(ZipTest, ReadRefusesAnEntryLargerThanAsked) {
    smallArchive();
    auto reader = ZipReader::open(path("small.zip"));
    ASSERT_TRUE(reader.ok());
    const auto result = (*reader)->read("records/b.json", 999);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Refused);
    EXPECT_EQ(result.error().field, "records/b.json");
    EXPECT_TRUE((*reader)->read("records/b.json", 1000).ok());
}

TEST_F(ZipTest, ReadReportsAMissingEntry) {
    smallArchive();
    auto reader = ZipReader::open(path("small.zip"));
    ASSERT_TRUE(reader.ok());
    const auto result = (*reader)->read("nope.json", 100);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::NotFound);
    EXPECT_EQ(result.error().field, "nope.json");
}

TEST_F(ZipTest, ASinkErrorStopsTheStream) {
    smallArchive();
    auto reader = ZipReader::open(path("small.zip"));
    ASSERT_TRUE(reader.ok());
    int calls = 0;
    const Status status = (*reader)->stream("records/b.json", [&](std::string_view) {
        ++calls;
        return Status(Error{ErrorCode::Io, "sink", "disk full"});
    });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().detail, "disk full");
    EXPECT_EQ(calls, 1);
}

TEST_F(ZipTest, DetectsACrcMismatchWhenReading) {
    RawEntry e = deflated("a.json", std::string(100, 'a'));
    e.crc ^= 1;
    RawZip zip;
    zip.entries = {e};
    auto reader = openBytes(zip.build());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    const auto result = (*reader)->read("a.json", 1000);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Malformed);
    EXPECT_EQ(result.error().field, "a.json");
    EXPECT_EQ(result.error().detail, "CRC-32 mismatch");
}

TEST_F(ZipTest, DetectsAStoredCrcMismatchWhenReading) {
    RawEntry e = stored("a.txt", "hello");
    e.payload = "hellO";
    RawZip zip;
    zip.entries = {e};
    auto reader = openBytes(zip.build());
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ((*reader)->read("a.txt", 100).error().detail, "CRC-32 mismatch");
}

TEST_F(ZipTest, DetectsDeflateDataThatDisagreesWithItsDeclaredSize) {
    RawEntry shorter = deflated("short.txt", std::string(50, 's'));
    shorter.size = 100;
    RawEntry longer = deflated("long.txt", std::string(150, 'l'));
    longer.size = 100;
    RawEntry garbage = deflated("garbage.txt", std::string(100, 'g'));
    garbage.payload += "JUNK";
    garbage.compressedSize += 4;
    RawEntry invalid = stored("invalid.txt", "x");
    invalid.method = 8;
    invalid.payload = "\xFF\xFF\xFF\xFF";
    invalid.compressedSize = 4;
    RawEntry truncated = deflated("truncated.txt", std::string(1000, 't') + "end");
    truncated.payload.resize(truncated.payload.size() - 2);
    truncated.compressedSize -= 2;
    RawZip zip;
    zip.entries = {shorter, longer, garbage, invalid, truncated};
    auto reader = openBytes(zip.build());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    for (const RawEntry& e : zip.entries) {
        const auto result = (*reader)->read(e.name, 1 << 20);
        ASSERT_FALSE(result.ok()) << e.name;
        EXPECT_EQ(result.error().code, ErrorCode::Malformed) << e.name;
        EXPECT_EQ(result.error().field, e.name);
    }
}

// --- hostile names ---------------------------------------------------------------------------------

TEST_F(ZipTest, RefusesPathTraversalAndAbsoluteNames) {
    for (const std::string name : {"../evil", "a/../../evil", "..", "./a", "a/./b", "a/..", "/abs", "/etc/passwd",
                                   "C:x", "c:/windows/x", "a:b", "a\\b", "..\\evil"}) {
        SCOPED_TRACE(name);
        expectEntryRefused(stored(name, "x"));
    }
}

TEST_F(ZipTest, RefusesEmptyAndDirectoryLikeNames) {
    for (const std::string name : {"dir/", "a//b", "a/"}) {
        SCOPED_TRACE(name);
        expectEntryRefused(stored(name, ""));
    }
    RawZip zip;
    zip.entries = {stored("", "x")};
    EXPECT_EQ(expectOpenFails(zip.build()).field, "entry #1");
}

TEST_F(ZipTest, RefusesNamesWithControlCharactersOrBadUtf8WithoutEchoingThem) {
    for (const std::string& name : {std::string("a\0b", 3), std::string("a\nb"), std::string("\xFF.txt"),
                                    std::string("\xC0\xAF"), std::string("\xED\xA0\x80")}) {
        RawZip zip;
        zip.entries = {stored("ok.json", "{}"), stored(name, "x")};
        EXPECT_EQ(expectOpenFails(zip.build()).field, "entry #2");
    }
}

TEST_F(ZipTest, RefusesNonAsciiNamesWithoutTheUtf8Flag) {
    RawEntry e = stored("caf\xC3\xA9.txt", "x");
    e.flags = 0;
    e.localFlags = 0;
    expectEntryRefused(e);
    e.name = "cafe.txt";
    e.localName = "cafe.txt";
    RawZip zip;
    zip.entries = {e};
    EXPECT_TRUE(openBytes(zip.build()).ok());
}

TEST_F(ZipTest, RefusesDuplicateNames) {
    RawZip zip;
    zip.entries = {stored("a.json", "1"), stored("b.json", "2"), stored("a.json", "3")};
    const Error error = expectOpenFails(zip.build());
    EXPECT_EQ(error.field, "a.json");
    EXPECT_EQ(error.detail, "duplicate entry name");
}

TEST_F(ZipTest, RefusesNamesThatDifferOnlyInCase) {
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {"Readme.txt", "README.TXT"},
        {"dir/A.json", "DIR/a.json"},
        {"\xC3\x89t\xC3\xA9.txt", "\xC3\xA9t\xC3\xA9.txt"}, // Été / été
        {"\xD0\x94.txt", "\xD0\xB4.txt"},                   // Cyrillic De
        {"\xE1\xBB\x86.txt", "\xE1\xBB\x87.txt"},           // Vietnamese E with circumflex and dot
        {"\xC5\x81.txt", "\xC5\x82.txt"},                   // Polish L with stroke
    };
    for (const auto& [first, second] : pairs) {
        RawZip zip;
        zip.entries = {stored(first, "1"), stored(second, "2")};
        const Error error = expectOpenFails(zip.build());
        EXPECT_EQ(error.field, second);
        EXPECT_EQ(error.detail, "entry name differs from another only in letter case");
    }
}

TEST_F(ZipTest, RefusesAUnicodePathFieldThatNamesAnotherFile) {
    RawEntry e = stored("safe.txt", "x");
    e.centralExtra = unicodePathExtra("safe.txt", "../evil.txt");
    expectEntryRefused(e);
    RawEntry local = stored("safe.txt", "x");
    local.localExtra = unicodePathExtra("safe.txt", "other.txt");
    expectEntryRefused(local);
    RawEntry same = stored("safe.txt", "x");
    same.centralExtra = unicodePathExtra("safe.txt", "safe.txt");
    RawZip zip;
    zip.entries = {same};
    EXPECT_TRUE(openBytes(zip.build()).ok());
}

// --- hostile entry kinds and headers ----------------------------------------------------------------

TEST_F(ZipTest, RefusesSymlinkEntries) {
    RawEntry e = stored("link", "/etc/passwd");
    e.externalAttributes = 0120777u << 16;
    expectEntryRefused(e);
}

TEST_F(ZipTest, RefusesDirectoryAndOtherNonRegularEntries) {
    RawEntry unixDirectory = stored("dir", "");
    unixDirectory.externalAttributes = 040755u << 16;
    expectEntryRefused(unixDirectory);
    RawEntry dosDirectory = stored("dosdir", "");
    dosDirectory.madeBy = 20; // MS-DOS
    dosDirectory.externalAttributes = 0x10;
    expectEntryRefused(dosDirectory);
    RawEntry fifo = stored("fifo", "");
    fifo.externalAttributes = 010644u << 16;
    expectEntryRefused(fifo);
    RawEntry dosFile = stored("dosfile", "x");
    dosFile.madeBy = 20;
    dosFile.externalAttributes = 0x20; // archive bit only: a plain file
    RawZip zip;
    zip.entries = {dosFile};
    EXPECT_TRUE(openBytes(zip.build()).ok());
}

TEST_F(ZipTest, RefusesEncryptedEntries) {
    RawEntry e = stored("secret.bin", "xxxxxxxxxxxxxxxx");
    e.flags |= 0x01;
    expectEntryRefused(e);
    RawEntry strong = stored("strong.bin", "x");
    strong.flags |= 0x41;
    expectEntryRefused(strong);
}

TEST_F(ZipTest, RefusesUnknownFlagsAndMethods) {
    for (const std::uint16_t method : {1, 12, 14, 93, 99}) {
        RawEntry e = stored(std::to_string(method) + ".bin", "x");
        e.method = method;
        expectEntryRefused(e);
    }
    RawEntry patched = stored("patched", "x");
    patched.flags |= 0x20;
    expectEntryRefused(patched);
}

TEST_F(ZipTest, RefusesEntryComments) {
    RawEntry e = stored("a.txt", "x");
    e.comment = "hidden";
    expectEntryRefused(e);
}

TEST_F(ZipTest, RefusesStoredEntriesWithTwoSizes) {
    RawEntry e = stored("a.txt", "abc");
    e.size = 2;
    expectEntryRefused(e);
}

TEST_F(ZipTest, RefusesLocalHeadersThatDisagreeWithTheCentralDirectory) {
    RawEntry name = stored("a.txt", "x");
    name.localName = "b.txt";
    expectEntryRefused(name);
    RawEntry method = stored("a.txt", "x");
    method.localMethod = 8;
    expectEntryRefused(method);
    RawEntry crc = stored("a.txt", "x");
    crc.localCrc = crc.crc ^ 1;
    expectEntryRefused(crc);
    RawEntry size = deflated("a.txt", "xxxxxxxx");
    size.localSize = 1000;
    expectEntryRefused(size);
    RawEntry compressed = deflated("a.txt", "xxxxxxxx");
    compressed.localCompressedSize = compressed.compressedSize + 1;
    expectEntryRefused(compressed);
    RawEntry flags = stored("a.txt", "x");
    flags.localFlags = 0;
    expectEntryRefused(flags);
    RawEntry descriptor = deflated("a.txt", "xxxxxxxx");
    descriptor.flags |= 0x08;
    descriptor.localCrc = descriptor.localCompressedSize = descriptor.localSize = 0;
    RawEntry wrongDescriptor = descriptor;
    wrongDescriptor.crc ^= 1;
    descriptor.afterData = descriptorFor(wrongDescriptor);
    expectEntryRefused(descriptor);
}

TEST_F(ZipTest, RefusesOverlappingEntries) {
    // The second entry's local header and data sit inside the first entry's data: the classic
    // overlapping-files zip bomb, and a way to show two tools two different files.
    RawEntry inner = stored("inner.txt", "inner");
    const RawEntry outer = stored("outer.txt", "padding!" + localHeaderOf(inner) + inner.payload);
    inner.centralOnly = true;
    inner.offset = 30 + 9 + 8; // outer's local header, its name, "padding!"
    RawZip zip;
    zip.entries = {outer, inner};
    const Error error = expectOpenFails(zip.build());
    EXPECT_EQ(error.field, "inner.txt");
    EXPECT_EQ(error.detail, "entry overlaps another entry");
}

TEST_F(ZipTest, RefusesTwoCentralEntriesForOneLocalHeader) {
    RawEntry twin = stored("b.txt", "x");
    twin.centralOnly = true;
    twin.offset = 0;
    RawZip zip;
    zip.entries = {stored("a.txt", "x"), twin};
    expectOpenFails(zip.build());
}

TEST_F(ZipTest, RefusesEntriesOutsideTheFile) {
    RawZip zip;
    zip.entries = {stored("a.txt", "x")};
    zip.entries[0].offset = 0x7FFFFFF0;
    expectOpenFails(zip.build());
    RawEntry tooLong = stored("b.txt", "abc");
    tooLong.size = tooLong.compressedSize = 100000;
    tooLong.localSize = tooLong.localCompressedSize = 100000;
    zip.entries = {tooLong};
    expectOpenFails(zip.build());
}

TEST_F(ZipTest, RefusesDataBeforeTheFirstEntry) {
    RawZip zip;
    zip.prefix = "MZ a self-extractor stub";
    zip.entries = {stored("a.txt", "x")};
    EXPECT_EQ(expectOpenFails(zip.build()).detail, "data before the first entry");
}

TEST_F(ZipTest, RefusesDataBetweenEntries) {
    RawZip zip;
    zip.entries = {stored("a.txt", "x"), stored("b.txt", "y")};
    zip.entries[0].afterData = "hidden";
    EXPECT_EQ(expectOpenFails(zip.build()).detail, "unaccounted data before the entry");
    zip.entries[0].afterData.clear();
    zip.entries[1].afterData = "hidden";
    EXPECT_EQ(expectOpenFails(zip.build()).detail, "unaccounted data before the central directory");
}

TEST_F(ZipTest, RefusesTrailingDataAndArchiveComments) {
    const std::string valid = smallArchive();
    expectOpenFails(valid + "x");
    expectOpenFails(valid + std::string(1000, '\0'));
    expectOpenFails(valid + valid);
    RawZip zip;
    zip.entries = {stored("a.txt", "x")};
    zip.comment = "a comment";
    expectOpenFails(zip.build());
    zip.comment.clear();
    zip.trailer = "trailing";
    expectOpenFails(zip.build());
}

TEST_F(ZipTest, RefusesAWrongEntryCount) {
    RawZip zip;
    zip.entries = {stored("a.txt", "x"), stored("b.txt", "y")};
    zip.count = 1;
    expectOpenFails(zip.build());
    zip.count = 3;
    expectOpenFails(zip.build());
}

TEST_F(ZipTest, RefusesEveryTruncation) {
    const std::string valid = smallArchive();
    for (std::size_t length = 0; length < valid.size(); ++length) {
        auto reader = openBytes(valid.substr(0, length));
        ASSERT_FALSE(reader.ok()) << "accepted a truncation to " << length << " bytes";
        EXPECT_EQ(reader.error().code, ErrorCode::Malformed) << length;
    }
}

TEST_F(ZipTest, RefusesFilesThatAreNotArchives) {
    expectOpenFails("");
    expectOpenFails("PK");
    expectOpenFails(std::string(100, 'x'));
    const auto missing = ZipReader::open(path("missing.zip"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
}

// --- limits and bombs --------------------------------------------------------------------------------

TEST_F(ZipTest, RefusesTooManyEntries) {
    RawZip zip;
    for (int i = 0; i < 4; ++i)
        zip.entries.push_back(stored(std::to_string(i) + ".txt", "x"));
    const Error error = expectOpenFails(zip.build(), ErrorCode::Refused, ZipLimits{.maxEntries = 3});
    EXPECT_EQ(error.field, "raw.zip");
    EXPECT_TRUE(openBytes(zip.build(), ZipLimits{.maxEntries = 4}).ok());
}

TEST_F(ZipTest, RefusesEntriesDeclaredLargerThanTheLimits) {
    RawZip zip;
    zip.entries = {stored("a.bin", std::string(1000, 'a')), stored("b.bin", std::string(1000, 'b'))};
    const Error entry = expectOpenFails(zip.build(), ErrorCode::Refused, ZipLimits{.maxEntrySize = 999});
    EXPECT_EQ(entry.field, "a.bin");
    const Error total = expectOpenFails(zip.build(), ErrorCode::Refused, ZipLimits{.maxTotalSize = 1999});
    EXPECT_EQ(total.field, "b.bin");
    EXPECT_TRUE(openBytes(zip.build(), ZipLimits{.maxEntrySize = 1000, .maxTotalSize = 2000}).ok());
}

TEST_F(ZipTest, RefusesAHighCompressionRatioButExemptsSmallEntries) {
    RawZip zip;
    zip.entries = {deflated("zeros.bin", std::string(1u << 20, '\0'))};
    const Error error = expectOpenFails(zip.build(), ErrorCode::Refused);
    EXPECT_EQ(error.field, "zeros.bin");
    zip.entries = {deflated("small-zeros.bin", std::string(60000, '\0'))};
    EXPECT_TRUE(openBytes(zip.build()).ok());
}

TEST_F(ZipTest, TheZeroBombIsAValidDeflateStream) {
    // Proves the bomb below is real: with limits that allow it, 16 MiB inflate cleanly.
    RawEntry e;
    e.name = "zeros.bin";
    e.method = 8;
    e.payload = zeroBomb(16);
    e.compressedSize = static_cast<std::uint32_t>(e.payload.size());
    e.size = 16u << 20;
    e.crc = crcOfZeros(e.size);
    RawZip zip;
    zip.entries = {e};
    auto reader = openBytes(zip.build(), ZipLimits{.maxRatio = 100000});
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    std::uint64_t total = 0;
    ASSERT_TRUE((*reader)
                    ->stream("zeros.bin",
                             [&](std::string_view chunk) {
                                 total += chunk.size();
                                 return Status{};
                             })
                    .ok());
    EXPECT_EQ(total, e.size);
}

TEST_F(ZipTest, RefusesABombDeclaredAtItsRealSizeBeforeInflating) {
    RawEntry e;
    e.name = "bomb.bin";
    e.method = 8;
    e.payload = zeroBomb(1024); // 1 GiB of zeros in about a megabyte
    e.compressedSize = static_cast<std::uint32_t>(e.payload.size());
    e.size = 1u << 30;
    e.crc = crcOfZeros(e.size);
    RawZip zip;
    zip.entries = {e};
    const std::string bytes = zip.build();
    EXPECT_EQ(expectOpenFails(bytes, ErrorCode::Refused).field, "bomb.bin"); // the ratio
    expectOpenFails(bytes, ErrorCode::Refused, ZipLimits{.maxEntrySize = 512u << 20, .maxRatio = 100000});
    // Limits that let it open still leave read() bounded by the caller's maximum.
    auto reader = openBytes(bytes, ZipLimits{.maxRatio = 100000});
    ASSERT_TRUE(reader.ok()) << reader.error().toString();
    const auto content = (*reader)->read("bomb.bin", 16u << 20);
    ASSERT_FALSE(content.ok());
    EXPECT_EQ(content.error().code, ErrorCode::Refused);
}

TEST_F(ZipTest, StopsABombDeclaredSmallAsSoonAsItOutgrowsItsSize) {
    // 4 GiB of zeros declared as 1000 bytes: the declared ratio is harmless, the data is not.
    RawEntry e;
    e.name = "bomb.bin";
    e.method = 8;
    e.payload = zeroBomb(4096);
    e.compressedSize = static_cast<std::uint32_t>(e.payload.size());
    e.size = 1000;
    e.crc = crcOfZeros(1000);
    RawZip zip;
    zip.entries = {e};
    auto reader = openBytes(zip.build());
    ASSERT_TRUE(reader.ok()) << reader.error().toString();

    const auto start = std::chrono::steady_clock::now();
    std::uint64_t delivered = 0;
    const Status status = (*reader)->stream("bomb.bin", [&](std::string_view chunk) {
        delivered += chunk.size();
        return Status{};
    });
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Malformed);
    EXPECT_EQ(status.error().detail, "data inflates beyond its declared size");
    EXPECT_LE(delivered, 1000u);
    // Inflating all 4 GiB takes seconds; stopping at the first 64 KiB takes microseconds.
    EXPECT_LT(elapsed, std::chrono::seconds(1));

    const auto content = (*reader)->read("bomb.bin", 1000);
    ASSERT_FALSE(content.ok());
    EXPECT_EQ(content.error().code, ErrorCode::Malformed);
}

} // namespace
} // namespace lintas::exchange
