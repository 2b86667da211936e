#pragma once

#include "TempDir.h"

#include "lintas/Clock.h"
#include "lintas/IdGenerator.h"
#include "lintas/Time.h"
#include "lintas/service/Workspace.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace lintas::test {

/// "2026-03-15T09:00:00Z": the fixed "now" of every test workspace.
inline std::chrono::system_clock::time_point testNow() { return *parseTimestamp("2026-03-15T09:00:00Z"); }

/// The password of every test account (synthetic).
inline const char* kTestPassword = "correct horse battery";
/// The first user of every test workspace: the administrator, here also holding every other role
/// so that tests of one service are not about permissions (PermissionMatrixTest covers those).
inline FirstUser testAdministrator() {
    return FirstUser{"admin.test", "Test Administrator", kTestPassword, security::RoleSet::all()};
}
/// Options for a test workspace: the cheapest Argon2id cost, a fixed clock, seeded UUIDs.
inline Workspace::Options testOptions(std::shared_ptr<Clock> clock, std::uint64_t seed = 42) {
    Workspace::Options options;
    options.clock = std::move(clock);
    options.ids = std::make_shared<SeededIdGenerator>(seed);
    options.kdf = security::KdfParams::fastForTests();
    return options;
}
/// The synthetic agency IDN/BARESKRIM.
inline Agency testAgency() {
    Agency local;
    local.code = "BARESKRIM";
    local.country = "IDN";
    local.name = "Bareskrim Polri (synthetic test agency)";
    return local;
}

/// A temporary encrypted database of the Indonesian agency IDN/BARESKRIM, migrated to the current
/// schema, with a fixed clock and deterministic UUIDs, signed in as testAdministrator().
class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override {
        clock = std::make_shared<FixedClock>(testNow());
        auto created = Workspace::create(dir.file("test.db"), testAgency(), testAdministrator(), testOptions(clock));
        ASSERT_TRUE(created.ok()) << created.error().toString();
        ws = std::move(created).value();
    }
    /// Closes and reopens the workspace, signing in as `username` with kTestPassword.
    void reopenAs(const std::string& username) {
        const std::string path = ws->path();
        ws.reset();
        auto opened = Workspace::open(path, Credentials{username, kTestPassword}, testOptions(clock, 43));
        ASSERT_TRUE(opened.ok()) << opened.error().toString();
        ws = std::move(opened).value();
    }

    /// Asserts `r` succeeded and returns its value.
    template <typename T>
    T must(Result<T> r) {
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString());
        if (!r.ok())
            throw std::runtime_error("unexpected error: " + r.error().toString());
        return std::move(r).value();
    }
    void must(const Status& s) {
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().toString());
        if (!s.ok())
            throw std::runtime_error("unexpected error: " + s.error().toString());
    }

    /// A minimal valid case.
    Case makeCase(const std::string& title = "Online job scam, Sihanoukville") {
        Case c;
        c.title = title;
        c.status = "UnderInvestigation";
        c.exploitationForms = {"ForcedCriminality"};
        c.countries = {"IDN", "KHM"};
        c.openedOn = "2026-02-01";
        c.owner = "inv.sari";
        return c;
    }
    /// A minimal valid person (synthetic).
    Person makePerson(const std::string& given = "Dewi", const std::string& family = "Lestari") {
        Person p;
        p.givenNames = given;
        p.familyName = family;
        p.sex = "Female";
        p.gender = "Feminine";
        p.citizenships = {"IDN"};
        return p;
    }

    TempDir dir;
    std::shared_ptr<FixedClock> clock;
    std::unique_ptr<Workspace> ws;
};

}  // namespace lintas::test
