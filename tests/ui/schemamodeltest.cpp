#include "modeltestwarnings.h"
#include "qstringprinter.h"

#include "ui/datasetsession.h"
#include "ui/rolefamily.h"
#include "ui/schemamodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg;

namespace {

core::ColumnSpec spec(const QString &name, core::ColumnRole role, QString reason, QStringList warnings = {})
{
    core::ColumnSpec result;
    result.name = name;
    result.role = role;
    result.reason = std::move(reason);
    result.warnings = std::move(warnings);
    return result;
}

core::ColumnProfile profile(const QString &name, qint64 rows, qint64 missing)
{
    core::ColumnProfile result;
    result.name = name;
    result.rowCount = rows;
    result.missingCount = missing;
    return result;
}

// A session as an import of a small survival table would leave it.
void fill(gui::DatasetSession &session)
{
    core::Table table;
    table.addColumn(core::Column::numeric(QStringLiteral("id"), {1, 2, 3, 4}));
    table.addColumn(core::Column::numeric(QStringLiteral("time"), {400, 4500, 1012, std::nan("")}));
    table.addColumn(core::Column::categorical(QStringLiteral("email"), {0, 1, 2, 3},
                                              {QStringLiteral("a@x.org"), QStringLiteral("b@x.org"),
                                               QStringLiteral("c@x.org"), QStringLiteral("d@x.org")}));
    core::InferenceResult inference;
    inference.schema.columns = {
        spec(QStringLiteral("id"), core::ColumnRole::PatientId, QStringLiteral("unique integers named id")),
        spec(QStringLiteral("time"), core::ColumnRole::SurvivalTime, QStringLiteral("positive durations")),
        spec(QStringLiteral("email"), core::ColumnRole::Excluded, QStringLiteral("e-mail addresses"),
             {QStringLiteral("Looks like a direct identifier.")}),
    };
    inference.profiles = {profile(QStringLiteral("id"), 4, 0), profile(QStringLiteral("time"), 4, 1),
                          profile(QStringLiteral("email"), 4, 0)};
    inference.warnings = {QStringLiteral("email holds e-mail addresses.")};
    session.setDataset(table, inference, {}, QStringLiteral("fixture.csv"));
}

} // namespace

TEST(SchemaModelTest, PassesTheModelTester)
{
    test::ModelTestWarnings warnings;
    gui::DatasetSession session;
    gui::SchemaModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    fill(session);
    core::ColumnSpec changed = *session.columnSpec(1);
    changed.missing = core::MissingPolicy::Impute;
    session.setColumnSpec(1, changed);
    model.retranslate();
    session.clear();
    fill(session);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(SchemaModelTest, ShowsRoleMissingnessAndReasons)
{
    gui::DatasetSession session;
    gui::SchemaModel model(&session);
    fill(session);
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), int(gui::SchemaModel::ColumnCount));

    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    EXPECT_EQ(cell(1, gui::SchemaModel::NameColumn).toString(), QStringLiteral("time"));
    EXPECT_EQ(cell(1, gui::SchemaModel::RoleColumn).toString(), core::roleDisplayName(core::ColumnRole::SurvivalTime));
    EXPECT_EQ(cell(1, gui::SchemaModel::RoleColumn, gui::SchemaModel::ColumnRoleRole).toInt(),
              int(core::ColumnRole::SurvivalTime));
    EXPECT_EQ(cell(1, gui::SchemaModel::MissingPolicyColumn).toString(),
              core::missingPolicyDisplayName(core::MissingPolicy::Keep));
    EXPECT_EQ(cell(1, gui::SchemaModel::MissingShareColumn).toString(),
              QLocale().toString(25.0, 'f', 1) + QStringLiteral("\u00a0%"));
    EXPECT_DOUBLE_EQ(cell(1, gui::SchemaModel::MissingShareColumn, gui::SchemaModel::MissingShareRole).toDouble(), 0.25);
    EXPECT_EQ(cell(1, gui::SchemaModel::ReasonColumn).toString(), QStringLiteral("positive durations"));

    // Each role family has its own tint, so identifiers, survival and excluded columns differ.
    const QColor id = cell(0, gui::SchemaModel::RoleColumn, Qt::BackgroundRole).value<QColor>();
    const QColor time = cell(1, gui::SchemaModel::RoleColumn, Qt::BackgroundRole).value<QColor>();
    const QColor excluded = cell(2, gui::SchemaModel::RoleColumn, Qt::BackgroundRole).value<QColor>();
    EXPECT_TRUE(id.isValid() && time.isValid() && excluded.isValid());
    EXPECT_NE(id, time);
    EXPECT_NE(time, excluded);

    // Warnings come first in the reason cell and carry an icon.
    EXPECT_TRUE(cell(2, gui::SchemaModel::ReasonColumn).toString().startsWith(QStringLiteral("Looks like a direct identifier.")));
    EXPECT_FALSE(cell(2, gui::SchemaModel::ReasonColumn, Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(cell(1, gui::SchemaModel::ReasonColumn, Qt::DecorationRole).isValid());
}

TEST(SchemaModelTest, FollowsSpecChangesInTheSession)
{
    gui::DatasetSession session;
    gui::SchemaModel model(&session);
    fill(session);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    core::ColumnSpec spec = *session.columnSpec(2);
    spec.role = core::ColumnRole::Categorical;
    session.setColumnSpec(2, spec);

    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toModelIndex().row(), 2);
    EXPECT_EQ(model.index(2, gui::SchemaModel::RoleColumn).data().toString(),
              core::roleDisplayName(core::ColumnRole::Categorical));

    session.setColumnSpec(2, spec);   // no change, no signal
    EXPECT_EQ(changed.count(), 1);
}

TEST(RoleFamilyTest, TintsStayLegibleInLightAndDarkPalettes)
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));

    // WCAG contrast ratio between the palette's text and each tinted background.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    for (int i = 0; i < gui::kRoleFamilyCount; ++i) {
        const auto family = gui::RoleFamily(i);
        EXPECT_GE(contrast(gui::roleFamilyBackground(family, light), light.color(QPalette::Text)), 7.0) << i;
        EXPECT_GE(contrast(gui::roleFamilyBackground(family, dark), dark.color(QPalette::Text)), 7.0) << i;
    }
}
