#pragma once

#include <QColor>
#include <QFont>

class QAbstractAxis;
class QChart;
class QPalette;
class QValueAxis;

namespace synthreg::gui {

/**
 * What every chart of the application shares, on screen and in the report: a theme and text
 * colours from the palette (so dark themes work), no animation, no frame, and one pair of
 * colours for real and synthetic data wherever the two are compared.
 */
void styleChart(QChart *chart, const QPalette &palette);
/** Axis labels and title in the palette's text colour and `font`; faint grid lines. */
void styleAxis(QAbstractAxis *axis, const QPalette &palette, const QFont &font);
/** The font of axis labels: the chart font a little smaller, never below 7 pt. */
QFont axisFont(const QChart *chart);

/** A "nice" tick spacing (1, 2 or 5 times a power of ten) for about `ticks` intervals over `range`. */
double niceStep(double range, int ticks);
/** A value axis over [lower, upper] with ticks at nice round values and as many decimals as they need. */
QValueAxis *createNiceAxis(double lower, double upper, int ticks = 6);

/** Real data: a blue that reads on light and dark backgrounds (colour-blind safe with realColor's partner). */
QColor realColor(const QPalette &palette);
/** Synthetic data: an orange (Okabe-Ito), distinguishable from realColor in every common colour-vision deficiency. */
QColor syntheticColor(const QPalette &palette);

} // namespace synthreg::gui
