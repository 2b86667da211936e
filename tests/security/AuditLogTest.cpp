// The hash-chained audit log: the chain, what verify() catches when the table is edited behind
// Lintas's back (triggers dropped, rows changed with plain SQL), checkpoints, queries, export,
// and the permission-checked AuditService. Users, records and reasons here are invented.

#include "TestWorkspace.h"

#include "lintas/exchange/Json.h"
#include "lintas/security/AuditLog.h"
#include "lintas/store/Database.h"

#include <openssl/sha.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <string>
#include <vector>

namespace lintas::test {
namespace {

using security::AuditCheckpoint;
using security::AuditEntry;
using security::AuditQuery;
using security::AuditService;
using security::AuditVerification;
namespace audit = security::audit;
namespace json = exchange::json;

/// SHA-256 in lower-case hex, computed here with OpenSSL's one-shot SHA256 (not the code under test).
std::string sha256(const std::string& bytes) {
    unsigned char md[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), md);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : md) {
        out += hex[b >> 4];
        out += hex[b & 0xF];
    }
    return out;
}

/// The canonical form as docs/security.md describes it, written independently of AuditLog.cpp.
std::string documentedCanonicalForm(const std::vector<std::string>& fieldsFromSeq) {
    std::string out;
    for (std::size_t i = 0; i < fieldsFromSeq.size(); ++i) {
        if (i > 0)
            out += '\x1F';
        out += fieldsFromSeq[i];
    }
    return out;
}

const std::string kZeros(64, '0');

class AuditLogTest : public WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        if (HasFatalFailure())
            return;
        base = must(ws->audit().count({}));  // what creating the workspace wrote (user, sign-in)
    }

    /// Appends one synthetic entry a minute after the previous one.
    void append(const std::string& action, const std::string& recordType = "case",
                const std::string& recordUuid = "00000000-0000-4000-8000-00000000c001", const std::string& detail = {},
                const std::string& username = "inv.sari", const std::string& reason = {}) {
        clock->advance(std::chrono::minutes(1));
        AuditEntry e;
        e.userUuid = "00000000-0000-4000-8000-0000000000" + std::string(username == "inv.sari" ? "a1" : "b2");
        e.username = username;
        e.action = action;
        e.recordType = recordType;
        e.recordUuid = recordUuid;
        e.detail = detail;
        e.reason = reason;
        must(ws->audit().append(e));
    }
    /// Six more entries of different kinds.
    void appendSix() {
        append(audit::kCreate);
        append(audit::kUpdate, "case", "00000000-0000-4000-8000-00000000c001", "fields=title,status");
        append(audit::kSearch, "", "", "results=3");
        append(audit::kReadIdentity, "person", "00000000-0000-4000-8000-00000000p001", "", "vs.maya",
               "preparing the shelter referral");
        append(audit::kExport, "bundle", "00000000-0000-4000-8000-00000000b001", "cases=1");
        append(audit::kDelete, "note", "00000000-0000-4000-8000-00000000n001");
    }

    std::vector<AuditEntry> all() {
        AuditQuery q;
        q.limit = 0;
        q.newestFirst = false;
        return must(ws->audit().query(q));
    }
    std::int64_t head() { return must(ws->audit().count({})); }

    void sql(const std::string& statement) { must(ws->db().execute(statement)); }
    /// What someone with the database key and sqlite3 would do first.
    void dropTriggers() {
        sql("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    }

    AuditVerification verify() { return must(ws->audit().verify()); }

    std::int64_t base = 0;
};

TEST_F(AuditLogTest, CanonicalFormAndHashAreTheDocumentedOnes) {
    AuditEntry e;
    e.seq = 1;
    e.at = "2026-03-15T09:00:00Z";
    e.userUuid = "u-1";
    e.username = "inv.sari";
    e.action = "update";
    e.recordType = "case";
    e.recordUuid = "c-1";
    e.detail = "fields=title,status";
    e.prevHash = kZeros;
    EXPECT_EQ(security::canonicalForm(e),
              documentedCanonicalForm({"1", "2026-03-15T09:00:00Z", "u-1", "inv.sari", "update", "case", "c-1",
                                       "fields=title,status", "", kZeros}));
    // Computed outside Lintas (Python hashlib) from the same bytes.
    EXPECT_EQ(security::entryHash(e), "c11533c1b3134cf8b3f42cf33b11a5bc499175bf1217332885ba39d5314284bb");
    e.reason = "x";
    EXPECT_NE(security::entryHash(e), "c11533c1b3134cf8b3f42cf33b11a5bc499175bf1217332885ba39d5314284bb");
}

TEST_F(AuditLogTest, ChainBuildsAndVerifies) {
    appendSix();
    const auto entries = all();
    ASSERT_EQ(static_cast<std::int64_t>(entries.size()), base + 6);
    std::string prev = kZeros;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        EXPECT_EQ(e.seq, static_cast<std::int64_t>(i + 1));
        EXPECT_EQ(e.prevHash, prev) << "entry " << e.seq;
        EXPECT_EQ(e.hash, sha256(documentedCanonicalForm({std::to_string(e.seq), e.at, e.userUuid, e.username, e.action,
                                                          e.recordType, e.recordUuid, e.detail, e.reason,
                                                          e.prevHash})))
            << "entry " << e.seq;
        prev = e.hash;
    }
    const auto& last = entries.back();
    EXPECT_EQ(last.action, "delete");
    EXPECT_EQ(last.at, "2026-03-15T09:06:00Z");  // the injected clock, not the system's
    EXPECT_EQ(last.username, "inv.sari");

    const auto v = verify();
    EXPECT_TRUE(v.ok) << v.problem;
    EXPECT_EQ(v.entries, base + 6);
    EXPECT_EQ(v.firstBrokenSeq, 0);
    EXPECT_EQ(v.headHash, last.hash);
}

TEST_F(AuditLogTest, AnEmptyLogVerifies) {
    auto db = store::Database::openMemory();
    ASSERT_TRUE(db.ok());
    must((*db)->execute("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user_uuid TEXT NOT NULL,"
                        " username TEXT NOT NULL, action TEXT NOT NULL, record_type TEXT NOT NULL,"
                        " record_uuid TEXT NOT NULL, detail TEXT NOT NULL, reason TEXT NOT NULL,"
                        " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"));
    security::AuditLog log(**db, *clock);
    const auto v = must(log.verify());
    EXPECT_TRUE(v.ok);
    EXPECT_EQ(v.entries, 0);
    EXPECT_EQ(v.headHash, kZeros);
    const auto cp = must(log.checkpoint("IDN/BARESKRIM"));
    EXPECT_EQ(cp.seq, 0);
    EXPECT_EQ(cp.hash, kZeros);
    AuditEntry e;
    e.action = audit::kSignIn;
    must(log.append(e));
    const auto first = must(log.query({}));
    ASSERT_EQ(first.size(), 1U);
    EXPECT_EQ(first[0].seq, 1);
    EXPECT_EQ(first[0].prevHash, kZeros);
}

TEST_F(AuditLogTest, AppendCommitsWithTheCallersTransactionOrNotAtAll) {
    {
        store::Transaction tx(ws->db());
        ASSERT_TRUE(tx.begun().ok());
        append(audit::kCreate);
        EXPECT_EQ(head(), base + 1);  // visible inside the transaction
        // no commit: the action failed, so its entry goes with it
    }
    EXPECT_EQ(head(), base);
    {
        store::Transaction tx(ws->db());
        ASSERT_TRUE(tx.begun().ok());
        append(audit::kCreate);
        must(tx.commit());
    }
    EXPECT_EQ(head(), base + 1);
    append(audit::kUpdate);  // no transaction open: commits on its own
    EXPECT_EQ(head(), base + 2);
    EXPECT_FALSE(ws->db().inTransaction());
    EXPECT_TRUE(verify().ok);
}

TEST_F(AuditLogTest, AppendRefusesAnEmptyActionAndTheFieldSeparator) {
    AuditEntry e;
    auto s = ws->audit().append(e);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Validation);
    EXPECT_EQ(s.error().field, "audit.action");
    e.action = audit::kUpdate;
    e.detail = std::string("fields=title") + '\x1F' + "status";
    s = ws->audit().append(e);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, "audit.detail");
    EXPECT_EQ(head(), base);
}

TEST_F(AuditLogTest, TriggersRefuseUpdateAndDelete) {
    appendSix();
    const auto before = all();
    auto updated = ws->db().execute("UPDATE audit_log SET detail = 'fields=nothing' WHERE seq = 2");
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::Database);
    auto deleted = ws->db().execute("DELETE FROM audit_log WHERE seq = " + std::to_string(head()));
    ASSERT_FALSE(deleted.ok());
    EXPECT_EQ(deleted.error().code, ErrorCode::Database);
    const auto after = all();
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        EXPECT_EQ(after[i].hash, before[i].hash);
    EXPECT_TRUE(verify().ok);
}

TEST_F(AuditLogTest, EditingAnyColumnIsCaughtAndNamesTheEntry) {
    appendSix();
    dropTriggers();
    const std::int64_t target = base + 4;  // the read-identity entry
    const std::string where = " WHERE seq = " + std::to_string(target);
    struct Edit {
        const char* column;
        const char* value;
        const char* problem;
    };
    const Edit edits[] = {
        {"at", "2026-03-15T08:00:00Z", "hash does not match its content"},
        {"user_uuid", "00000000-0000-4000-8000-0000000000ff", "hash does not match its content"},
        {"username", "admin.test", "hash does not match its content"},
        {"action", "search", "hash does not match its content"},
        {"record_type", "case", "hash does not match its content"},
        {"record_uuid", "00000000-0000-4000-8000-00000000p002", "hash does not match its content"},
        {"detail", "results=0", "hash does not match its content"},
        {"reason", "", "hash does not match its content"},
        {"hash", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
         "hash does not match its content"},
        {"prev_hash", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "does not follow entry"},
    };
    for (const auto& edit : edits) {
        SCOPED_TRACE(edit.column);
        std::string original;
        {
            auto st = must(ws->db().prepare(std::string("SELECT ") + edit.column + " FROM audit_log" + where));
            ASSERT_TRUE(must(st->step()));
            original = st->text(0);
            st->reset();
        }
        sql(std::string("UPDATE audit_log SET ") + edit.column + " = '" + edit.value + "'" + where);
        const auto v = verify();
        EXPECT_FALSE(v.ok);
        EXPECT_EQ(v.firstBrokenSeq, target);
        EXPECT_NE(v.problem.find(edit.problem), std::string::npos) << v.problem;
        EXPECT_EQ(v.entries, target - 1);
        // Put it back: the chain verifies again, so the next edit is judged on its own.
        sql(std::string("UPDATE audit_log SET ") + edit.column + " = '" + original + "'" + where);
        EXPECT_TRUE(verify().ok);
    }
}

TEST_F(AuditLogTest, ChangingAnEntrysSeqIsCaught) {
    appendSix();
    dropTriggers();
    const std::int64_t target = base + 3;
    sql("UPDATE audit_log SET seq = 1000 WHERE seq = " + std::to_string(target));
    const auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, target);
    EXPECT_NE(v.problem.find("missing"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, DeletingAnEntryIsCaught) {
    appendSix();
    dropTriggers();
    const std::int64_t target = base + 2;
    sql("DELETE FROM audit_log WHERE seq = " + std::to_string(target));
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, target);
    EXPECT_EQ(v.problem, "missing: the log goes from entry " + std::to_string(target - 1) + " to entry " +
                             std::to_string(target + 1));

    sql("DELETE FROM audit_log WHERE seq = 1");
    v = verify();
    EXPECT_EQ(v.firstBrokenSeq, 1);
    EXPECT_EQ(v.problem, "missing: the log starts at entry 2");
}

TEST_F(AuditLogTest, DeletingAnEntryAndRenumberingTheRestIsCaught) {
    appendSix();
    dropTriggers();
    const std::int64_t target = base + 2;
    sql("DELETE FROM audit_log WHERE seq = " + std::to_string(target));
    // Close the gap (two steps, so no seq collides on the way).
    sql("UPDATE audit_log SET seq = -seq WHERE seq > " + std::to_string(target));
    sql("UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0");
    const auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, target);
    EXPECT_NE(v.problem.find("does not follow entry " + std::to_string(target - 1)), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, ReorderingTwoEntriesIsCaught) {
    appendSix();
    dropTriggers();
    const std::int64_t a = base + 3;
    const std::int64_t b = base + 4;
    sql("UPDATE audit_log SET seq = -1 WHERE seq = " + std::to_string(a));
    sql("UPDATE audit_log SET seq = " + std::to_string(a) + " WHERE seq = " + std::to_string(b));
    sql("UPDATE audit_log SET seq = " + std::to_string(b) + " WHERE seq = -1");
    const auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, a);
    EXPECT_EQ(v.problem,
              "out of order: entries " + std::to_string(a) + " and " + std::to_string(b) + " are swapped");
    EXPECT_EQ(v.entries, a - 1);
}

TEST_F(AuditLogTest, AForgedEntryAtTheEndIsCaught) {
    appendSix();
    const auto entries = all();
    const auto& last = entries.back();
    const std::int64_t forged = last.seq + 1;
    // The forger links it to the head but cannot produce the hash without the canonical form
    // right: here they hash a readable rendering of the entry instead.
    const std::string content = std::to_string(forged) + "|2026-03-15T10:00:00Z|admin.test|delete|case";
    sql("INSERT INTO audit_log(seq, at, user_uuid, username, action, record_type, record_uuid, detail, reason,"
        " prev_hash, hash) VALUES (" +
        std::to_string(forged) + ", '2026-03-15T10:00:00Z', '', 'admin.test', 'delete', 'case', '', '', '', '" +
        last.hash + "', '" + sha256(content) + "')");
    const auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, forged);
    EXPECT_EQ(v.problem, "hash does not match its content");
    EXPECT_EQ(v.headHash, last.hash);
}

TEST_F(AuditLogTest, AnEntryInsertedInTheMiddleIsCaughtAndNamed) {
    appendSix();
    dropTriggers();
    const std::int64_t at = base + 3;
    const auto before = all();
    // Make room at `at` and insert an entry correctly hashed and linked to the entry before it.
    sql("UPDATE audit_log SET seq = -seq WHERE seq >= " + std::to_string(at));
    sql("UPDATE audit_log SET seq = -seq + 1 WHERE seq < 0");
    AuditEntry forged;
    forged.seq = at;
    forged.at = before[static_cast<std::size_t>(at - 2)].at;
    forged.username = "inv.sari";
    forged.action = audit::kReadIdentity;
    forged.recordType = "person";
    forged.recordUuid = "00000000-0000-4000-8000-00000000p009";
    forged.reason = "routine check";
    forged.prevHash = before[static_cast<std::size_t>(at - 2)].hash;
    forged.hash = sha256(documentedCanonicalForm({std::to_string(forged.seq), forged.at, "", forged.username,
                                                  forged.action, forged.recordType, forged.recordUuid, "",
                                                  forged.reason, forged.prevHash}));
    sql("INSERT INTO audit_log(seq, at, user_uuid, username, action, record_type, record_uuid, detail, reason,"
        " prev_hash, hash) VALUES (" +
        std::to_string(at) + ", '" + forged.at + "', '', 'inv.sari', 'read-identity', 'person', '" +
        forged.recordUuid + "', '', 'routine check', '" + forged.prevHash + "', '" + forged.hash + "')");
    const auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, at);
    EXPECT_EQ(v.problem, "not part of the chain: entry " + std::to_string(at + 1) + " follows entry " +
                             std::to_string(at - 1) + " (an entry was inserted)");
}

TEST_F(AuditLogTest, TruncationIsCaughtByACheckpoint) {
    appendSix();
    const auto cp = must(ws->audit().checkpoint("IDN/BARESKRIM"));
    EXPECT_EQ(cp.seq, base + 6);
    EXPECT_TRUE(must(ws->audit().verifyAgainst(cp)).ok);

    dropTriggers();
    sql("DELETE FROM audit_log WHERE seq > " + std::to_string(base + 4));
    // The shorter chain is still a valid chain: only the checkpoint reveals what is gone.
    EXPECT_TRUE(verify().ok);
    auto v = must(ws->audit().verifyAgainst(cp));
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, base + 5);
    EXPECT_NE(v.problem.find("truncated"), std::string::npos) << v.problem;
    EXPECT_NE(v.problem.find("names entry " + std::to_string(base + 6)), std::string::npos) << v.problem;

    // New entries after the cut reach the checkpoint's seq again, with another hash.
    append(audit::kCreate);
    append(audit::kCreate);
    append(audit::kCreate);
    EXPECT_TRUE(verify().ok);
    v = must(ws->audit().verifyAgainst(cp));
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, cp.seq);
    EXPECT_NE(v.problem.find("does not match the checkpoint"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, ARewrittenChainIsCaughtByACheckpoint) {
    appendSix();
    const auto cp = must(ws->audit().checkpoint("IDN/BARESKRIM"));
    append(audit::kCreate);
    dropTriggers();
    // Someone who knows the format edits entry 2 and recomputes every hash after it.
    sql("UPDATE audit_log SET detail = 'edited' WHERE seq = 2");
    auto entries = all();
    std::string prev = entries[0].hash;
    for (std::size_t i = 1; i < entries.size(); ++i) {
        auto& e = entries[i];
        e.prevHash = prev;
        e.hash = security::entryHash(e);
        sql("UPDATE audit_log SET prev_hash = '" + e.prevHash + "', hash = '" + e.hash +
            "' WHERE seq = " + std::to_string(e.seq));
        prev = e.hash;
    }
    EXPECT_TRUE(verify().ok);  // a consistent forgery: the chain alone cannot tell
    auto v = must(ws->audit().verifyAgainst(cp));
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, cp.seq);
    EXPECT_NE(v.problem.find("does not match the checkpoint"), std::string::npos) << v.problem;

    // A clumsy edit after the checkpoint as well: the rewrite before it is still named first.
    sql("UPDATE audit_log SET detail = 'clumsy' WHERE seq = " + std::to_string(head()));
    EXPECT_EQ(verify().firstBrokenSeq, head());
    v = must(ws->audit().verifyAgainst(cp));
    EXPECT_EQ(v.firstBrokenSeq, cp.seq);
}

TEST_F(AuditLogTest, AnEditBeforeTheCheckpointIsNamedBeforeTheCheckpointMismatch) {
    appendSix();
    const auto cp = must(ws->audit().checkpoint("IDN/BARESKRIM"));
    dropTriggers();
    sql("UPDATE audit_log SET reason = 'edited' WHERE seq = 3");
    const auto v = must(ws->audit().verifyAgainst(cp));
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.firstBrokenSeq, 3);
    EXPECT_EQ(v.problem, "hash does not match its content");
}

TEST_F(AuditLogTest, QueryFiltersByUserRecordActionAndTime) {
    appendSix();  // 09:01 … 09:06
    clock->advance(std::chrono::hours(24));
    append(audit::kUpdate, "case", "00000000-0000-4000-8000-00000000c001", "fields=status", "vs.maya");  // next day

    AuditQuery q;
    q.username = "VS.MAYA";
    auto r = must(ws->audit().query(q));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0].action, "update");  // newest first
    EXPECT_EQ(r[1].action, "read-identity");
    EXPECT_EQ(r[1].reason, "preparing the shelter referral");
    EXPECT_EQ(must(ws->audit().count(q)), 2);

    q = {};
    q.userUuid = "00000000-0000-4000-8000-0000000000b2";
    EXPECT_EQ(must(ws->audit().count(q)), 2);

    q = {};
    q.recordUuid = "00000000-0000-4000-8000-00000000c001";
    r = must(ws->audit().query(q));
    ASSERT_EQ(r.size(), 3U);
    EXPECT_EQ(r[2].action, "create");
    q.action = audit::kUpdate;
    EXPECT_EQ(must(ws->audit().count(q)), 2);
    q.newestFirst = false;
    r = must(ws->audit().query(q));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0].detail, "fields=title,status");

    q = {};
    q.recordType = "person";
    r = must(ws->audit().query(q));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0].action, "read-identity");

    q = {};
    q.from = "2026-03-15T09:03:00Z";
    q.to = "2026-03-15T09:05:00Z";
    r = must(ws->audit().query(q));
    ASSERT_EQ(r.size(), 3U);
    EXPECT_EQ(r[0].at, "2026-03-15T09:05:00Z");
    EXPECT_EQ(r[2].at, "2026-03-15T09:03:00Z");

    q = {};
    q.to = "2026-03-15";  // the whole day
    EXPECT_EQ(must(ws->audit().count(q)), base + 6);
    q = {};
    q.from = "2026-03-16";
    r = must(ws->audit().query(q));
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0].username, "vs.maya");

    q = {};
    q.limit = 2;
    q.offset = 1;
    r = must(ws->audit().query(q));
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0].seq, base + 6);
    EXPECT_EQ(r[1].seq, base + 5);
    EXPECT_EQ(must(ws->audit().count(q)), base + 7);  // count ignores limit and offset

    q = {};
    q.from = "last tuesday";
    auto bad = ws->audit().query(q);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Validation);
    EXPECT_EQ(bad.error().field, "audit.from");
    q = {};
    q.to = "2026-02-30";
    auto badTo = ws->audit().count(q);
    ASSERT_FALSE(badTo.ok());
    EXPECT_EQ(badTo.error().field, "audit.to");
}

TEST_F(AuditLogTest, ReadsOfNamesWhoReadAVictimsIdentityAndWhy) {
    const std::string victim = "00000000-0000-4000-8000-00000000p001";
    const std::string other = "00000000-0000-4000-8000-00000000p002";
    append(audit::kReadIdentity, "person", victim, "", "vs.maya", "preparing the shelter referral");
    append(audit::kUpdate, "person", victim, "fields=aliases", "inv.sari");
    append(audit::kReadIdentity, "person", other, "", "inv.sari", "identity check at the border");
    append(audit::kReadIdentity, "person", victim, "", "inv.sari", "witness statement");
    const auto reads = must(ws->audit().readsOf(victim));
    ASSERT_EQ(reads.size(), 2U);
    EXPECT_EQ(reads[0].username, "inv.sari");
    EXPECT_EQ(reads[0].reason, "witness statement");
    EXPECT_EQ(reads[1].username, "vs.maya");
    EXPECT_EQ(reads[1].reason, "preparing the shelter referral");
    EXPECT_TRUE(must(ws->audit().readsOf("00000000-0000-4000-8000-00000000p003")).empty());
}

TEST_F(AuditLogTest, CheckpointTextRoundTrips) {
    AuditCheckpoint cp;
    cp.agency = "IDN/BARESKRIM";
    cp.seq = 123;
    cp.at = "2026-03-15T09:00:00Z";
    cp.hash = "c11533c1b3134cf8b3f42cf33b11a5bc499175bf1217332885ba39d5314284bb";
    const std::string text = cp.toText();
    EXPECT_EQ(text, "LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=123 at=2026-03-15T09:00:00Z "
                    "sha256=c11533c1b3134cf8b3f42cf33b11a5bc499175bf1217332885ba39d5314284bb");
    for (const std::string& variant : {text, text + "\n", "  " + text + "\r\n"}) {
        const auto back = must(AuditCheckpoint::parse(variant));
        EXPECT_EQ(back.agency, cp.agency);
        EXPECT_EQ(back.seq, cp.seq);
        EXPECT_EQ(back.at, cp.at);
        EXPECT_EQ(back.hash, cp.hash);
    }
    // Read aloud over the phone and typed in capitals: the same checkpoint.
    std::string upper = text;
    for (std::size_t i = upper.find("sha256=") + 7; i < upper.size(); ++i)
        upper[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[i])));
    EXPECT_EQ(must(AuditCheckpoint::parse(upper)).hash, cp.hash);
}

TEST_F(AuditLogTest, MalformedCheckpointsAreRefusedNamingTheField) {
    const std::string h = "c11533c1b3134cf8b3f42cf33b11a5bc499175bf1217332885ba39d5314284bb";
    const std::string at = "2026-03-15T09:00:00Z";
    const std::string good = "LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=5 at=" + at + " sha256=" + h;
    ASSERT_TRUE(AuditCheckpoint::parse(good).ok());
    const std::pair<std::string, std::string> cases[] = {
        {"", "checkpoint.format"},
        {"hello world", "checkpoint.format"},
        {"LINTAS-AUDIT-CHECKPOINT v2 agency=IDN/BARESKRIM seq=5 at=" + at + " sha256=" + h, "checkpoint.version"},
        {"LINTAS-AUDIT-CHECKPOINT v1", "checkpoint.agency"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=idn/bareskrim seq=5 at=" + at + " sha256=" + h, "checkpoint.agency"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=BARESKRIM seq=5 at=" + at + " sha256=" + h, "checkpoint.agency"},
        {"LINTAS-AUDIT-CHECKPOINT v1 seq=5 agency=IDN/BARESKRIM at=" + at + " sha256=" + h, "checkpoint.agency"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=-5 at=" + at + " sha256=" + h, "checkpoint.seq"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=5x at=" + at + " sha256=" + h, "checkpoint.seq"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=99999999999999999999 at=" + at + " sha256=" + h,
         "checkpoint.seq"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq= at=" + at + " sha256=" + h, "checkpoint.seq"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=5 at=2026-03-15 sha256=" + h, "checkpoint.at"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=5 at=2026-02-30T09:00:00Z sha256=" + h,
         "checkpoint.at"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=5 at=" + at, "checkpoint.sha256"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=5 at=" + at + " sha256=" + h.substr(1),
         "checkpoint.sha256"},
        {"LINTAS-AUDIT-CHECKPOINT v1 agency=IDN/BARESKRIM seq=5 at=" + at + " sha256=" + h.substr(1) + "g",
         "checkpoint.sha256"},
        {good + " note=extra", "checkpoint.text"},
        {good + "\n" + good, "checkpoint.text"},
    };
    for (const auto& [text, field] : cases) {
        SCOPED_TRACE(text);
        const auto r = AuditCheckpoint::parse(text);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Malformed);
        EXPECT_EQ(r.error().field, field) << r.error().detail;
    }
}

TEST_F(AuditLogTest, ExportWritesEveryEntryAsJsonLinesThatVerifyIndependently) {
    appendSix();
    AuditService service(ws->context());
    const std::string path = dir.file("audit-export.jsonl");
    const auto exported = must(service.exportTo(path));
    // The export's own entry is in the export.
    EXPECT_EQ(exported.seq, base + 7);
    EXPECT_EQ(head(), base + 7);
    const auto entries = all();
    EXPECT_EQ(entries.back().action, "audit-export");
    EXPECT_EQ(entries.back().username, "admin.test");
    EXPECT_EQ(entries.back().recordType, "audit-log");
    EXPECT_EQ(entries.back().detail, "entries=" + std::to_string(base + 7));

    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in.good());
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    ASSERT_EQ(static_cast<std::int64_t>(lines.size()), base + 8);

    const auto header = must(json::parse(lines[0], "header"));
    EXPECT_EQ(header.find("format")->asString(), "lintas-audit-log");
    EXPECT_EQ(header.find("version")->asInt(), 1);
    EXPECT_EQ(header.find("agency")->asString(), "IDN/BARESKRIM");
    EXPECT_EQ(header.find("entries")->asInt(), base + 7);
    EXPECT_EQ(header.find("headSeq")->asInt(), base + 7);
    EXPECT_EQ(header.find("headSha256")->asString(), exported.hash);
    EXPECT_EQ(header.find("exportedAt")->asString(), "2026-03-15T09:06:00Z");

    std::string prev = kZeros;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        SCOPED_TRACE(lines[i]);
        const auto v = must(json::parse(lines[i], "entry"));
        auto text = [&v](const char* key) { return v.find(key)->asString(); };
        const std::int64_t seq = v.find("seq")->asInt();
        EXPECT_EQ(seq, static_cast<std::int64_t>(i));
        EXPECT_EQ(text("prevHash"), prev);
        const std::string recomputed =
            sha256(documentedCanonicalForm({std::to_string(seq), text("at"), text("userUuid"), text("username"),
                                            text("action"), text("recordType"), text("recordUuid"), text("detail"),
                                            text("reason"), text("prevHash")}));
        EXPECT_EQ(text("hash"), recomputed);
        EXPECT_EQ(text("hash"), entries[i - 1].hash);
        prev = recomputed;
    }
    EXPECT_EQ(prev, exported.hash);
    EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    // No temporary file left beside it.
    int files = 0;
    for ([[maybe_unused]] const auto& f : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path()))
        files += f.path().filename().string().rfind("audit-export.jsonl", 0) == 0 ? 1 : 0;
    EXPECT_EQ(files, 1);
}

TEST_F(AuditLogTest, AnExportThatCannotBeWrittenLeavesNoEntry) {
    appendSix();
    AuditService service(ws->context());
    const auto r = service.exportTo(dir.file("no-such-directory/audit.jsonl"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Io);
    EXPECT_EQ(head(), base + 6);
    EXPECT_TRUE(verify().ok);
}

TEST_F(AuditLogTest, ServiceCheckpointRecordsItselfAndCoversItsEntry) {
    appendSix();
    AuditService service(ws->context());
    const auto cp = must(service.checkpoint());
    EXPECT_EQ(cp.agency, "IDN/BARESKRIM");
    EXPECT_EQ(cp.seq, base + 7);
    EXPECT_EQ(cp.at, "2026-03-15T09:06:00Z");
    const auto entries = all();
    EXPECT_EQ(entries.back().action, "audit-checkpoint");
    EXPECT_EQ(entries.back().hash, cp.hash);
    EXPECT_TRUE(must(service.verifyAgainst(must(AuditCheckpoint::parse(cp.toText())))).ok);

    AuditCheckpoint foreign = cp;
    foreign.agency = "THA/TATIP";
    const auto refused = service.verifyAgainst(foreign);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "checkpoint.agency");
}

TEST_F(AuditLogTest, ServiceNeedsAuditReadAndRecordsTheRefusal) {
    appendSix();
    security::Session investigator;
    investigator.userUuid = "00000000-0000-4000-8000-0000000000a1";
    investigator.username = "inv.sari";
    investigator.roles = security::RoleSet{security::Role::Investigator, security::Role::VictimSupport};
    ws->context().setSession(investigator);
    AuditService service(ws->context());
    const std::int64_t before = head();

    auto expectForbidden = [](const auto& result) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::Forbidden);
        EXPECT_EQ(result.error().field, "audit-read");
    };
    expectForbidden(service.query({}));
    expectForbidden(service.count({}));
    expectForbidden(service.verify());
    expectForbidden(service.checkpoint());
    expectForbidden(service.exportTo(dir.file("audit.jsonl")));
    expectForbidden(service.readsOf("00000000-0000-4000-8000-00000000p001"));
    EXPECT_FALSE(std::filesystem::exists(dir.file("audit.jsonl")));

    const auto entries = all();
    ASSERT_EQ(static_cast<std::int64_t>(entries.size()), before + 6);
    for (auto i = static_cast<std::size_t>(before); i < entries.size(); ++i) {
        EXPECT_EQ(entries[i].action, "permission-denied");
        EXPECT_EQ(entries[i].username, "inv.sari");
        EXPECT_EQ(entries[i].detail, "permission=audit-read");
    }
    EXPECT_EQ(entries.back().recordType, "person");
    EXPECT_EQ(entries.back().recordUuid, "00000000-0000-4000-8000-00000000p001");
    EXPECT_EQ(entries[static_cast<std::size_t>(before)].recordType, "audit-log");

    security::Session supervisor = investigator;
    supervisor.roles = security::RoleSet{security::Role::Supervisor};
    ws->context().setSession(supervisor);
    EXPECT_EQ(must(service.count({})), before + 6);
    EXPECT_TRUE(must(service.verify()).ok);
}

}  // namespace
}  // namespace lintas::test
