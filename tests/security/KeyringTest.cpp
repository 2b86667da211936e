// The key file: one slot per user wrapping the database key under an Argon2id key derived from the
// user's password; never a key or password in clear; written atomically with mode 0600; failed
// sign-ins counted (throttle) and queued for the audit log. All accounts are synthetic.

#include "TempDir.h"

#include "lintas/security/Keyring.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/stat.h>

namespace lintas::security {
namespace {
namespace fs = std::filesystem;

constexpr const char* kAdminUuid = "00000000-0000-4000-8000-00000000a001";
constexpr const char* kSariUuid = "00000000-0000-4000-8000-00000000a002";
constexpr const char* kAdminPassword = "correct horse battery";
constexpr const char* kSariPassword = "kopi tubruk di pagi hari";

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

std::string hexOf(const SecretBytes& k) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < k.size(); ++i) {
        out += kHex[k.data()[i] >> 4];
        out += kHex[k.data()[i] & 0xF];
    }
    return out;
}

std::string base64Of(const SecretBytes& k) {
    std::string out(sodium_base64_ENCODED_LEN(k.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), k.data(), k.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);
    return out;
}

bool sameBytes(const SecretBytes& a, const SecretBytes& b) {
    return a.size() == b.size() && std::equal(a.data(), a.data() + a.size(), b.data());
}

class KeyringTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(keyring.setSlot(dbKey, kAdminUuid, "Admin.Test", kAdminPassword, KdfParams::fastForTests()).ok());
    }
    std::string path() const { return dir.file("test.db.keyring"); }

    test::TempDir dir;
    SecretBytes dbKey = SecretBytes::random(32);
    Keyring keyring;
};

TEST(KdfTest, ParametersAreRecordedAndDeterministic) {
    const KdfParams fast = KdfParams::fastForTests();
    EXPECT_EQ(fast.opsLimit, crypto_pwhash_OPSLIMIT_MIN);
    EXPECT_EQ(fast.memLimitBytes, crypto_pwhash_MEMLIMIT_MIN);
    // The measured default (docs/security.md): 3 passes over 512 MiB, about one second here.
    const KdfParams standard = KdfParams::standard();
    EXPECT_EQ(standard.opsLimit, 3u);
    EXPECT_EQ(standard.memLimitBytes, std::size_t{512} * 1024 * 1024);
    EXPECT_GE(standard.memLimitBytes, static_cast<std::size_t>(crypto_pwhash_MEMLIMIT_MODERATE));

    const std::string salt(16, 's');
    auto a = deriveKey("password one", salt, fast);
    auto b = deriveKey("password one", salt, fast);
    auto c = deriveKey("password two", salt, fast);
    auto d = deriveKey("password one", std::string(16, 't'), fast);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok() && d.ok());
    EXPECT_EQ(a->size(), 32u);
    EXPECT_TRUE(sameBytes(*a, *b));
    EXPECT_FALSE(sameBytes(*a, *c));
    EXPECT_FALSE(sameBytes(*a, *d));
    EXPECT_FALSE(deriveKey("x", "short salt", fast).ok());
}

TEST(SecretBytesTest, MovesAndWipes) {
    SecretBytes a = SecretBytes::random(32);
    SecretBytes b = SecretBytes::random(32);
    EXPECT_FALSE(sameBytes(a, b));  // 2^-256
    const std::string before = hexOf(a);
    SecretBytes moved(std::move(a));
    EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): the moved-from object is emptied
    EXPECT_EQ(hexOf(moved), before);
    moved.wipe();
    EXPECT_TRUE(moved.empty());
    std::string password = "a password";
    wipeString(password);
    EXPECT_TRUE(password.empty());
}

TEST_F(KeyringTest, UnwrapsOnlyWithTheRightPassword) {
    auto key = keyring.unwrap("admin.test", kAdminPassword);
    ASSERT_TRUE(key.ok()) << key.error().toString();
    EXPECT_TRUE(sameBytes(*key, dbKey));
    // User names are not case-sensitive.
    EXPECT_TRUE(keyring.unwrap("ADMIN.TEST", kAdminPassword).ok());

    auto wrong = keyring.unwrap("admin.test", "correct horse battery!");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SignInFailed);
    auto unknown = keyring.unwrap("nobody", kAdminPassword);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::SignInFailed);
    // The two are not told apart.
    EXPECT_EQ(unknown.error().toString(), wrong.error().toString());
}

TEST_F(KeyringTest, EachUserHasASlotOfTheirOwn) {
    ASSERT_TRUE(keyring.setSlot(dbKey, kSariUuid, "inv.sari", kSariPassword, KdfParams::fastForTests()).ok());
    ASSERT_EQ(keyring.keySlots().size(), 2u);
    ASSERT_NE(keyring.slotForUser(kSariUuid), nullptr);
    EXPECT_EQ(keyring.slotFor("inv.sari")->userUuid, kSariUuid);
    EXPECT_NE(keyring.slotFor("inv.sari")->salt, keyring.slotFor("admin.test")->salt);

    auto sari = keyring.unwrap("inv.sari", kSariPassword);
    ASSERT_TRUE(sari.ok());
    EXPECT_TRUE(sameBytes(*sari, dbKey));
    // Another user's password opens nothing.
    EXPECT_EQ(keyring.unwrap("inv.sari", kAdminPassword).error().code, ErrorCode::SignInFailed);

    // A new password replaces the slot: the old one no longer works.
    ASSERT_TRUE(keyring.setSlot(dbKey, kSariUuid, "inv.sari", "a new passphrase 2026", KdfParams::fastForTests()).ok());
    EXPECT_EQ(keyring.keySlots().size(), 2u);
    EXPECT_FALSE(keyring.unwrap("inv.sari", kSariPassword).ok());
    EXPECT_TRUE(keyring.unwrap("inv.sari", "a new passphrase 2026").ok());

    // One name, one user.
    auto clash = keyring.setSlot(dbKey, "00000000-0000-4000-8000-00000000a003", "INV.SARI", "x", KdfParams::fastForTests());
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::Duplicate);

    // A slot that wraps another key than the database's is refused.
    const SecretBytes otherKey = SecretBytes::random(32);
    auto foreign = keyring.setSlot(otherKey, "00000000-0000-4000-8000-00000000a004", "sup.budi", kSariPassword,
                                   KdfParams::fastForTests());
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().code, ErrorCode::Integrity);

    ASSERT_TRUE(keyring.removeSlot(kSariUuid).ok());
    EXPECT_EQ(keyring.slotFor("inv.sari"), nullptr);
    EXPECT_EQ(keyring.unwrap("inv.sari", "a new passphrase 2026").error().code, ErrorCode::SignInFailed);
    EXPECT_EQ(keyring.removeSlot(kSariUuid).error().code, ErrorCode::NotFound);
}

TEST_F(KeyringTest, SavesAtomicallyWithOwnerOnlyModeAndNoSecretInClear) {
    ASSERT_TRUE(keyring.setSlot(dbKey, kSariUuid, "inv.sari", kSariPassword, KdfParams::fastForTests()).ok());
    ASSERT_TRUE(keyring.save(path()).ok());

    struct stat st {};
    ASSERT_EQ(::stat(path().c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    const std::string text = readFile(path());
    EXPECT_NE(text.find("\"slots\""), std::string::npos);
    for (const std::string& secret : {hexOf(dbKey), base64Of(dbKey), std::string(kAdminPassword),
                                      std::string(kSariPassword)})
        EXPECT_EQ(text.find(secret), std::string::npos) << "a secret in clear in the key file";
    const std::string raw(reinterpret_cast<const char*>(dbKey.data()), dbKey.size());
    EXPECT_EQ(text.find(raw), std::string::npos);
    // No temporary file left beside it.
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir.path())) {
        ++files;
        EXPECT_EQ(e.path().filename().string(), "test.db.keyring");
    }
    EXPECT_EQ(files, 1);

    // What was saved loads back and unlocks the same key.
    auto loaded = Keyring::load(path());
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString();
    EXPECT_EQ(loaded->keySlots().size(), 2u);
    EXPECT_EQ(loaded->slotFor("admin.test")->kdf, KdfParams::fastForTests());
    auto key = loaded->unwrap("inv.sari", kSariPassword);
    ASSERT_TRUE(key.ok());
    EXPECT_TRUE(sameBytes(*key, dbKey));
    // The loaded key file still refuses a slot for a foreign key.
    EXPECT_EQ(loaded->setSlot(SecretBytes::random(32), "00000000-0000-4000-8000-00000000a005", "liaison.ayu",
                              kSariPassword, KdfParams::fastForTests())
                  .error()
                  .code,
              ErrorCode::Integrity);

    // Saving again replaces the file whole.
    ASSERT_TRUE(loaded->removeSlot(kSariUuid).ok());
    ASSERT_TRUE(loaded->save(path()).ok());
    auto reloaded = Keyring::load(path());
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->keySlots().size(), 1u);
}

TEST_F(KeyringTest, AFailedSaveLeavesTheOldFileAndNoTemporary) {
    // The target is a directory with something in it: the final rename fails.
    const std::string blocked = dir.file("blocked.keyring");
    fs::create_directory(blocked);
    writeFile(blocked + "/keep", "kept");
    auto saved = keyring.save(blocked);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Io);
    EXPECT_EQ(saved.error().field, "keyring");
    EXPECT_EQ(readFile(blocked + "/keep"), "kept");
    for (const auto& e : fs::directory_iterator(dir.path()))
        EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();

    auto missingDir = keyring.save(dir.file("no/such/dir/test.db.keyring"));
    ASSERT_FALSE(missingDir.ok());
    EXPECT_EQ(missingDir.error().code, ErrorCode::Io);
}

TEST_F(KeyringTest, ASlotIsBoundToItsUser) {
    ASSERT_TRUE(keyring.save(path()).ok());
    // Moving a slot to another user (editing the UUID it is wrapped for) breaks it: the UUID is
    // the associated data of the AES-GCM wrapping.
    std::string text = readFile(path());
    const auto at = text.find(kAdminUuid);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::string(kAdminUuid).size(), kSariUuid);
    writeFile(path(), text);
    auto edited = Keyring::load(path());
    ASSERT_TRUE(edited.ok()) << edited.error().toString();
    auto key = edited->unwrap("admin.test", kAdminPassword);
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.error().code, ErrorCode::SignInFailed);
}

TEST_F(KeyringTest, LoadRefusesMissingAndMalformedFiles) {
    auto missing = Keyring::load(path());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_EQ(missing.error().field, "keyring");

    for (const std::string& bad :
         {std::string("not json"), std::string("{}"), std::string(R"({"format":"something-else","version":1,"slots":[]})"),
          std::string(R"({"format":"lintas-keyring","version":99,"slots":[]})"),
          std::string(R"({"format":"lintas-keyring","version":1,"slots":[{"user":"u"}]})")}) {
        writeFile(path(), bad);
        auto r = Keyring::load(path());
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::Malformed) << bad;
        EXPECT_EQ(r.error().field, "keyring");
    }
    // A slot with a truncated wrapped key.
    ASSERT_TRUE(keyring.save(path()).ok());
    std::string text = readFile(path());
    const auto at = text.find("\"wrapped\": \"");
    ASSERT_NE(at, std::string::npos);
    text.erase(at + 12, 8);
    writeFile(path(), text);
    auto cut = Keyring::load(path());
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().code, ErrorCode::Malformed);
}

TEST_F(KeyringTest, ThrottlesAfterThreeFailuresDoublingUpToFiveMinutes) {
    const std::int64_t t0 = 1'773'565'200;  // 2026-03-15T09:00:00Z
    const std::string at = "2026-03-15T09:00:00Z";
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(keyring.throttleSeconds("admin.test", t0), 0) << i;
        keyring.recordFailure("admin.test", at, t0, "wrong-password");
    }
    // After the third failure: 2 s, then 4, 8, … up to 300.
    EXPECT_EQ(keyring.throttleSeconds("admin.test", t0), 2);
    EXPECT_EQ(keyring.throttleSeconds("admin.test", t0 + 1), 1);
    EXPECT_EQ(keyring.throttleSeconds("Admin.Test", t0 + 2), 0);
    keyring.recordFailure("admin.test", at, t0, "wrong-password");
    EXPECT_EQ(keyring.throttleSeconds("admin.test", t0), 4);
    for (int i = 0; i < 20; ++i)
        keyring.recordFailure("admin.test", at, t0, "wrong-password");
    EXPECT_EQ(keyring.throttleSeconds("admin.test", t0), 300);
    EXPECT_EQ(keyring.throttleSeconds("admin.test", t0 + 299), 1);
    EXPECT_EQ(keyring.throttleSeconds("admin.test", t0 + 300), 0);
    EXPECT_EQ(keyring.slotFor("admin.test")->failedAttempts, 24);

    // A refused attempt is queued but does not make the wait longer.
    keyring.recordFailure("admin.test", "2026-03-15T09:02:00Z", t0 + 120, "throttled");
    EXPECT_EQ(keyring.slotFor("admin.test")->failedAttempts, 24);
    EXPECT_EQ(keyring.throttleSeconds("admin.test", t0 + 120), 180);

    // Another user is not slowed down; an unknown name is queued without a user.
    ASSERT_TRUE(keyring.setSlot(dbKey, kSariUuid, "inv.sari", kSariPassword, KdfParams::fastForTests()).ok());
    EXPECT_EQ(keyring.throttleSeconds("inv.sari", t0), 0);
    keyring.recordFailure("dewi.typed.this", at, t0, "unknown-user");
    EXPECT_EQ(keyring.throttleSeconds("dewi.typed.this", t0), 0);

    // The queue survives a save and load, and never holds the typed name.
    ASSERT_TRUE(keyring.save(path()).ok());
    EXPECT_EQ(readFile(path()).find("dewi"), std::string::npos);
    auto loaded = Keyring::load(path());
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->throttleSeconds("admin.test", t0 + 120), 180);
    const auto pending = loaded->takePendingFailures();
    ASSERT_EQ(pending.size(), 26u);
    EXPECT_EQ(pending.front().userUuid, kAdminUuid);
    EXPECT_EQ(pending.front().reason, "wrong-password");
    EXPECT_EQ(pending[24].reason, "throttled");
    EXPECT_TRUE(pending.back().userUuid.empty());
    EXPECT_EQ(pending.back().reason, "unknown-user");
    EXPECT_TRUE(loaded->pendingFailures().empty());

    // A success clears the count.
    loaded->recordSuccess(kAdminUuid);
    EXPECT_EQ(loaded->slotFor("admin.test")->failedAttempts, 0);
    EXPECT_EQ(loaded->throttleSeconds("admin.test", t0), 0);
}

}  // namespace
}  // namespace lintas::security
