// synthreg: the desktop application. `synthreg --demo` opens the embedded demo,
// `synthreg FILE` imports FILE, a plain start shows the start page.
#include "ui/datamode.h"
#include "ui/datasetloader.h"
#include "ui/datasetsession.h"
#include "ui/evaluatemode.h"
#include "ui/evaluationdetails.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/releasemode.h"
#include "ui/schemamode.h"
#include "ui/trainmode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace synthreg;

namespace {

std::optional<gui::Mode> modeFromName(const QString &name)
{
    const QStringList names = {QStringLiteral("data"), QStringLiteral("schema"), QStringLiteral("train"),
                               QStringLiteral("evaluate"), QStringLiteral("release")};
    const qsizetype index = names.indexOf(name.toLower());
    return index < 0 ? std::nullopt : std::optional<gui::Mode>(gui::Mode(index));
}

// Hidden --screenshot support, for the README and docs/screenshots: waits for the import,
// shows the requested mode and column, saves the window as an image and quits. With --compare,
// the Evaluate mode first evaluates that synthetic file against the loaded data; with --train,
// the Train mode first trains that generator; --tab picks the Evaluate mode's tab (0 = Summary).
void scheduleScreenshot(gui::MainWindow &window, const QString &path, gui::Mode mode, const QString &column,
                        const QString &compare, const QString &train, int tab)
{
    const auto save = [&window, path] {
        QTimer::singleShot(800, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "could not write", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    const auto shoot = [&window, mode, column, compare, train, save, tab] {
        window.setMode(mode);
        if (auto *trainer = qobject_cast<gui::TrainMode *>(window.modePage(gui::Mode::Train));
            trainer && !train.isEmpty() && window.session()->hasData()) {
            if (!trainer->selectGenerator(train)) {
                std::fprintf(stderr, "unknown generator %s\n", qPrintable(train));
                QCoreApplication::exit(2);
                return;
            }
            auto *evaluate = qobject_cast<gui::EvaluateMode *>(window.modePage(gui::Mode::Evaluate));
            if (mode == gui::Mode::Evaluate && evaluate) {
                // The trained rows are evaluated next (--column names the utility target): shoot
                // the evaluation, on the requested tab.
                evaluate->setTarget(column);
                QObject::connect(evaluate, &gui::EvaluateMode::evaluationFinished, &window, [&window, evaluate, tab, save] {
                    window.setMode(gui::Mode::Evaluate);
                    evaluate->details()->setCurrentIndex(tab);
                    save();
                });
            } else if (auto *release = qobject_cast<gui::ReleaseMode *>(window.modePage(gui::Mode::Release));
                       mode == gui::Mode::Release && release) {
                // Trained rows are evaluated, then the release gate is worked out: shoot that.
                QObject::connect(release, &gui::ReleaseMode::planReady, &window, [&window, save] {
                    window.setMode(gui::Mode::Release);
                    save();
                });
            } else {
                QObject::connect(trainer, &gui::TrainMode::trainingFinished, &window, save);
            }
            QObject::connect(trainer, &gui::TrainMode::failed, &window, [](const QString &message) {
                std::fprintf(stderr, "%s\n", qPrintable(message));
                QCoreApplication::exit(1);
            });
            trainer->start();
            return;
        }
        if (auto *data = qobject_cast<gui::DataMode *>(window.modePage(gui::Mode::Data)); data && !column.isEmpty())
            data->selectColumn(window.session()->table().indexOf(column));
        // In the Schema mode, --column opens that column's role editor.
        if (auto *schema = qobject_cast<gui::SchemaMode *>(window.modePage(gui::Mode::Schema));
            schema && mode == gui::Mode::Schema && !column.isEmpty())
            schema->editRole(window.session()->schema().indexOf(column));
        auto *evaluate = qobject_cast<gui::EvaluateMode *>(window.modePage(gui::Mode::Evaluate));
        if (!evaluate || compare.isEmpty() || !window.session()->hasData()) {
            save();
            return;
        }
        evaluate->setTarget(column);
        QObject::connect(evaluate, &gui::EvaluateMode::syntheticLoaded, evaluate, &gui::EvaluateMode::start);
        QObject::connect(evaluate, &gui::EvaluateMode::evaluationFinished, &window, [evaluate, tab, save] {
            evaluate->details()->setCurrentIndex(tab);
            save();
        });
        QObject::connect(evaluate, &gui::EvaluateMode::failed, &window, [](const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
        evaluate->loadSynthetic(compare);
    };
    // Nothing to load (plain start): shoot the start page once the event loop runs.
    QTimer::singleShot(0, &window, [&window, shoot] {
        if (!window.loader()->isBusy())
            shoot();
    });
    QObject::connect(window.loader(), &gui::DatasetLoader::loaded, &window, shoot);
    QObject::connect(window.loader(), &gui::DatasetLoader::failed, &window,
                     [](const QString &, const QString &message) {
                         std::fprintf(stderr, "%s\n", qPrintable(message));
                         QCoreApplication::exit(1);
                     });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SynthReg"));
    QCoreApplication::setApplicationName(QStringLiteral("SynthReg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNTHREG_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("synthreg"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Privacy-preserving synthetic registry data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Open the built-in demo data."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QCoreApplication::translate("main", "Use LANGUAGE (en, de) for this session."),
        QStringLiteral("language"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("png"));
    QCommandLineOption modeOption(QStringLiteral("mode"), QString(), QStringLiteral("mode"), QStringLiteral("data"));
    QCommandLineOption columnOption(QStringLiteral("column"), QString(), QStringLiteral("name"));
    QCommandLineOption compareOption(QStringLiteral("compare"), QString(), QStringLiteral("file"));
    QCommandLineOption trainOption(QStringLiteral("train"), QString(), QStringLiteral("generator"));
    QCommandLineOption tabOption(QStringLiteral("tab"), QString(), QStringLiteral("index"), QStringLiteral("0"));
    for (QCommandLineOption *hidden : {&screenshotOption, &modeOption, &columnOption, &compareOption, &trainOption, &tabOption})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demoOption, languageOption, screenshotOption, modeOption, columnOption, compareOption, trainOption,
                       tabOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Data file to import."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    gui::installTranslation(parser.value(languageOption));

    gui::MainWindow window;
    const QString screenshot = parser.value(screenshotOption);
    if (screenshot.isEmpty()) {
        window.readSettings();
    } else {
        window.resize(1280, 800);
        scheduleScreenshot(window, screenshot, modeFromName(parser.value(modeOption)).value_or(gui::Mode::Data),
                           parser.value(columnOption), parser.value(compareOption), parser.value(trainOption),
                           parser.value(tabOption).toInt());
    }
    window.show();

    if (parser.isSet(demoOption))
        window.openDemo();
    else if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
