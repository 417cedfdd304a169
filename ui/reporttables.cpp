#include "reporttables.h"

#include <QCoreApplication>
#include <QLocale>

namespace synthreg::gui {

namespace {

class ReportTablesText
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)
};

QString pValueText(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("—");
    return p < 0.001 ? QStringLiteral("< 0.001") : QLocale().toString(p, 'f', 3);
}

QString meanSd(const core::NumericSummary &s)
{
    return ReportTablesText::tr("%1 (%2)").arg(displayNumber(s.mean, 2), displayNumber(s.sd, 2));
}

QString medianIqr(const core::NumericSummary &s)
{
    return ReportTablesText::tr("%1 [%2, %3]").arg(displayNumber(s.median, 2), displayNumber(s.q1, 2), displayNumber(s.q3, 2));
}

QString countPercent(qint64 count, double percent)
{
    return ReportTablesText::tr("%1 (%2 %)").arg(QLocale().toString(count), displayNumber(percent, 1));
}

} // namespace

QString testDisplayName(const QString &method)
{
    if (method == QLatin1String("welch_t"))
        return ReportTablesText::tr("Welch's t-test");
    if (method == QLatin1String("mann_whitney_u"))
        return ReportTablesText::tr("Mann-Whitney U");
    if (method == QLatin1String("fisher_exact"))
        return ReportTablesText::tr("Fisher's exact test");
    if (method == QLatin1String("chi_square"))
        return ReportTablesText::tr("Chi-square test");
    return method;
}

ChartData table1Data(const core::Table1 &table1)
{
    ChartData data;
    data.headers = {ReportTablesText::tr("Variable"), ReportTablesText::tr("Real"), ReportTablesText::tr("Synthetic"),
                    ReportTablesText::tr("Test"), ReportTablesText::tr("p")};
    for (const core::Table1Row &row : table1.rows) {
        const QString test = testDisplayName(row.test.method);
        if (row.kind == core::MetricKind::Categorical) {
            data.rows.append({row.column, QString(), QString(), test, pValueText(row.test.pValue)});
            for (const core::LevelCount &level : row.levels)
                data.rows.append({QStringLiteral("    ") + level.label, countPercent(level.realCount, level.realPercent),
                                  countPercent(level.syntheticCount, level.syntheticPercent), QString(), QString()});
            continue;
        }
        data.rows.append({ReportTablesText::tr("%1, mean (SD)").arg(row.column), meanSd(row.real), meanSd(row.synthetic), test,
                          pValueText(row.test.pValue)});
        data.rows.append({ReportTablesText::tr("%1, median [IQR]").arg(row.column), medianIqr(row.real), medianIqr(row.synthetic),
                          ReportTablesText::tr("Kolmogorov-Smirnov"), pValueText(row.ks.pValue)});
        if (row.real.missing > 0 || row.synthetic.missing > 0)
            data.rows.append({ReportTablesText::tr("%1, missing").arg(row.column),
                              QLocale().toString(row.real.missing), QLocale().toString(row.synthetic.missing), QString(), QString()});
    }
    return data;
}

ChartData tstrData(const core::TstrResult &tstr)
{
    ChartData data;
    data.headers = {ReportTablesText::tr("Score on the real holdout"), ReportTablesText::tr("Trained on synthetic"),
                    ReportTablesText::tr("Trained on real"), ReportTablesText::tr("Ratio")};
    const auto add = [&](const QString &name, double synthetic, double real) {
        if (std::isfinite(synthetic) || std::isfinite(real))
            data.rows.append({name, displayNumber(synthetic, 3), displayNumber(real, 3),
                              real != 0 ? displayNumber(synthetic / real, 2) : QStringLiteral("—")});
    };
    const core::PredictionScores &s = tstr.trainedOnSynthetic;
    const core::PredictionScores &r = tstr.trainedOnReal;
    add(ReportTablesText::tr("ROC AUC"), s.auc, r.auc);
    add(ReportTablesText::tr("Accuracy"), s.accuracy, r.accuracy);
    add(ReportTablesText::tr("F1"), s.f1, r.f1);
    add(ReportTablesText::tr("R²"), s.r2, r.r2);
    add(ReportTablesText::tr("RMSE (lower is better)"), s.rmse, r.rmse);
    return data;
}

QString effectAgreementTitle(const core::EffectAgreementResult &effects)
{
    const QString direction = displayNumber(100 * effects.directionAgreement, 0);
    const QString significance = displayNumber(100 * effects.significanceAgreement, 0);
    if (effects.model == core::EffectModel::Cox)
        return ReportTablesText::tr("Effect agreement (univariable Cox regression of %1, event %2): same direction %3 %, "
                                    "same significance %4 %").arg(effects.outcome, effects.eventLabel, direction, significance);
    return ReportTablesText::tr("Effect agreement (univariable logistic regression of %1 = %2): same direction %3 %, "
                                "same significance %4 %").arg(effects.outcome, effects.eventLabel, direction, significance);
}

ChartData effectAgreementData(const core::EffectAgreementResult &effects)
{
    ChartData data;
    const bool cox = effects.model == core::EffectModel::Cox;
    data.headers = {ReportTablesText::tr("Covariate"),
                    cox ? ReportTablesText::tr("Hazard ratio, real") : ReportTablesText::tr("Odds ratio, real"),
                    ReportTablesText::tr("p, real"),
                    cox ? ReportTablesText::tr("Hazard ratio, synthetic") : ReportTablesText::tr("Odds ratio, synthetic"),
                    ReportTablesText::tr("p, synthetic"), ReportTablesText::tr("Same direction"),
                    ReportTablesText::tr("Same significance")};
    const auto yesNo = [](bool value) { return value ? ReportTablesText::tr("yes") : ReportTablesText::tr("no"); };
    for (const core::EffectComparison &effect : effects.effects) {
        const QString name = effect.level.isEmpty()
                                 ? effect.covariate
                                 : ReportTablesText::tr("%1: %2 vs %3").arg(effect.covariate, effect.level, effect.referenceLevel);
        data.rows.append({name, displayNumber(effect.real.ratio, 2), pValueText(effect.real.pValue),
                          displayNumber(effect.synthetic.ratio, 2), pValueText(effect.synthetic.pValue),
                          yesNo(effect.sameDirection), yesNo(effect.sameSignificance)});
    }
    return data;
}

} // namespace synthreg::gui
