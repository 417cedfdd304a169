// synthreg-cli synthesize / train / sample, run as a user would.
#include "resources/demodata.h"
#include "clirun.h"
#include "support/testpaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

namespace {

using synthreg::test::cli;
using synthreg::test::CliRun;

QString demoCsv(const QTemporaryDir &dir)
{
    // The demo's pbc.csv, written out the way a user would have it on disk.
    // with missing values written "NA", as R and SAS exports write them.
    QFile resource(synthreg::resources::demoBaselinePath());
    QByteArray bytes = resource.open(QIODevice::ReadOnly) ? resource.readAll() : QByteArray();
    bytes.replace(",,", ",NA,").replace(",,", ",NA,").replace(",\n", ",NA\n").replace(",\r\n", ",NA\r\n");
    return synthreg::test::writeFile(dir, QStringLiteral("pbc.csv"), bytes);
}

long residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

TEST(Synthesize, TheSameSeedWritesTheSameBytesInTheSourcesConventions)
{
    QTemporaryDir dir;
    const QString input = demoCsv(dir);
    ASSERT_FALSE(synthreg::test::readFile(input).isEmpty());
    const QString first = dir.filePath(QStringLiteral("a.csv"));
    const QString second = dir.filePath(QStringLiteral("b.csv"));
    for (const QString &out : {first, second}) {
        const CliRun run = cli({QStringLiteral("synthesize"), input, QStringLiteral("--generator"), QStringLiteral("medvae"),
                                QStringLiteral("--epochs"), QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("4"),
                                QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--out"), out});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    const QByteArray bytes = synthreg::test::readFile(first);
    EXPECT_EQ(bytes, synthreg::test::readFile(second));
    const QByteArray header = bytes.left(bytes.indexOf('\r'));
    const QByteArray source = synthreg::test::readFile(input);
    EXPECT_EQ(header, source.left(source.indexOf('\n')).trimmed().replace('"', "")) << "the source's column names, in order";
    EXPECT_TRUE(bytes.contains(",NA,") || bytes.contains(",NA\r")) << "missing values written as the source wrote them";
    EXPECT_TRUE(bytes.contains("SYN-000001")) << "patient ids are fresh, never real";
    EXPECT_EQ(bytes.count('\n'), 419) << "as many rows as the source by default";
}

TEST(Synthesize, BadRequestsSayWhatToDo)
{
    QTemporaryDir dir;
    const QString input = demoCsv(dir);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    CliRun run = cli({QStringLiteral("synthesize"), input, QStringLiteral("--rows"), QStringLiteral("0"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("--rows must be a whole number from 1")) << run.err.toStdString();
    run = cli({QStringLiteral("synthesize"), input, QStringLiteral("--generator"), QStringLiteral("gpt"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("ctabgan")) << run.err.toStdString();
    run = cli({QStringLiteral("synthesize"), input, QStringLiteral("--generator"), QStringLiteral("copula"),
               QStringLiteral("--condition"), QStringLiteral("stage=9"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains("stage")) << run.err.toStdString();
    run = cli({QStringLiteral("synthesize"), input, QStringLiteral("--out"), input});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_FALSE(QFile::exists(out)) << "no partial file after any failure";
    run = cli({QStringLiteral("synthesize"), QStringLiteral("--generator"), QStringLiteral("ctabgan"), QStringLiteral("--list-params")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains("batch_size")) << run.out.toStdString();
}

TEST(Synthesize, AHundredMillionRowsStreamInBoundedMemoryAndAKillLeavesNoFile)
{
    QTemporaryDir dir;
    const QString input = demoCsv(dir);
    const QString out = dir.filePath(QStringLiteral("huge.csv"));
    QProcess process;
    process.start(synthreg::test::cliPath(), {QStringLiteral("synthesize"), input, QStringLiteral("--generator"), QStringLiteral("copula"),
                                               QStringLiteral("--rows"), QStringLiteral("100000000"), QStringLiteral("--out"), out});
    ASSERT_TRUE(process.waitForStarted());
    long peak = 0;
    for (int i = 0; i < 40 && process.state() == QProcess::Running; ++i) {   // ~8 s of sampling
        QThread::msleep(200);
        peak = std::max(peak, residentKiB(process.processId()));
    }
    ASSERT_EQ(process.state(), QProcess::Running) << process.readAllStandardError().toStdString();
    process.kill();
    process.waitForFinished();
    EXPECT_GT(peak, 0);
    EXPECT_LT(peak, 600 * 1024) << "resident memory stays bounded while streaming (KiB)";
    EXPECT_FALSE(QFile::exists(out)) << "an interrupted write leaves no partial file";
}

TEST(Synthesize, TrainAndSampleKeepRunsInTheProject)
{
    QTemporaryDir dir;
    const QString input = demoCsv(dir);
    const QString project = dir.filePath(QStringLiteral("p.synthreg"));
    ASSERT_EQ(cli({QStringLiteral("project"), QStringLiteral("create"), project, QStringLiteral("--import"), input}).exitCode, 0);
    CliRun run = cli({QStringLiteral("train"), project, QStringLiteral("--generator"), QStringLiteral("copula")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("run 1")) << run.out.toStdString();
    const QString out = dir.filePath(QStringLiteral("syn.csv"));
    run = cli({QStringLiteral("sample"), project, QStringLiteral("--rows"), QStringLiteral("100"), QStringLiteral("--condition"),
               QStringLiteral("sex=f"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("synthetic table 1")) << run.out.toStdString();
    EXPECT_EQ(synthreg::test::readFile(out).count('\n'), 101);
    run = cli({QStringLiteral("sample"), project, QStringLiteral("--run"), QStringLiteral("7"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains("no run 7")) << run.err.toStdString();
}
