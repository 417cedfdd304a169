#include "reporthtml.h"

#include <QJsonDocument>

#include <cmath>

namespace synthreg::core {

namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString num(double value, int decimals = 3)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("n/a");
}

QString percent(double share) { return std::isfinite(share) ? QString::number(100 * share, 'f', 1) + QStringLiteral(" %") : QStringLiteral("n/a"); }

const char *kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #202124; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #dadce0; }
.banner { background: #e8f0fe; border-left: 4px solid #1a56c4; padding: 0.6em 1em; }
table { border-collapse: collapse; margin: 0.6em 0; } th, td { border: 1px solid #dadce0; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f1f3f4; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #1b7a3a; font-weight: bold; } .warn { color: #9a5b00; font-weight: bold; } .fail { color: #b3261e; font-weight: bold; } .not_computed { color: #5f6368; font-weight: bold; }
div.figure { margin: 1em 0; } div.figure img { max-width: 100%; height: auto; border: 1px solid #dadce0; } .caption { color: #5f6368; font-size: 0.9em; }
.override { background: #fce8e6; border-left: 4px solid #b3261e; padding: 0.6em 1em; }
pre { background: #f8f9fa; padding: 0.6em; white-space: pre-wrap; }
)";

QString outcomeText(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass: return QStringLiteral("Pass");
    case CheckOutcome::Warn: return QStringLiteral("Warning");
    case CheckOutcome::Fail: return QStringLiteral("Fail");
    case CheckOutcome::NotComputed: break;
    }
    return QStringLiteral("Not computed");
}

/** Counts (copies, small cells) as whole numbers, scores with three decimals. */
QString checkNumber(const GateCheck &check, double value)
{
    const bool count = check.key == QLatin1String("exact_matches") || check.key == QLatin1String("small_cells");
    return count && std::isfinite(value) ? QString::number(qint64(value)) : num(value);
}

QString row(const QStringList &cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += header ? QStringLiteral("<th>%1</th>").arg(cell) : cell.startsWith(QLatin1String("<td")) ? cell : QStringLiteral("<td>%1</td>").arg(cell);
    return html + QStringLiteral("</tr>\n");
}

QString numberCell(const QString &text) { return QStringLiteral("<td class=\"n\">%1</td>").arg(text); }

QString summary(const ReportContent &c)
{
    const ReleaseProvenance &p = c.provenance;
    QString html = QStringLiteral("<table>\n");
    html += row({QStringLiteral("Synthetic table"), esc(c.syntheticPath)});
    html += row({QStringLiteral("Rows, columns"), QStringLiteral("%1 rows, %2 columns").arg(c.releasedRows).arg(c.releasedColumns)});
    html += row({QStringLiteral("Made from"), QStringLiteral("%1 (%2 rows, %3 columns; SHA-256 %4)")
                                                  .arg(esc(p.sourceFileName)).arg(p.sourceRows).arg(p.sourceColumns)
                                                  .arg(p.sourceSha256.isEmpty() ? QStringLiteral("not recorded") : esc(p.sourceSha256))});
    html += row({QStringLiteral("Generator"), p.generator ? esc(p.generator->generator) + QStringLiteral(", seed ") + QString::number(p.generator->trainingSeed)
                                                           : QStringLiteral("made outside SynthReg (%1)").arg(esc(p.syntheticName))});
    html += row({QStringLiteral("Copies of real rows removed"), QString::number(p.copiedRowsRemoved)});
    html += row({QStringLiteral("Created"), esc(p.createdUtc.toString(Qt::ISODate)) + QStringLiteral(" by ") + esc(p.user)});
    html += row({QStringLiteral("Licence"), esc(c.licenseName)});
    return html + QStringLiteral("</table>\n");
}

QString gateSection(const ReportContent &c)
{
    QString html = QStringLiteral("<h2>Release checks</h2>\n<p>Overall: <span class=\"%1\">%2</span></p>\n<table width=\"100%\">\n")
                       .arg(checkOutcomeKey(c.gate.overall), outcomeText(c.gate.overall));
    html += row({QStringLiteral("Check"), QStringLiteral("Result"), QStringLiteral("Value"), QStringLiteral("Limit"), QStringLiteral("What it means")}, true);
    for (const GateCheck &check : c.gate.checks)
        html += row({esc(check.name), QStringLiteral("<span class=\"%1\">%2</span>").arg(checkOutcomeKey(check.outcome), outcomeText(check.outcome)),
                     numberCell(checkNumber(check, check.value)), numberCell(checkNumber(check, check.limit)), esc(check.explanation)});
    html += QStringLiteral("</table>\n");
    if (!c.provenance.overriddenChecks.isEmpty())
        html += QStringLiteral("<div class=\"override\"><b>Released despite failed checks</b> (%1). Justification given by %2: "
                               "<i>%3</i></div>\n")
                    .arg(esc(c.provenance.overriddenChecks.join(QStringLiteral(", "))), esc(c.provenance.user),
                         esc(c.provenance.overrideJustification));
    return html;
}

QString qualitySection(const EvaluationReport &r)
{
    const FidelityReport *ref = r.holdoutFidelity ? &*r.holdoutFidelity : nullptr;
    QString html = QStringLiteral("<h2>Fidelity</h2>\n<p>Scores run from 0 to 1 (SDMetrics' definitions). The real holdout column "
                                  "shows what a second sample of real patients scores: the best a generator can hope for.</p>\n<table>\n");
    html += row({QStringLiteral("Score"), QStringLiteral("Synthetic"), QStringLiteral("Real holdout")}, true);
    auto line = [&](const QString &name, double value, double reference) {
        html += row({name, numberCell(num(value)), numberCell(ref ? num(reference) : QStringLiteral("n/a"))});
    };
    line(QStringLiteral("Quality"), r.fidelity.qualityScore, ref ? ref->qualityScore : NAN);
    line(QStringLiteral("Column shapes"), r.fidelity.columnShapesScore, ref ? ref->columnShapesScore : NAN);
    line(QStringLiteral("Column pair trends"), r.fidelity.columnPairTrendsScore, ref ? ref->columnPairTrendsScore : NAN);
    html += QStringLiteral("</table>\n<table>\n");
    html += row({QStringLiteral("Column"), QStringLiteral("Metric"), QStringLiteral("Score"), QStringLiteral("Missing, real"),
                 QStringLiteral("Missing, synthetic")}, true);
    for (const ColumnShape &shape : r.fidelity.columnShapes)
        html += row({esc(shape.column), esc(shape.metric), numberCell(num(shape.score)), numberCell(percent(shape.realMissingRate)),
                     numberCell(percent(shape.syntheticMissingRate))});
    return html + QStringLiteral("</table>\n");
}

QString figuresOf(const ReportContent &c, const QString &section, const ImageSource &imageSource)
{
    QString html;
    for (const ReportFigure &figure : c.figures)
        if (figure.section == section)
            html += QStringLiteral("<div class=\"figure\"><img src=\"%1\" width=\"640\" alt=\"%2\"><br>"
                                   "<span class=\"caption\">%2</span></div>\n")
                        .arg(imageSource(figure), esc(figure.caption));
    return html;
}

QString survivalSection(const ReportContent &c, int minAtRisk, const ImageSource &imageSource)
{
    if (c.report.survival.empty())
        return {};
    QString html = QStringLiteral("<h2>Survival</h2>\n<p>Kaplan-Meier curves of the real and the synthetic data. Each curve stops "
                                  "where fewer than %1 patients remain at risk (output checking: a tail of a handful of patients "
                                  "can identify them).</p>\n<table>\n").arg(minAtRisk);
    html += row({QStringLiteral("Endpoint"), QStringLiteral("Median, real"), QStringLiteral("Median, synthetic"), QStringLiteral("Log-rank p"),
                 QStringLiteral("KM divergence")}, true);
    for (const SurvivalEndpointEvaluation &e : c.report.survival)
        html += e.isValid() ? row({esc(e.name), numberCell(num(e.real.median.median, 0)), numberCell(num(e.synthetic.median.median, 0)),
                                   numberCell(QString::number(e.logRank.pValue, 'g', 3)), numberCell(num(e.distance.kmDivergence))})
                            : row({esc(e.name), esc(e.error), {}, {}, {}});
    return html + QStringLiteral("</table>\n") + figuresOf(c, QStringLiteral("survival"), imageSource);
}

QString utilitySection(const EvaluationReport &r)
{
    if (!r.utility)
        return {};
    const TstrResult &t = r.utility->tstr;
    QString html = QStringLiteral("<h2>Utility</h2>\n<p>A model trained on the synthetic rows and tested on real holdout rows, "
                                  "against the same model trained on real rows (target <b>%1</b>).</p>\n").arg(esc(t.target));
    if (!t.ok())
        return html + QStringLiteral("<p>%1</p>\n").arg(esc(t.error));
    html += QStringLiteral("<table width=\"100%\">\n") + row({QStringLiteral("Trained on"), QStringLiteral("AUC"), QStringLiteral("Accuracy"), QStringLiteral("R²")}, true);
    html += row({QStringLiteral("Synthetic"), numberCell(num(t.trainedOnSynthetic.auc)), numberCell(num(t.trainedOnSynthetic.accuracy)),
                 numberCell(num(t.trainedOnSynthetic.r2))});
    html += row({QStringLiteral("Real"), numberCell(num(t.trainedOnReal.auc)), numberCell(num(t.trainedOnReal.accuracy)),
                 numberCell(num(t.trainedOnReal.r2))});
    return html + QStringLiteral("</table>\n<p>Discriminator AUC %1 (0.5: it cannot tell synthetic from real rows).</p>\n")
                      .arg(num(r.utility->discriminator.auc));
}

QString privacySection(const ReportContent &c, const ImageSource &imageSource)
{
    QString html = QStringLiteral("<h2>Privacy</h2>\n");
    if (!c.report.privacy)
        return html + QStringLiteral("<p>Distance-based privacy measures need a holdout and were not computed.</p>\n");
    const PrivacyReport &p = *c.report.privacy;
    html += QStringLiteral("<table width=\"100%\">\n");
    html += row({QStringLiteral("Synthetic rows closer to a training row than to any holdout row"),
                 numberCell(percent(p.dcr.shareCloserToTrain) + QStringLiteral(" (ideal ") + percent(p.dcr.idealShare) + u')')});
    html += row({QStringLiteral("Hamming leakage coefficient (real baseline)"),
                 numberCell(num(p.leakage.coefficient) + QStringLiteral(" (") + num(p.leakage.baselineCoefficient) + u')')});
    html += row({QStringLiteral("Membership inference AUC"), numberCell(num(p.membership.auc))});
    html += QStringLiteral("</table>\n");
    return html + figuresOf(c, QStringLiteral("privacy"), imageSource);
}

QString provenanceSection(const ReportContent &c)
{
    return QStringLiteral("<h2>How it was made</h2>\n<pre>%1</pre>\n")
        .arg(esc(QString::fromUtf8(QJsonDocument(c.provenance.toJson()).toJson(QJsonDocument::Indented))));
}

} // namespace

QString pngDataUri(const QByteArray &png)
{
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString reportHtml(const ReportContent &content, const ImageSource &imageSource)
{
    const int minAtRisk = content.provenance.thresholds.value(QStringLiteral("small_cell")).toInt(10);
    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n"
                       "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<h1>%1</h1>\n")
                       .arg(esc(content.title), QString::fromLatin1(kStyle));
    html += QStringLiteral("<p class=\"banner\"><b>Synthetic data.</b> Every row of this release was generated by a statistical model "
                           "trained on a real registry; no row describes a real person, and rows identical to a real patient's "
                           "were removed. Use it to explore, teach and develop analyses; confirm findings on the real data.</p>\n");
    html += summary(content) + gateSection(content) + qualitySection(content.report);
    html += figuresOf(content, QStringLiteral("columns"), imageSource);
    if (const QString correlations = figuresOf(content, QStringLiteral("correlations"), imageSource); !correlations.isEmpty())
        html += QStringLiteral("<h2>Correlations</h2>\n") + correlations;
    html += survivalSection(content, minAtRisk, imageSource) + utilitySection(content.report) + privacySection(content, imageSource);
    if (!content.report.flags.isEmpty()) {
        html += QStringLiteral("<h2>Findings to read</h2>\n<ul>\n");
        for (const QString &flag : content.report.flags)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(flag));
        html += QStringLiteral("</ul>\n");
    }
    html += provenanceSection(content);
    return html + QStringLiteral("</body>\n</html>\n");
}

} // namespace synthreg::core
