#include "modeltestwarnings.h"
#include "qstringprinter.h"

#include "ui/datasetloader.h"
#include "ui/datasetsession.h"
#include "ui/mainwindow.h"
#include "ui/schemamode.h"
#include "ui/schemalinkseditor.h"
#include "ui/schemamodel.h"
#include "ui/setcolumnspeccommand.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

using namespace synthreg;

namespace {

constexpr int kImportTimeoutMs = 60'000;

core::ColumnSpec spec(const QString &name, core::ColumnRole role)
{
    core::ColumnSpec result;
    result.name = name;
    result.role = role;
    return result;
}

// A small survival table: a patient id, a survival time linked to an event column, an age.
void fill(gui::DatasetSession &session)
{
    core::Table table;
    table.addColumn(core::Column::numeric(QStringLiteral("id"), {1, 2, 3, 4}));
    table.addColumn(core::Column::numeric(QStringLiteral("time"), {400, 4500, 1012, std::nan("")}));
    table.addColumn(core::Column::numeric(QStringLiteral("status"), {0, 1, 1, 0}));
    table.addColumn(core::Column::numeric(QStringLiteral("age"), {58.8, 56.4, 70.1, 54.7}));
    core::InferenceResult inference;
    core::ColumnSpec status = spec(QStringLiteral("status"), core::ColumnRole::EventIndicator);
    status.eventCoding.censored = {QStringLiteral("0")};
    status.eventCoding.event = {QStringLiteral("1")};
    inference.schema.columns = {spec(QStringLiteral("id"), core::ColumnRole::PatientId),
                                spec(QStringLiteral("time"), core::ColumnRole::SurvivalTime), status,
                                spec(QStringLiteral("age"), core::ColumnRole::Continuous)};
    inference.schema.survival = {{QStringLiteral("OS"), QStringLiteral("time"), QStringLiteral("status")}};
    for (const core::ColumnSpec &column : inference.schema.columns) {
        core::ColumnProfile profile;
        profile.name = column.name;
        profile.rowCount = 4;
        inference.profiles.append(profile);
    }
    session.setDataset(table, inference, {}, QStringLiteral("fixture.csv"));
}

core::ColumnRole roleOf(const gui::DatasetSession &session, const QString &column)
{
    return session.schema().find(column)->role;
}

bool loadDemo(gui::DatasetSession &session)
{
    gui::DatasetLoader loader(&session);
    loader.loadDemo();
    return QTest::qWaitFor([&] { return session.hasData() && !loader.isBusy(); }, kImportTimeoutMs);
}

} // namespace

TEST(SchemaEditingTest, ARoleEditIsOneUndoableCommand)
{
    test::ModelTestWarnings warnings;
    gui::DatasetSession session;
    gui::SchemaModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    fill(session);
    QUndoStack *stack = session.undoStack();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex age = model.index(3, gui::SchemaModel::RoleColumn);
    EXPECT_TRUE(model.flags(age) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(3, gui::SchemaModel::NameColumn)) & Qt::ItemIsEditable);
    EXPECT_EQ(age.data(Qt::EditRole).toInt(), int(core::ColumnRole::Continuous));

    // As the delegate commits: the role as int, in Qt::EditRole.
    ASSERT_TRUE(model.setData(age, int(core::ColumnRole::Integer), Qt::EditRole));
    EXPECT_EQ(roleOf(session, QStringLiteral("age")), core::ColumnRole::Integer);
    EXPECT_EQ(age.data().toString(), core::roleDisplayName(core::ColumnRole::Integer));
    EXPECT_FALSE(changed.isEmpty());
    ASSERT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Change role of age"));

    stack->undo();
    EXPECT_EQ(roleOf(session, QStringLiteral("age")), core::ColumnRole::Continuous);
    EXPECT_EQ(age.data().toString(), core::roleDisplayName(core::ColumnRole::Continuous));
    stack->redo();
    EXPECT_EQ(roleOf(session, QStringLiteral("age")), core::ColumnRole::Integer);

    // Missing-value policy the same way; the same value again, or nonsense, pushes nothing.
    const QModelIndex policy = model.index(3, gui::SchemaModel::MissingPolicyColumn);
    ASSERT_TRUE(model.setData(policy, int(core::MissingPolicy::Impute), Qt::EditRole));
    EXPECT_EQ(session.columnSpec(3)->missing, core::MissingPolicy::Impute);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Change missing values of age"));
    EXPECT_FALSE(model.setData(policy, int(core::MissingPolicy::Impute), Qt::EditRole));
    EXPECT_FALSE(model.setData(policy, 99, Qt::EditRole));
    EXPECT_FALSE(model.setData(policy, int(core::MissingPolicy::Keep), Qt::DisplayRole));
    EXPECT_EQ(stack->count(), 2);

    // A new dataset starts a new history.
    fill(session);
    EXPECT_EQ(stack->count(), 0);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(SchemaEditingTest, BreakingASurvivalLinkRemovesItAndUndoRestoresIt)
{
    gui::DatasetSession session;
    gui::SchemaModel model(&session);
    ASSERT_TRUE(loadDemo(session));
    const core::Schema original = session.schema();
    const int time = original.indexOf(QStringLiteral("time"));
    ASSERT_GE(time, 0);
    ASSERT_EQ(original.columns.at(time).role, core::ColumnRole::SurvivalTime);
    const auto linksTime = [](const core::Schema &schema) {
        return std::any_of(schema.survival.begin(), schema.survival.end(),
                           [](const core::SurvivalLink &link) { return link.timeColumn == QLatin1String("time"); });
    };
    ASSERT_TRUE(linksTime(original));
    ASSERT_TRUE(original.validate(session.table()).isEmpty()) << original.validate(session.table()).join(QLatin1Char('\n')).toStdString();

    ASSERT_TRUE(model.setData(model.index(time, gui::SchemaModel::RoleColumn), int(core::ColumnRole::Continuous)));
    EXPECT_EQ(session.columnSpec(time)->role, core::ColumnRole::Continuous);
    EXPECT_FALSE(linksTime(session.schema()));
    // The edit leaves a schema that is still usable with the data.
    EXPECT_TRUE(session.schema().validate(session.table()).isEmpty())
        << session.schema().validate(session.table()).join(QLatin1Char('\n')).toStdString();

    session.undoStack()->undo();
    EXPECT_EQ(session.schema(), original);
    session.undoStack()->redo();
    EXPECT_FALSE(linksTime(session.schema()));
}

TEST(SchemaEditingTest, ExportThenImportRoundTrips)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    gui::DatasetSession session;
    gui::SchemaMode mode(&session);
    fill(session);
    const core::Schema original = session.schema();
    const QString path = directory.filePath(QStringLiteral("fixture.schema.json"));

    QString error;
    ASSERT_TRUE(mode.exportSchema(path, gui::SchemaMode::SchemaFormat::SynthReg, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("format")).toString(),
              QStringLiteral("synthreg.schema"));

    // Edit, then import the exported file: everything is back, as one undoable step.
    mode.model()->setData(mode.model()->index(1, gui::SchemaModel::RoleColumn), int(core::ColumnRole::Continuous));
    ASSERT_NE(session.schema(), original);
    QStringList problems;
    ASSERT_TRUE(mode.importSchema(path, &problems)) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(session.schema(), original);
    EXPECT_EQ(session.undoStack()->count(), 2);
    EXPECT_EQ(session.undoStack()->undoText(), QStringLiteral("Import schema from fixture.schema.json"));
    session.undoStack()->undo();
    EXPECT_EQ(roleOf(session, QStringLiteral("time")), core::ColumnRole::Continuous);

    // SDV metadata is recognised by its METADATA_SPEC_VERSION key.
    const QString sdvPath = directory.filePath(QStringLiteral("metadata.json"));
    ASSERT_TRUE(mode.exportSchema(sdvPath, gui::SchemaMode::SchemaFormat::Sdv, &error)) << error.toStdString();
    QFile sdvFile(sdvPath);
    ASSERT_TRUE(sdvFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QJsonDocument::fromJson(sdvFile.readAll()).object().contains(QLatin1String("METADATA_SPEC_VERSION")));
    problems.clear();
    const bool sdvImported = mode.importSchema(sdvPath, &problems);
    // Lossy format: either it fits, or the refusal names what does not (never a parse error).
    if (!sdvImported) {
        ASSERT_FALSE(problems.isEmpty());
        EXPECT_FALSE(problems.join(QString()).contains(QLatin1String("neither")));
    }
}

TEST(SchemaEditingTest, RefusesASchemaForOtherDataAndChangesNothing)
{
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    gui::DatasetSession session;
    gui::SchemaMode mode(&session);
    fill(session);
    const core::Schema original = session.schema();

    core::Schema other = original;
    other.columns[3].name = QStringLiteral("weight");   // the data has "age", not "weight"
    const QString path = directory.filePath(QStringLiteral("other.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(other.toJson()).toJson());
    file.close();

    QStringList problems;
    EXPECT_FALSE(mode.importSchema(path, &problems));
    EXPECT_TRUE(problems.join(QLatin1Char('\n')).contains(QLatin1String("weight"))) << problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(session.schema(), original);
    EXPECT_EQ(session.undoStack()->count(), 0);

    // Neither schema nor metadata: refused with a sentence, not a crash.
    const QString junk = directory.filePath(QStringLiteral("junk.json"));
    QFile junkFile(junk);
    ASSERT_TRUE(junkFile.open(QIODevice::WriteOnly));
    junkFile.write("{\"hello\": 1}");
    junkFile.close();
    EXPECT_FALSE(mode.importSchema(junk, &problems));
    EXPECT_EQ(problems.size(), 1);
    EXPECT_EQ(session.schema(), original);
}

TEST(SchemaEditingTest, EditMenuUndoesAndRedoes)
{
    gui::MainWindow window;
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_EQ(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_TRUE(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    EXPECT_FALSE(undo->isEnabled());

    fill(*window.session());
    auto *mode = qobject_cast<gui::SchemaMode *>(window.modePage(gui::Mode::Schema));
    ASSERT_NE(mode, nullptr);
    mode->model()->setData(mode->model()->index(3, gui::SchemaModel::RoleColumn), int(core::ColumnRole::Integer));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QLatin1String("Change role of age")));
    undo->trigger();
    EXPECT_EQ(roleOf(*window.session(), QStringLiteral("age")), core::ColumnRole::Continuous);
    redo->trigger();
    EXPECT_EQ(roleOf(*window.session(), QStringLiteral("age")), core::ColumnRole::Integer);
}

TEST(SchemaEditingTest, EndpointsAreAddedAndRemovedInTheEditorAsUndoableSteps)
{
    gui::DatasetSession session;
    fill(session);
    gui::SchemaLinksEditor editor(&session);
    auto *endpoints = editor.findChild<QTableWidget *>(QStringLiteral("survivalEndpoints"));
    ASSERT_TRUE(endpoints);
    ASSERT_EQ(endpoints->rowCount(), 1);
    EXPECT_EQ(endpoints->item(0, 0)->text(), QStringLiteral("OS"));
    EXPECT_EQ(endpoints->item(0, 3)->text(), QStringLiteral("0 = censored; 1 = event")) << "the coding is shown";

    endpoints->selectRow(0);
    editor.findChild<QPushButton *>(QStringLiteral("removeEndpointButton"))->click();
    EXPECT_TRUE(session.schema().survival.isEmpty());
    EXPECT_EQ(endpoints->rowCount(), 0);
    session.undoStack()->undo();
    EXPECT_EQ(session.schema().survival.size(), 1);
    EXPECT_EQ(endpoints->rowCount(), 1);

    // An event column with many values is refused, with a reason, and nothing changes.
    const core::Schema before = session.schema();
    editor.findChild<QLineEdit *>(QStringLiteral("endpointName"))->setText(QStringLiteral("Age"));
    editor.findChild<QComboBox *>(QStringLiteral("endpointTimeColumn"))->setCurrentText(QStringLiteral("time"));
    editor.findChild<QComboBox *>(QStringLiteral("endpointEventColumn"))->setCurrentText(QStringLiteral("age"));
    editor.findChild<QPushButton *>(QStringLiteral("addEndpointButton"))->click();
    auto *error = editor.findChild<QLabel *>(QStringLiteral("endpointError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("age"))) << error->text().toStdString();
    EXPECT_EQ(session.schema(), before);
}

TEST(SchemaEditingTest, CheckingLongitudinalKeysMarksTheColumnsAndUndoClearsThem)
{
    gui::DatasetSession session;
    fill(session);
    gui::SchemaLinksEditor editor(&session);
    auto *box = editor.findChild<QGroupBox *>(QStringLiteral("longitudinalBox"));
    ASSERT_FALSE(box->isChecked());
    editor.findChild<QComboBox *>(QStringLiteral("patientIdColumn"))->setCurrentText(QStringLiteral("id"));
    editor.findChild<QComboBox *>(QStringLiteral("visitTimeColumn"))->setCurrentText(QStringLiteral("age"));
    box->setChecked(true);
    ASSERT_TRUE(session.schema().longitudinal);
    EXPECT_EQ(session.schema().longitudinal->visitTimeColumn, QStringLiteral("age"));
    EXPECT_EQ(roleOf(session, QStringLiteral("age")), core::ColumnRole::VisitTime);
    session.undoStack()->undo();
    EXPECT_FALSE(session.schema().longitudinal);
    EXPECT_EQ(roleOf(session, QStringLiteral("age")), core::ColumnRole::Continuous);
    EXPECT_FALSE(box->isChecked()) << "the editor follows the undo";
}
