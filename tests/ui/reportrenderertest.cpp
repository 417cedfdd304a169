// The release report's figures come from the screen's chart code: Kaplan-Meier curves stop
// where fewer than 10 patients remain at risk, every section gets its PNG, the PDF prints.
#include "ui/reportrenderer.h"
#include "ui/survivalchart.h"

#include "core/data/typeinference.h"
#include "core/io/csvreader.h"
#include "resources/demodata.h"

#include <QChart>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QPalette>
#include <QThread>

#include <gtest/gtest.h>

using namespace synthreg;

namespace {

/** 40 patients, one event every 10 days: 10 remain at risk at day 310, then 9, 8, … */
core::SurvivalEndpointEvaluation shrinkingRiskSet()
{
    core::SurvivalEndpointEvaluation endpoint;
    endpoint.name = QStringLiteral("OS");
    for (int i = 0; i < 40; ++i) {
        const double atRisk = 40 - i;
        endpoint.realCurve.push_back({10.0 * (i + 1), atRisk, 1, 0, (atRisk - 1) / 40, 0.05, NAN, NAN});
    }
    endpoint.syntheticCurve = endpoint.realCurve;
    return endpoint;
}

double lastPlottedTime(const QChart &chart)
{
    double last = 0;
    for (QAbstractSeries *series : chart.series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            for (const QPointF &point : line->points())
                last = std::max(last, point.x());
    return last;
}

} // namespace

TEST(ReportRenderer, KaplanMeierCurvesStopWhereFewerThanTenRemainAtRisk)
{
    const core::SurvivalEndpointEvaluation endpoint = shrinkingRiskSet();
    std::unique_ptr<QChart> full(gui::createSurvivalChart(endpoint, QPalette(), 0));
    std::unique_ptr<QChart> truncated(gui::createSurvivalChart(endpoint, QPalette(), 10));
    EXPECT_DOUBLE_EQ(lastPlottedTime(*full), 400);
    EXPECT_LE(lastPlottedTime(*truncated), 310);   // the step at day 310 still had 10 at risk; 320 had 9
    EXPECT_GE(lastPlottedTime(*truncated), 300);
}

TEST(ReportRenderer, DrawsEverySectionAndPrintsThePdf)
{
    QFile demo(resources::demoBaselinePath());
    ASSERT_TRUE(demo.open(QIODevice::ReadOnly));
    const core::Table pbc = core::CsvReader().read(demo, resources::demoBaselinePath()).table;
    const core::Schema schema = core::inferSchema(pbc).schema;
    core::EvaluationReport report;
    report.survival.push_back(shrinkingRiskSet());
    gui::ChartReportRenderer renderer;
    // From a worker thread, as the GUI's export calls it: the charts are drawn on this (GUI) thread.
    std::vector<core::ReportFigure> figures;
    QThread *worker = QThread::create([&] { figures = renderer.figures({pbc, pbc, schema, report, 10}); });
    worker->start();
    while (!worker->wait(10))
        QCoreApplication::processEvents();
    delete worker;
    QStringList names;
    for (const core::ReportFigure &figure : figures) {
        names << figure.fileName;
        const QImage image = QImage::fromData(figure.png, "PNG");
        EXPECT_GT(image.width(), 400) << figure.fileName.toStdString();
        EXPECT_FALSE(figure.caption.isEmpty());
    }
    EXPECT_TRUE(names.contains(QStringLiteral("columns-1.png"))) << names.join(u' ').toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("km-os.png")));
    const QByteArray pdf = renderer.pdf(QStringLiteral("<h1>Report</h1><img src=\"figures/km-os.png\" width=\"640\">"), figures);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 10000);   // the figure is in it
}
