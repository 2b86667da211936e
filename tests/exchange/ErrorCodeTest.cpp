#include "lintas/Result.h"

#include <gtest/gtest.h>

namespace lintas {
namespace {

// The exchange error codes have stable machine names: the CLI prints them and scripts match them.
TEST(ExchangeErrorCode, NamesAreStable) {
    EXPECT_STREQ(errorCodeName(ErrorCode::Malformed), "malformed");
    EXPECT_STREQ(errorCodeName(ErrorCode::Untrusted), "untrusted");
    EXPECT_STREQ(errorCodeName(ErrorCode::Refused), "refused");
    EXPECT_STREQ(errorCodeName(ErrorCode::BadPassphrase), "bad-passphrase");
    const Error e{ErrorCode::Untrusted, "manifest.p7s", "certificate expired"};
    EXPECT_EQ(e.toString(), "untrusted [manifest.p7s]: certificate expired");
}

}  // namespace
}  // namespace lintas
