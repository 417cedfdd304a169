#include "provenance.h"

#include <QJsonArray>
#include <QSysInfo>

namespace synthreg::core {

QJsonObject ReleaseProvenance::toJson() const
{
    QJsonObject made;
    if (generator) {
        made = {{QStringLiteral("generator"), generator->generator},
                {QStringLiteral("hyperparameters"), generator->hyperparameters},
                {QStringLiteral("training_seed"), QString::number(generator->trainingSeed)},
                {QStringLiteral("device"), generator->device},
                {QStringLiteral("training_seconds"), generator->trainingSeconds},
                {QStringLiteral("sampling_seed"), QString::number(generator->samplingSeed)},
                {QStringLiteral("conditions"), QJsonArray::fromStringList(generator->conditions)}};
    } else {
        made = {{QStringLiteral("generator"), QStringLiteral("unknown: the synthetic rows were brought in as a file")}};
    }
    made[QStringLiteral("synthetic_name")] = syntheticName;
    made[QStringLiteral("synthetic_sha256")] = syntheticSha256;
    made[QStringLiteral("synthetic_rows_evaluated")] = syntheticRowsEvaluated;
    return {
        {QStringLiteral("application"), QJsonObject{{QStringLiteral("name"), QStringLiteral("SynthReg")},
                                                    {QStringLiteral("version"), applicationVersion},
                                                    {QStringLiteral("platform"), QSysInfo::prettyProductName()}}},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("file_name"), sourceFileName},
                                               {QStringLiteral("sha256"), sourceSha256},
                                               {QStringLiteral("rows"), sourceRows},
                                               {QStringLiteral("columns"), sourceColumns},
                                               {QStringLiteral("training_rows"), trainingRows},
                                               {QStringLiteral("holdout_rows"), holdoutRows}}},
        {QStringLiteral("synthesis"), made},
        {QStringLiteral("evaluation_settings"), evaluationSettings},
        {QStringLiteral("release"), QJsonObject{{QStringLiteral("thresholds"), thresholds},
                                                {QStringLiteral("copied_rows_removed"), copiedRowsRemoved},
                                                {QStringLiteral("rows_shuffled_with_seed"), QString::number(shuffleSeed)},
                                                {QStringLiteral("overridden_checks"), QJsonArray::fromStringList(overriddenChecks)},
                                                {QStringLiteral("override_justification"), overrideJustification},
                                                {QStringLiteral("created_utc"), createdUtc.toString(Qt::ISODate)},
                                                {QStringLiteral("user"), user}}},
    };
}

} // namespace synthreg::core
