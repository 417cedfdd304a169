#pragma once

#include "core/release/reportrenderer.h"

namespace synthreg::gui {

/**
 * Draws the release report's figures with the screen's own chart builders (column overlays,
 * correlation heatmaps, Kaplan-Meier curves stopped below the risk-set limit, DCR histograms)
 * in a light palette, and prints the report to PDF with QTextDocument + QPdfWriter.
 *
 * Charts are Qt graphics items and live on the GUI thread: called from a worker thread
 * (the GUI's release export), figures() draws each one on the GUI thread through a blocking
 * queued call, so the worker waits and the window stays responsive between figures. Needs a
 * QApplication (the CLI makes an offscreen one).
 */
class ChartReportRenderer : public core::ReportRenderer
{
public:
    std::vector<core::ReportFigure> figures(const core::FigureInput &input) override;
    QByteArray pdf(const QString &html, const std::vector<core::ReportFigure> &figures) override;
};

} // namespace synthreg::gui
