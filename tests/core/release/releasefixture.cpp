#include "releasefixture.h"

#include "core/data/typeinference.h"
#include "core/io/csvreader.h"
#include "resources/demodata.h"

#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

#include <numeric>
#include <random>

namespace synthreg::test {

ReleaseFixture::ReleaseFixture()
{
    QFile demo(resources::demoBaselinePath());
    EXPECT_TRUE(demo.open(QIODevice::ReadOnly));
    all = core::CsvReader().read(demo, resources::demoBaselinePath()).table;
    schema = core::inferSchema(all).schema;
    std::vector<size_t> first(320), rest(all.rowCount() - 320);
    std::iota(first.begin(), first.end(), size_t(0));
    std::iota(rest.begin(), rest.end(), size_t(320));
    train = all.selectRows(first);
    holdout = all.selectRows(rest);
}

core::Table ReleaseFixture::columnShuffled(uint64_t seed) const
{
    std::mt19937_64 random(seed);
    core::Table out;
    for (int c = 0; c < train.columnCount(); ++c) {
        std::vector<size_t> order(train.rowCount());
        std::iota(order.begin(), order.end(), size_t(0));
        std::shuffle(order.begin(), order.end(), random);
        out.addColumn(train.column(c).selectRows(order));
    }
    return out;
}

core::ReleaseRequest ReleaseFixture::request(const core::Table &synthetic) const
{
    core::EvaluationRequest evaluation{train, holdout, synthetic, schema, {}};
    QString error;
    const auto report = core::evaluate(evaluation, {}, nullptr, &error);
    EXPECT_TRUE(report) << error.toStdString();
    core::ReleaseRequest request;
    request.train = train;
    request.holdout = holdout;
    request.synthetic = synthetic;
    request.schema = schema;
    request.report = report.value_or(core::EvaluationReport{});
    request.provenance.sourceFileName = QStringLiteral("pbc.csv");
    request.provenance.sourceRows = qint64(all.rowCount());
    request.provenance.sourceColumns = all.columnCount();
    request.provenance.syntheticName = QStringLiteral("column-shuffled pbc");
    return request;
}

QByteArray zipEntry(const QString &zipPath, const QString &path)
{
    QuaZipFile file(zipPath, path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void replaceZipEntry(const QString &zipPath, const QString &path, const QByteArray &bytes)
{
    QuaZip in(zipPath);
    ASSERT_TRUE(in.open(QuaZip::mdUnzip));
    std::vector<std::pair<QString, QByteArray>> entries;
    for (bool more = in.goToFirstFile(); more; more = in.goToNextFile()) {
        QuaZipFile file(&in);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString name = in.getCurrentFileName();
        entries.emplace_back(name, name == path ? bytes : file.readAll());
    }
    in.close();
    QuaZip out(zipPath);
    ASSERT_TRUE(out.open(QuaZip::mdCreate));
    for (const auto &[name, content] : entries) {
        QuaZipFile file(&out);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(content);
        file.close();
    }
    out.close();
}

} // namespace synthreg::test
