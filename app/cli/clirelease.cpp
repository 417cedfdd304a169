// synthreg-cli release / verify: the gate, the bundle, and a recipient's check of it.
#include "clicommands.h"
#include "clicomparison.h"

#include "core/data/typeinference.h"
#include "core/release/bundleverifier.h"
#include "core/release/releasebuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#ifdef SYNTHREG_REPORT_FIGURES
#include "ui/reportrenderer.h"
#endif

namespace synthreg::cli {

namespace {

QString outcomeWord(core::CheckOutcome outcome)
{
    return core::checkOutcomeKey(outcome).toUpper().replace(u'_', u' ');
}

void printGate(const core::GateResult &gate)
{
    out() << "Release checks: " << outcomeWord(gate.overall) << '\n';
    for (const core::GateCheck &check : gate.checks)
        out() << "  " << qSetFieldWidth(14) << Qt::left << outcomeWord(check.outcome) << qSetFieldWidth(0) << check.name << ": "
              << check.explanation << '\n';
}

/** The synthetic rows to release: a file, or a table kept in the project (with the run that made it). */
bool loadSynthetic(const QCommandLineParser &parser, RealSide &side, core::ReleaseProvenance &provenance, core::Table *synthetic)
{
    if (parser.isSet(QStringLiteral("synthetic"))) {
        const QString path = parser.value(QStringLiteral("synthetic"));
        auto table = importTable(path);
        if (!table)
            return false;
        *synthetic = *table;
        provenance.syntheticName = QFileInfo(path).fileName();
        provenance.syntheticSha256 = table->provenance().sha256;
        return true;
    }
    const QList<core::StoredSyntheticTable> tables = side.project->syntheticTables();
    const qint64 id = parser.isSet(QStringLiteral("synthetic-id")) ? parser.value(QStringLiteral("synthetic-id")).toLongLong()
                                                                   : tables.isEmpty() ? 0 : tables.last().id;
    const auto record = std::find_if(tables.begin(), tables.end(), [id](const auto &t) { return t.id == id; });
    if (record == tables.end()) {
        err() << "error: the project has no synthetic table" << (id ? QStringLiteral(" %1").arg(id) : QString())
              << "; sample one with `synthreg-cli sample`, or give --synthetic FILE\n";
        return false;
    }
    const auto table = side.project->syntheticTable(id);
    if (!table) {
        err() << "error: " << side.project->errorString() << '\n';
        return false;
    }
    *synthetic = *table;
    provenance.syntheticName = QStringLiteral("synthetic table %1 of run %2").arg(id).arg(record->runId);
    provenance.syntheticSha256 = QString::fromLatin1(QCryptographicHash::hash(core::TableCodec::encode(*table), QCryptographicHash::Sha256).toHex());
    for (const core::StoredRun &run : side.project->runs()) {
        if (run.id != record->runId)
            continue;
        provenance.generator = core::GeneratorProvenance{run.generator, QJsonDocument::fromJson(run.hyperparametersJson.toUtf8()).object(),
                                                         run.seed, run.device, run.trainingSeconds, record->seed, record->conditions};
    }
    return true;
}

bool releaseOptionsFrom(const QCommandLineParser &parser, core::ReleaseOptions &options)
{
    options.name = parser.value(QStringLiteral("name"));
    options.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("license")))
        options.licenseId = parser.value(QStringLiteral("license"));
    if (parser.isSet(QStringLiteral("license-text"))) {
        QFile file(parser.value(QStringLiteral("license-text")));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "error: cannot read " << file.fileName() << ": " << file.errorString() << '\n';
            return false;
        }
        options.customLicenseText = QString::fromUtf8(file.readAll());
        options.licenseId = QStringLiteral("custom");
    }
    options.licenseHolder = parser.value(QStringLiteral("holder"));
    options.overrideJustification = parser.value(QStringLiteral("override"));
    options.removeCopies = !parser.isSet(QStringLiteral("keep-copies"));
    options.includeSqlite = parser.isSet(QStringLiteral("sqlite"));
    // The gate's thresholds: each option overrides its default, within the range that makes sense.
    const struct
    {
        const char *option;
        double *value;
        double low, high;
    } limits[] = {{"quality-floor", &options.thresholds.qualityFloor, 0, 1},
                  {"max-leakage", &options.thresholds.privacy.leakageCoefficient, 0, 1},
                  {"dcr-margin", &options.thresholds.privacy.dcrShareMargin, 0, 1},
                  {"max-membership-auc", &options.thresholds.privacy.membershipAuc, 0.5, 1}};
    for (const auto &limit : limits) {
        const QString name = QLatin1String(limit.option);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        *limit.value = parser.value(name).toDouble(&ok);
        if (!ok || *limit.value < limit.low || *limit.value > limit.high) {
            err() << "error: --" << name << " takes a number between " << limit.low << " and " << limit.high << '\n';
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("small-cell"))) {
        options.thresholds.smallCell = parser.value(QStringLiteral("small-cell")).toInt();
        if (options.thresholds.smallCell < 1) {
            err() << "error: --small-cell takes a whole number of rows, at least 1\n";
            return false;
        }
    }
    return true;
}

} // namespace

int runRelease(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a synthetic table against the release rules (copies, leakage, distance, membership attack, small cells, "
        "quality) and writes the release bundle: synthetic CSV, data dictionary, HTML and PDF report, figures, privacy "
        "assessment, provenance, README, licence and a SHA-256 manifest. The real data and model weights never go in it.\n"
        "Either PROJECT (its data, split and latest synthetic table) or --real TRAIN [--holdout H] --synthetic SYN."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("A .synthreg project (optional)."), QStringLiteral("[PROJECT]"));
    addRealSideOptions(parser);
    parser.addOptions({
        {QStringLiteral("synthetic"), QStringLiteral("The synthetic table to release (default with PROJECT: its latest)."), QStringLiteral("SYN.csv")},
        {QStringLiteral("synthetic-id"), QStringLiteral("With PROJECT: which stored synthetic table."), QStringLiteral("ID")},
        {QStringLiteral("out"), QStringLiteral("The bundle to write (required)."), QStringLiteral("BUNDLE.zip")},
        {QStringLiteral("name"), QStringLiteral("File name of the synthetic table (default: SOURCE-synthetic)."), QStringLiteral("NAME")},
        {QStringLiteral("title"), QStringLiteral("Title of the report."), QStringLiteral("TEXT")},
        {QStringLiteral("license"), QStringLiteral("CC-BY-4.0 (default), CC-BY-NC-4.0 or CC0-1.0."), QStringLiteral("ID")},
        {QStringLiteral("license-text"), QStringLiteral("Your own terms of use instead (a text file)."), QStringLiteral("FILE")},
        {QStringLiteral("holder"), QStringLiteral("Who grants the licence (default: your user name)."), QStringLiteral("NAME")},
        {QStringLiteral("override"), QStringLiteral("Release despite failed checks, for this written reason (kept in provenance and the audit log)."), QStringLiteral("JUSTIFICATION")},
        {QStringLiteral("keep-copies"), QStringLiteral("Keep synthetic rows identical to a real row (they are removed by default).")},
        {QStringLiteral("sqlite"), QStringLiteral("Also put the table in as SQLite.")},
        {QStringLiteral("quality-floor"), QStringLiteral("Lowest quality score that passes (default 0.70)."), QStringLiteral("X")},
        {QStringLiteral("max-leakage"), QStringLiteral("Hamming leakage coefficient that fails (default 0.05)."), QStringLiteral("X")},
        {QStringLiteral("dcr-margin"), QStringLiteral("How far the share closer to training rows may exceed its ideal (default 0.10)."), QStringLiteral("X")},
        {QStringLiteral("max-membership-auc"), QStringLiteral("Membership-attack AUC that fails (default 0.60)."), QStringLiteral("X")},
        {QStringLiteral("small-cell"), QStringLiteral("Categories with fewer rows are small cells; KM curves stop below it (default 10)."), QStringLiteral("N")},
    });
    if (const int code = parseOrExit(parser, args, kAnyPositionals); code >= 0)
        return code;
    const QStringList positionals = parser.positionalArguments();
    const QString projectPath = positionals.value(0);
    const QString zipPath = parser.value(QStringLiteral("out"));
    if (positionals.size() > 1 || zipPath.isEmpty() || projectPath.isEmpty() == !parser.isSet(QStringLiteral("real"))
        || (projectPath.isEmpty() && !parser.isSet(QStringLiteral("synthetic")))) {
        err() << "error: give --out and either PROJECT or --real TRAIN --synthetic SYN\n\n" << parser.helpText();
        return UsageError;
    }
    for (const char *input : {"real", "holdout", "synthetic"})
        if (isSameFile(zipPath, parser.value(QLatin1String(input))) || isSameFile(zipPath, projectPath)) {
            err() << "error: --out names an input file; SynthReg never writes over a source\n";
            return UsageError;
        }
    core::ReleaseRequest release;
    if (!releaseOptionsFrom(parser, release.options))
        return UsageError;
    int exitCode = Ok;
    auto side = loadRealSide(parser, projectPath, &exitCode);
    if (!side)
        return exitCode;
    if (!loadSynthetic(parser, *side, release.provenance, &side->request.synthetic))
        return BadInput;
    QString error;
    const auto report = core::evaluate(side->request, [](double, const QString &step) { err() << "… " << step << '\n'; err().flush(); },
                                       nullptr, &error);
    if (!report) {
        err() << "error: " << error << '\n';
        return BadInput;
    }
    release.train = side->request.train;
    release.holdout = side->request.holdout;
    release.synthetic = side->request.synthetic;
    release.schema = side->request.schema;
    release.report = *report;
    core::ReleaseProvenance &p = release.provenance;
    p.sourceFileName = side->sourceName;
    p.sourceSha256 = side->sourceSha256;
    p.sourceRows = side->sourceRows;
    p.sourceColumns = side->sourceColumns;
    p.trainingRows = qint64(release.train.rowCount());
    p.holdoutRows = qint64(release.holdout.rowCount());
    p.syntheticRowsEvaluated = qint64(release.synthetic.rowCount());
    p.evaluationSettings = side->request.settings.toJson();

#ifdef SYNTHREG_REPORT_FIGURES
    gui::ChartReportRenderer chartRenderer;
    core::ReportRenderer *renderer = &chartRenderer;
#else
    core::ReportRenderer *renderer = nullptr;   // built without the GUI: no figures, no PDF
#endif
    const core::ReleaseOutcome outcome = core::writeRelease(release, zipPath, renderer, [](double, const QString &step) {
        static QString last;
        if (step != last)
            err() << "… " << (last = step) << '\n';
        err().flush();
    });
    if (outcome.plan)
        printGate(outcome.plan->gate);
    if (!outcome.written) {
        err() << "error: " << outcome.error << '\n';
        return BadInput;
    }
    if (side->project) {
        const QJsonObject details{{QStringLiteral("bundle"), QFileInfo(zipPath).fileName()},
                                  {QStringLiteral("synthetic"), p.syntheticName},
                                  {QStringLiteral("copied_rows_removed"), outcome.provenance[QStringLiteral("release")].toObject()[QStringLiteral("copied_rows_removed")]},
                                  {QStringLiteral("overall"), core::checkOutcomeKey(outcome.plan->gate.overall)},
                                  {QStringLiteral("override_justification"), release.options.overrideJustification}};
        if (!side->project->appendAudit(QStringLiteral("release.export"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                                        p.syntheticSha256, outcome.zipSha256))
            err() << "warning: the bundle was written but the audit entry was not: " << side->project->errorString() << '\n';
    }
    out() << "\nwrote " << zipPath << " (" << outcome.plan->released.rowCount() << " synthetic rows";
    if (!outcome.plan->copiedRows.empty())
        out() << "; " << outcome.plan->copiedRows.size() << (release.options.removeCopies ? " copies of real rows removed" : " copies of real rows KEPT");
    out() << ")\nSHA-256 " << outcome.zipSha256 << '\n';
    return Ok;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verifies a release bundle: every file against the SHA-256 manifest, the required files, and — given the real "
        "data — that no synthetic row is identical to a real row."));
    parser.addPositionalArgument(QStringLiteral("BUNDLE"), QStringLiteral("The bundle zip."));
    parser.addOptions({
        {QStringLiteral("real"), QStringLiteral("The real data, to check that no real row is in the bundle."), QStringLiteral("REAL.csv")},
    });
    if (const int code = parseOrExit(parser, args, 1); code >= 0)
        return code;
    const QString bundle = parser.positionalArguments().constFirst();
    std::optional<core::Table> real;
    core::Schema schema;
    if (parser.isSet(QStringLiteral("real"))) {
        real = importTable(parser.value(QStringLiteral("real")));
        if (!real)
            return BadInput;
        schema = core::inferSchema(*real).schema;
    }
    const core::BundleVerification result = core::verifyBundle(bundle, real ? &*real : nullptr, real ? &schema : nullptr);
    for (const core::BundleProblem &problem : result.problems)
        err() << "FAIL " << problem.file << ": " << problem.message << '\n';
    if (!result.ok()) {
        err() << bundle << ": NOT verified (" << result.problems.size() << " problem(s))\n";
        return BadInput;
    }
    out() << bundle << ": verified, " << result.files.size() << " files match the manifest";
    if (result.copiedRows)
        out() << "; no synthetic row is identical to a row of " << QFileInfo(parser.value(QStringLiteral("real"))).fileName();
    out() << '\n';
    return Ok;
}

} // namespace synthreg::cli
