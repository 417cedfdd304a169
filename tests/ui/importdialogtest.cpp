#include "qstringprinter.h"

#include "core/io/sqliteconnection.h"
#include "support/testpaths.h"
#include "ui/importdialog.h"
#include "ui/importpreview.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace synthreg;

namespace {

// Longer than the 300 ms typing delay, with room for a slow machine.
constexpr int kPreviewTimeoutMs = 5'000;

// Latin-1 bytes (ü, ë, é), ';' between fields, decimal commas, -99 as a registry's "unknown".
const QByteArray kSemicolonLatin1 = QStringLiteral("name;dose;weight\n"
                                                   "J\u00fcrgen;1,5;70,2\n"
                                                   "Zo\u00eb;2,25;-99\n"
                                                   "Andr\u00e9;3;65,0\n").toLatin1();

template<typename Widget>
Widget *child(const QDialog &dialog, const char *name)
{
    return dialog.findChild<Widget *>(QString::fromLatin1(name));
}

QAbstractItemModel *preview(const QDialog &dialog)
{
    return child<QTableView>(dialog, "importPreviewView")->model();
}

QString cell(const QDialog &dialog, int row, int column, int role = Qt::DisplayRole)
{
    QAbstractItemModel *model = preview(dialog);
    return model->data(model->index(row, column), role).toString();
}

QStringList diagnostics(const QDialog &dialog)
{
    QStringList texts;
    const auto *list = child<QListWidget>(dialog, "importDiagnosticsList");
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

void selectData(QComboBox *box, int value)
{
    const int index = box->findData(value);
    ASSERT_GE(index, 0);
    box->setCurrentIndex(index);
}

// With SYNTHREG_SHOT_DIR set (run under xvfb-run, not offscreen), saves how the dialog looks.
void saveScreenshot(QDialog &dialog, const QString &fileName)
{
    const QString directory = qEnvironmentVariable("SYNTHREG_SHOT_DIR");
    if (directory.isEmpty())
        return;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(100);
    EXPECT_TRUE(dialog.grab().save(QDir(directory).filePath(fileName)));
}

QString writeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("registry.sqlite"));
    core::SqliteConnection db;
    const bool written = db.open(path, core::SqliteConnection::OpenMode::ReadWriteCreate) && db.exec(QStringLiteral(
        "CREATE TABLE t1 (a INTEGER, b TEXT);"
        "INSERT INTO t1 VALUES (1, 'x'), (2, 'y'), (3, NULL);"
        "CREATE TABLE t2 (dose REAL, arm TEXT);"
        "INSERT INTO t2 VALUES (0.5, 'placebo'), (1.5, 'active');"
        "CREATE TABLE visits (n INTEGER);"
        "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 150) INSERT INTO visits SELECT n FROM k;"
        "CREATE VIEW late AS SELECT a FROM t1 WHERE a > 2;"));
    return written ? path : QString();
}

qint64 countRows(const QString &path, const QString &table)
{
    core::SqliteConnection db;
    if (!db.open(path, core::SqliteConnection::OpenMode::ReadOnly))
        return -1;
    core::SqliteStatement count = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return count.step() == core::SqliteStatement::StepResult::Row ? count.columnInt64(0) : -1;
}

} // namespace

TEST(ImportDialogTest, DetectsASemicolonLatin1FileWithDecimalCommas)
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("visits.csv"), kSemicolonLatin1);
    ASSERT_FALSE(path.isEmpty());
    gui::ImportDialog dialog(path);

    const QString dialect = child<QLabel>(dialog, "detectedDialectLabel")->text();
    EXPECT_TRUE(dialect.contains(QStringLiteral("semicolon-separated"))) << dialect.toStdString();
    EXPECT_TRUE(dialect.contains(QStringLiteral("decimal comma"))) << dialect.toStdString();

    QAbstractItemModel *model = preview(dialog);
    ASSERT_EQ(model->columnCount(), 3);
    EXPECT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("dose"));
    EXPECT_EQ(cell(dialog, 0, 0), QStringLiteral("J\u00fcrgen"));
    EXPECT_EQ(cell(dialog, 0, 1), QStringLiteral("1.5"));
    EXPECT_EQ(cell(dialog, 1, 2), QStringLiteral("-99"));   // not a missing token by default
    EXPECT_TRUE(child<QPushButton>(dialog, "importButton")->isEnabled());
    EXPECT_EQ(child<QLabel>(dialog, "importSummaryLabel")->text(), QStringLiteral("3 columns; all 3 rows are shown"));

    const core::ImportRequest request = dialog.request();
    EXPECT_EQ(request.path, path);
    EXPECT_EQ(request.csv.delimiter, 0);   // still detected at import time
    EXPECT_FALSE(request.csv.decimalComma.has_value());
    EXPECT_TRUE(request.table.isEmpty() && request.query.isEmpty());
    EXPECT_EQ(request.csv.naTokens, core::CsvOptions::defaultNaTokens());

    saveScreenshot(dialog, QStringLiteral("importdialog.png"));
}

TEST(ImportDialogTest, ForcingTheDelimiterRereadsThePreview)
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("groups.csv"), "id;group\n1;a\n2;b\n");
    gui::ImportDialog dialog(path);
    ASSERT_EQ(preview(dialog)->columnCount(), 2);

    selectData(child<QComboBox>(dialog, "delimiterBox"), ',');
    ASSERT_EQ(preview(dialog)->columnCount(), 1);
    EXPECT_EQ(preview(dialog)->headerData(0, Qt::Horizontal).toString(), QStringLiteral("id;group"));
    EXPECT_EQ(cell(dialog, 1, 0), QStringLiteral("2;b"));
    EXPECT_TRUE(child<QLabel>(dialog, "detectedDialectLabel")->text().startsWith(QStringLiteral("Read as: comma-separated")));
    EXPECT_EQ(dialog.request().csv.delimiter, ',');
}

TEST(ImportDialogTest, APreviewErrorNamesTheLineAndDisablesImport)
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("visits.csv"), kSemicolonLatin1);
    gui::ImportDialog dialog(path);
    auto *importButton = child<QPushButton>(dialog, "importButton");
    auto *delimiter = child<QComboBox>(dialog, "delimiterBox");

    // The decimal commas split the data rows into more fields than the header has.
    selectData(delimiter, ',');
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_EQ(preview(dialog)->columnCount(), 0);
    const QStringList problems = diagnostics(dialog);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.front().contains(QStringLiteral("line 2"))) << problems.front().toStdString();
    EXPECT_TRUE(child<QListWidget>(dialog, "importDiagnosticsList")->isVisibleTo(&dialog));
    EXPECT_TRUE(child<QLabel>(dialog, "importSummaryLabel")->text().contains(QStringLiteral("change the options")));
    saveScreenshot(dialog, QStringLiteral("importdialog-error.png"));

    selectData(delimiter, ';');
    EXPECT_TRUE(importButton->isEnabled());
    EXPECT_TRUE(diagnostics(dialog).isEmpty());
}

TEST(ImportDialogTest, ATypedMissingTokenMarksCellsMissing)
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("visits.csv"), kSemicolonLatin1);
    gui::ImportDialog dialog(path);
    auto *tokens = child<QLineEdit>(dialog, "naTokensEdit");
    EXPECT_TRUE(tokens->text().startsWith(QStringLiteral("(empty), NA, N/A"))) << tokens->text().toStdString();

    tokens->setText(tokens->text() + QStringLiteral(", -99"));
    EXPECT_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());   // until the preview catches up
    ASSERT_TRUE(QTest::qWaitFor([&] { return cell(dialog, 1, 2, Qt::AccessibleTextRole) == QStringLiteral("Missing value"); },
                                kPreviewTimeoutMs));
    EXPECT_EQ(cell(dialog, 0, 2), QStringLiteral("70.2"));
    EXPECT_TRUE(child<QPushButton>(dialog, "importButton")->isEnabled());

    const QStringList naTokens = dialog.request().csv.naTokens;
    EXPECT_TRUE(naTokens.contains(QStringLiteral("-99")));
    EXPECT_TRUE(naTokens.contains(QString()));   // "(empty)" still means an empty cell
}

TEST(ImportDialogTest, MissingTokensRoundTripThroughTheirText)
{
    const QStringList defaults = core::CsvOptions::defaultNaTokens();
    EXPECT_EQ(gui::ImportPreview::parseNaTokens(gui::ImportPreview::formatNaTokens(defaults)), defaults);
    EXPECT_EQ(gui::ImportPreview::parseNaTokens(QStringLiteral(" -99 ,, (EMPTY), -99,")),
              QStringList({QStringLiteral("-99"), QString()}));
}

TEST(ImportDialogTest, PreviewsTheFirstHundredRowsOfALongFile)
{
    QTemporaryDir dir;
    QByteArray bytes = "id,value\n";
    for (int i = 1; i <= 250; ++i)
        bytes += QByteArray::number(i) + ',' + QByteArray::number(i * 2) + '\n';
    gui::ImportDialog dialog(test::writeFile(dir, QStringLiteral("long.csv"), bytes));
    EXPECT_EQ(preview(dialog)->rowCount(), gui::ImportPreview::kRows);
    EXPECT_EQ(child<QLabel>(dialog, "importSummaryLabel")->text(), QStringLiteral("2 columns; preview of the first 100 rows"));
    EXPECT_EQ(dialog.request().csv.maxRows, -1);   // the import itself reads every row
}

TEST(ImportDialogTest, PreviewsTheChosenSqliteTable)
{
    QTemporaryDir dir;
    const QString path = writeDatabase(dir);
    ASSERT_FALSE(path.isEmpty());
    gui::ImportDialog dialog(path);
    EXPECT_EQ(child<QLabel>(dialog, "detectedDialectLabel"), nullptr);   // no text options for SQLite

    auto *tables = child<QListWidget>(dialog, "tableList");
    ASSERT_EQ(tables->count(), 4);
    EXPECT_EQ(tables->item(0)->text(), QStringLiteral("t1 (3 rows)"));
    EXPECT_EQ(tables->item(3)->text(), QStringLiteral("late (view)"));
    EXPECT_EQ(dialog.request().table, QStringLiteral("t1"));
    EXPECT_EQ(preview(dialog)->rowCount(), 3);

    tables->setCurrentRow(1);
    ASSERT_EQ(preview(dialog)->columnCount(), 2);
    EXPECT_EQ(preview(dialog)->headerData(1, Qt::Horizontal).toString(), QStringLiteral("arm"));
    EXPECT_EQ(cell(dialog, 1, 0), QStringLiteral("1.5"));
    EXPECT_EQ(cell(dialog, 1, 1), QStringLiteral("active"));
    EXPECT_EQ(dialog.request().table, QStringLiteral("t2"));
    EXPECT_TRUE(dialog.request().query.isEmpty());

    tables->setCurrentRow(2);
    EXPECT_EQ(preview(dialog)->rowCount(), gui::ImportPreview::kRows);
    EXPECT_EQ(child<QLabel>(dialog, "importSummaryLabel")->text(), QStringLiteral("1 column; preview of the first 100 of 150 rows"));
    EXPECT_TRUE(child<QPushButton>(dialog, "importButton")->isEnabled());

    tables->setCurrentRow(1);
    saveScreenshot(dialog, QStringLiteral("importdialog-sqlite.png"));
}

TEST(ImportDialogTest, PreviewsASqliteQueryAndRefusesOneThatWrites)
{
    QTemporaryDir dir;
    const QString path = writeDatabase(dir);
    ASSERT_FALSE(path.isEmpty());
    gui::ImportDialog dialog(path);
    auto *query = child<QPlainTextEdit>(dialog, "queryEdit");
    auto *importButton = child<QPushButton>(dialog, "importButton");

    query->setPlainText(QStringLiteral("SELECT a FROM t1 WHERE a > 1"));
    EXPECT_TRUE(child<QRadioButton>(dialog, "queryRadio")->isChecked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview(dialog)->rowCount() == 2 && importButton->isEnabled(); }, kPreviewTimeoutMs));
    EXPECT_EQ(preview(dialog)->columnCount(), 1);
    EXPECT_EQ(cell(dialog, 0, 0), QStringLiteral("2"));
    EXPECT_EQ(dialog.request().query, QStringLiteral("SELECT a FROM t1 WHERE a > 1"));
    EXPECT_TRUE(dialog.request().table.isEmpty());

    // A trailing semicolon and comment are fine; the preview still stops at 100 rows.
    query->setPlainText(QStringLiteral("SELECT n FROM visits; -- every visit"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview(dialog)->rowCount() == gui::ImportPreview::kRows; }, kPreviewTimeoutMs));

    query->setPlainText(QStringLiteral("DELETE FROM t1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !diagnostics(dialog).isEmpty(); }, kPreviewTimeoutMs));
    EXPECT_TRUE(diagnostics(dialog).front().contains(QStringLiteral("read-only SELECT"))) << diagnostics(dialog).front().toStdString();
    EXPECT_FALSE(importButton->isEnabled());

    query->setPlainText(QStringLiteral("SELECT a FROM t1; DELETE FROM t1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return diagnostics(dialog).value(0).contains(QStringLiteral("more than one statement")); },
                                kPreviewTimeoutMs));
    EXPECT_FALSE(importButton->isEnabled());
    EXPECT_EQ(countRows(path, QStringLiteral("t1")), 3);   // nothing was run against the file

    child<QRadioButton>(dialog, "tableRadio")->setChecked(true);
    EXPECT_TRUE(importButton->isEnabled());
    EXPECT_EQ(dialog.request().table, QStringLiteral("t1"));
    EXPECT_TRUE(dialog.request().query.isEmpty());
}

TEST(ImportDialogTest, EveryControlHasANameForTestsAndScreenReaders)
{
    QTemporaryDir dir;
    gui::ImportDialog text(test::writeFile(dir, QStringLiteral("visits.csv"), kSemicolonLatin1));
    gui::ImportDialog sqlite(writeDatabase(dir));
    for (const QDialog *dialog : {static_cast<QDialog *>(&text), static_cast<QDialog *>(&sqlite)}) {
        for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
            const bool isControl = qobject_cast<const QComboBox *>(widget) || qobject_cast<const QLineEdit *>(widget)
                                || qobject_cast<const QListWidget *>(widget) || qobject_cast<const QTableView *>(widget)
                                || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QRadioButton *>(widget);
            if (!isControl)
                continue;
            EXPECT_FALSE(widget->objectName().isEmpty()) << widget->metaObject()->className();
            EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
        }
    }
}

TEST(ImportDialogTest, ReadStatFilesHaveNoOptions)
{
    EXPECT_FALSE(gui::ImportDialog::hasOptions(QStringLiteral("/data/pbc.SAV")));
    EXPECT_FALSE(gui::ImportDialog::hasOptions(QStringLiteral("/data/pbc.sas7bdat")));
    EXPECT_TRUE(gui::ImportDialog::hasOptions(QStringLiteral("/data/pbc.csv")));
    EXPECT_TRUE(gui::ImportDialog::hasOptions(QStringLiteral("/data/pbc.sqlite")));
}
