// Lintas users write in the scripts of South-East Asia. Text in them must come out as glyphs,
// not as empty boxes (glyph 0, ".notdef"): that needs fonts such as fonts-noto-core.
#include <QFontDatabase>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QTextLayout>

#include <gtest/gtest.h>

namespace lintas::test {
namespace {

struct Sample {
    const char* script;
    QFontDatabase::WritingSystem system;
    const char* text;  ///< "human trafficking" (synthetic sample text)
};

const Sample kSamples[] = {
    {"Thai", QFontDatabase::Thai, "การค้ามนุษย์"},
    {"Khmer", QFontDatabase::Khmer, "ការជួញដូរមនុស្ស"},
    {"Burmese", QFontDatabase::Myanmar, "လူကုန်ကူးမှု"},
    {"Lao", QFontDatabase::Lao, "ການຄ້າມະນຸດ"},
    {"Vietnamese", QFontDatabase::Vietnamese, "Buôn bán người"},
};

void PrintTo(const Sample& sample, std::ostream* os) { *os << sample.script; }

class FontCoverageTest : public ::testing::TestWithParam<Sample> {};

TEST_P(FontCoverageTest, HasAFontForTheScript) {
    EXPECT_FALSE(QFontDatabase::families(GetParam().system).isEmpty()) << GetParam().script;
}

TEST_P(FontCoverageTest, RendersEveryCharacterAsAGlyph) {
    QTextLayout layout(QString::fromUtf8(GetParam().text), QGuiApplication::font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const auto runs = layout.glyphRuns();
    ASSERT_FALSE(runs.isEmpty());
    for (const QGlyphRun& run : runs)
        for (quint32 glyph : run.glyphIndexes())
            EXPECT_NE(glyph, 0u) << GetParam().script << ": a character has no glyph in "
                                 << run.rawFont().familyName().toStdString();
}

INSTANTIATE_TEST_SUITE_P(SouthEastAsianScripts, FontCoverageTest, ::testing::ValuesIn(kSamples),
                         [](const auto& p) { return std::string(p.param.script); });

}  // namespace
}  // namespace lintas::test
