// Attachments outside the database: chunked AES-256-GCM. Round trips of every size around the chunk
// boundaries; and an altered, truncated, extended or reordered file is an Integrity error naming
// the file, never garbage handed on.

#include "TempDir.h"

#include "lintas/security/FileCipher.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace lintas::security {
namespace {
namespace fs = std::filesystem;

constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kHeader = 8 + 12;
constexpr std::size_t kTag = 16;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string out;
    char c = 0;
    while (in.get(c))
        out += c;
    return out;
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

/// Synthetic content: a witness statement repeated, with a counter so no chunk equals another.
std::string content(std::size_t size) {
    std::string out;
    for (std::size_t i = 0; out.size() < size; ++i)
        out += "Saksi Wulan Sasmita, baris " + std::to_string(i) + ": dijanjikan pekerjaan di Sihanoukville.\n";
    out.resize(size);
    return out;
}

class FileCipherTest : public ::testing::Test {
protected:
    std::string encrypt(const std::string& plain, const std::string& name = "b94d27b9934d3e08") {
        const std::string source = dir.file(name + ".plain");
        writeFile(source, plain);
        const std::string target = dir.file(name);
        const Status s = cipher.encryptFile(source, target);
        EXPECT_TRUE(s.ok()) << s.error().toString();
        fs::remove(source);
        return target;
    }
    Result<std::string> decrypt(const std::string& path, std::size_t* chunksSeen = nullptr) {
        std::string out;
        Status s = cipher.decryptStream(path, [&](std::string_view d) -> Status {
            out.append(d);
            if (chunksSeen)
                ++*chunksSeen;
            return {};
        });
        if (!s)
            return s.error();
        return out;
    }
    void expectIntegrityNamingTheFile(const std::string& path, const char* what) {
        auto r = decrypt(path);
        ASSERT_FALSE(r.ok()) << what;
        EXPECT_EQ(r.error().code, ErrorCode::Integrity) << what;
        EXPECT_NE(r.error().detail.find(fs::path(path).filename().string()), std::string::npos)
            << what << ": " << r.error().detail;
        // decryptFile hands out nothing either.
        const std::string out = dir.file("out.bin");
        auto f = cipher.decryptFile(path, out);
        ASSERT_FALSE(f.ok()) << what;
        EXPECT_EQ(f.error().code, ErrorCode::Integrity);
        EXPECT_FALSE(fs::exists(out)) << what;
    }

    test::TempDir dir;
    SecretBytes dbKey = SecretBytes::random(32);
    SecretBytes fileKey = attachmentKey(dbKey);
    FileCipher cipher{fileKey};
};

TEST_F(FileCipherTest, RoundTripsEverySizeAroundTheChunkBoundaries) {
    for (std::size_t size : {std::size_t{0}, std::size_t{1}, kChunk - 1, kChunk, kChunk + 1, 2 * kChunk,
                             std::size_t{200'001}}) {
        const std::string plain = content(size);
        const std::string path = encrypt(plain, "file-" + std::to_string(size));
        EXPECT_TRUE(FileCipher::isEncrypted(path));
        const std::size_t chunks = size == 0 ? 1 : (size + kChunk - 1) / kChunk;
        EXPECT_EQ(fs::file_size(path), kHeader + size + chunks * kTag) << size;
        auto back = decrypt(path);
        ASSERT_TRUE(back.ok()) << size << ": " << back.error().toString();
        EXPECT_EQ(*back, plain) << size;
        const std::string out = dir.file("out-" + std::to_string(size));
        ASSERT_TRUE(cipher.decryptFile(path, out).ok());
        EXPECT_EQ(readFile(out), plain);
    }
}

TEST_F(FileCipherTest, TheFileHoldsNoPlaintextAndIsOwnerOnly) {
    const std::string plain = content(3 * kChunk);
    const std::string path = encrypt(plain);
    const std::string bytes = readFile(path);
    EXPECT_EQ(bytes.find("Wulan"), std::string::npos);
    EXPECT_EQ(bytes.find("Sihanoukville"), std::string::npos);
    EXPECT_EQ(bytes.substr(0, 8), "LNTSENC1");
    EXPECT_EQ(fs::status(path).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    // The same content twice gives different files (a random nonce per file).
    EXPECT_NE(readFile(encrypt(plain, "again")), bytes);
    // A plaintext file is not taken for an encrypted one.
    writeFile(dir.file("plain.txt"), plain);
    EXPECT_FALSE(FileCipher::isEncrypted(dir.file("plain.txt")));
    EXPECT_FALSE(FileCipher::isEncrypted(dir.file("missing")));
}

TEST_F(FileCipherTest, StreamsInAndOut) {
    const std::string target = dir.file("streamed");
    const std::string plain = content(kChunk * 2 + 17);
    ASSERT_TRUE(cipher
                    .encryptStream(
                        [&](const std::function<Status(std::string_view)>& write) -> Status {
                            // Uneven pieces, across chunk boundaries.
                            std::size_t at = 0;
                            for (std::size_t piece = 1; at < plain.size(); piece = piece * 3 + 1) {
                                const std::size_t n = std::min(piece, plain.size() - at);
                                LINTAS_TRY(write(std::string_view(plain).substr(at, n)));
                                at += n;
                            }
                            return {};
                        },
                        target)
                    .ok());
    auto back = decrypt(target);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, plain);

    // A producer's error is passed on and leaves no file.
    const std::string failed = dir.file("failed");
    auto r = cipher.encryptStream(
        [](const std::function<Status(std::string_view)>& write) -> Status {
            LINTAS_TRY(write("partial"));
            return Error{ErrorCode::Io, "source", "read failed"};
        },
        failed);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, "source");
    EXPECT_FALSE(fs::exists(failed));
    for (const auto& e : fs::directory_iterator(dir.path()))
        EXPECT_EQ(e.path().filename().string().find("lntstmp"), std::string::npos);
}

TEST_F(FileCipherTest, AFlippedByteAnywhereIsAnIntegrityError) {
    const std::string plain = content(2 * kChunk + 100);
    const std::string path = encrypt(plain);
    const std::string good = readFile(path);
    // Magic, nonce prefix, first chunk's text, its tag, second chunk, last chunk's tag.
    for (std::size_t offset : {std::size_t{3}, std::size_t{10}, kHeader + 5, kHeader + kChunk + 3,
                               kHeader + kChunk + kTag + 1000, good.size() - 1}) {
        std::string bad = good;
        bad[offset] = static_cast<char>(bad[offset] ^ 0x01);
        writeFile(path, bad);
        expectIntegrityNamingTheFile(path, ("flip at " + std::to_string(offset)).c_str());
    }
}

TEST_F(FileCipherTest, NothingUnauthenticatedIsHandedOn) {
    const std::string plain = content(3 * kChunk);
    const std::string path = encrypt(plain);
    std::string bad = readFile(path);
    const std::size_t thirdChunk = kHeader + 2 * (kChunk + kTag);
    bad[thirdChunk + 10] = static_cast<char>(bad[thirdChunk + 10] ^ 0x80);
    writeFile(path, bad);
    std::size_t chunks = 0;
    std::string received;
    Status s = cipher.decryptStream(path, [&](std::string_view d) -> Status {
        received.append(d);
        ++chunks;
        return {};
    });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Integrity);
    EXPECT_NE(s.error().detail.find("chunk 2"), std::string::npos) << s.error().detail;
    // The two good chunks went through; nothing of the altered one did.
    EXPECT_EQ(chunks, 2u);
    EXPECT_EQ(received, plain.substr(0, 2 * kChunk));
}

TEST_F(FileCipherTest, TruncatedExtendedOrReorderedFilesAreRefused) {
    const std::string plain = content(3 * kChunk + 500);
    const std::string path = encrypt(plain);
    const std::string good = readFile(path);
    const std::size_t sealed = kChunk + kTag;

    writeFile(path, good.substr(0, good.size() - 7));
    expectIntegrityNamingTheFile(path, "cut inside the last chunk");
    // Cut exactly at a chunk boundary: the chunk now last was not sealed as the final one.
    writeFile(path, good.substr(0, kHeader + 3 * sealed));
    expectIntegrityNamingTheFile(path, "last chunk dropped");
    writeFile(path, good.substr(0, kHeader + sealed));
    expectIntegrityNamingTheFile(path, "only the first chunk");
    writeFile(path, good.substr(0, kHeader + 5));
    expectIntegrityNamingTheFile(path, "shorter than a tag");
    writeFile(path, good.substr(0, 12));
    expectIntegrityNamingTheFile(path, "header cut");
    writeFile(path, good + std::string(kTag + 1, 'x'));
    expectIntegrityNamingTheFile(path, "bytes appended");
    // Chunks 0 and 1 swapped.
    std::string swapped = good;
    swapped.replace(kHeader, sealed, good.substr(kHeader + sealed, sealed));
    swapped.replace(kHeader + sealed, sealed, good.substr(kHeader, sealed));
    writeFile(path, swapped);
    expectIntegrityNamingTheFile(path, "chunks reordered");
    // A chunk duplicated in place of another.
    std::string duplicated = good;
    duplicated.replace(kHeader + sealed, sealed, good.substr(kHeader, sealed));
    writeFile(path, duplicated);
    expectIntegrityNamingTheFile(path, "chunk duplicated");

    writeFile(path, good);
    auto back = decrypt(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, plain);
}

TEST_F(FileCipherTest, AnotherKeyOrAPlainFileIsRefused) {
    const std::string path = encrypt(content(1000));
    const SecretBytes otherKey = attachmentKey(SecretBytes::random(32));
    const FileCipher other(otherKey);
    auto r = other.decryptStream(path, [](std::string_view) -> Status { return {}; });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Integrity);

    writeFile(dir.file("plain.pdf"), content(1000));
    expectIntegrityNamingTheFile(dir.file("plain.pdf"), "plaintext");
    auto missing = decrypt(dir.file("gone"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST(AttachmentKeyTest, IsDerivedDeterministicallyAndDiffersFromTheDatabaseKey) {
    const SecretBytes dbKey = SecretBytes::random(32);
    const SecretBytes a = attachmentKey(dbKey);
    const SecretBytes b = attachmentKey(dbKey);
    const SecretBytes other = attachmentKey(SecretBytes::random(32));
    ASSERT_EQ(a.size(), 32u);
    EXPECT_TRUE(std::equal(a.data(), a.data() + 32, b.data()));
    EXPECT_FALSE(std::equal(a.data(), a.data() + 32, dbKey.data()));
    EXPECT_FALSE(std::equal(a.data(), a.data() + 32, other.data()));
    // HKDF-SHA256 with info "lintas attachments v1" of a known key (RFC 5869 construction,
    // checked against `openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt hexkey:00…1f
    // -kdfopt info:'lintas attachments v1' HKDF`).
    std::vector<unsigned char> known(32);
    for (int i = 0; i < 32; ++i)
        known[static_cast<std::size_t>(i)] = static_cast<unsigned char>(i);
    const SecretBytes k = attachmentKey(SecretBytes(known.data(), known.size()));
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (std::size_t i = 0; i < k.size(); ++i) {
        hex += kHex[k.data()[i] >> 4];
        hex += kHex[k.data()[i] & 0xF];
    }
    EXPECT_EQ(hex, "81c0b4c2a4b01a2cdcc3499028a47670f0cb97979260b0aebd7672a9976f4437");
}

}  // namespace
}  // namespace lintas::security
