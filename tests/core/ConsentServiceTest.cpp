#include "TestWorkspace.h"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace lintas {
namespace {

class ConsentServiceTest : public test::WorkspaceTest {
protected:
    void SetUp() override {
        WorkspaceTest::SetUp();
        caseUuid = must(ws->cases.create(makeCase())).meta.uuid;
        personUuid = must(ws->persons.create(makePerson())).meta.uuid;
        must(ws->cases.addParty(caseUuid, personUuid, "Victim"));
    }

    Consent makeConsent() const {
        Consent c;
        c.personUuid = personUuid;
        c.caseUuid = caseUuid;
        c.recipientAgencyCode = "RTP-ATHD";
        c.recipientCountry = "THA";
        c.purpose = "Investigation";
        c.scope = {"Identity", "Story"};
        c.givenOn = "2026-03-01";
        c.recordedBy = "vso.rina";
        return c;
    }

    std::string caseUuid;
    std::string personUuid;
};

TEST_F(ConsentServiceTest, RoundTripsEveryField) {
    const Consent recorded = must(ws->consents.record(makeConsent()));
    EXPECT_FALSE(recorded.uuid.empty());
    EXPECT_EQ(recorded.createdAt, "2026-03-15T09:00:00Z");

    const auto all = must(ws->consents.forPerson(personUuid));
    ASSERT_EQ(all.size(), 1u);
    const Consent& c = all[0];
    EXPECT_EQ(c.uuid, recorded.uuid);
    EXPECT_EQ(c.personUuid, personUuid);
    EXPECT_EQ(c.caseUuid, caseUuid);
    EXPECT_EQ(c.recipientAgencyCode, "RTP-ATHD");
    EXPECT_EQ(c.recipientCountry, "THA");
    EXPECT_EQ(c.purpose, "Investigation");
    EXPECT_EQ(c.scope, (std::vector<std::string>{"Identity", "Story"}));
    EXPECT_EQ(c.givenOn, "2026-03-01");
    EXPECT_FALSE(c.withdrawnOn.has_value());
    EXPECT_EQ(c.recordedBy, "vso.rina");
    EXPECT_EQ(c.createdAt, "2026-03-15T09:00:00Z");
}

TEST_F(ConsentServiceTest, CountryAloneOrAgencyAloneIsEnough) {
    Consent countryOnly = makeConsent();
    countryOnly.recipientAgencyCode.reset();
    countryOnly.caseUuid.reset();
    countryOnly.givenOn = "2026-02-01";
    must(ws->consents.record(countryOnly));
    Consent agencyOnly = makeConsent();
    agencyOnly.recipientCountry.reset();
    must(ws->consents.record(agencyOnly));

    const auto all = must(ws->consents.forPerson(personUuid));
    ASSERT_EQ(all.size(), 2u);  // ordered by the date given
    EXPECT_FALSE(all[0].caseUuid.has_value());
    EXPECT_FALSE(all[0].recipientAgencyCode.has_value());
    EXPECT_EQ(all[0].recipientCountry, "THA");
    EXPECT_EQ(all[1].recipientAgencyCode, "RTP-ATHD");
    EXPECT_FALSE(all[1].recipientCountry.has_value());
}

TEST_F(ConsentServiceTest, ValidationNamesTheField) {
    struct CaseOf {
        std::function<void(Consent&)> change;
        const char* field;
    };
    const std::vector<CaseOf> cases = {
        {[](Consent& c) { c.purpose = "Marketing"; }, "consent.purpose"},
        {[](Consent& c) { c.purpose.clear(); }, "consent.purpose"},
        {[](Consent& c) { c.scope = {"Identity", "Fingerprints"}; }, "consent.scope"},
        {[](Consent& c) { c.scope = {"Story", "Story"}; }, "consent.scope"},
        {[](Consent& c) { c.scope.clear(); }, "consent.scope"},
        {[](Consent& c) {
             c.recipientAgencyCode.reset();
             c.recipientCountry.reset();
         },
         "consent.recipient"},
        {[](Consent& c) { c.recipientCountry = "TH"; }, "consent.recipientCountry"},
        {[](Consent& c) { c.recipientAgencyCode = "rtp athd"; }, "consent.recipientAgencyCode"},
        {[](Consent& c) { c.givenOn = "01/03/2026"; }, "consent.givenOn"},
        {[](Consent& c) { c.givenOn.clear(); }, "consent.givenOn"},
        {[](Consent& c) { c.givenOn = "2026-03-16"; }, "consent.givenOn"},  // tomorrow
        {[](Consent& c) { c.withdrawnOn = "2026-02-28"; }, "consent.withdrawnOn"},
        {[](Consent& c) { c.withdrawnOn = "2026-03-31"; }, "consent.withdrawnOn"},
        {[](Consent& c) { c.withdrawnOn = "soon"; }, "consent.withdrawnOn"},
        {[](Consent& c) { c.personUuid = "dewi"; }, "consent.person"},
    };
    for (const auto& c : cases) {
        Consent in = makeConsent();
        c.change(in);
        auto r = ws->consents.record(in);
        ASSERT_FALSE(r.ok()) << c.field;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << c.field;
        EXPECT_EQ(r.error().field, c.field);
    }
    EXPECT_EQ(*ws->db().queryInt("SELECT count(*) FROM consent"), 0);
}

TEST_F(ConsentServiceTest, CaseConsentNeedsThePersonInTheCase) {
    const std::string stranger = must(ws->persons.create(makePerson("Siti", "Rahma"))).meta.uuid;
    Consent c = makeConsent();
    c.personUuid = stranger;
    auto r = ws->consents.record(c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Validation);
    EXPECT_EQ(r.error().field, "consent.person");

    c.caseUuid = "00000000-0000-4000-8000-000000000000";
    r = ws->consents.record(c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ForeignKey);
    EXPECT_EQ(r.error().field, "consent.case");
}

TEST_F(ConsentServiceTest, WithdrawEndsTheConsent) {
    const Consent c = must(ws->consents.record(makeConsent()));
    EXPECT_TRUE(c.activeOn("2026-03-15"));

    must(ws->consents.withdraw(c.uuid, "2026-03-10"));
    const Consent stored = must(ws->consents.forPerson(personUuid)).at(0);
    EXPECT_EQ(stored.withdrawnOn, "2026-03-10");
    EXPECT_FALSE(stored.activeOn("2026-02-28"));  // not yet given
    EXPECT_TRUE(stored.activeOn("2026-03-01"));
    EXPECT_TRUE(stored.activeOn("2026-03-09"));
    EXPECT_FALSE(stored.activeOn("2026-03-10"));
    EXPECT_FALSE(stored.activeOn("2026-03-15"));
}

TEST_F(ConsentServiceTest, RefusesSecondWithdrawal) {
    const Consent c = must(ws->consents.record(makeConsent()));
    must(ws->consents.withdraw(c.uuid, "2026-03-10"));
    auto again = ws->consents.withdraw(c.uuid, "2026-03-12");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(again.error().field, "consent.withdrawnOn");
    EXPECT_EQ(must(ws->consents.forPerson(personUuid)).at(0).withdrawnOn, "2026-03-10");
}

TEST_F(ConsentServiceTest, RefusesWithdrawalBeforeGivenOrInTheFuture) {
    const Consent c = must(ws->consents.record(makeConsent()));
    for (const char* date : {"2026-02-27", "2026-03-16", "2026-3-10"}) {
        auto r = ws->consents.withdraw(c.uuid, date);
        ASSERT_FALSE(r.ok()) << date;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << date;
        EXPECT_EQ(r.error().field, "consent.withdrawnOn");
    }
    EXPECT_FALSE(must(ws->consents.forPerson(personUuid)).at(0).withdrawnOn.has_value());

    must(ws->consents.withdraw(c.uuid, "2026-03-01"));  // the same day it was given is fine
    auto missing = ws->consents.withdraw("00000000-0000-4000-8000-000000000000", "2026-03-10");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}

TEST_F(ConsentServiceTest, RecordsAnAlreadyWithdrawnConsent) {
    Consent in = makeConsent();
    in.withdrawnOn = "2026-03-05";
    must(ws->consents.record(in));
    const Consent stored = must(ws->consents.forPerson(personUuid)).at(0);
    EXPECT_EQ(stored.withdrawnOn, "2026-03-05");
    EXPECT_FALSE(stored.activeOn("2026-03-15"));
}

TEST_F(ConsentServiceTest, ForUnknownPersonIsNotFound) {
    auto r = ws->consents.forPerson("00000000-0000-4000-8000-000000000000");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace lintas
