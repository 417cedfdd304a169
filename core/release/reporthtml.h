#pragma once

#include "provenance.h"
#include "releasegate.h"
#include "reportrenderer.h"

#include <functional>

namespace synthreg::core {

/** Everything the report states about one release. */
struct ReportContent
{
    QString title;                       ///< e.g. "pbc — synthetic release"
    const EvaluationReport &report;
    const GateResult &gate;
    const ReleaseProvenance &provenance;
    qint64 releasedRows = 0;
    int releasedColumns = 0;
    QString syntheticPath;               ///< inside the bundle
    QString licenseName;
    const std::vector<ReportFigure> &figures;
};

/** Where an <img> finds a figure: a data: URI in the HTML file, a resource name for the PDF. */
using ImageSource = std::function<QString(const ReportFigure &)>;

/**
 * The release report as one HTML page: a synthetic-data banner, the gate's checks with their
 * explanations, quality scores against the real-holdout reference, per-column shapes, the
 * figures by section, survival, utility, privacy and provenance. Self-contained: inline CSS,
 * images from `imageSource`, and a Content-Security-Policy that forbids every fetch, so a
 * browser opens it offline exactly as written. Also the source of the PDF (QTextDocument
 * reads the same markup; the CSS it ignores is decoration).
 */
QString reportHtml(const ReportContent &content, const ImageSource &imageSource);

/** `png` as a data: URI. */
QString pngDataUri(const QByteArray &png);

} // namespace synthreg::core
