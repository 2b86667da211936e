#include "UiTestSupport.h"
#include "common/CountryModel.h"

#include "lintas/domain/Geo.h"

namespace lintas::test {
namespace {

using ui::CountryModel;

TEST(CountryModelTest, PassesQAbstractItemModelTester) {
    CountryModel model;
    EXPECT_EQ(modelTesterProblems(&model), std::vector<std::string>{});
}

TEST(CountryModelTest, ListsEveryCountryOfCoreInOrder) {
    CountryModel model;
    const auto countries = geo::countries();
    ASSERT_EQ(model.rowCount(), static_cast<int>(countries.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        EXPECT_EQ(index.data(CountryModel::Alpha3Role).toString().toStdString(), countries[row].alpha3);
        EXPECT_EQ(index.data(CountryModel::NameRole).toString().toStdString(), countries[row].name);
    }
}

TEST(CountryModelTest, DisplaysCodeAndName) {
    CountryModel model;
    const int row = model.rowOf(QStringLiteral("KHM"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row).data().toString(), QStringLiteral("KHM – Cambodia"));
    EXPECT_EQ(model.rowOf(QStringLiteral("XYZ")), -1);
    EXPECT_EQ(CountryModel::displayName(QStringLiteral("IDN")), QStringLiteral("Indonesia (IDN)"));
    EXPECT_EQ(CountryModel::displayName(QStringLiteral("XYZ")), QStringLiteral("XYZ"));
}

TEST(CountryModelTest, HasNoChildren) {
    CountryModel model;
    EXPECT_EQ(model.rowCount(model.index(0)), 0);
}

}  // namespace
}  // namespace lintas::test
