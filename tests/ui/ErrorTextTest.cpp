#include "UiTestSupport.h"
#include "common/ErrorText.h"

#include <set>

namespace lintas::test {
namespace {

using ui::ErrorText;

constexpr ErrorCode kAllCodes[] = {
    ErrorCode::Validation,        ErrorCode::NotFound,   ErrorCode::Duplicate,         ErrorCode::Conflict,
    ErrorCode::IllegalTransition, ErrorCode::ForeignKey, ErrorCode::NotLintasDatabase, ErrorCode::NewerSchema,
    ErrorCode::Io,                ErrorCode::Database,   ErrorCode::Internal,
};

TEST(ErrorTextTest, EveryCodeHasItsOwnSentence) {
    std::set<QString> seen;
    for (ErrorCode code : kAllCodes) {
        const QString text = ErrorText::message(code);
        EXPECT_FALSE(text.isEmpty()) << errorCodeName(code);
        EXPECT_TRUE(seen.insert(text).second) << errorCodeName(code) << " shares its text";
    }
}

TEST(ErrorTextTest, EveryCodeIsTranslatedToIndonesian) {
    std::vector<QString> english;
    for (ErrorCode code : kAllCodes)
        english.push_back(ErrorText::message(code));
    ScopedTranslation indonesian(QStringLiteral("id"));
    ASSERT_TRUE(indonesian.loaded());
    for (std::size_t i = 0; i < std::size(kAllCodes); ++i)
        EXPECT_NE(ErrorText::message(kAllCodes[i]), english[i]) << errorCodeName(kAllCodes[i]);
}

TEST(ErrorTextTest, ForFileNamesTheFileAndNeverShowsDetailAlone) {
    const Error error{ErrorCode::NotLintasDatabase, "database", "the file is not a Lintas database"};
    const QString text = ErrorText::forFile(error, QStringLiteral("/data/x.db"));
    EXPECT_TRUE(text.contains(QStringLiteral("/data/x.db")));
    EXPECT_TRUE(text.contains(ErrorText::message(ErrorCode::NotLintasDatabase)));
    EXPECT_FALSE(text.contains(QStringLiteral("the file is not a Lintas database")));
    EXPECT_EQ(ErrorText::technicalDetail(error),
              QStringLiteral("Technical detail: not-lintas-database: the file is not a Lintas database"));
}

TEST(ErrorTextTest, DescribeNamesTheField) {
    EXPECT_EQ(ErrorText::describe(validationError("agency.code", "must not be empty")),
              QStringLiteral("Agency code: A value is not acceptable."));
    EXPECT_EQ(ErrorText::describe(Error{ErrorCode::Io, {}, "disk full"}), ErrorText::message(ErrorCode::Io));
    EXPECT_EQ(ErrorText::fieldName("case.title"), QStringLiteral("case.title"));
}

}  // namespace
}  // namespace lintas::test
