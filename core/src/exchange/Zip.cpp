// Makes zlib's input pointers const, so that read-only buffers need no casts.
#define ZLIB_CONST

#include "lintas/exchange/Zip.h"

#include "exchange/Utf8.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <sys/types.h>
#include <unordered_map>
#include <zlib.h>

// Layout of the records below: PKWARE APPNOTE.TXT 6.3.x, sections 4.3 (records) and 4.5 (extra
// fields). All integers are little-endian.
namespace lintas::exchange {
namespace {

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kZip64EndSignature = 0x06064b50;
constexpr std::uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr std::uint32_t kDataDescriptorSignature = 0x08074b50;

constexpr std::size_t kLocalHeaderSize = 30;
constexpr std::size_t kCentralHeaderSize = 46;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kZip64EndSize = 56;
constexpr std::size_t kZip64LocatorSize = 20;
constexpr std::uint64_t kZip64EndRecordRest = kZip64EndSize - 12; ///< its "size of record" field

constexpr std::uint16_t kZip64ExtraId = 0x0001;
constexpr std::uint16_t kUnicodePathExtraId = 0x7075; ///< Info-ZIP: some tools prefer it to the name

constexpr std::uint16_t kMethodStored = 0;
constexpr std::uint16_t kMethodDeflate = 8;

constexpr std::uint16_t kFlagEncrypted = 1u << 0;
constexpr std::uint16_t kFlagDataDescriptor = 1u << 3;
constexpr std::uint16_t kFlagStrongEncryption = 1u << 6;
constexpr std::uint16_t kFlagUtf8 = 1u << 11;
/// Bits 1 and 2 only record the deflate level; anything else not named here changes how the data
/// must be read (patched data, masked headers…) and is refused.
constexpr std::uint16_t kAcceptedFlags = (1u << 1) | (1u << 2) | kFlagDataDescriptor | kFlagUtf8;

constexpr std::uint16_t kVersionDefault = 20; ///< PKZIP 2.0: deflate
constexpr std::uint16_t kVersionZip64 = 45;
constexpr std::uint16_t kHostUnix = 3;
constexpr std::uint16_t kHostMacOs = 19;
constexpr std::uint16_t kVersionMadeBy = (kHostUnix << 8) | kVersionZip64;
constexpr std::uint32_t kUnixFileTypeMask = 0170000;
constexpr std::uint32_t kUnixRegularFile = 0100000;
constexpr std::uint32_t kUnixSymlink = 0120000;
constexpr std::uint32_t kUnixDirectory = 0040000;
constexpr std::uint32_t kWrittenExternalAttributes = (kUnixRegularFile | 0644u) << 16;
constexpr std::uint32_t kDosDirectoryAttribute = 0x10;

// The writer stamps every entry with 1980-01-01 00:00, the DOS epoch: the same content then gives
// the same bytes, which matters for files that get signed and compared.
constexpr std::uint16_t kDosTime = 0;
constexpr std::uint16_t kDosDate = (1u << 5) | 1u;

constexpr std::uint32_t kMax16 = 0xFFFF;
constexpr std::uint32_t kMax32 = 0xFFFFFFFF; ///< also the "see the ZIP64 extra field" marker
constexpr std::size_t kChunkSize = std::size_t{64} * 1024;
constexpr std::uint64_t kRatioExemptSize = std::uint64_t{64} * 1024;

Error malformed(std::string field, std::string detail) {
    return Error{ErrorCode::Malformed, std::move(field), std::move(detail)};
}

Error refused(std::string field, std::string detail) {
    return Error{ErrorCode::Refused, std::move(field), std::move(detail)};
}

Error ioError(std::string field, std::string detail) {
    return Error{ErrorCode::Io, std::move(field), std::move(detail)};
}

// ---------------------------------------------------------------------------------------------
// Little-endian bytes

/// Appends little-endian integers to a byte string.
class ByteWriter {
public:
    void u16(std::uint32_t v) { put(v, 2); }
    void u32(std::uint64_t v) { put(v, 4); }
    void u64(std::uint64_t v) { put(v, 8); }
    void bytes(std::string_view s) { m_out.append(s); }
    [[nodiscard]] const std::string& str() const { return m_out; }

private:
    void put(std::uint64_t v, int width) {
        for (int i = 0; i < width; ++i)
            m_out.push_back(static_cast<char>((v >> (8 * i)) & 0xFFu));
    }
    std::string m_out;
};

/// Reads little-endian integers from a byte string; reading past the end sets a sticky flag
/// instead of touching memory, so a parser checks once at the end of a record.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : m_bytes(bytes) {}
    std::uint16_t u16() { return static_cast<std::uint16_t>(get(2)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(get(4)); }
    std::uint64_t u64() { return get(8); }
    std::string_view bytes(std::size_t n) {
        if (n > left()) {
            m_overrun = true;
            m_pos = m_bytes.size();
            return {};
        }
        const auto out = m_bytes.substr(m_pos, n);
        m_pos += n;
        return out;
    }
    [[nodiscard]] std::size_t left() const { return m_bytes.size() - m_pos; }
    [[nodiscard]] bool overrun() const { return m_overrun; }

private:
    std::uint64_t get(std::size_t width) {
        const auto raw = bytes(width);
        std::uint64_t v = 0;
        for (std::size_t i = raw.size(); i > 0; --i)
            v = (v << 8) | static_cast<unsigned char>(raw[i - 1]);
        return v;
    }
    std::string_view m_bytes;
    std::size_t m_pos = 0;
    bool m_overrun = false;
};

// ---------------------------------------------------------------------------------------------
// Files

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

FilePtr openFile(const std::string& path, const char* mode) {
    return FilePtr(std::fopen(path.c_str(), mode));
}

bool seekTo(std::FILE* f, std::uint64_t offset) {
    return offset <= static_cast<std::uint64_t>(std::numeric_limits<off_t>::max()) &&
           fseeko(f, static_cast<off_t>(offset), SEEK_SET) == 0;
}

/// Reads exactly `n` bytes at `offset`; false on a short read.
bool readAt(std::FILE* f, std::uint64_t offset, std::string& out, std::size_t n) {
    out.resize(n);
    return seekTo(f, offset) && std::fread(out.data(), 1, n, f) == n;
}

bool writeAll(std::FILE* f, std::string_view bytes) {
    return std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
}

std::uint32_t crc32Update(std::uint32_t crc, std::string_view bytes) {
    return static_cast<std::uint32_t>(
        ::crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

// ---------------------------------------------------------------------------------------------
// Entry names

/// Simple case folding for the scripts a bundle name is likely to use: ASCII, Latin-1, Latin
/// Extended-A and Extended Additional (Vietnamese), basic Greek and Cyrillic. Other letters compare
/// exactly. The point is to refuse names that one case-insensitive file system would merge.
char32_t foldCase(char32_t c) {
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 0x20;
    if ((c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return c | 1u; // upper case even, lower case odd
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return (c & 1u) != 0 ? c + 1 : c; // upper case odd, lower case even
    if (c == 0x178)
        return 0xFF;
    if (c == 0x17F)
        return 's';
    if ((c >= 0x391 && c <= 0x3AB && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
        return c + 0x20;
    if (c == 0x3C2)
        return 0x3C3; // final sigma
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF))
        return c | 1u;
    return c;
}

std::string foldName(std::string_view name) {
    std::string folded;
    folded.reserve(name.size());
    for (std::size_t pos = 0; pos < name.size();) {
        const std::size_t length = utf8::sequenceLength(name, pos);
        utf8::append(folded, foldCase(utf8::decode(name, pos, length)));
        pos += length;
    }
    return folded;
}

/// Why `name` cannot be an entry name, or nullptr when it can. The rules make every accepted name
/// a plain relative path that means the same file on Linux, macOS and Windows.
const char* nameProblem(std::string_view name) {
    if (name.empty())
        return "empty entry name";
    if (name.size() > kMax16)
        return "entry name longer than 65535 bytes";
    if (!utf8::isValid(name))
        return "entry name is not valid UTF-8";
    for (const char c : name) {
        if (c == '\0')
            return "NUL in entry name";
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return "control character in entry name";
        if (c == '\\')
            return "backslash in entry name";
    }
    if (name.front() == '/')
        return "absolute entry name";
    const auto isLetter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    if (name.size() >= 2 && isLetter(name[0]) && name[1] == ':')
        return "drive letter in entry name";
    // Elsewhere a colon names an NTFS alternate data stream ("a.json:hidden").
    if (name.find(':') != std::string_view::npos)
        return "colon in entry name";
    if (name.back() == '/')
        return "directory entry";
    for (std::size_t start = 0; start <= name.size();) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        const std::string_view segment = name.substr(start, end - start);
        if (segment.empty())
            return "empty path segment in entry name";
        if (segment == "." || segment == "..")
            return "'.' or '..' segment in entry name";
        start = end + 1;
    }
    return nullptr;
}

/// Detects names that repeat an earlier one exactly or after case folding.
class NameSet {
public:
    /// Why `name` clashes with an earlier name, or nullptr after remembering it.
    const char* insert(const std::string& name) {
        const auto [it, inserted] = m_byFolded.emplace(foldName(name), name);
        if (inserted)
            return nullptr;
        return it->second == name ? "duplicate entry name" : "entry name differs from another only in letter case";
    }

private:
    std::unordered_map<std::string, std::string> m_byFolded;
};

// ---------------------------------------------------------------------------------------------
// Extra fields

/// The values an entry's ZIP64 extra field replaces: each is read only when the corresponding
/// 32-bit header field holds the 0xFFFFFFFF marker, in this order.
struct Zip64Values {
    std::uint64_t size = 0;
    std::uint64_t compressedSize = 0;
    std::uint64_t offset = 0;
    bool present = false;
};

/// Walks an extra-field block: checks that the fields tile it exactly, that no field repeats,
/// reads the ZIP64 field, and requires an Info-ZIP Unicode Path field to repeat the entry name
/// (a reader that prefers it would otherwise extract another name than the one checked here).
/// `wantSize`/`wantCompressed`/`wantOffset` say which ZIP64 values the header defers.
Result<Zip64Values> parseExtra(std::string_view extra, const std::string& name, bool wantSize, bool wantCompressed,
                               bool wantOffset) {
    Zip64Values zip64;
    std::vector<std::uint16_t> seenIds;
    ByteReader reader(extra);
    while (reader.left() > 0) {
        const std::uint16_t id = reader.u16();
        const std::uint16_t length = reader.u16();
        const std::string_view data = reader.bytes(length);
        if (reader.overrun())
            return malformed(name, "extra field runs past its block");
        if (std::find(seenIds.begin(), seenIds.end(), id) != seenIds.end())
            return malformed(name, "repeated extra field");
        seenIds.push_back(id);
        if (id == kZip64ExtraId) {
            ByteReader values(data);
            zip64.present = true;
            if (wantSize)
                zip64.size = values.u64();
            if (wantCompressed)
                zip64.compressedSize = values.u64();
            if (wantOffset)
                zip64.offset = values.u64();
            if (values.overrun())
                return malformed(name, "ZIP64 extra field too short");
        } else if (id == kUnicodePathExtraId) {
            ByteReader unicode(data);
            const std::string_view version = unicode.bytes(1);
            unicode.u32(); // CRC-32 of the header name
            const std::string_view unicodeName = unicode.bytes(unicode.left());
            if (unicode.overrun() || version != "\x01" || unicodeName != name)
                return malformed(name, "Unicode path extra field differs from the entry name");
        }
    }
    if ((wantSize || wantCompressed || wantOffset) && !zip64.present)
        return malformed(name, "ZIP64 marker without a ZIP64 extra field");
    return zip64;
}

// ---------------------------------------------------------------------------------------------
// Deflate and inflate streams

/// A raw deflate stream (no zlib header: ZIP has its own CRC-32), released on destruction.
class Deflater {
public:
    Deflater() {
        m_ok = deflateInit2(&m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater() {
        if (m_ok)
            deflateEnd(&m_stream);
    }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }

    /// Compresses `input` (finishing the stream when `last`), passing each output chunk to `out`.
    template <typename Out> bool run(std::string_view input, bool last, Out&& out) {
        m_stream.next_in = reinterpret_cast<const Bytef*>(input.data());
        m_stream.avail_in = static_cast<uInt>(input.size());
        for (;;) {
            m_stream.next_out = reinterpret_cast<Bytef*>(m_buffer.data());
            m_stream.avail_out = static_cast<uInt>(m_buffer.size());
            const int rc = deflate(&m_stream, last ? Z_FINISH : Z_NO_FLUSH);
            if (rc == Z_STREAM_ERROR)
                return false;
            const std::size_t produced = m_buffer.size() - m_stream.avail_out;
            if (produced > 0 && !out(std::string_view(m_buffer.data(), produced)))
                return false;
            if (last ? rc == Z_STREAM_END : (m_stream.avail_in == 0 && m_stream.avail_out != 0))
                return true;
        }
    }

private:
    z_stream m_stream{};
    bool m_ok = false;
    std::string m_buffer = std::string(kChunkSize, '\0');
};

/// A raw inflate stream, released on destruction.
class Inflater {
public:
    Inflater() { m_ok = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK; }
    ~Inflater() {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] z_stream& stream() { return m_stream; }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

/// Hands out the next chunk of an entry's content; an empty view means the end.
using ChunkSource = std::function<Result<std::string_view>()>;
/// Pushes an entry's content, chunk by chunk, into the writer it is given.
using ChunkProducer = ZipWriter::ContentProducer;

// ---------------------------------------------------------------------------------------------
// Archive layout, read side

/// What the central directory says about an entry, and where its data starts.
struct EntryRecord {
    ZipEntry entry;
    std::uint16_t flags = 0;
    std::uint64_t localOffset = 0;
    std::uint64_t dataOffset = 0; ///< filled in once the local header is checked
};

struct EndOfCentralDirectory {
    std::uint64_t entryCount = 0;
    std::uint64_t directorySize = 0;
    std::uint64_t directoryOffset = 0;
    std::uint64_t directoryEnd = 0; ///< where the central directory must stop
};

} // namespace

// ---------------------------------------------------------------------------------------------
// ZipWriter

struct ZipWriter::Impl {
    /// What the central directory needs to repeat about an entry.
    struct Written {
        std::string name;
        std::uint16_t method = kMethodStored;
        std::uint32_t crc = 0;
        std::uint64_t compressedSize = 0;
        std::uint64_t size = 0;
        std::uint64_t offset = 0;
    };

    FilePtr file;
    std::string path;
    std::string field; ///< the archive's file name, for errors about the whole archive
    std::uint64_t position = 0;
    std::vector<Written> entries;
    NameSet names;
    bool failed = false;
    bool finished = false;

    Status usable(const std::string& errorField) const {
        if (finished)
            return Error{ErrorCode::Internal, errorField, "archive already finished"};
        if (failed)
            return ioError(errorField, "an earlier write to the archive failed");
        return {};
    }

    Status checkName(const std::string& name) {
        if (const char* problem = nameProblem(name))
            return validationError(name, problem);
        if (const char* problem = names.insert(name))
            return validationError(name, problem);
        return {};
    }

    bool append(std::string_view bytes) {
        if (!writeAll(file.get(), bytes))
            return false;
        position += bytes.size();
        return true;
    }

    /// Writes one entry: a local header with placeholder CRC and sizes, the data as it comes from
    /// `source` (compressed or not), then the header again with the real values. `expectedSize`
    /// decides up front whether the local header needs a ZIP64 field; the source must deliver
    /// exactly that many bytes.
    Status writeEntry(const std::string& name, std::uint64_t expectedSize, bool compress, const ChunkSource& source) {
        return writeEntry(name, expectedSize, compress, ChunkProducer([&](const ZipWriter::ContentWriter& feed) -> Status {
            for (;;) {
                auto chunk = source();
                if (!chunk)
                    return chunk.error();
                if (chunk.value().empty())
                    return {};
                if (auto fed = feed(chunk.value()); !fed)
                    return fed;
            }
        }));
    }

    /// As above, with the content pushed by `produce` instead of pulled from a source.
    Status writeEntry(const std::string& name, std::uint64_t expectedSize, bool compress, const ChunkProducer& produce) {
        // Mark the writer failed until the entry is complete: a half-written entry cannot be
        // taken back, so nothing may be appended after it.
        failed = true;
        Written written{name, compress ? kMethodDeflate : kMethodStored, 0, 0, 0, position};
        const bool localZip64 = (compress ? compressBound(expectedSize) : expectedSize) >= kMax32;

        ByteWriter header;
        header.u32(kLocalHeaderSignature);
        header.u16(localZip64 ? kVersionZip64 : kVersionDefault);
        header.u16(kFlagUtf8);
        header.u16(written.method);
        header.u16(kDosTime);
        header.u16(kDosDate);
        header.u32(0); // CRC-32, patched below
        header.u32(localZip64 ? kMax32 : 0);
        header.u32(localZip64 ? kMax32 : 0);
        header.u16(static_cast<std::uint32_t>(name.size()));
        header.u16(localZip64 ? 20 : 0);
        header.bytes(name);
        if (localZip64) {
            header.u16(kZip64ExtraId);
            header.u16(16);
            header.u64(0); // size, patched below
            header.u64(0); // compressed size, patched below
        }
        if (!append(header.str()))
            return ioError(name, "cannot write the archive");

        std::uint64_t consumed = 0;
        std::uint32_t crc = crc32Update(0, {});
        const std::uint64_t dataStart = position;
        std::optional<Deflater> deflater;
        if (compress && !deflater.emplace().ok())
            return Error{ErrorCode::Internal, name, "cannot start zlib deflate"};
        const auto emit = [this](std::string_view bytes) { return append(bytes); };
        const ZipWriter::ContentWriter feed = [&](std::string_view data) -> Status {
            if (data.empty())
                return {};
            consumed += data.size();
            if (consumed > expectedSize)
                return ioError(name, "source changed while being added");
            crc = crc32Update(crc, data);
            if (!(deflater ? deflater->run(data, false, emit) : emit(data)))
                return ioError(name, "cannot write the archive");
            return {};
        };
        if (auto produced = produce(feed); !produced)
            return produced;
        if (deflater && !deflater->run({}, true, emit))
            return ioError(name, "cannot write the archive");
        if (consumed != expectedSize)
            return ioError(name, "source changed while being added");
        written.crc = crc;
        written.size = consumed;
        written.compressedSize = position - dataStart;
        if (!localZip64 && (written.size >= kMax32 || written.compressedSize >= kMax32))
            return Error{ErrorCode::Internal, name, "entry outgrew its local header"};

        // Patch the CRC-32 and the sizes, in the header itself or in its ZIP64 field.
        ByteWriter patch;
        patch.u32(crc);
        if (!localZip64) {
            patch.u32(written.compressedSize);
            patch.u32(written.size);
        }
        bool patched = seekTo(file.get(), written.offset + 14) && writeAll(file.get(), patch.str());
        if (patched && localZip64) {
            ByteWriter sizes;
            sizes.u64(written.size);
            sizes.u64(written.compressedSize);
            patched = seekTo(file.get(), written.offset + kLocalHeaderSize + name.size() + 4) &&
                      writeAll(file.get(), sizes.str());
        }
        if (!patched || !seekTo(file.get(), position))
            return ioError(name, "cannot write the archive");
        entries.push_back(std::move(written));
        failed = false;
        return {};
    }

    Status writeDirectory() {
        const std::uint64_t directoryOffset = position;
        for (const Written& e : entries) {
            const bool bigSize = e.size >= kMax32;
            const bool bigCompressed = e.compressedSize >= kMax32;
            const bool bigOffset = e.offset >= kMax32;
            const bool zip64 = bigSize || bigCompressed || bigOffset;
            ByteWriter extra;
            if (zip64) {
                extra.u16(kZip64ExtraId);
                extra.u16(8u * (static_cast<unsigned>(bigSize) + static_cast<unsigned>(bigCompressed) +
                                static_cast<unsigned>(bigOffset)));
                if (bigSize)
                    extra.u64(e.size);
                if (bigCompressed)
                    extra.u64(e.compressedSize);
                if (bigOffset)
                    extra.u64(e.offset);
            }
            ByteWriter header;
            header.u32(kCentralHeaderSignature);
            header.u16(kVersionMadeBy);
            header.u16(zip64 ? kVersionZip64 : kVersionDefault);
            header.u16(kFlagUtf8);
            header.u16(e.method);
            header.u16(kDosTime);
            header.u16(kDosDate);
            header.u32(e.crc);
            header.u32(std::min<std::uint64_t>(e.compressedSize, kMax32));
            header.u32(std::min<std::uint64_t>(e.size, kMax32));
            header.u16(static_cast<std::uint32_t>(e.name.size()));
            header.u16(static_cast<std::uint32_t>(extra.str().size()));
            header.u16(0); // comment length
            header.u16(0); // disk number
            header.u16(0); // internal attributes
            header.u32(kWrittenExternalAttributes);
            header.u32(std::min<std::uint64_t>(e.offset, kMax32));
            header.bytes(e.name);
            header.bytes(extra.str());
            if (!append(header.str()))
                return ioError(field, "cannot write the archive");
        }
        const std::uint64_t directorySize = position - directoryOffset;
        const std::uint64_t count = entries.size();

        ByteWriter end;
        // ZIP64 end records also when the count is exactly 0xFFFF, which readers could otherwise
        // take for the "see ZIP64" marker.
        if (count >= kMax16 || directorySize >= kMax32 || directoryOffset >= kMax32) {
            const std::uint64_t zip64EndOffset = position;
            end.u32(kZip64EndSignature);
            end.u64(kZip64EndRecordRest);
            end.u16(kVersionMadeBy);
            end.u16(kVersionZip64);
            end.u32(0); // this disk
            end.u32(0); // disk with the central directory
            end.u64(count);
            end.u64(count);
            end.u64(directorySize);
            end.u64(directoryOffset);
            end.u32(kZip64LocatorSignature);
            end.u32(0);
            end.u64(zip64EndOffset);
            end.u32(1); // total disks
        }
        end.u32(kEndSignature);
        end.u16(0);
        end.u16(0);
        end.u16(std::min<std::uint64_t>(count, kMax16));
        end.u16(std::min<std::uint64_t>(count, kMax16));
        end.u32(std::min<std::uint64_t>(directorySize, kMax32));
        end.u32(std::min<std::uint64_t>(directoryOffset, kMax32));
        end.u16(0); // comment length
        if (!append(end.str()))
            return ioError(field, "cannot write the archive");
        return {};
    }
};

ZipWriter::ZipWriter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

ZipWriter::~ZipWriter() {
    m_impl->file.reset();
    // An unfinished archive has no central directory: remove it rather than leave a file that
    // looks like a bundle but is not one.
    if (!m_impl->finished)
        std::remove(m_impl->path.c_str());
}

Result<std::unique_ptr<ZipWriter>> ZipWriter::create(const std::string& path) {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->field = std::filesystem::path(path).filename().string();
    impl->file = openFile(path, "wbe");
    if (!impl->file)
        return ioError(impl->field, "cannot create the archive");
    return std::unique_ptr<ZipWriter>(new ZipWriter(std::move(impl)));
}

Status ZipWriter::add(const std::string& name, std::string_view data, bool compress) {
    LINTAS_TRY(m_impl->usable(name));
    LINTAS_TRY(m_impl->checkName(name));
    std::size_t offset = 0;
    return m_impl->writeEntry(name, data.size(), compress, [&]() -> Result<std::string_view> {
        const std::string_view chunk = data.substr(offset, kChunkSize);
        offset += chunk.size();
        return chunk;
    });
}

Status ZipWriter::addFile(const std::string& name, const std::string& sourcePath, bool compress) {
    LINTAS_TRY(m_impl->usable(name));
    std::error_code ec;
    const std::uint64_t size = std::filesystem::file_size(sourcePath, ec);
    FilePtr source = openFile(sourcePath, "rbe");
    if (ec || !source)
        return ioError(name, "cannot read the source file");
    LINTAS_TRY(m_impl->checkName(name));
    std::string buffer(kChunkSize, '\0');
    return m_impl->writeEntry(name, size, compress, [&]() -> Result<std::string_view> {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), source.get());
        if (n == 0 && std::ferror(source.get()))
            return ioError(name, "cannot read the source file");
        return std::string_view(buffer.data(), n);
    });
}

Status ZipWriter::addProduced(const std::string& name, std::uint64_t size, const ContentProducer& produce,
                              bool compress) {
    LINTAS_TRY(m_impl->usable(name));
    LINTAS_TRY(m_impl->checkName(name));
    return m_impl->writeEntry(name, size, compress, produce);
}

Status ZipWriter::finish() {
    LINTAS_TRY(m_impl->usable(m_impl->field));
    m_impl->failed = true;
    LINTAS_TRY(m_impl->writeDirectory());
    const bool flushed = std::fflush(m_impl->file.get()) == 0;
    const bool closed = std::fclose(m_impl->file.release()) == 0;
    if (!flushed || !closed)
        return ioError(m_impl->field, "cannot write the archive");
    m_impl->failed = false;
    m_impl->finished = true;
    return {};
}

// ---------------------------------------------------------------------------------------------
// ZipReader

struct ZipReader::Impl {
    FilePtr file;
    std::string field;
    ZipLimits limits;
    std::uint64_t fileSize = 0;
    std::vector<ZipEntry> entries;
    std::vector<EntryRecord> records; ///< parallel to `entries`
    std::map<std::string, std::size_t, std::less<>> byName;

    Result<EndOfCentralDirectory> readEnd() {
        if (fileSize < kEndSize)
            return malformed(field, "file too short to be a ZIP archive");
        std::string bytes;
        if (!readAt(file.get(), fileSize - kEndSize, bytes, kEndSize))
            return ioError(field, "cannot read the archive");
        ByteReader end(bytes);
        // The end record must be the last 22 bytes: no archive comment and nothing appended,
        // so no bytes of the file escape the checks below.
        if (end.u32() != kEndSignature)
            return malformed(field, "no end-of-central-directory record at the end of the file "
                                    "(truncated, trailing data or an archive comment)");
        const std::uint16_t disk = end.u16();
        const std::uint16_t directoryDisk = end.u16();
        const std::uint16_t countOnDisk = end.u16();
        const std::uint16_t count = end.u16();
        const std::uint32_t directorySize = end.u32();
        const std::uint32_t directoryOffset = end.u32();
        if (end.u16() != 0)
            return malformed(field, "archive comment");

        EndOfCentralDirectory result{count, directorySize, directoryOffset, fileSize - kEndSize};
        // ZIP64 records are looked for only when a field holds its "see ZIP64" marker, so that the
        // last bytes of an ordinary central directory are never mistaken for a locator. Without a
        // locator the markers are taken literally (65535 entries are possible without ZIP64).
        const bool markers = count == kMax16 || countOnDisk == kMax16 || disk == kMax16 || directoryDisk == kMax16 ||
                             directorySize == kMax32 || directoryOffset == kMax32;
        std::string locator;
        const bool hasLocator =
            markers && fileSize >= kEndSize + kZip64LocatorSize + kZip64EndSize &&
            readAt(file.get(), fileSize - kEndSize - kZip64LocatorSize, locator, kZip64LocatorSize) &&
            ByteReader(locator).u32() == kZip64LocatorSignature;
        if (!hasLocator) {
            if (disk != 0 || directoryDisk != 0 || countOnDisk != count)
                return malformed(field, "multi-disk archive");
            return result;
        }

        ByteReader loc(locator);
        loc.u32();
        const std::uint32_t zip64Disk = loc.u32();
        const std::uint64_t zip64EndOffset = loc.u64();
        const std::uint32_t totalDisks = loc.u32();
        const std::uint64_t expectedZip64EndOffset = fileSize - kEndSize - kZip64LocatorSize - kZip64EndSize;
        if (zip64Disk != 0 || totalDisks != 1)
            return malformed(field, "multi-disk archive");
        if (zip64EndOffset != expectedZip64EndOffset)
            return malformed(field, "ZIP64 end record is not right before its locator");
        std::string zip64Bytes;
        if (!readAt(file.get(), zip64EndOffset, zip64Bytes, kZip64EndSize))
            return ioError(field, "cannot read the archive");
        ByteReader zip64(zip64Bytes);
        if (zip64.u32() != kZip64EndSignature || zip64.u64() != kZip64EndRecordRest)
            return malformed(field, "bad ZIP64 end-of-central-directory record");
        zip64.u16(); // version made by
        zip64.u16(); // version needed
        const std::uint32_t zip64ThisDisk = zip64.u32();
        const std::uint32_t zip64DirectoryDisk = zip64.u32();
        const std::uint64_t zip64CountOnDisk = zip64.u64();
        result.entryCount = zip64.u64();
        result.directorySize = zip64.u64();
        result.directoryOffset = zip64.u64();
        result.directoryEnd = zip64EndOffset;
        if (zip64ThisDisk != 0 || zip64DirectoryDisk != 0 || zip64CountOnDisk != result.entryCount)
            return malformed(field, "multi-disk archive");
        // The 32-bit record must either defer to the ZIP64 one or agree with it.
        const auto agrees = [](std::uint64_t small, std::uint64_t marker, std::uint64_t big) {
            return small == marker || small == big;
        };
        if (!agrees(count, kMax16, result.entryCount) || !agrees(countOnDisk, kMax16, result.entryCount) ||
            !agrees(directorySize, kMax32, result.directorySize) ||
            !agrees(directoryOffset, kMax32, result.directoryOffset) || (disk != 0 && disk != kMax16) ||
            (directoryDisk != 0 && directoryDisk != kMax16))
            return malformed(field, "end record and ZIP64 end record disagree");
        return result;
    }

    /// Parses one central directory header from the current file position.
    Result<EntryRecord> readCentralHeader(std::size_t index, std::uint64_t& remaining) {
        std::string fixed(kCentralHeaderSize, '\0');
        if (remaining < kCentralHeaderSize || std::fread(fixed.data(), 1, fixed.size(), file.get()) != fixed.size())
            return malformed(field, "central directory is truncated");
        ByteReader header(fixed);
        if (header.u32() != kCentralHeaderSignature)
            return malformed(field, "bad central directory header signature");
        const std::uint16_t madeBy = header.u16();
        header.u16(); // version needed: the checks below decide what can be read
        EntryRecord record;
        record.flags = header.u16();
        const std::uint16_t method = header.u16();
        header.u16(); // time
        header.u16(); // date
        record.entry.crc32 = header.u32();
        const std::uint32_t compressedSize = header.u32();
        const std::uint32_t size = header.u32();
        const std::uint16_t nameLength = header.u16();
        const std::uint16_t extraLength = header.u16();
        const std::uint16_t commentLength = header.u16();
        const std::uint16_t diskStart = header.u16();
        header.u16(); // internal attributes
        const std::uint32_t externalAttributes = header.u32();
        const std::uint32_t localOffset = header.u32();

        const std::size_t variableLength = std::size_t{nameLength} + extraLength + commentLength;
        std::string variable(variableLength, '\0');
        if (remaining - kCentralHeaderSize < variableLength ||
            std::fread(variable.data(), 1, variable.size(), file.get()) != variable.size())
            return malformed(field, "central directory is truncated");
        remaining -= kCentralHeaderSize + variableLength;

        const std::string rawName = variable.substr(0, nameLength);
        // A name that is not clean text is not echoed back in errors: it is numbered instead.
        const bool printable = !rawName.empty() && utf8::isValid(rawName) &&
                               std::none_of(rawName.begin(), rawName.end(),
                                            [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
        const std::string name = printable ? rawName : "entry #" + std::to_string(index + 1);
        if (const char* problem = nameProblem(rawName))
            return malformed(name, problem);
        if ((record.flags & kFlagUtf8) == 0 &&
            std::any_of(rawName.begin(), rawName.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            return malformed(name, "non-ASCII entry name without the UTF-8 flag");
        record.entry.name = rawName;

        if ((record.flags & (kFlagEncrypted | kFlagStrongEncryption)) != 0)
            return malformed(name, "encrypted entry");
        if ((record.flags & ~kAcceptedFlags) != 0)
            return malformed(name, "unsupported general-purpose flags");
        if (method != kMethodStored && method != kMethodDeflate)
            return malformed(name, "compression method " + std::to_string(method) + " is not supported");
        record.entry.deflated = method == kMethodDeflate;
        if (commentLength != 0)
            return malformed(name, "entry comment");

        const std::uint16_t host = madeBy >> 8;
        const std::uint32_t unixMode = externalAttributes >> 16;
        if ((externalAttributes & kDosDirectoryAttribute) != 0)
            return malformed(name, "directory entry");
        // Some writers (Python's zipfile among them) store only permission bits: no file type
        // means a plain file, as unzip reads it.
        if (host == kHostUnix || host == kHostMacOs) {
            const std::uint32_t type = unixMode & kUnixFileTypeMask;
            if (type == kUnixSymlink)
                return malformed(name, "symbolic link entry");
            if (type == kUnixDirectory)
                return malformed(name, "directory entry");
            if (type != kUnixRegularFile && type != 0)
                return malformed(name, "not a regular file");
        }

        auto zip64 = parseExtra(std::string_view(variable).substr(nameLength, extraLength), name, size == kMax32,
                                compressedSize == kMax32, localOffset == kMax32);
        if (!zip64)
            return zip64.error();
        record.entry.size = size == kMax32 ? zip64->size : size;
        record.entry.compressedSize = compressedSize == kMax32 ? zip64->compressedSize : compressedSize;
        record.localOffset = localOffset == kMax32 ? zip64->offset : localOffset;
        if (diskStart != 0)
            return malformed(name, "multi-disk archive");
        if (method == kMethodStored && record.entry.compressedSize != record.entry.size)
            return malformed(name, "stored entry with different compressed and real sizes");
        return record;
    }

    Status checkLimits(const EntryRecord& record, std::uint64_t& total) const {
        const ZipEntry& e = record.entry;
        if (e.size > limits.maxEntrySize)
            return refused(e.name, "declared size " + std::to_string(e.size) + " exceeds the limit of " +
                                       std::to_string(limits.maxEntrySize) + " bytes");
        if (e.size > limits.maxTotalSize - total)
            return refused(e.name,
                           "declared sizes add up to more than " + std::to_string(limits.maxTotalSize) + " bytes");
        total += e.size;
        // size / compressedSize > maxRatio, in integers that cannot overflow.
        const bool highRatio = e.compressedSize == 0 || e.size / e.compressedSize > limits.maxRatio ||
                               (e.size / e.compressedSize == limits.maxRatio && e.size % e.compressedSize != 0);
        if (e.size >= kRatioExemptSize && highRatio)
            return refused(e.name, "compression ratio above " + std::to_string(limits.maxRatio));
        return {};
    }

    Status readDirectory(const EndOfCentralDirectory& end) {
        if (end.entryCount > limits.maxEntries)
            return refused(field, std::to_string(end.entryCount) + " entries, more than the limit of " +
                                      std::to_string(limits.maxEntries));
        if (end.directoryOffset > end.directoryEnd || end.directorySize != end.directoryEnd - end.directoryOffset)
            return malformed(field, "central directory does not end at the end record");
        if (end.entryCount > end.directorySize / kCentralHeaderSize)
            return malformed(field, "central directory too small for its entry count");
        if (!seekTo(file.get(), end.directoryOffset))
            return ioError(field, "cannot read the archive");

        records.reserve(end.entryCount);
        NameSet names;
        std::uint64_t remaining = end.directorySize;
        std::uint64_t total = 0;
        for (std::size_t i = 0; i < end.entryCount; ++i) {
            auto record = readCentralHeader(i, remaining);
            if (!record)
                return record.error();
            if (const char* problem = names.insert(record->entry.name))
                return malformed(record->entry.name, problem);
            LINTAS_TRY(checkLimits(*record, total));
            records.push_back(std::move(record).value());
        }
        if (remaining != 0)
            return malformed(field, "central directory holds more than its entry count");
        return {};
    }

    /// Checks the local header of `record` against the central directory and returns where the
    /// entry (header, data and any data descriptor) ends.
    Result<std::uint64_t> checkLocalHeader(EntryRecord& record, std::uint64_t limit) {
        const ZipEntry& e = record.entry;
        std::string fixed;
        if (limit - record.localOffset < kLocalHeaderSize ||
            !readAt(file.get(), record.localOffset, fixed, kLocalHeaderSize))
            return malformed(e.name, "local header lies outside the entry area");
        ByteReader header(fixed);
        if (header.u32() != kLocalHeaderSignature)
            return malformed(e.name, "bad local header signature");
        header.u16(); // version needed
        const std::uint16_t flags = header.u16();
        const std::uint16_t method = header.u16();
        header.u16(); // time
        header.u16(); // date
        const std::uint32_t crc = header.u32();
        const std::uint32_t compressedSize = header.u32();
        const std::uint32_t size = header.u32();
        const std::uint16_t nameLength = header.u16();
        const std::uint16_t extraLength = header.u16();
        if (flags != record.flags)
            return malformed(e.name, "local header flags differ from the central directory");
        if (method != (e.deflated ? kMethodDeflate : kMethodStored))
            return malformed(e.name, "local header method differs from the central directory");

        const std::uint64_t variableStart = record.localOffset + kLocalHeaderSize;
        std::string variable;
        if (limit - variableStart < std::uint64_t{nameLength} + extraLength ||
            !readAt(file.get(), variableStart, variable, std::size_t{nameLength} + extraLength))
            return malformed(e.name, "local header lies outside the entry area");
        if (std::string_view(variable).substr(0, nameLength) != e.name)
            return malformed(e.name, "local header name differs from the central directory");
        // A local header that defers one size to ZIP64 must carry both (APPNOTE 4.5.3).
        const bool localZip64 = size == kMax32 || compressedSize == kMax32;
        auto zip64 = parseExtra(std::string_view(variable).substr(nameLength), e.name, localZip64, localZip64, false);
        if (!zip64)
            return zip64.error();
        const std::uint64_t localSize = localZip64 ? zip64->size : size;
        const std::uint64_t localCompressed = localZip64 ? zip64->compressedSize : compressedSize;

        record.dataOffset = variableStart + variable.size();
        if (limit - record.dataOffset < e.compressedSize)
            return malformed(e.name, "entry data lies outside the entry area");
        std::uint64_t end = record.dataOffset + e.compressedSize;
        const bool matches = crc == e.crc32 && localSize == e.size && localCompressed == e.compressedSize;
        if ((flags & kFlagDataDescriptor) == 0) {
            if (!matches)
                return malformed(e.name, "local header CRC or sizes differ from the central directory");
            return end;
        }

        // Streaming writers put the CRC and sizes after the data; the local header then holds
        // zeros. The descriptor's sizes are 8 bytes when the local header has a ZIP64 field.
        if (!matches && (crc != 0 || localSize != 0 || localCompressed != 0))
            return malformed(e.name, "local header CRC or sizes differ from the central directory");
        const std::size_t sizeWidth = zip64->present ? 8 : 4;
        const std::size_t withSignature = 4 + 4 + 2 * sizeWidth;
        std::string descriptor;
        const std::size_t available = static_cast<std::size_t>(std::min<std::uint64_t>(limit - end, withSignature));
        if (!readAt(file.get(), end, descriptor, available))
            return ioError(field, "cannot read the archive");
        ByteReader fields(descriptor);
        const bool hasSignature = descriptor.size() >= 4 && ByteReader(descriptor).u32() == kDataDescriptorSignature;
        if (hasSignature)
            fields.u32();
        const std::uint32_t descriptorCrc = fields.u32();
        const std::uint64_t descriptorCompressed = sizeWidth == 8 ? fields.u64() : fields.u32();
        const std::uint64_t descriptorSize = sizeWidth == 8 ? fields.u64() : fields.u32();
        if (fields.overrun())
            return malformed(e.name, "data descriptor lies outside the entry area");
        if (descriptorCrc != e.crc32 || descriptorCompressed != e.compressedSize || descriptorSize != e.size)
            return malformed(e.name, "data descriptor differs from the central directory");
        end += withSignature - (hasSignature ? 0 : 4);
        return end;
    }

    /// Walks the entries in file order: they must tile the space from offset 0 to the central
    /// directory exactly, without gaps (hidden data) or overlaps (shared data, a zip-bomb trick).
    Status checkLayout(std::uint64_t directoryOffset) {
        std::vector<std::size_t> order(records.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return records[a].localOffset < records[b].localOffset; });
        std::uint64_t expected = 0;
        for (const std::size_t index : order) {
            EntryRecord& record = records[index];
            if (record.localOffset < expected)
                return malformed(record.entry.name, "entry overlaps another entry");
            if (record.localOffset > expected)
                return malformed(record.entry.name,
                                 expected == 0 ? "data before the first entry" : "unaccounted data before the entry");
            if (record.localOffset >= directoryOffset)
                return malformed(record.entry.name, "entry lies outside the entry area");
            auto end = checkLocalHeader(record, directoryOffset);
            if (!end)
                return end.error();
            expected = end.value();
        }
        if (expected != directoryOffset)
            return malformed(field, records.empty() ? "data before the central directory"
                                                    : "unaccounted data before the central directory");
        return {};
    }

    Status load(const std::string& path) {
        field = std::filesystem::path(path).filename().string();
        file = openFile(path, "rbe");
        if (!file || fseeko(file.get(), 0, SEEK_END) != 0)
            return ioError(field, "cannot open the archive");
        const off_t size = ftello(file.get());
        if (size < 0)
            return ioError(field, "cannot open the archive");
        fileSize = static_cast<std::uint64_t>(size);
        auto end = readEnd();
        if (!end)
            return end.error();
        LINTAS_TRY(readDirectory(end.value()));
        LINTAS_TRY(checkLayout(end->directoryOffset));
        entries.reserve(records.size());
        for (std::size_t i = 0; i < records.size(); ++i) {
            entries.push_back(records[i].entry);
            byName.emplace(records[i].entry.name, i);
        }
        return {};
    }

    /// Feeds the entry's stored bytes to `consume` in chunks of at most kChunkSize.
    template <typename Consume> Status readStored(const EntryRecord& record, Consume&& consume) {
        if (!seekTo(file.get(), record.dataOffset))
            return ioError(record.entry.name, "cannot read the archive");
        std::string buffer(static_cast<std::size_t>(std::min<std::uint64_t>(kChunkSize, record.entry.compressedSize)),
                           '\0');
        for (std::uint64_t left = record.entry.compressedSize; left > 0;) {
            const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(left, kChunkSize));
            if (std::fread(buffer.data(), 1, n, file.get()) != n)
                return ioError(record.entry.name, "cannot read the archive");
            left -= n;
            LINTAS_TRY(consume(std::string_view(buffer.data(), n), left == 0));
        }
        return {};
    }

    Status stream(const EntryRecord& record, const std::function<Status(std::string_view)>& sink) {
        const ZipEntry& e = record.entry;
        std::uint64_t produced = 0;
        std::uint32_t crc = crc32Update(0, {});
        // Every output chunk passes here: what was actually produced is counted, and nothing
        // beyond the declared size reaches the sink.
        const auto deliver = [&](std::string_view chunk) -> Status {
            if (chunk.size() > e.size - produced)
                return malformed(e.name, "data inflates beyond its declared size");
            produced += chunk.size();
            crc = crc32Update(crc, chunk);
            return sink(chunk);
        };

        if (!e.deflated) {
            LINTAS_TRY(readStored(record, [&](std::string_view chunk, bool) { return deliver(chunk); }));
        } else {
            Inflater inflater;
            if (!inflater.ok())
                return Error{ErrorCode::Internal, e.name, "cannot start zlib inflate"};
            z_stream& zs = inflater.stream();
            std::string out(kChunkSize, '\0');
            bool ended = false;
            if (e.compressedSize == 0)
                return malformed(e.name, "deflate data ends early");
            const Status inflated = readStored(record, [&](std::string_view input, bool last) -> Status {
                zs.next_in = reinterpret_cast<const Bytef*>(input.data());
                zs.avail_in = static_cast<uInt>(input.size());
                // Inflate until this input chunk is used up; a 64 KiB output buffer bounds memory
                // whatever the compression ratio.
                while (!ended) {
                    zs.next_out = reinterpret_cast<Bytef*>(out.data());
                    zs.avail_out = static_cast<uInt>(out.size());
                    const int rc = inflate(&zs, Z_NO_FLUSH);
                    if (rc == Z_STREAM_END)
                        ended = true;
                    else if (rc == Z_MEM_ERROR)
                        return Error{ErrorCode::Internal, e.name, "zlib out of memory"};
                    else if (rc != Z_OK && rc != Z_BUF_ERROR)
                        return malformed(e.name, "invalid deflate data");
                    const std::size_t got = out.size() - zs.avail_out;
                    if (got > 0)
                        LINTAS_TRY(deliver(std::string_view(out.data(), got)));
                    if (!ended && zs.avail_in == 0 && got < out.size())
                        break; // needs more input
                }
                if (ended && (zs.avail_in != 0 || !last))
                    return malformed(e.name, "data after the end of the deflate stream");
                if (!ended && last)
                    return malformed(e.name, "deflate data ends early");
                return {};
            });
            if (!inflated)
                return inflated;
        }
        if (produced != e.size)
            return malformed(e.name, "data is shorter than its declared size");
        if (crc != e.crc32)
            return malformed(e.name, "CRC-32 mismatch");
        return {};
    }
};

ZipReader::ZipReader(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ZipReader::~ZipReader() = default;

Result<std::unique_ptr<ZipReader>> ZipReader::open(const std::string& path, const ZipLimits& limits) {
    auto impl = std::make_unique<Impl>();
    impl->limits = limits;
    LINTAS_TRY(impl->load(path));
    return std::unique_ptr<ZipReader>(new ZipReader(std::move(impl)));
}

const std::vector<ZipEntry>& ZipReader::entries() const {
    return m_impl->entries;
}

const ZipEntry* ZipReader::find(std::string_view name) const {
    const auto it = m_impl->byName.find(name);
    return it == m_impl->byName.end() ? nullptr : &m_impl->entries[it->second];
}

Result<std::string> ZipReader::read(std::string_view name, std::uint64_t maxBytes) {
    const ZipEntry* entry = find(name);
    if (!entry)
        return Error{ErrorCode::NotFound, std::string(name), "no such entry in the archive"};
    if (entry->size > maxBytes)
        return refused(entry->name, "declared size " + std::to_string(entry->size) + " exceeds the limit of " +
                                        std::to_string(maxBytes) + " bytes");
    // Memory follows the bytes actually inflated, not what the archive claims: a hostile size
    // within the caller's maximum still reserves at most 16 MiB up front.
    std::string content;
    content.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(entry->size, 256 * kChunkSize)));
    LINTAS_TRY(stream(name, [&](std::string_view chunk) {
        content.append(chunk);
        return Status{};
    }));
    return content;
}

Status ZipReader::stream(std::string_view name, const std::function<Status(std::string_view)>& sink) {
    const auto it = m_impl->byName.find(name);
    if (it == m_impl->byName.end())
        return Error{ErrorCode::NotFound, std::string(name), "no such entry in the archive"};
    return m_impl->stream(m_impl->records[it->second], sink);
}

} // namespace lintas::exchange
