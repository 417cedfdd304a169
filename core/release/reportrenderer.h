#pragma once

#include "core/data/schema.h"
#include "core/data/table.h"
#include "core/jobs/evaluationreport.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace synthreg::core {

/** One figure of the report: a PNG under figures/ and the sentence under it. */
struct ReportFigure
{
    QString fileName;    ///< e.g. "km-os.png"; the bundle path is "figures/" + fileName
    QString caption;
    QString section;     ///< "columns", "correlations", "survival", "privacy"
    QByteArray png;
};

/** What the figures are drawn from: the released rows against the training rows. */
struct FigureInput
{
    const Table &real;
    const Table &synthetic;
    const Schema &schema;
    const EvaluationReport &report;
    int minAtRisk = 10;   ///< Kaplan-Meier curves stop where fewer remain at risk
};

/**
 * Draws what core cannot: the report's figures and its PDF. core never links Qt Gui, so the
 * release builder gets this from the layer that draws the screen's charts (ui/reportrenderer),
 * and the bundle's figures are the screen's. Without one a bundle has no figures and no PDF.
 */
class ReportRenderer
{
public:
    virtual ~ReportRenderer() = default;
    virtual std::vector<ReportFigure> figures(const FigureInput &input) = 0;
    /** The PDF of `html`, whose <img> sources are "figures/<fileName>" of `figures`. Empty on failure. */
    virtual QByteArray pdf(const QString &html, const std::vector<ReportFigure> &figures) = 0;
};

} // namespace synthreg::core
