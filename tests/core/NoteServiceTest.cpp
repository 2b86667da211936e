#include "TestWorkspace.h"

#include "lintas/security/FileCipher.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <vector>

namespace lintas {
namespace {
namespace fs = std::filesystem;

constexpr const char* kHelloSha = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";  // "hello world"
constexpr const char* kEmptySha = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

class NoteServiceTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        caseUuid = must(ws->cases.create(makeCase())).meta.uuid;
    }

    std::string writeFile(const std::string& name, const std::string& content) const {
        const std::string path = dir.file(name);
        std::ofstream out(path, std::ios::binary);
        out << content;
        return path;
    }
    static std::string readFile(const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        std::string out;
        char c = 0;
        while (in.get(c))
            out += c;
        return out;
    }
    /// The decrypted content of a stored attachment.
    std::string content(const std::string& sha256) {
        std::string out;
        must(ws->notes.readAttachment(sha256, [&](std::string_view d) -> Status {
            out.append(d);
            return {};
        }));
        return out;
    }
    /// Audit entries with `action`, oldest first, as "type uuid detail".
    std::vector<std::string> audited(const char* action) {
        security::AuditQuery q;
        q.action = action;
        q.newestFirst = false;
        std::vector<std::string> out;
        for (const auto& e : must(ws->audit().query(q)))
            out.push_back(e.recordType + " " + e.recordUuid + " " + e.detail);
        return out;
    }
    /// Regular files under the attachment store.
    std::size_t storedFiles() const {
        const fs::path store = Workspace::attachmentDirFor(ws->path());
        std::size_t n = 0;
        std::error_code ec;
        if (!fs::exists(store, ec))
            return 0;
        for (const auto& e : fs::recursive_directory_iterator(store))
            if (e.is_regular_file())
                ++n;
        return n;
    }

    Note makeNote(const std::string& body = "Interviewed the victim with an interpreter.") const {
        Note n;
        n.caseUuid = caseUuid;
        n.kind = "Interview";
        n.author = "inv.sari";
        n.body = body;
        return n;
    }

    std::string caseUuid;
};

TEST_F(NoteServiceTest, RoundTripsNoteAndDefaultsOccurredAtToNow) {
    const Note added = must(ws->notes.addNote(makeNote()));
    EXPECT_FALSE(added.uuid.empty());
    EXPECT_EQ(added.occurredAt, "2026-03-15T09:00:00Z");

    const auto notes = must(ws->notes.notes(caseUuid));
    ASSERT_EQ(notes.size(), 1u);
    const Note& n = notes[0];
    EXPECT_EQ(n.uuid, added.uuid);
    EXPECT_EQ(n.caseUuid, caseUuid);
    EXPECT_EQ(n.kind, "Interview");
    EXPECT_EQ(n.occurredAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(n.author, "inv.sari");
    EXPECT_EQ(n.body, "Interviewed the victim with an interpreter.");
    EXPECT_EQ(n.createdAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(n.updatedAt, "2026-03-15T09:00:00Z");
}

TEST_F(NoteServiceTest, ListsNotesOldestFirst) {
    Note late = makeNote("raid on the compound");
    late.kind = "Operation";
    late.occurredAt = "2026-03-10T02:00:00Z";
    Note early = makeNote("first report by the family");
    early.kind = "Event";
    early.occurredAt = "2026-02-01T08:30:00Z";
    must(ws->notes.addNote(late));
    must(ws->notes.addNote(makeNote("today")));
    must(ws->notes.addNote(early));

    const auto notes = must(ws->notes.notes(caseUuid));
    ASSERT_EQ(notes.size(), 3u);
    EXPECT_EQ(notes[0].body, "first report by the family");
    EXPECT_EQ(notes[1].body, "raid on the compound");
    EXPECT_EQ(notes[2].body, "today");
}

TEST_F(NoteServiceTest, NoteValidationNamesTheField) {
    struct CaseOf {
        std::function<void(Note&)> change;
        const char* field;
    };
    const std::vector<CaseOf> cases = {
        {[](Note& n) { n.kind = "Gossip"; }, "note.kind"},
        {[](Note& n) { n.body = "  \n "; }, "note.body"},
        {[](Note& n) { n.body.clear(); }, "note.body"},
        {[](Note& n) { n.occurredAt = "2026-03-15 09:00:00"; }, "note.occurredAt"},
        {[](Note& n) { n.occurredAt = "2026-03-15T09:00:00+07:00"; }, "note.occurredAt"},
        {[](Note& n) { n.occurredAt = "2026-03-15"; }, "note.occurredAt"},
        {[](Note& n) { n.occurredAt = "2026-02-30T09:00:00Z"; }, "note.occurredAt"},
        {[](Note& n) { n.caseUuid = "case"; }, "note.case"},
    };
    for (const auto& c : cases) {
        Note n = makeNote();
        c.change(n);
        auto r = ws->notes.addNote(n);
        ASSERT_FALSE(r.ok()) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << c.field;
        EXPECT_EQ(r.error().field, c.field);
    }
    Note orphan = makeNote();
    orphan.caseUuid = "00000000-0000-4000-8000-000000000000";
    auto r = ws->notes.addNote(orphan);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ForeignKey);
    EXPECT_EQ(r.error().field, "note.case");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM note"), 0);
}

TEST_F(NoteServiceTest, AttachesFileUnderItsHash) {
    const std::string source = writeFile("statement.txt", "hello world");
    const Attachment a = must(ws->notes.attachFile(caseUuid, source, "statement.txt", "text/plain", "inv.sari"));
    EXPECT_EQ(a.sha256, kHelloSha);
    EXPECT_EQ(a.size, 11);

    const std::string stored = ws->notes.contentPath(kHelloSha);
    EXPECT_EQ(fs::path(stored), fs::path(Workspace::attachmentDirFor(ws->path())) / "b9" / kHelloSha);
    // Encrypted on disk, readable through the service.
    EXPECT_TRUE(security::FileCipher::isEncrypted(stored));
    EXPECT_EQ(readFile(stored).find("hello world"), std::string::npos);
    EXPECT_EQ(content(kHelloSha), "hello world");
    EXPECT_TRUE(ws->notes.hasContent(kHelloSha));
    EXPECT_EQ(storedFiles(), 1u);  // no temporary file left behind
    EXPECT_EQ(fs::status(stored).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);

    const auto list = must(ws->notes.attachments(caseUuid));
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].uuid, a.uuid);
    EXPECT_EQ(list[0].caseUuid, caseUuid);
    EXPECT_EQ(list[0].sha256, kHelloSha);
    EXPECT_EQ(list[0].name, "statement.txt");
    EXPECT_EQ(list[0].mediaType, "text/plain");
    EXPECT_EQ(list[0].size, 11);
    EXPECT_EQ(list[0].addedAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(list[0].addedBy, "inv.sari");
}

TEST_F(NoteServiceTest, StoresSameContentOnce) {
    const std::string first = writeFile("a.txt", "hello world");
    const std::string second = writeFile("b.txt", "hello world");
    const Attachment a = must(ws->notes.attachFile(caseUuid, first, "a.txt", "text/plain"));
    // Back-date the stored content: a second attach of the same bytes must not rewrite it.
    const fs::path stored = ws->notes.contentPath(a.sha256);
    const auto old = fs::last_write_time(stored) - std::chrono::hours(24 * 365);
    fs::last_write_time(stored, old);
    const Attachment b = must(ws->notes.attachFile(caseUuid, second, "copy.txt", "text/plain"));
    EXPECT_EQ(fs::last_write_time(stored), old);
    EXPECT_EQ(a.sha256, b.sha256);
    EXPECT_NE(a.uuid, b.uuid);
    EXPECT_EQ(storedFiles(), 1u);
    EXPECT_EQ(must(ws->notes.attachments(caseUuid)).size(), 2u);

    must(ws->notes.attachFile(caseUuid, writeFile("c.txt", "other content"), "c.txt", "text/plain"));
    EXPECT_EQ(storedFiles(), 2u);
}

TEST_F(NoteServiceTest, HandlesEmptyAndLargeFiles) {
    const Attachment empty = must(ws->notes.attachFile(caseUuid, writeFile("empty.bin", ""), "empty.bin",
                                                       "application/octet-stream"));
    EXPECT_EQ(empty.sha256, kEmptySha);
    EXPECT_EQ(empty.size, 0);

    // Larger than the 64 KiB buffer and not a multiple of it.
    std::string big;
    for (int i = 0; i < 200'001; ++i)
        big += static_cast<char>((i * 31 + 7) % 256);
    const Attachment large =
        must(ws->notes.attachFile(caseUuid, writeFile("photo.jpg", big), "photo.jpg", "image/jpeg"));
    EXPECT_EQ(large.size, 200'001);
    EXPECT_EQ(content(large.sha256), big);
    EXPECT_EQ(content(kEmptySha), "");
    const std::string out = dir.file("exported.jpg");
    must(ws->notes.exportAttachment(large.sha256, out));
    EXPECT_EQ(readFile(out), big);
}

TEST_F(NoteServiceTest, MissingSourceIsAnIoErrorNamingTheSource) {
    auto r = ws->notes.attachFile(caseUuid, dir.file("does-not-exist.pdf"), "x.pdf", "application/pdf");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Io);
    EXPECT_EQ(r.error().field, "attachment.source");
    EXPECT_EQ(r.error().detail.find("does-not-exist"), std::string::npos);  // no path in the message
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM attachment"), 0);
    EXPECT_EQ(storedFiles(), 0u);

    auto directory = ws->notes.attachFile(caseUuid, dir.path().string(), "dir", "application/pdf");
    ASSERT_FALSE(directory.ok());
    EXPECT_EQ(directory.error().field, "attachment.source");
}

TEST_F(NoteServiceTest, AttachmentValidationNamesTheField) {
    const std::string source = writeFile("s.txt", "hello world");
    auto badCase = ws->notes.attachFile("00000000-0000-4000-8000-000000000000", source, "s.txt", "text/plain");
    ASSERT_FALSE(badCase.ok());
    EXPECT_EQ(badCase.error().code, ErrorCode::ForeignKey);
    EXPECT_EQ(badCase.error().field, "attachment.case");

    auto badName = ws->notes.attachFile(caseUuid, source, "../../etc/passwd", "text/plain");
    ASSERT_FALSE(badName.ok());
    EXPECT_EQ(badName.error().field, "attachment.name");

    auto badType = ws->notes.attachFile(caseUuid, source, "s.txt", "plain text");
    ASSERT_FALSE(badType.ok());
    EXPECT_EQ(badType.error().field, "attachment.mediaType");

    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM attachment"), 0);
    EXPECT_EQ(storedFiles(), 0u);
}

TEST_F(NoteServiceTest, ExportCopiesVerifiedContent) {
    const Attachment a = must(ws->notes.attachFile(caseUuid, writeFile("s.txt", "hello world"), "s.txt",
                                                   "text/plain"));
    const std::string out = dir.file("out.txt");
    must(ws->notes.exportAttachment(a.sha256, out));
    EXPECT_EQ(readFile(out), "hello world");
}

TEST_F(NoteServiceTest, ExportDetectsTamperedContent) {
    const Attachment a = must(ws->notes.attachFile(caseUuid, writeFile("s.txt", "hello world"), "s.txt",
                                                   "text/plain"));
    const std::string stored = ws->notes.contentPath(a.sha256);
    fs::permissions(stored, fs::perms::owner_write, fs::perm_options::add);
    std::string bytes = readFile(stored);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    {
        std::ofstream tamper(stored, std::ios::binary | std::ios::trunc);
        tamper << bytes;
    }
    const std::string out = dir.file("out.txt");
    auto r = ws->notes.exportAttachment(a.sha256, out);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Integrity);
    EXPECT_NE(r.error().detail.find(a.sha256), std::string::npos) << r.error().detail;  // names the file
    EXPECT_FALSE(fs::exists(out));
    // Nothing half-written next to the destination either.
    for (const auto& e : fs::directory_iterator(dir.path()))
        EXPECT_EQ(e.path().filename().string().find("out.txt"), std::string::npos);
    EXPECT_TRUE(audited(security::audit::kExport).empty());
}

TEST_F(NoteServiceTest, AValidFileOfOtherContentInItsPlaceIsCaught) {
    const Attachment a = must(ws->notes.attachFile(caseUuid, writeFile("s.txt", "hello world"), "s.txt",
                                                   "text/plain"));
    const Attachment b = must(ws->notes.attachFile(caseUuid, writeFile("t.txt", "hello w0rld"), "t.txt",
                                                   "text/plain"));
    // Authentic ciphertext, but of the other attachment.
    fs::permissions(ws->notes.contentPath(a.sha256), fs::perms::owner_write, fs::perm_options::add);
    fs::copy_file(ws->notes.contentPath(b.sha256), ws->notes.contentPath(a.sha256),
                  fs::copy_options::overwrite_existing);
    auto r = ws->notes.exportAttachment(a.sha256, dir.file("out.txt"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Integrity);
    EXPECT_EQ(r.error().detail, "content does not match its SHA-256");
    EXPECT_FALSE(fs::exists(dir.file("out.txt")));
}

TEST_F(NoteServiceTest, StoresAndReadsContentForOtherServices) {
    auto produce = [](const std::string& text) {
        return [text](const NoteService::ContentWriter& write) -> Status {
            LINTAS_TRY(write(std::string_view(text).substr(0, 5)));
            return write(std::string_view(text).substr(5));
        };
    };
    const auto stored = must(ws->notes.storeAttachment(produce("hello world"), kHelloSha));
    EXPECT_EQ(stored.sha256, kHelloSha);
    EXPECT_EQ(stored.size, 11);
    EXPECT_TRUE(stored.created);
    EXPECT_EQ(content(kHelloSha), "hello world");
    const auto again = must(ws->notes.storeAttachment(produce("hello world")));
    EXPECT_FALSE(again.created);
    EXPECT_EQ(storedFiles(), 1u);

    // Content that is not what the caller says it is: refused, nothing stored.
    auto wrong = ws->notes.storeAttachment(produce("hello w0rld"), kHelloSha);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Integrity);
    EXPECT_EQ(wrong.error().field, "attachment.content");
    EXPECT_EQ(storedFiles(), 1u);

    // Unreferenced content can be removed again (an import that rolled back).
    must(ws->notes.removeContent(kHelloSha));
    EXPECT_FALSE(ws->notes.hasContent(kHelloSha));
    const Attachment a = must(ws->notes.attachFile(caseUuid, writeFile("s.txt", "hello world"), "s.txt",
                                                   "text/plain"));
    auto referenced = ws->notes.removeContent(a.sha256);
    ASSERT_FALSE(referenced.ok());
    EXPECT_EQ(referenced.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(ws->notes.hasContent(a.sha256));
}

TEST_F(NoteServiceTest, CreationsAndExportsAreAudited) {
    const Note n = must(ws->notes.addNote(makeNote()));
    const Attachment a = must(ws->notes.attachFile(caseUuid, writeFile("s.txt", "hello world"), "s.txt",
                                                   "text/plain"));
    must(ws->notes.exportAttachment(a.sha256, dir.file("out.txt")));
    std::vector<std::string> created;
    for (const auto& e : audited(security::audit::kCreate))
        if (e.rfind("note ", 0) == 0 || e.rfind("attachment ", 0) == 0)
            created.push_back(e);
    EXPECT_EQ(created, (std::vector<std::string>{"note " + n.uuid + " case=" + caseUuid,
                                                 "attachment " + a.uuid + " case=" + caseUuid}));
    EXPECT_EQ(audited(security::audit::kExport), (std::vector<std::string>{"attachment " + a.uuid + " to=file"}));
    // No content in any entry.
    security::AuditQuery q;
    for (const auto& e : must(ws->audit().query(q)))
        EXPECT_EQ(e.detail.find("interpreter"), std::string::npos);
}

TEST_F(NoteServiceTest, NotesAndAttachmentsAreIntelligence) {
    const Attachment a = must(ws->notes.attachFile(caseUuid, writeFile("s.txt", "hello world"), "s.txt",
                                                   "text/plain"));
    must(ws->users.create("vso.dewi", "Victim support", security::RoleSet{security::Role::VictimSupport},
                          test::kTestPassword, test::kTestPassword));
    reopenAs("vso.dewi");
    auto add = ws->notes.addNote(makeNote());
    ASSERT_FALSE(add.ok());
    EXPECT_EQ(add.error().code, ErrorCode::Forbidden);
    auto list = ws->notes.notes(caseUuid);
    ASSERT_FALSE(list.ok());
    EXPECT_EQ(list.error().code, ErrorCode::Forbidden);
    auto files = ws->notes.attachments(caseUuid);
    ASSERT_FALSE(files.ok());
    EXPECT_EQ(files.error().code, ErrorCode::Forbidden);
    auto exported = ws->notes.exportAttachment(a.sha256, dir.file("out.txt"));
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(fs::exists(dir.file("out.txt")));
    auto attach = ws->notes.attachFile(caseUuid, writeFile("t.txt", "other"), "t.txt", "text/plain");
    ASSERT_FALSE(attach.ok());
    EXPECT_EQ(attach.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM note"), 0);
    EXPECT_EQ(storedFiles(), 1u);
    EXPECT_EQ(audited(security::audit::kPermissionDenied).size(), 5u);
}

TEST_F(NoteServiceTest, ExportOfMissingOrMalformedHashFails) {
    auto missing = ws->notes.exportAttachment(kHelloSha, dir.file("out.txt"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    auto malformed = ws->notes.exportAttachment("../../secret", dir.file("out.txt"));
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().code, ErrorCode::Validation);
    EXPECT_EQ(malformed.error().field, "attachment.sha256");
}

}  // namespace
}  // namespace lintas
