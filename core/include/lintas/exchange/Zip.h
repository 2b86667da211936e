#pragma once

#include "lintas/Result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/// ZIP files for exchange bundles, written and read with zlib directly (not Poco::Zip, which is
/// lenient with hostile archives). Both sides stream: memory use does not grow with entry size.
///
/// Writer: PKZIP 2.0 local headers + central directory, "stored" or "deflate", UTF-8 names
/// (general-purpose flag bit 11), sizes and CRC-32 in each local header (filled in once the
/// entry is written, by seeking back, so no data descriptors), ZIP64 records when an entry or
/// the archive passes 4 GiB or it holds 65535 entries or more. `unzip` and Python's zipfile read
/// the result. Every entry gets the same timestamp (1980-01-01 00:00) and Unix mode 0644, so the
/// same entries give the same bytes.
///
/// Reader: trusts nothing. open() parses the end-of-central-directory record and the central
/// directory and refuses (ErrorCode::Malformed, or ErrorCode::Refused for a limit) before any
/// entry is inflated when: an entry name is empty, absolute, has a drive letter, a backslash,
/// a "." or ".." segment, a NUL, or is not valid UTF-8; two entries share a name (exact or after
/// case folding); an entry is a directory, a symlink or any non-regular file (Unix mode in
/// the external attributes); an entry is encrypted or uses a method other than stored/deflate;
/// the local header disagrees with the central directory (name, method, sizes, CRC); entries
/// overlap or lie outside the file; the count, a declared size, the declared total, or a
/// declared compression ratio exceeds the limits; there is data before the first local header
/// other than nothing, or a comment. Reading an entry counts the inflated bytes actually
/// produced and stops with an error as soon as they exceed the declared size or a limit, then
/// checks the CRC-32.
///
/// Also refused, for the same reasons: a colon or a control character in a name (NTFS streams,
/// confusing output), a non-ASCII name without the UTF-8 flag (its meaning would depend on the
/// reader), an Info-ZIP Unicode Path field that differs from the name (some tools extract that
/// name instead), entry comments, flags other than the deflate level, data descriptor and UTF-8,
/// and unaccounted bytes between entries or before the central directory: the entries must tile
/// the file. Data descriptors (streaming writers such as Java's) are accepted when they match
/// the central directory. Case folding covers ASCII, Latin-1, Latin Extended-A, Vietnamese,
/// basic Greek and Cyrillic; it does not normalise Unicode (NFC/NFD).
///
/// Archive-level errors name the archive's file name in `field`; entry errors name the entry, or
/// "entry #N" when the name is not printable.
namespace lintas::exchange {

struct ZipLimits {
    std::uint64_t maxEntries = 200'000;
    std::uint64_t maxEntrySize = 4ull * 1024 * 1024 * 1024;     ///< inflated bytes per entry
    std::uint64_t maxTotalSize = 16ull * 1024 * 1024 * 1024;    ///< inflated bytes in all
    std::uint64_t maxRatio = 200;  ///< inflated/compressed per entry (entries under 64 KiB exempt)
};

struct ZipEntry {
    std::string name;
    std::uint64_t compressedSize = 0;
    std::uint64_t size = 0;  ///< declared inflated size
    std::uint32_t crc32 = 0;
    bool deflated = false;
};

class ZipWriter {
public:
    /// Creates (truncates) the file at `path`.
    [[nodiscard]] static Result<std::unique_ptr<ZipWriter>> create(const std::string& path);
    /// Removes the file unless finish() succeeded: an unfinished archive is not a ZIP file.
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /// Adds an entry with `data` as content. Names must pass the reader's rules; a repeated name
    /// is refused (ErrorCode::Validation, and the archive stays usable). After an I/O error the
    /// writer refuses everything: discard it.
    [[nodiscard]] Status add(const std::string& name, std::string_view data, bool compress = true);
    /// Adds an entry streamed from the file at `sourcePath` (read once, never whole). The file must
    /// not change meanwhile: a size different from the one found at the start is an Io error.
    [[nodiscard]] Status addFile(const std::string& name, const std::string& sourcePath, bool compress = true);
    /// Receives content in pieces.
    using ContentWriter = std::function<Status(std::string_view)>;
    /// Produces content by calling the writer it is given until done.
    using ContentProducer = std::function<Status(const ContentWriter&)>;
    /// Adds an entry of exactly `size` bytes that `produce` pushes in pieces (e.g. content
    /// decrypted as it is read). Another size, or an error of `produce`, fails the entry, and the
    /// writer with it (as after an I/O error): discard the archive.
    [[nodiscard]] Status addProduced(const std::string& name, std::uint64_t size, const ContentProducer& produce,
                                     bool compress = true);
    /// Writes the central directory and closes the file. Nothing is usable before this.
    [[nodiscard]] Status finish();

private:
    struct Impl;
    explicit ZipWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

class ZipReader {
public:
    [[nodiscard]] static Result<std::unique_ptr<ZipReader>> open(const std::string& path, const ZipLimits& limits = {});
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    /// Entries in central-directory order.
    [[nodiscard]] const std::vector<ZipEntry>& entries() const;
    [[nodiscard]] const ZipEntry* find(std::string_view name) const;

    /// Inflates entry `name` into memory; refused when its declared size exceeds `maxBytes`.
    [[nodiscard]] Result<std::string> read(std::string_view name, std::uint64_t maxBytes);
    /// Inflates entry `name` chunk by chunk into `sink` (chunks of at most 64 KiB). A sink error
    /// stops the read and is returned. The CRC-32 is checked at the end: on any error, discard
    /// what the sink received.
    [[nodiscard]] Status stream(std::string_view name, const std::function<Status(std::string_view)>& sink);

private:
    struct Impl;
    explicit ZipReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace lintas::exchange
