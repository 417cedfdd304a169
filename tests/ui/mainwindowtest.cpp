#include "qstringprinter.h"

#include "core/io/tablewriters.h"
#include "support/testpaths.h"
#include "ui/datasetloader.h"
#include "ui/datasetsession.h"
#include "ui/evaluationdetails.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/recentfiles.h"
#include "ui/schemamodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCommandLinkButton>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

#include <gtest/gtest.h>

using namespace synthreg;

namespace {

constexpr int kImportTimeoutMs = 60'000;

bool waitForData(gui::MainWindow &window)
{
    return QTest::qWaitFor([&] { return window.session()->hasData() && !window.loader()->isBusy(); },
                           kImportTimeoutMs);
}

QTableView *view(gui::MainWindow &window, const char *name)
{
    return window.findChild<QTableView *>(QString::fromLatin1(name));
}

// Installs a language and delivers the LanguageChange events QApplication posts to the windows.
QString switchLanguage(const QString &language)
{
    const QString installed = gui::installTranslation(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return installed;
}

// Restores English whatever a test switched to, so later tests read the source strings.
struct EnglishAfterwards
{
    ~EnglishAfterwards() { switchLanguage(QStringLiteral("en")); }
};

} // namespace

TEST(MainWindowTest, OpensTheDemo)
{
    gui::MainWindow window;
    window.show();
    window.openDemo();
    ASSERT_TRUE(waitForData(window));

    QTableView *preview = view(window, "dataTableView");
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->model()->rowCount(), 418);
    EXPECT_EQ(preview->model()->columnCount(), 20);
    EXPECT_EQ(preview->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("time"));
    EXPECT_EQ(preview->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);

    QTableView *schema = view(window, "schemaTableView");
    ASSERT_NE(schema, nullptr);
    QAbstractItemModel *model = schema->model();
    ASSERT_EQ(model->rowCount(), 20);
    int timeRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, gui::SchemaModel::NameColumn).data().toString() == QLatin1String("time"))
            timeRow = row;
    }
    ASSERT_GE(timeRow, 0);
    EXPECT_EQ(model->index(timeRow, gui::SchemaModel::RoleColumn).data().toString(), QStringLiteral("Survival time"));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("pbc.csv")));
}

TEST(MainWindowTest, ImportsASingleTableSqliteFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    core::Table table;
    table.addColumn(core::Column::numeric(QStringLiteral("age"), {61.5, 47.0, std::nan("")}));
    table.addColumn(core::Column::categorical(QStringLiteral("sex"), {0, 1, 0}, {QStringLiteral("f"), QStringLiteral("m")}));
    const QString path = dir.filePath(QStringLiteral("registry.sqlite"));
    ASSERT_FALSE(core::TableWriters::writeSqlite(table, path, QStringLiteral("baseline")).has_value());

    gui::MainWindow window;
    window.openFile(path);   // one table: imported without asking
    ASSERT_TRUE(waitForData(window));
    EXPECT_EQ(view(window, "dataTableView")->model()->rowCount(), 3);
    EXPECT_EQ(view(window, "dataTableView")->model()->columnCount(), 2);
}

TEST(MainWindowTest, ReportsAFailedImport)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.csv"));
    gui::MainWindow window;
    window.show();
    window.openFile(path);
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = window.findChild<QMessageBox *>()) != nullptr; }, kImportTimeoutMs));
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("absent.csv"))) << box->informativeText().toStdString();
    EXPECT_FALSE(window.session()->hasData());
    EXPECT_FALSE(window.loader()->isBusy());
    box->close();
}

TEST(MainWindowTest, SwitchesToGerman)
{
    EnglishAfterwards restore;
    gui::MainWindow window;
    QAction *data = window.modeAction(gui::Mode::Data);
    EXPECT_EQ(data->text(), QStringLiteral("Data"));

    ASSERT_EQ(switchLanguage(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(data->text(), QStringLiteral("Daten"));
    EXPECT_EQ(window.modeAction(gui::Mode::Evaluate)->text(), QStringLiteral("Bewertung"));
    auto *modeBar = window.findChild<QToolBar *>(QStringLiteral("modeBar"));
    ASSERT_NE(modeBar, nullptr);
    auto *button = qobject_cast<QToolButton *>(modeBar->widgetForAction(data));
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text(), QStringLiteral("Daten"));
    auto *details = window.findChild<gui::EvaluationDetails *>(QStringLiteral("evaluationDetails"));
    ASSERT_NE(details, nullptr);
    EXPECT_EQ(details->tabText(gui::EvaluationDetails::Privacy), QStringLiteral("Datenschutz"));
    EXPECT_EQ(details->tabText(gui::EvaluationDetails::Survival), QStringLiteral("Überleben"));

    EXPECT_EQ(switchLanguage(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(data->text(), QStringLiteral("Data"));
    EXPECT_EQ(details->tabText(gui::EvaluationDetails::Privacy), QStringLiteral("Privacy"));
}

TEST(MainWindowTest, EveryControlHasAnAccessibleName)
{
    gui::MainWindow window;
    window.show();
    window.openDemo();
    ASSERT_TRUE(waitForData(window));
    QStringList unnamed;
    const auto check = [&](QWidget *widget) {
        // Qt's own parts (toolbar extension, table corner button) and item view headers are named by Qt.
        if (widget->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<QHeaderView *>(widget)
            || QLatin1String(widget->metaObject()->className()) == QLatin1String("QTableCornerButton"))
            return;
        if (widget->accessibleName().isEmpty())
            unnamed.append(QLatin1String(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName());
    };
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        check(button);
    for (QAbstractItemView *itemView : window.findChildren<QAbstractItemView *>())
        check(itemView);
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QStringLiteral(", ")).toStdString();
}

TEST(MainWindowTest, ImportedFilesBecomeRecentAndADroppedFileIsImported)
{
    QTemporaryDir dir;
    const QString first = synthreg::test::writeFile(dir, QStringLiteral("visits.csv"), "id,age\n1,40\n2,51\n3,62\n");
    const QString second = synthreg::test::writeFile(dir, QStringLiteral("labs.csv"), "id,bili\n1,0.7\n2,1.4\n3,0.9\n");
    {
        gui::MainWindow window;
        window.openFile(first);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->hasData() && !window.loader()->isBusy(); }, 30000));
        // Dropping a file from the file manager imports it too.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(second)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        EXPECT_TRUE(enter.isAccepted()) << "a local file is welcome";
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->table().columnCount() == 2
                                                 && window.session()->table().indexOf(QStringLiteral("bili")) >= 0; }, 30000))
            << window.session()->table().columnNames().join(QLatin1Char(',')).toStdString();
    }
    EXPECT_EQ(gui::recentFiles(), (QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()}));

    // A new window offers them on its start page, newest first; a click reopens one.
    gui::MainWindow window;
    const auto buttons = window.findChildren<QCommandLinkButton *>(QStringLiteral("recentFileButton"));
    ASSERT_EQ(buttons.size(), 2);
    EXPECT_EQ(buttons[0]->text(), QStringLiteral("labs.csv"));
    buttons[1]->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->hasData() && !window.loader()->isBusy(); }, 30000));
    EXPECT_GE(window.session()->table().indexOf(QStringLiteral("age")), 0);
}
