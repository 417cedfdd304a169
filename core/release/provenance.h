#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace synthreg::core {

/** How the synthetic rows were made, when SynthReg made them (a project run). */
struct GeneratorProvenance
{
    QString generator;                 ///< copula, ctabgan, medvae
    QJsonObject hyperparameters;
    quint64 trainingSeed = 0;
    QString device;                    ///< cpu or cuda
    double trainingSeconds = 0;
    quint64 samplingSeed = 0;
    QStringList conditions;            ///< "sex=f" when sampled conditionally
};

/**
 * provenance.json: how a bundle came to be, for a governance board and for reproducing it.
 * The source is described by name, SHA-256 and size only — never by a value.
 */
struct ReleaseProvenance
{
    QString applicationVersion;
    QString sourceFileName;            ///< file name only, no folder
    QString sourceSha256;
    qint64 sourceRows = 0;
    int sourceColumns = 0;
    qint64 trainingRows = 0;
    qint64 holdoutRows = 0;
    std::optional<GeneratorProvenance> generator;   ///< nullopt: rows made elsewhere, brought in as a file
    QString syntheticName;             ///< the run or file the rows came from
    QString syntheticSha256;           ///< of that table as evaluated, before cleaning
    qint64 syntheticRowsEvaluated = 0;
    qint64 copiedRowsRemoved = 0;
    quint64 shuffleSeed = 0;
    QJsonObject evaluationSettings;
    QJsonObject thresholds;
    QStringList overriddenChecks;      ///< keys of failed checks released anyway
    QString overrideJustification;
    QDateTime createdUtc;
    QString user;                      ///< OS user who exported

    QJsonObject toJson() const;
};

} // namespace synthreg::core
