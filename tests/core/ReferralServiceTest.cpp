#include "TestWorkspace.h"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace lintas {
namespace {

class ReferralServiceTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        const Case c = must(ws->cases.create(makeCase()));
        caseUuid = c.meta.uuid;
        caseReference = c.reference;
        victimUuid = must(ws->persons.create(makePerson())).meta.uuid;
        must(ws->cases.addParty(caseUuid, victimUuid, "Victim"));
        Organisation shelter;
        shelter.name = "Rumah Aman Shelter (synthetic)";
        shelter.type = "Shelter";
        shelter.country = "IDN";
        providerUuid = must(ws->organisations.create(shelter)).meta.uuid;
    }

    Referral makeReferral(const std::string& service = "Shelter", std::optional<std::string> due = "2026-03-25") const {
        Referral r;
        r.caseUuid = caseUuid;
        r.victimUuid = victimUuid;
        r.service = service;
        r.providerUuid = providerUuid;
        r.officer = "vso.rina";
        r.dueDate = std::move(due);
        r.notes = "needs a female-only shelter";
        return r;
    }

    /// Moves through `path` (each step one hour later) and returns the final state.
    Referral walk(const std::string& uuid, const std::vector<std::string>& path) {
        Referral r;
        for (const auto& to : path) {
            clock->advance(std::chrono::hours(1));
            r = must(ws->referrals.move(uuid, to, "vso.rina"));
        }
        return r;
    }

    std::string caseUuid;
    std::string caseReference;
    std::string victimUuid;
    std::string providerUuid;
};

TEST_F(ReferralServiceTest, CreatesInRequestedStateWithEveryField) {
    Referral in = makeReferral();
    in.status = "Completed";  // ignored: every referral starts as Requested
    in.outcome = "not yet";
    in.completedAt = "2026-01-01T00:00:00Z";
    const Referral created = must(ws->referrals.create(in, "vso.rina"));
    const Referral r = must(ws->referrals.get(created.uuid));

    EXPECT_FALSE(r.uuid.empty());
    EXPECT_EQ(r.caseUuid, caseUuid);
    EXPECT_EQ(r.victimUuid, victimUuid);
    EXPECT_EQ(r.service, "Shelter");
    EXPECT_EQ(r.providerUuid, providerUuid);
    EXPECT_EQ(r.officer, "vso.rina");
    EXPECT_EQ(r.status, "Requested");
    EXPECT_EQ(r.dueDate, "2026-03-25");
    EXPECT_EQ(r.outcome, "not yet");
    EXPECT_EQ(r.notes, "needs a female-only shelter");
    EXPECT_EQ(r.requestedAt, "2026-03-15T09:00:00Z");
    EXPECT_FALSE(r.acceptedAt.has_value());
    EXPECT_FALSE(r.startedAt.has_value());
    EXPECT_FALSE(r.completedAt.has_value());
    EXPECT_FALSE(r.declinedAt.has_value());
    EXPECT_FALSE(r.cancelledAt.has_value());
    EXPECT_EQ(r.createdAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(r.updatedAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(r.version, 1);
    EXPECT_EQ(r.victimName, kMaskedName);  // a referral's person is a victim: masked
    EXPECT_EQ(r.providerName, "Rumah Aman Shelter (synthetic)");
    EXPECT_EQ(r.caseReference, caseReference);

    const auto history = must(ws->referrals.history(r.uuid));
    ASSERT_EQ(history.size(), 1u);
    EXPECT_FALSE(history[0].fromStatus.has_value());
    EXPECT_EQ(history[0].toStatus, "Requested");
    EXPECT_EQ(history[0].at, "2026-03-15T09:00:00Z");
    EXPECT_EQ(history[0].byUser, "vso.rina");
}

TEST_F(ReferralServiceTest, ProviderIsOptional) {
    Referral in = makeReferral("Interpretation", std::nullopt);
    in.providerUuid.reset();
    const Referral r = must(ws->referrals.create(in));
    EXPECT_FALSE(r.providerUuid.has_value());
    EXPECT_EQ(r.providerName, "");
    EXPECT_FALSE(r.dueDate.has_value());
}

TEST_F(ReferralServiceTest, RefusesPersonWhoIsNotAVictimInTheCase) {
    const std::string witness = must(ws->persons.create(makePerson("Putu", "Ayu"))).meta.uuid;
    must(ws->cases.addParty(caseUuid, witness, "Witness"));
    Referral in = makeReferral();
    in.victimUuid = witness;
    auto r = ws->referrals.create(in);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Validation);
    EXPECT_EQ(r.error().field, "referral.victim");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM referral"), 0);
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM referral_transition"), 0);
}

TEST_F(ReferralServiceTest, ValidationNamesTheField) {
    struct CaseOf {
        std::function<void(Referral&)> change;
        const char* field;
    };
    const std::vector<CaseOf> cases = {
        {[](Referral& r) { r.service = "Spa"; }, "referral.service"},
        {[](Referral& r) { r.service.clear(); }, "referral.service"},
        {[](Referral& r) { r.dueDate = "2026-13-01"; }, "referral.dueDate"},
        {[](Referral& r) { r.dueDate = "next week"; }, "referral.dueDate"},
        {[](Referral& r) { r.victimUuid.clear(); }, "referral.victim"},
        {[](Referral& r) { r.providerUuid = "shelter"; }, "referral.provider"},
    };
    for (const auto& c : cases) {
        Referral in = makeReferral();
        c.change(in);
        auto r = ws->referrals.create(in);
        ASSERT_FALSE(r.ok()) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << c.field;
        EXPECT_EQ(r.error().field, c.field);
    }
    Referral in = makeReferral();
    in.providerUuid = "00000000-0000-4000-8000-000000000000";
    auto r = ws->referrals.create(in);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ForeignKey);
    EXPECT_EQ(r.error().field, "referral.provider");
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM referral"), 0);
}

TEST_F(ReferralServiceTest, CompletingStampsEveryStep) {
    const std::string uuid = must(ws->referrals.create(makeReferral())).uuid;
    const Referral done = walk(uuid, {"Accepted", "InProgress", "Completed"});
    EXPECT_EQ(done.status, "Completed");
    EXPECT_EQ(done.acceptedAt, "2026-03-15T10:00:00Z");
    EXPECT_EQ(done.startedAt, "2026-03-15T11:00:00Z");
    EXPECT_EQ(done.completedAt, "2026-03-15T12:00:00Z");
    EXPECT_FALSE(done.declinedAt.has_value());
    EXPECT_FALSE(done.cancelledAt.has_value());
    EXPECT_EQ(done.requestedAt, "2026-03-15T09:00:00Z");
    EXPECT_EQ(done.updatedAt, "2026-03-15T12:00:00Z");
    EXPECT_EQ(done.version, 4);
    EXPECT_EQ(must(ws->referrals.get(uuid)).completedAt, "2026-03-15T12:00:00Z");
}

TEST_F(ReferralServiceTest, DecliningStampsDeclinedAt) {
    const std::string uuid = must(ws->referrals.create(makeReferral())).uuid;
    const Referral r = walk(uuid, {"Declined"});
    EXPECT_EQ(r.status, "Declined");
    EXPECT_EQ(r.declinedAt, "2026-03-15T10:00:00Z");
    EXPECT_FALSE(r.acceptedAt.has_value());
}

TEST_F(ReferralServiceTest, CancellingStampsCancelledAtFromEveryOpenState) {
    const std::vector<std::vector<std::string>> paths = {
        {"Cancelled"}, {"Accepted", "Cancelled"}, {"Accepted", "InProgress", "Cancelled"}};
    for (const auto& path : paths) {
        const std::string uuid = must(ws->referrals.create(makeReferral())).uuid;
        const Referral r = walk(uuid, path);
        EXPECT_EQ(r.status, "Cancelled");
        EXPECT_EQ(r.cancelledAt, r.updatedAt);
        ASSERT_TRUE(r.cancelledAt.has_value());
        EXPECT_EQ(r.version, static_cast<std::int64_t>(path.size()) + 1);
    }
}

TEST_F(ReferralServiceTest, RefusesIllegalTransition) {
    struct Illegal {
        std::vector<std::string> setup;
        std::string to;
    };
    const std::vector<Illegal> moves = {
        {{"Accepted", "InProgress", "Completed"}, "Requested"},
        {{}, "Completed"},
        {{}, "InProgress"},
        {{}, "Requested"},
        {{"Declined"}, "Accepted"},
        {{"Cancelled"}, "Accepted"},
        {{"Accepted"}, "Requested"},
        {{"Accepted"}, "Declined"},
        {{"Accepted", "InProgress"}, "Accepted"},
        {{"Accepted", "InProgress", "Completed"}, "Cancelled"},
    };
    for (const auto& m : moves) {
        const std::string uuid = must(ws->referrals.create(makeReferral())).uuid;
        walk(uuid, m.setup);
        const Referral stored = must(ws->referrals.get(uuid));
        const auto historyBefore = must(ws->referrals.history(uuid)).size();
        clock->advance(std::chrono::hours(1));

        auto r = ws->referrals.move(uuid, m.to, "vso.rina", "note", std::string("outcome"));
        ASSERT_FALSE(r.ok()) << stored.status << " -> " << m.to;
        EXPECT_EQ(r.error().code, ErrorCode::IllegalTransition);
        EXPECT_EQ(r.error().field, "referral.status");
        EXPECT_EQ(r.error().detail, "cannot move from " + stored.status + " to " + m.to);

        const Referral after = must(ws->referrals.get(uuid));
        EXPECT_EQ(after.status, stored.status);
        EXPECT_EQ(after.version, stored.version);
        EXPECT_EQ(after.updatedAt, stored.updatedAt);
        EXPECT_EQ(after.outcome, stored.outcome);
        EXPECT_EQ(after.acceptedAt, stored.acceptedAt);
        EXPECT_EQ(after.completedAt, stored.completedAt);
        EXPECT_EQ(after.cancelledAt, stored.cancelledAt);
        EXPECT_EQ(must(ws->referrals.history(uuid)).size(), historyBefore);
    }
}

TEST_F(ReferralServiceTest, RefusesUnknownStatusAndUnknownReferral) {
    const std::string uuid = must(ws->referrals.create(makeReferral())).uuid;
    auto bad = ws->referrals.move(uuid, "Done");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Validation);
    EXPECT_EQ(bad.error().field, "referral.status");

    auto missing = ws->referrals.move("00000000-0000-4000-8000-000000000000", "Accepted");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto history = ws->referrals.history("00000000-0000-4000-8000-000000000000");
    ASSERT_FALSE(history.ok());
    EXPECT_EQ(history.error().code, ErrorCode::NotFound);
}

TEST_F(ReferralServiceTest, StoresOutcomeWhenGiven) {
    const std::string uuid = must(ws->referrals.create(makeReferral())).uuid;
    must(ws->referrals.move(uuid, "Accepted"));
    must(ws->referrals.move(uuid, "InProgress", "vso.rina", {}, std::string("placed in shelter")));
    const Referral r = must(ws->referrals.move(uuid, "Completed"));
    EXPECT_EQ(r.outcome, "placed in shelter");  // not cleared by a move without an outcome
}

TEST_F(ReferralServiceTest, RecordsTransitionsInOrder) {
    const std::string uuid = must(ws->referrals.create(makeReferral(), "vso.rina")).uuid;
    clock->advance(std::chrono::hours(2));
    must(ws->referrals.move(uuid, "Accepted", "provider.desk", "bed available"));
    clock->advance(std::chrono::hours(2));
    must(ws->referrals.move(uuid, "InProgress", "provider.desk"));
    clock->advance(std::chrono::hours(2));
    must(ws->referrals.move(uuid, "Cancelled", "vso.rina", "victim repatriated early"));

    const auto h = must(ws->referrals.history(uuid));
    ASSERT_EQ(h.size(), 4u);
    EXPECT_FALSE(h[0].fromStatus.has_value());
    EXPECT_EQ(h[0].toStatus, "Requested");
    EXPECT_EQ(h[1].fromStatus, "Requested");
    EXPECT_EQ(h[1].toStatus, "Accepted");
    EXPECT_EQ(h[1].at, "2026-03-15T11:00:00Z");
    EXPECT_EQ(h[1].byUser, "provider.desk");
    EXPECT_EQ(h[1].note, "bed available");
    EXPECT_EQ(h[2].fromStatus, "Accepted");
    EXPECT_EQ(h[2].toStatus, "InProgress");
    EXPECT_EQ(h[2].at, "2026-03-15T13:00:00Z");
    EXPECT_EQ(h[3].fromStatus, "InProgress");
    EXPECT_EQ(h[3].toStatus, "Cancelled");
    EXPECT_EQ(h[3].at, "2026-03-15T15:00:00Z");
    EXPECT_EQ(h[3].note, "victim repatriated early");
}

TEST_F(ReferralServiceTest, ListsOverdueOpenReferralsByDueDate) {
    const std::string late = must(ws->referrals.create(makeReferral("Shelter", "2026-03-25"))).uuid;
    const std::string later = must(ws->referrals.create(makeReferral("Medical", "2026-04-10"))).uuid;
    const std::string early = must(ws->referrals.create(makeReferral("Legal", "2026-03-20"))).uuid;
    const std::string done = must(ws->referrals.create(makeReferral("Psychosocial", "2026-03-16"))).uuid;
    const std::string future = must(ws->referrals.create(makeReferral("Repatriation", "2026-05-30"))).uuid;
    const std::string undated = must(ws->referrals.create(makeReferral("Interpretation", std::nullopt))).uuid;
    must(ws->referrals.move(done, "Declined"));

    ReferralQuery overdue;
    overdue.overdueOnly = true;
    EXPECT_TRUE(must(ws->referrals.list(overdue)).empty());
    EXPECT_EQ(must(ws->referrals.countOverdue()), 0);

    clock->advance(std::chrono::hours(24 * 30));  // 2026-04-14
    const auto list = must(ws->referrals.list(overdue));
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].uuid, early);
    EXPECT_EQ(list[1].uuid, late);
    EXPECT_EQ(list[2].uuid, later);
    EXPECT_EQ(must(ws->referrals.countOverdue()), 3);
    for (const auto& r : list)
        EXPECT_TRUE(referral_rules::isOverdue(r, "2026-04-14"));

    // Finishing one takes it off the overdue list.
    must(ws->referrals.move(early, "Cancelled"));
    EXPECT_EQ(must(ws->referrals.countOverdue()), 2);
    EXPECT_EQ(must(ws->referrals.list(overdue)).size(), 2u);

    // Without the filter: everything by due date, undated last.
    const auto all = must(ws->referrals.list(ReferralQuery{}));
    ASSERT_EQ(all.size(), 6u);
    EXPECT_EQ(all[0].uuid, done);
    EXPECT_EQ(all[4].uuid, future);
    EXPECT_EQ(all[5].uuid, undated);
}

TEST_F(ReferralServiceTest, ListFiltersByEveryCriterion) {
    const std::string otherCase = must(ws->cases.create(makeCase("Second case"))).meta.uuid;
    const std::string otherVictim = must(ws->persons.create(makePerson("Siti", "Rahma"))).meta.uuid;
    must(ws->cases.addParty(otherCase, otherVictim, "Victim"));

    const std::string a = must(ws->referrals.create(makeReferral("Shelter"))).uuid;
    Referral bIn = makeReferral("Medical");
    bIn.providerUuid.reset();
    bIn.officer = "vso.made";
    const std::string b = must(ws->referrals.create(bIn)).uuid;
    Referral cIn = makeReferral("Shelter");
    cIn.caseUuid = otherCase;
    cIn.victimUuid = otherVictim;
    const std::string c = must(ws->referrals.create(cIn)).uuid;
    must(ws->referrals.move(c, "Accepted"));

    auto uuids = [&](const ReferralQuery& q) {
        std::vector<std::string> out;
        for (const auto& r : must(ws->referrals.list(q)))
            out.push_back(r.uuid);
        return out;
    };
    ReferralQuery q;
    q.status = "Accepted";
    EXPECT_EQ(uuids(q), std::vector<std::string>{c});
    q = {};
    q.service = "Medical";
    EXPECT_EQ(uuids(q), std::vector<std::string>{b});
    q = {};
    q.providerUuid = providerUuid;
    EXPECT_EQ(uuids(q), (std::vector<std::string>{a, c}));
    q = {};
    q.officer = "vso.made";
    EXPECT_EQ(uuids(q), std::vector<std::string>{b});
    q = {};
    q.caseUuid = otherCase;
    EXPECT_EQ(uuids(q), std::vector<std::string>{c});
    q = {};
    q.victimUuid = victimUuid;
    EXPECT_EQ(uuids(q), (std::vector<std::string>{a, b}));
    q.service = "Shelter";
    EXPECT_EQ(uuids(q), std::vector<std::string>{a});
    q = {};
    q.limit = 1;
    EXPECT_EQ(uuids(q).size(), 1u);

    const auto listed = must(ws->referrals.list(ReferralQuery{}));
    for (const auto& r : listed) {
        EXPECT_EQ(r.victimName, kMaskedName);
        EXPECT_FALSE(r.caseReference.empty());
    }

    q = {};
    q.status = "Finished";
    auto bad = ws->referrals.list(q);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Validation);
}

}  // namespace
}  // namespace lintas
