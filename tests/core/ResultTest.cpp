#include "lintas/Result.h"

#include <gtest/gtest.h>

namespace lintas {
namespace {

Result<int> half(int v) {
    if (v % 2 != 0)
        return validationError("value", "is odd");
    return v / 2;
}

Status quarter(int v, int& out) {
    auto h = half(v);
    LINTAS_TRY(h);
    auto q = half(*h);
    LINTAS_TRY(q);
    out = *q;
    return {};
}

TEST(ResultTest, CarriesValueOrError) {
    auto ok = half(8);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, 4);
    auto bad = half(3);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Validation);
    EXPECT_EQ(bad.error().field, "value");
}

TEST(ResultTest, TryPropagatesTheFirstError) {
    int out = -1;
    EXPECT_TRUE(quarter(8, out).ok());
    EXPECT_EQ(out, 2);
    out = -1;
    auto s = quarter(6, out);  // 6 → 3 → odd
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().detail, "is odd");
    EXPECT_EQ(out, -1);
}

TEST(ResultTest, ErrorTextNamesCodeFieldAndDetail) {
    const Error e{ErrorCode::IllegalTransition, "referral.status", "cannot move from Completed to Requested"};
    EXPECT_EQ(e.toString(), "illegal-transition [referral.status]: cannot move from Completed to Requested");
    EXPECT_STREQ(errorCodeName(ErrorCode::NotLintasDatabase), "not-lintas-database");
}

}  // namespace
}  // namespace lintas
