#include "survivalchart.h"

#include "chartstyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace synthreg::gui {

namespace {

class SurvivalChartText
{
    Q_DECLARE_TR_FUNCTIONS(SurvivalChart)
};

/** A right-continuous step function through (0, 1) and each (time, value). */
QLineSeries *steps(const std::vector<core::KaplanMeierRow> &rows, double (*valueOf)(const core::KaplanMeierRow &))
{
    auto *series = new QLineSeries;
    double previous = 1;
    series->append(0, 1);
    for (const core::KaplanMeierRow &row : rows) {
        const double value = valueOf(row);
        series->append(row.time, previous);
        series->append(row.time, value);
        previous = value;
    }
    return series;
}

double survivalOf(const core::KaplanMeierRow &row) { return row.survival; }
// survfit leaves the band undefined where S is 0 or 1; the band then closes onto the curve.
double lowerOf(const core::KaplanMeierRow &row) { return std::isfinite(row.lower) ? row.lower : row.survival; }
double upperOf(const core::KaplanMeierRow &row) { return std::isfinite(row.upper) ? row.upper : row.survival; }

void addCurve(QChart *chart, const std::vector<core::KaplanMeierRow> &rows, const QString &name, const QColor &colour,
              Qt::PenStyle style, QValueAxis *x, QValueAxis *y)
{
    auto *band = new QAreaSeries(steps(rows, upperOf), steps(rows, lowerOf));
    QColor fill = colour;
    fill.setAlphaF(0.18f);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    auto *curve = steps(rows, survivalOf);
    curve->setName(name);
    QPen pen(colour, 2.2);
    pen.setStyle(style);
    curve->setPen(pen);
    chart->addSeries(band);
    chart->addSeries(curve);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(curve)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (QLegendMarker *marker : chart->legend()->markers(band))
        marker->setVisible(false);   // the band is explained in the title, not as a third legend entry
}

} // namespace

std::vector<core::KaplanMeierRow> plottedSteps(const std::vector<core::KaplanMeierRow> &curve, int minAtRisk)
{
    std::vector<core::KaplanMeierRow> shown;
    for (const core::KaplanMeierRow &row : curve) {
        if (row.nRisk < minAtRisk)
            break;
        shown.push_back(row);
    }
    return shown;
}

QChart *createSurvivalChart(const core::SurvivalEndpointEvaluation &endpoint, const QPalette &palette, int minAtRisk)
{
    auto *chart = new QChart;
    styleChart(chart, palette);
    chart->setTitle(SurvivalChartText::tr("%1: Kaplan-Meier, real and synthetic (shaded: 95% confidence band)").arg(endpoint.name));
    chart->legend()->setAlignment(Qt::AlignBottom);
    const std::vector<core::KaplanMeierRow> real = plottedSteps(endpoint.realCurve, minAtRisk);
    const std::vector<core::KaplanMeierRow> synthetic = plottedSteps(endpoint.syntheticCurve, minAtRisk);
    double last = 1;
    for (const auto *rows : {&real, &synthetic})
        if (!rows->empty())
            last = std::max(last, rows->back().time);
    QValueAxis *x = createNiceAxis(0, last);
    x->setTitleText(SurvivalChartText::tr("Time (%1)").arg(endpoint.timeColumn));
    QValueAxis *y = createNiceAxis(0, 1, 5);
    y->setTitleText(SurvivalChartText::tr("Survival probability"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    addCurve(chart, real, SurvivalChartText::tr("Real"), realColor(palette), Qt::SolidLine, x, y);
    addCurve(chart, synthetic, SurvivalChartText::tr("Synthetic"), syntheticColor(palette), Qt::DashLine, x, y);
    styleAxis(x, palette, axisFont(chart));
    styleAxis(y, palette, axisFont(chart));
    return chart;
}

ChartData survivalData(const core::SurvivalEndpointEvaluation &endpoint)
{
    const QLocale locale;
    ChartData data;
    data.headers = {SurvivalChartText::tr("Time"), SurvivalChartText::tr("Real at risk"), SurvivalChartText::tr("Synthetic at risk"),
                    SurvivalChartText::tr("Real survival"), SurvivalChartText::tr("Synthetic survival")};
    const size_t times = std::min(endpoint.real.atTimes.size(), endpoint.synthetic.atTimes.size());
    for (size_t i = 0; i < times; ++i) {
        const core::KaplanMeierSummaryRow &real = endpoint.real.atTimes[i];
        const core::KaplanMeierSummaryRow &synthetic = endpoint.synthetic.atTimes[i];
        data.rows.append({locale.toString(real.time, 'g', 6), locale.toString(real.nRisk, 'f', 0),
                          locale.toString(synthetic.nRisk, 'f', 0), locale.toString(real.survival, 'f', 3),
                          locale.toString(synthetic.survival, 'f', 3)});
    }
    return data;
}

} // namespace synthreg::gui
