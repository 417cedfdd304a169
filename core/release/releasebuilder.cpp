#include "releasebuilder.h"

#include "bundlewriter.h"
#include "copiedrows.h"
#include "datapackage.h"
#include "manifest.h"
#include "releasetexts.h"
#include "reporthtml.h"

#include "core/io/tablewriters.h"
#include "core/project/project.h"
#include "core/privacy/smallcells.h"
#include "core/stats/evaluationinput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace synthreg::core {

namespace {

struct ReleaseText
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseBuilder)
};

constexpr int kMinimumJustification = 20;   // characters: a sentence, not "ok"

QString sanitisedName(const ReleaseRequest &request)
{
    QString name = request.options.name.trimmed();
    if (name.isEmpty())
        name = QFileInfo(request.provenance.sourceFileName).completeBaseName() + QStringLiteral("-synthetic");
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("synthetic") : name;
}

QByteArray jsonBytes(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Indented); }

QStringList failedChecks(const GateResult &gate)
{
    QStringList keys;
    for (const GateCheck &check : gate.checks)
        if (check.outcome == CheckOutcome::Fail)
            keys << check.key;
    return keys;
}

QStringList plannedFiles(const QString &name, bool sqlite, bool withFigures)
{
    QStringList files{QStringLiteral("synthetic/%1.csv").arg(name)};
    if (sqlite)
        files << QStringLiteral("synthetic/%1.sqlite").arg(name);
    files << QStringLiteral("datapackage.json") << QStringLiteral("report/report.html");
    if (withFigures)
        files << QStringLiteral("report/report.pdf") << QStringLiteral("figures/*.png");
    files << QStringLiteral("privacy/assessment.json") << QStringLiteral("provenance.json") << QStringLiteral("README.txt")
          << QStringLiteral("LICENSE.txt") << QString::fromLatin1(kManifestName);
    return files;
}

QJsonObject assessment(const ReleasePlan &plan, const ReleaseRequest &request)
{
    const FidelityReport &f = request.report.fidelity;
    return {{QStringLiteral("overall"), checkOutcomeKey(plan.gate.overall)},
            {QStringLiteral("checks"), plan.gate.toJson()},
            {QStringLiteral("thresholds"), request.options.thresholds.toJson()},
            {QStringLiteral("copied_rows_found"), qint64(plan.copiedRows.size())},
            {QStringLiteral("copied_rows_removed"), request.options.removeCopies ? qint64(plan.copiedRows.size()) : 0},
            {QStringLiteral("released_rows"), qint64(plan.released.rowCount())},
            {QStringLiteral("small_cells"), plan.smallCells.toJson()},
            {QStringLiteral("quality"), QJsonObject{{QStringLiteral("quality_score"), f.qualityScore},
                                                    {QStringLiteral("column_shapes"), f.columnShapesScore},
                                                    {QStringLiteral("column_pair_trends"), f.columnPairTrendsScore}}},
            {QStringLiteral("privacy"), request.report.privacy ? QJsonValue(request.report.privacy->toJson()) : QJsonValue()}};
}

std::optional<SmallCellResult> releasedSmallCells(const ReleaseRequest &request, const Table &released, QString *error)
{
    const auto input = EvaluationInput::build(request.train.selectColumns(released.columnNames()), released, request.schema, error);
    if (!input)
        return std::nullopt;
    return smallCells(*input, request.options.thresholds.smallCell);
}

} // namespace

std::optional<ReleasePlan> planRelease(const ReleaseRequest &request, bool withFigures, QString *error)
{
    if (request.synthetic.rowCount() == 0) {
        *error = QStringLiteral("The synthetic table has no rows: sample some before releasing.");
        return std::nullopt;
    }
    const Table real = request.holdout.rowCount() ? concatenateRows({request.train, request.holdout}) : request.train;
    const auto copies = rowsCopyingReal(request.synthetic, real, request.schema, error);
    if (!copies)
        return std::nullopt;
    ReleasePlan plan;
    plan.copiedRows = *copies;
    plan.name = sanitisedName(request);
    const Table cleaned = request.options.removeCopies ? withoutRows(request.synthetic, plan.copiedRows) : request.synthetic;
    if (cleaned.rowCount() == 0) {
        *error = ReleaseText::tr("Every synthetic row copies a real patient: nothing is left to release. Retrain with fewer "
                                 "epochs or another generator.");
        return std::nullopt;
    }
    plan.released = shuffledRows(cleaned, request.options.shuffleSeed);
    const auto cells = releasedSmallCells(request, plan.released, error);
    if (!cells)
        return std::nullopt;
    plan.smallCells = *cells;
    plan.gate = releaseGate(request.report, plan.copiedRows.size(), plan.smallCells, request.options.thresholds);
    plan.files = plannedFiles(plan.name, request.options.includeSqlite, withFigures);
    return plan;
}

ReleaseOutcome writeRelease(const ReleaseRequest &request, const QString &zipPath, ReportRenderer *renderer,
                            const ReleaseProgress &progress, const std::atomic<bool> *cancel)
{
    ReleaseOutcome outcome;
    auto step = [&](double fraction, const QString &what) {
        if (progress)
            progress(fraction, what);
        return !(cancel && cancel->load());
    };
    auto fail = [&](const QString &message) {
        outcome.error = message;
        return outcome;
    };
    const QString cancelled = ReleaseText::tr("The export was cancelled; no bundle was written.");
    if (!step(0.0, ReleaseText::tr("Checking the release")))
        return fail(cancelled);
    QString error;
    outcome.plan = planRelease(request, renderer != nullptr, &error);
    if (!outcome.plan)
        return fail(error);
    const ReleasePlan &plan = *outcome.plan;
    const QString justification = request.options.overrideJustification.trimmed();
    if (plan.gate.blocked() && justification.size() < kMinimumJustification)
        return fail(ReleaseText::tr("The release is blocked by failed checks (%1). Fix what they explain, or give a written "
                                    "justification of at least %2 characters to release anyway; it is recorded in "
                                    "provenance.json and the audit log.")
                        .arg(failedChecks(plan.gate).join(QStringLiteral(", "))).arg(kMinimumJustification));
    const auto license = releaseLicense(request.options.licenseId);
    if (!license)
        return fail(QStringLiteral("Unknown licence '%1': choose CC-BY-4.0, CC-BY-NC-4.0, CC0-1.0 or custom.").arg(request.options.licenseId));
    if (license->id == QLatin1String("custom") && request.options.customLicenseText.trimmed().isEmpty())
        return fail(QStringLiteral("A custom licence needs its terms: write them, or choose one of the Creative Commons licences."));

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QStringLiteral("Cannot create a temporary folder (%1): check the free space.").arg(scratch.errorString()));
    std::vector<BundleEntry> entries;
    const QString csvPath = QStringLiteral("synthetic/%1.csv").arg(plan.name);
    if (!step(0.05, ReleaseText::tr("Writing the synthetic table")))
        return fail(cancelled);
    if (auto diagnostic = TableWriters::writeCsv(plan.released, scratch.filePath(QStringLiteral("synthetic.csv"))))
        return fail(diagnostic->toString());
    entries.push_back(BundleEntry::fromFile(csvPath, scratch.filePath(QStringLiteral("synthetic.csv"))));
    if (request.options.includeSqlite) {
        if (auto diagnostic = TableWriters::writeSqlite(plan.released, scratch.filePath(QStringLiteral("synthetic.sqlite")), plan.name))
            return fail(diagnostic->toString());
        entries.push_back(BundleEntry::fromFile(QStringLiteral("synthetic/%1.sqlite").arg(plan.name), scratch.filePath(QStringLiteral("synthetic.sqlite"))));
    }
    const auto csvSha = sha256Hex(entries.front(), &error);
    if (!csvSha)
        return fail(error);

    ReleaseProvenance provenance = request.provenance;
    if (provenance.applicationVersion.isEmpty())
        provenance.applicationVersion = QCoreApplication::applicationVersion();
    provenance.copiedRowsRemoved = request.options.removeCopies ? qint64(plan.copiedRows.size()) : 0;
    provenance.shuffleSeed = request.options.shuffleSeed;
    provenance.thresholds = request.options.thresholds.toJson();
    provenance.overriddenChecks = plan.gate.blocked() ? failedChecks(plan.gate) : QStringList();
    provenance.overrideJustification = plan.gate.blocked() ? justification : QString();
    provenance.createdUtc = QDateTime::currentDateTimeUtc();
    provenance.user = operatingSystemUser();
    const QString title = request.options.title.isEmpty() ? plan.name + QStringLiteral(" — synthetic data release") : request.options.title;

    DataPackageResource resource{plan.name, csvPath, title, license->id, QFileInfo(entries.front().diskPath).size(), *csvSha};
    entries.push_back(BundleEntry::inMemory(QStringLiteral("datapackage.json"), jsonBytes(dataPackage(plan.released, request.schema, resource))));

    std::vector<ReportFigure> figures;
    if (renderer) {
        if (!step(0.15, ReleaseText::tr("Drawing the figures")))
            return fail(cancelled);
        figures = renderer->figures({request.train, plan.released, request.schema, request.report, request.options.thresholds.smallCell});
    }
    ReportContent content{title, request.report, plan.gate, provenance, qint64(plan.released.rowCount()), plan.released.columnCount(),
                          csvPath, license->name, figures};
    if (!step(0.5, ReleaseText::tr("Writing the report")))
        return fail(cancelled);
    entries.push_back(BundleEntry::inMemory(QStringLiteral("report/report.html"),
                                            reportHtml(content, [](const ReportFigure &f) { return pngDataUri(f.png); }).toUtf8()));
    if (renderer) {
        const QByteArray pdf = renderer->pdf(reportHtml(content, [](const ReportFigure &f) { return QStringLiteral("figures/") + f.fileName; }), figures);
        if (pdf.isEmpty())
            return fail(QStringLiteral("The PDF report could not be drawn."));
        entries.push_back(BundleEntry::inMemory(QStringLiteral("report/report.pdf"), pdf));
        for (const ReportFigure &figure : figures)
            entries.push_back(BundleEntry::inMemory(QStringLiteral("figures/") + figure.fileName, figure.png));
    }
    entries.push_back(BundleEntry::inMemory(QStringLiteral("privacy/assessment.json"), jsonBytes(assessment(plan, request))));
    outcome.provenance = provenance.toJson();
    entries.push_back(BundleEntry::inMemory(QStringLiteral("provenance.json"), jsonBytes(outcome.provenance)));
    QStringList paths;
    for (const BundleEntry &entry : entries)
        paths << entry.path;
    paths << QStringLiteral("README.txt") << QStringLiteral("LICENSE.txt");
    entries.push_back(BundleEntry::inMemory(QStringLiteral("README.txt"), readmeText(title, provenance, *license, paths)));
    const QString holder = request.options.licenseHolder.isEmpty() ? provenance.user : request.options.licenseHolder;
    entries.push_back(BundleEntry::inMemory(QStringLiteral("LICENSE.txt"), licenseText(*license, request.options.customLicenseText, holder)));

    if (!step(0.7, ReleaseText::tr("Writing the bundle")))
        return fail(cancelled);
    if (auto zipError = writeBundle(zipPath, entries, [&](double f) { step(0.7 + 0.3 * f, ReleaseText::tr("Writing the bundle")); }, cancel))
        return fail(*zipError);
    const auto zipSha = sha256Hex(BundleEntry::fromFile(zipPath, zipPath), &error);
    outcome.zipSha256 = zipSha.value_or(QString());
    outcome.written = true;
    step(1.0, ReleaseText::tr("Done"));
    return outcome;
}

} // namespace synthreg::core
