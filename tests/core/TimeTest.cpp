#include "lintas/IdGenerator.h"
#include "lintas/Time.h"

#include <gtest/gtest.h>

#include <set>

namespace lintas {
namespace {

TEST(TimeTest, TimestampRoundTrip) {
    auto t = parseTimestamp("2026-02-28T23:59:07Z");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(formatTimestamp(*t), "2026-02-28T23:59:07Z");
    EXPECT_EQ(formatDate(*t), "2026-02-28");
}

TEST(TimeTest, RejectsMalformedTimestampsAndDates) {
    EXPECT_FALSE(parseTimestamp("2026-02-30T10:00:00Z"));
    EXPECT_FALSE(parseTimestamp("2026-02-28 10:00:00"));
    EXPECT_FALSE(parseTimestamp("2026-02-28T24:00:00Z"));
    EXPECT_TRUE(isIsoDate("2024-02-29"));
    EXPECT_FALSE(isIsoDate("2025-02-29"));
    EXPECT_FALSE(isIsoDate("2025-2-3"));
    EXPECT_FALSE(isIsoDate("20250203"));
}

TEST(TimeTest, DaysConversion) {
    EXPECT_EQ(isoDateToDays("1970-01-02"), 1);
    EXPECT_EQ(daysToIsoDate(*isoDateToDays("2026-11-22") + 10), "2026-12-02");
}

TEST(IdGeneratorTest, RandomUuidsAreVersion4AndDistinct) {
    RandomIdGenerator gen;
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const auto id = gen.next();
        ASSERT_TRUE(isUuid(id)) << id;
        EXPECT_EQ(id[14], '4');
        EXPECT_TRUE(std::string("89ab").find(id[19]) != std::string::npos);
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(IdGeneratorTest, SeededIsDeterministic) {
    SeededIdGenerator a(7), b(7), c(8);
    const auto first = a.next();
    EXPECT_EQ(first, b.next());
    EXPECT_NE(first, c.next());
    EXPECT_TRUE(isUuid(first));
    EXPECT_FALSE(isUuid("not-a-uuid"));
    EXPECT_FALSE(isUuid("6F9619FF-8B86-D011-B42D-00C04FC964FF"));  // upper case is not canonical
}

}  // namespace
}  // namespace lintas
