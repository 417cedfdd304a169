// "Killing the process during export leaves no zip": a helper process is killed halfway
// through writing its bundle.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(BundleWriter, KillingTheProcessDuringExportLeavesNoZip)
{
    QTemporaryDir dir;
    QProcess helper;
    helper.start(QStringLiteral(SYNTHREG_KILLED_EXPORT_HELPER), {dir.filePath(QStringLiteral("bundle.zip"))});
    ASSERT_TRUE(helper.waitForStarted());
    ASSERT_TRUE(helper.waitForReadyRead(60000)) << "the helper never reached the middle of its export";
    EXPECT_EQ(helper.readAllStandardOutput().trimmed(), QByteArray("writing"));
    helper.kill();
    ASSERT_TRUE(helper.waitForFinished(10000));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList())
        << "a killed export left files behind";
}
