#pragma once

#include "provenance.h"
#include "releasegate.h"
#include "reportrenderer.h"

#include "core/data/schema.h"
#include "core/data/table.h"
#include "core/jobs/evaluationreport.h"

#include <atomic>
#include <functional>
#include <optional>

namespace synthreg::core {

/** The steward's choices for one release. */
struct ReleaseOptions
{
    QString name;                     ///< file name stem, e.g. "pbc-synthetic"; empty: from the source file
    QString title;                    ///< report title; empty: from the name
    QString licenseId = QStringLiteral("CC-BY-4.0");
    QString customLicenseText;        ///< for licenseId "custom"
    QString licenseHolder;            ///< who grants the licence; empty: the OS user
    ReleaseThresholds thresholds;
    bool removeCopies = true;         ///< drop synthetic rows identical to a real row (the default; off only with a reason)
    bool includeSqlite = false;       ///< also synthetic/<name>.sqlite
    QString overrideJustification;    ///< releases despite failed checks; recorded in provenance and the audit log
    quint64 shuffleSeed = 20260101;
};

/**
 * One release: the real rows (training and holdout), the synthetic table, its schema and its
 * evaluation, and the provenance the caller knows (source, generator, evaluation settings).
 * The builder fills in the rest of the provenance (cleaning, thresholds, override, time, user).
 */
struct ReleaseRequest
{
    Table train;                      ///< the real rows the generator saw
    Table holdout;                    ///< real rows it never saw; may be empty
    Table synthetic;                  ///< as evaluated
    Schema schema;
    EvaluationReport report;          ///< of `synthetic` against `train` (and `holdout`)
    ReleaseProvenance provenance;
    ReleaseOptions options;
};

/** What a release would be: its checks, the copies found and the table that would be written. */
struct ReleasePlan
{
    GateResult gate;
    std::vector<size_t> copiedRows;   ///< rows of the synthetic table identical to a real row
    Table released;                   ///< copies removed (unless kept) and rows shuffled
    SmallCellResult smallCells;       ///< of the released table against the training rows
    QString name;                     ///< sanitised file name stem
    QStringList files;                ///< bundle paths, manifest last
    bool needsJustification() const { return gate.blocked(); }
};

/**
 * Checks a request and works out the release without writing anything (seconds for 100k rows;
 * the GUI previews with it). Returns nullopt and sets `error` when the tables do not fit the
 * schema or each other. `withFigures`: whether a ReportRenderer will draw (figures + PDF listed).
 */
std::optional<ReleasePlan> planRelease(const ReleaseRequest &request, bool withFigures, QString *error);

/** Reports a step: a fraction in [0, 1] and what is being done, in words. */
using ReleaseProgress = std::function<void(double fraction, const QString &step)>;

/** How an export ended. */
struct ReleaseOutcome
{
    bool written = false;
    QString error;                    ///< why not, in words with what to do
    std::optional<ReleasePlan> plan;
    QString zipSha256;                ///< of the written bundle, for the audit log
    QJsonObject provenance;           ///< as written into provenance.json
};

/**
 * Writes the bundle (see docs/release-bundle.md): the synthetic CSV (and SQLite), datapackage.json,
 * report/report.html and report.pdf, the PNG figures under figures/, privacy/assessment.json, provenance.json,
 * README.txt, LICENSE.txt and manifest-sha256.txt, in a zip64 archive renamed into place only
 * when complete. Never the real data, the holdout or model weights; synthetic rows identical to
 * a real row are removed unless options.removeCopies is off.
 *
 * A failed gate blocks the export unless options.overrideJustification says why it is released
 * anyway. `renderer` may be null (no figures, no PDF). Runs on the calling thread; `cancel` is
 * honoured between steps and while the zip is written (no zip is left).
 */
ReleaseOutcome writeRelease(const ReleaseRequest &request, const QString &zipPath, ReportRenderer *renderer,
                            const ReleaseProgress &progress = {}, const std::atomic<bool> *cancel = nullptr);

} // namespace synthreg::core
