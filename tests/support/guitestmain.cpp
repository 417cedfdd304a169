// One QApplication for the whole UI test executable; run with QT_QPA_PLATFORM=offscreen.
#include <QApplication>
#include <QSettings>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The tests' own settings (recent files, window state), never the user's, and fresh each run.
    QCoreApplication::setOrganizationName(QStringLiteral("SynthRegTests"));
    QCoreApplication::setApplicationName(QStringLiteral("synthreg_ui_tests"));
    QSettings().clear();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
