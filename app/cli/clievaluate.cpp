// synthreg-cli evaluate: compares a synthetic table with the real one and prints or writes
// the EvaluationReport; against a project it also stores the evaluation there.
#include "clicommands.h"
#include "clicommon.h"
#include "clicomparison.h"

#include "core/data/schemafile.h"
#include "core/data/typeinference.h"
#include "core/jobs/evaluator.h"
#include "core/project/project.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

namespace synthreg::cli {

namespace {
QString grade(double score)
{
    if (!std::isfinite(score))
        return QStringLiteral("n/a");
    return score >= 0.9 ? QStringLiteral("excellent") : score >= 0.8 ? QStringLiteral("good")
                        : score >= 0.7 ? QStringLiteral("fair") : QStringLiteral("poor");
}

QString fixed(double value, int decimals = 3)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("n/a");
}

void printSummary(const core::EvaluationReport &report)
{
    QTextStream &o = out();
    o << "rows: train " << report.trainRows << ", holdout " << report.holdoutRows << ", synthetic " << report.syntheticRows << "\n\n";
    const auto &f = report.fidelity;
    auto line = [&](const char *label, double value, double reference) {
        o << qSetFieldWidth(28) << Qt::left << label << qSetFieldWidth(8) << fixed(value) << qSetFieldWidth(12) << grade(value)
          << qSetFieldWidth(0);
        if (report.holdoutFidelity)
            o << "(real holdout: " << fixed(reference) << ')';
        o << '\n';
    };
    const auto *ref = report.holdoutFidelity ? &*report.holdoutFidelity : nullptr;
    line("quality score", f.qualityScore, ref ? ref->qualityScore : NAN);
    line("  column shapes", f.columnShapesScore, ref ? ref->columnShapesScore : NAN);
    line("  column pair trends", f.columnPairTrendsScore, ref ? ref->columnPairTrendsScore : NAN);
    line("quality (SDMetrics>=0.27)", f.thresholdedQualityScore, ref ? ref->thresholdedQualityScore : NAN);
    for (const auto &endpoint : report.survival) {
        o << "\nsurvival " << endpoint.name << " (" << endpoint.timeColumn << ", " << endpoint.eventColumn << "): ";
        if (!endpoint.isValid()) {
            o << endpoint.error << '\n';
            continue;
        }
        o << "median real " << fixed(endpoint.real.median.median, 0) << ", synthetic " << fixed(endpoint.synthetic.median.median, 0)
          << "; log-rank p " << QString::number(endpoint.logRank.pValue, 'g', 3) << "; KM divergence "
          << fixed(endpoint.distance.kmDivergence) << ", optimism " << fixed(endpoint.distance.optimism) << '\n';
    }
    if (report.utility) {
        const auto &tstr = report.utility->tstr;
        o << "\nutility (target " << tstr.target << "): ";
        if (!tstr.ok())
            o << tstr.error << '\n';
        else if (tstr.task == core::UtilityTask::Regression)
            o << "R² trained on synthetic " << fixed(tstr.trainedOnSynthetic.r2) << " vs on real " << fixed(tstr.trainedOnReal.r2) << '\n';
        else
            o << "AUC trained on synthetic " << fixed(tstr.trainedOnSynthetic.auc) << " vs on real " << fixed(tstr.trainedOnReal.auc)
              << "; accuracy " << fixed(tstr.trainedOnSynthetic.accuracy) << " vs " << fixed(tstr.trainedOnReal.accuracy) << '\n';
        o << "discriminator AUC " << fixed(report.utility->discriminator.auc) << " (0.5 is ideal)\n";
    }
    if (report.privacy) {
        const auto &p = *report.privacy;
        o << "\nprivacy: exact matches " << p.exactMatches.syntheticMatches << "; closer to train than holdout "
          << fixed(p.dcr.shareCloserToTrain) << " (ideal " << fixed(p.dcr.idealShare) << "); leakage coefficient "
          << fixed(p.leakage.coefficient) << " (real baseline " << fixed(p.leakage.baselineCoefficient) << ", threshold "
          << p.leakage.threshold << "); membership-inference AUC " << fixed(p.membership.auc) << '\n';
    } else {
        o << "\nprivacy: not computed: give --holdout (real rows the generator never saw), or evaluate against a project\n";
    }
    if (!report.flags.isEmpty()) {
        o << '\n';
        for (const QString &flag : report.flags)
            o << "FLAG: " << flag << '\n';
    }
}

} // namespace

int runEvaluate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Evaluates a synthetic table against the real data: fidelity, Table 1, correlations, survival, utility and privacy.\n"
        "Either --real TRAIN [--holdout HOLDOUT], or --project P.synthreg (uses its data and its stored train/holdout split, "
        "made on first use, and stores the evaluation)."));
    parser.addOptions({
        {QStringLiteral("project"), QStringLiteral("Evaluate against this project's data and split, and store the result."), QStringLiteral("P.synthreg")},
        {QStringLiteral("synthetic"), QStringLiteral("The synthetic table (required)."), QStringLiteral("SYN.csv")},
        {QStringLiteral("json"), QStringLiteral("Also write the full report as JSON (docs/report-format.md)."), QStringLiteral("OUT.json")},
    });
    addRealSideOptions(parser);
    if (const int code = parseOrExit(parser, args, 0); code >= 0)
        return code;
    const bool byProject = parser.isSet(QStringLiteral("project"));
    if (!parser.isSet(QStringLiteral("synthetic")) || byProject == parser.isSet(QStringLiteral("real"))) {
        err() << "error: give --synthetic and either --real or --project\n\n" << parser.helpText();
        return UsageError;
    }
    int exitCode = Ok;
    auto side = loadRealSide(parser, byProject ? parser.value(QStringLiteral("project")) : QString(), &exitCode);
    if (!side)
        return exitCode;
    core::EvaluationRequest &request = side->request;
    std::unique_ptr<core::Project> &project = side->project;
    QString error;
    const auto synthetic = importTable(parser.value(QStringLiteral("synthetic")));
    if (!synthetic)
        return BadInput;
    request.synthetic = *synthetic;

    const auto report = core::evaluate(request, [](double, const QString &step) { err() << "… " << step << '\n'; err().flush(); },
                                       nullptr, &error);
    if (!report) {
        err() << "error: " << error << '\n';
        return BadInput;
    }
    const QJsonDocument reportJson(report->toJson());
    const QByteArray json = reportJson.toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("json"))) {
        const QString jsonPath = parser.value(QStringLiteral("json"));
        if (isSameFile(jsonPath, parser.value(QStringLiteral("synthetic"))) || isSameFile(jsonPath, parser.value(QStringLiteral("real")))) {
            err() << "error: --json names an input file; SynthReg never writes over a source\n";
            return UsageError;
        }
        if (!writeAtomically(jsonPath, json, &error)) {
            err() << "error: " << error << '\n';
            return BadInput;
        }
    }
    if (project) {
        core::StoredEvaluation stored{0, {}, QFileInfo(parser.value(QStringLiteral("synthetic"))).fileName(),
                                      synthetic->provenance().sha256,
                                      QString::fromUtf8(QJsonDocument(request.settings.toJson()).toJson(QJsonDocument::Compact)),
                                      QString::fromUtf8(reportJson.toJson(QJsonDocument::Compact))};
        if (!project->saveEvaluation(stored)) {
            err() << "error: " << project->errorString() << '\n';
            return BadInput;
        }
        out() << "stored as evaluation " << stored.id << " in " << project->path() << "\n\n";
    }
    printSummary(*report);
    return Ok;
}

} // namespace synthreg::cli
