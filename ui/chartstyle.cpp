#include "chartstyle.h"

#include "rolefamily.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace synthreg::gui {

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDarkPalette(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    // Active colours: a chart built while its page is disabled (an empty tab) must not be greyed out for good.
    chart->setTitleBrush(palette.brush(QPalette::Active, QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Active, QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette, const QFont &font)
{
    axis->setLabelsBrush(palette.brush(QPalette::Active, QPalette::Text));
    axis->setLabelsFont(font);
    axis->setTitleBrush(palette.brush(QPalette::Active, QPalette::Text));
    QFont titleFont = font;
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
    axis->setLinePenColor(palette.color(QPalette::Active, QPalette::Mid));
    axis->setGridLineColor(palette.color(QPalette::Active, QPalette::Midlight));
    axis->setShadesVisible(false);
}

QFont axisFont(const QChart *chart)
{
    QFont font = chart->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    return font;
}

double niceStep(double range, int ticks)
{
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0}) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QValueAxis *createNiceAxis(double lower, double upper, int ticks)
{
    auto *axis = new QValueAxis;
    upper = std::max(upper, lower + 1e-9);
    axis->setRange(lower, upper);
    const double step = niceStep(upper - lower, ticks);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(std::ceil(lower / step) * step);
    axis->setTickInterval(step);
    const int decimals = std::clamp(int(-std::floor(std::log10(step))), 0, 6);
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    return axis;
}

QColor realColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
}

QColor syntheticColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xf0, 0xa0, 0x40) : QColor(0xd5, 0x5e, 0x00);
}

} // namespace synthreg::gui
