#include "lintas/security/FileCipher.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lintas::security {
namespace {
namespace fs = std::filesystem;

constexpr std::array<unsigned char, 8> kMagic = {'L', 'N', 'T', 'S', 'E', 'N', 'C', '1'};
constexpr std::size_t kPrefixSize = 12;      // stored; the first 8 bytes go into each chunk nonce
constexpr std::size_t kNoncePrefixUsed = 8;
constexpr std::size_t kHeaderSize = kMagic.size() + kPrefixSize;
constexpr std::size_t kChunkSize = 64 * 1024;
constexpr std::size_t kTagSize = 16;
constexpr const char* kAttachmentInfo = "lintas attachments v1";

struct CipherCtxFree {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

/// A file descriptor closed on destruction.
class Fd {
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    [[nodiscard]] int release() {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

std::string nameOf(const std::string& path) { return fs::path(path).filename().string(); }

Error integrity(const std::string& path, const std::string& what) {
    return Error{ErrorCode::Integrity, "file", nameOf(path) + ": " + what};
}

bool writeAll(int fd, const unsigned char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

/// Reads up to `size` bytes, stopping early only at the end of the file.
ssize_t readFull(int fd, unsigned char* data, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, data + got, size - got);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(got);
}

Status syncDirectoryOf(const fs::path& file) {
    const fs::path dir = file.parent_path();
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error{ErrorCode::Io, "file", "cannot open the directory of " + file.filename().string()};
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return Error{ErrorCode::Io, "file", "cannot flush the directory of " + file.filename().string()};
    return {};
}

/// Nonce of chunk `index` and its associated data (magic ‖ prefix ‖ index ‖ final flag).
struct ChunkParams {
    std::array<unsigned char, 12> nonce{};
    std::array<unsigned char, kMagic.size() + kPrefixSize + 4 + 1> aad{};
};

ChunkParams chunkParams(const std::array<unsigned char, kPrefixSize>& prefix, std::uint32_t index, bool final) {
    ChunkParams p;
    std::memcpy(p.nonce.data(), prefix.data(), kNoncePrefixUsed);
    const std::array<unsigned char, 4> be = {static_cast<unsigned char>(index >> 24),
                                             static_cast<unsigned char>(index >> 16),
                                             static_cast<unsigned char>(index >> 8), static_cast<unsigned char>(index)};
    std::memcpy(p.nonce.data() + kNoncePrefixUsed, be.data(), be.size());
    unsigned char* a = p.aad.data();
    std::memcpy(a, kMagic.data(), kMagic.size());
    std::memcpy(a + kMagic.size(), prefix.data(), kPrefixSize);
    std::memcpy(a + kMagic.size() + kPrefixSize, be.data(), be.size());
    a[p.aad.size() - 1] = final ? 1 : 0;
    return p;
}

/// Seals chunks into a file descriptor.
class Sealer {
public:
    Sealer(const SecretBytes& key, int fd) : m_key(key), m_fd(fd), m_buffer() { m_buffer.reserve(kChunkSize); }

    Status begin() {
        if (RAND_bytes(m_prefix.data(), static_cast<int>(m_prefix.size())) != 1)
            return Error{ErrorCode::Internal, "file", "no random bytes for the file nonce"};
        if (!writeAll(m_fd, kMagic.data(), kMagic.size()) || !writeAll(m_fd, m_prefix.data(), m_prefix.size()))
            return Error{ErrorCode::Io, "file", "cannot write the encrypted file"};
        return {};
    }

    Status write(std::string_view data) {
        while (!data.empty()) {
            if (m_buffer.size() == kChunkSize)
                LINTAS_TRY(seal(false));
            const std::size_t take = std::min(data.size(), kChunkSize - m_buffer.size());
            m_buffer.insert(m_buffer.end(), data.begin(), data.begin() + static_cast<std::ptrdiff_t>(take));
            data.remove_prefix(take);
        }
        return {};
    }

    /// Seals what is buffered as the final chunk (possibly empty).
    Status finish() { return seal(true); }

    ~Sealer() {
        if (!m_buffer.empty())
            OPENSSL_cleanse(m_buffer.data(), m_buffer.size());
    }
    Sealer(const Sealer&) = delete;
    Sealer& operator=(const Sealer&) = delete;

private:
    Status seal(bool final) {
        if (m_index == UINT32_MAX)
            return Error{ErrorCode::Validation, "file", "too large to encrypt"};
        const ChunkParams p = chunkParams(m_prefix, m_index, final);
        std::vector<unsigned char> out(m_buffer.size() + kTagSize);
        CipherCtx ctx(EVP_CIPHER_CTX_new());
        int len = 0;
        if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), p.nonce.data()) != 1 ||
            EVP_EncryptUpdate(ctx.get(), nullptr, &len, p.aad.data(), static_cast<int>(p.aad.size())) != 1 ||
            EVP_EncryptUpdate(ctx.get(), out.data(), &len, m_buffer.data(), static_cast<int>(m_buffer.size())) != 1 ||
            EVP_EncryptFinal_ex(ctx.get(), out.data() + len, &len) != 1 ||
            EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                                out.data() + m_buffer.size()) != 1)
            return Error{ErrorCode::Internal, "file", "AES-256-GCM encryption failed"};
        if (!writeAll(m_fd, out.data(), out.size()))
            return Error{ErrorCode::Io, "file", "cannot write the encrypted file"};
        OPENSSL_cleanse(m_buffer.data(), m_buffer.size());
        m_buffer.clear();
        ++m_index;
        return {};
    }

    const SecretBytes& m_key;
    int m_fd;
    std::array<unsigned char, kPrefixSize> m_prefix{};
    std::vector<unsigned char> m_buffer;
    std::uint32_t m_index = 0;
};

/// Creates a temporary file beside `destination` (mode 0600), lets `fill` write it, flushes it
/// to the disk and renames it into place. Nothing is left behind on failure.
Status writeAtomically(const std::string& destination, const std::function<Status(int)>& fill) {
    std::string tmpl = destination + ".lntstmp-XXXXXX";
    Fd fd(::mkstemp(tmpl.data()));
    if (fd.get() < 0)
        return Error{ErrorCode::Io, "file", "cannot create " + nameOf(destination)};
    auto fail = [&](Error e) -> Status {
        ::close(fd.release());
        ::unlink(tmpl.c_str());
        return e;
    };
    if (::fchmod(fd.get(), S_IRUSR | S_IWUSR) != 0)
        return fail(Error{ErrorCode::Io, "file", "cannot restrict " + nameOf(destination) + " to its owner"});
    if (auto s = fill(fd.get()); !s)
        return fail(s.error());
    if (::fsync(fd.get()) != 0)
        return fail(Error{ErrorCode::Io, "file", "cannot flush " + nameOf(destination)});
    if (::close(fd.release()) != 0) {
        ::unlink(tmpl.c_str());
        return Error{ErrorCode::Io, "file", "cannot write " + nameOf(destination)};
    }
    if (::rename(tmpl.c_str(), destination.c_str()) != 0) {
        ::unlink(tmpl.c_str());
        return Error{ErrorCode::Io, "file", "cannot move " + nameOf(destination) + " into place"};
    }
    return syncDirectoryOf(destination);
}

}  // namespace

FileCipher::FileCipher(const SecretBytes& fileKey) : m_key(fileKey) {}

Status FileCipher::encryptStream(
    const std::function<Status(const std::function<Status(std::string_view)>&)>& produce,
    const std::string& destination) const {
    if (m_key.size() != 32)
        return Error{ErrorCode::Internal, "file", "the file key must be 32 bytes"};
    return writeAtomically(destination, [&](int fd) -> Status {
        Sealer sealer(m_key, fd);
        LINTAS_TRY(sealer.begin());
        LINTAS_TRY(produce([&](std::string_view data) { return sealer.write(data); }));
        return sealer.finish();
    });
}

Status FileCipher::encryptFile(const std::string& source, const std::string& destination) const {
    return encryptStream(
        [&](const std::function<Status(std::string_view)>& write) -> Status {
            Fd in(::open(source.c_str(), O_RDONLY | O_CLOEXEC));
            if (in.get() < 0)
                return Error{ErrorCode::Io, "file", "cannot open " + nameOf(source) + " for reading"};
            std::vector<unsigned char> buffer(kChunkSize);
            for (;;) {
                const ssize_t n = readFull(in.get(), buffer.data(), buffer.size());
                if (n < 0) {
                    OPENSSL_cleanse(buffer.data(), buffer.size());
                    return Error{ErrorCode::Io, "file", "cannot read " + nameOf(source)};
                }
                if (n == 0)
                    break;
                if (auto s = write(std::string_view(reinterpret_cast<const char*>(buffer.data()),
                                                    static_cast<std::size_t>(n)));
                    !s) {
                    OPENSSL_cleanse(buffer.data(), buffer.size());
                    return s;
                }
            }
            OPENSSL_cleanse(buffer.data(), buffer.size());
            return {};
        },
        destination);
}

Status FileCipher::decryptStream(const std::string& source,
                                 const std::function<Status(std::string_view)>& sink) const {
    if (m_key.size() != 32)
        return Error{ErrorCode::Internal, "file", "the file key must be 32 bytes"};
    Fd in(::open(source.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.get() < 0)
        return Error{errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io, "file",
                     "cannot open " + nameOf(source) + " for reading"};
    std::array<unsigned char, kHeaderSize> header{};
    const ssize_t h = readFull(in.get(), header.data(), header.size());
    if (h < 0)
        return Error{ErrorCode::Io, "file", "cannot read " + nameOf(source)};
    if (static_cast<std::size_t>(h) < header.size() || !std::equal(kMagic.begin(), kMagic.end(), header.begin()))
        return integrity(source, "not an encrypted Lintas file");
    std::array<unsigned char, kPrefixSize> prefix{};
    std::memcpy(prefix.data(), header.data() + kMagic.size(), kPrefixSize);

    // One sealed chunk plus one byte of look-ahead: a chunk is the last one exactly when the
    // file ends right after it, and its "final" flag must say so.
    constexpr std::size_t kSealed = kChunkSize + kTagSize;
    std::vector<unsigned char> sealed(kSealed + 1);
    std::vector<unsigned char> plain(kChunkSize);
    std::size_t have = 0;
    const ssize_t first = readFull(in.get(), sealed.data(), sealed.size());
    if (first < 0)
        return Error{ErrorCode::Io, "file", "cannot read " + nameOf(source)};
    have = static_cast<std::size_t>(first);
    for (std::uint32_t index = 0;; ++index) {
        const bool final = have <= kSealed;
        const std::size_t chunk = final ? have : kSealed;
        if (chunk < kTagSize)
            return integrity(source, "truncated (chunk " + std::to_string(index) + " is incomplete)");
        const std::size_t textSize = chunk - kTagSize;
        const ChunkParams p = chunkParams(prefix, index, final);
        CipherCtx ctx(EVP_CIPHER_CTX_new());
        int len = 0;
        int tail = 0;
        std::array<unsigned char, kTagSize> tag{};
        std::memcpy(tag.data(), sealed.data() + textSize, kTagSize);
        if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), p.nonce.data()) != 1 ||
            EVP_DecryptUpdate(ctx.get(), nullptr, &len, p.aad.data(), static_cast<int>(p.aad.size())) != 1 ||
            EVP_DecryptUpdate(ctx.get(), plain.data(), &len, sealed.data(), static_cast<int>(textSize)) != 1 ||
            EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag.data()) != 1)
            return Error{ErrorCode::Internal, "file", "AES-256-GCM decryption failed"};
        if (EVP_DecryptFinal_ex(ctx.get(), plain.data() + len, &tail) != 1) {
            OPENSSL_cleanse(plain.data(), plain.size());
            return integrity(source, "chunk " + std::to_string(index) +
                                         " does not authenticate: the file was altered, truncated or reordered");
        }
        auto delivered = sink(std::string_view(reinterpret_cast<const char*>(plain.data()), textSize));
        OPENSSL_cleanse(plain.data(), plain.size());
        if (!delivered)
            return delivered;
        if (final)
            return {};
        if (index == UINT32_MAX)
            return integrity(source, "too many chunks");
        // Keep the look-ahead byte and read the next chunk after it.
        sealed[0] = sealed[kSealed];
        const ssize_t n = readFull(in.get(), sealed.data() + 1, kSealed);
        if (n < 0)
            return Error{ErrorCode::Io, "file", "cannot read " + nameOf(source)};
        have = 1 + static_cast<std::size_t>(n);
    }
}

Status FileCipher::decryptFile(const std::string& source, const std::string& destination) const {
    return writeAtomically(destination, [&](int fd) -> Status {
        return decryptStream(source, [&](std::string_view data) -> Status {
            if (!writeAll(fd, reinterpret_cast<const unsigned char*>(data.data()), data.size()))
                return Error{ErrorCode::Io, "file", "cannot write " + nameOf(destination)};
            return {};
        });
    });
}

bool FileCipher::isEncrypted(const std::string& path) {
    Fd in(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (in.get() < 0)
        return false;
    std::array<unsigned char, kMagic.size()> head{};
    return readFull(in.get(), head.data(), head.size()) == static_cast<ssize_t>(head.size()) && head == kMagic;
}

SecretBytes attachmentKey(const SecretBytes& dbKey) {
    SecretBytes out(32);
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    bool ok = ctx != nullptr;
    if (ok) {
        char digest[] = "SHA256";
        std::string info = kAttachmentInfo;
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<unsigned char*>(dbKey.data()),
                                              dbKey.size()),
            OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), info.size()),
            OSSL_PARAM_construct_end(),
        };
        ok = EVP_KDF_derive(ctx, out.data(), out.size(), params) == 1;
    }
    EVP_KDF_CTX_free(ctx);
    if (!ok || dbKey.empty())
        std::abort();  // HKDF-SHA256 is part of every OpenSSL 3 default provider; without it nothing is safe
    return out;
}

}  // namespace lintas::security
