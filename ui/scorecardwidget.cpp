#include "scorecardwidget.h"

#include "core/privacy/privacychecks.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace synthreg::gui {

namespace {

// Fixed chip colours with white text: at least 4.5:1 contrast, on light and dark windows alike.
const QString kGreen = QStringLiteral("#1b7a3a");
const QString kLime = QStringLiteral("#3f7d20");
const QString kAmber = QStringLiteral("#9a5b00");
const QString kRed = QStringLiteral("#b3261e");
const QString kGrey = QStringLiteral("#5f6368");

void setChip(QLabel *chip, const QString &text, const QString &colour)
{
    chip->setText(text);
    chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 8px; }")
                            .arg(colour));
    chip->setAccessibleName(text);
    chip->setVisible(!text.isEmpty());
}

QString number(double value, int decimals = 2)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("–");
}

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScorecardWidget::ScorecardWidget(QWidget *parent)
    : QWidget(parent)
    , m_fidelityBox(new QGroupBox(this))
    , m_privacyBox(new QGroupBox(this))
    , m_survivalBox(new QGroupBox(this))
    , m_flagsBox(new QGroupBox(this))
{
    setObjectName(QStringLiteral("scorecard"));

    auto *fidelity = new QGridLayout(m_fidelityBox);
    fidelity->setColumnStretch(4, 1);
    m_quality = addScoreRow(fidelity, 0, QStringLiteral("qualityScore"));
    m_shapes = addScoreRow(fidelity, 1, QStringLiteral("columnShapesScore"));
    m_trends = addScoreRow(fidelity, 2, QStringLiteral("columnPairTrendsScore"));
    QFont big = m_quality.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_quality.value->setFont(big);
    m_weakestColumns = makeLabel(QStringLiteral("weakestColumns"), m_fidelityBox);
    m_weakestColumns->setWordWrap(true);
    fidelity->addWidget(m_weakestColumns, 3, 0, 1, 5);

    auto *privacy = new QGridLayout(m_privacyBox);
    m_exactTile = addTile(privacy, 0, QStringLiteral("exactMatches"));
    m_leakageTile = addTile(privacy, 1, QStringLiteral("leakage"));
    m_membershipTile = addTile(privacy, 2, QStringLiteral("membership"));
    m_dcrTile = addTile(privacy, 3, QStringLiteral("dcr"));
    m_privacyMissing = makeLabel(QStringLiteral("privacyMissing"), m_privacyBox);
    m_privacyMissing->setWordWrap(true);
    privacy->addWidget(m_privacyMissing, 4, 0, 1, 4);

    auto *survival = new QVBoxLayout(m_survivalBox);
    m_survival = makeLabel(QStringLiteral("survivalLines"), m_survivalBox);
    m_survival->setWordWrap(true);
    survival->addWidget(m_survival);

    auto *flags = new QVBoxLayout(m_flagsBox);
    m_flags = makeLabel(QStringLiteral("flagList"), m_flagsBox);
    m_flags->setWordWrap(true);
    m_flags->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    flags->addWidget(m_flags);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fidelityBox, 0, 0);
    layout->addWidget(m_flagsBox, 0, 1);
    layout->addWidget(m_privacyBox, 1, 0, 1, 2);
    layout->addWidget(m_survivalBox, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);

    retranslate();
}

ScorecardWidget::ScoreRow ScorecardWidget::addScoreRow(QGridLayout *grid, int row, const QString &objectName)
{
    ScoreRow r{makeLabel(objectName + QStringLiteral("Name"), m_fidelityBox),
               makeLabel(objectName + QStringLiteral("Value"), m_fidelityBox),
               makeLabel(objectName + QStringLiteral("Grade"), m_fidelityBox),
               makeLabel(objectName + QStringLiteral("Reference"), m_fidelityBox)};
    r.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    r.value->setMinimumWidth(r.value->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
    grid->addWidget(r.name, row, 0);
    grid->addWidget(r.value, row, 1);
    grid->addWidget(r.chip, row, 2, Qt::AlignLeft);
    grid->addWidget(r.reference, row, 3);
    return r;
}

ScorecardWidget::Tile ScorecardWidget::addTile(QGridLayout *grid, int column, const QString &objectName)
{
    Tile t{makeLabel(objectName + QStringLiteral("Title"), m_privacyBox),
           makeLabel(objectName + QStringLiteral("Value"), m_privacyBox),
           makeLabel(objectName + QStringLiteral("Light"), m_privacyBox),
           makeLabel(objectName + QStringLiteral("Note"), m_privacyBox)};
    QFont bold = t.title->font();
    bold.setBold(true);
    t.title->setFont(bold);
    QFont big = t.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    t.value->setFont(big);
    t.note->setWordWrap(true);
    grid->addWidget(t.title, 0, column);
    grid->addWidget(t.value, 1, column);
    grid->addWidget(t.chip, 2, column, Qt::AlignLeft);
    grid->addWidget(t.note, 3, column, Qt::AlignTop);
    grid->setColumnStretch(column, 1);
    return t;
}

ScorecardWidget::Grade ScorecardWidget::grade(double score)
{
    if (!std::isfinite(score))
        return Grade::Unknown;
    if (score >= 0.90)
        return Grade::Excellent;
    if (score >= 0.80)
        return Grade::Good;
    if (score >= 0.70)
        return Grade::Fair;
    return Grade::Poor;
}

QString ScorecardWidget::gradeName(Grade grade)
{
    switch (grade) {
    case Grade::Excellent: return tr("Excellent");
    case Grade::Good: return tr("Good");
    case Grade::Fair: return tr("Fair");
    case Grade::Poor: return tr("Poor");
    case Grade::Unknown: break;
    }
    return tr("Not computed");
}

void ScorecardWidget::setReport(const core::EvaluationReport &report)
{
    m_report = report;
    fill();
}

void ScorecardWidget::clear()
{
    m_report.reset();
    fill();
}

void ScorecardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScorecardWidget::retranslate()
{
    m_fidelityBox->setTitle(tr("Fidelity"));
    m_privacyBox->setTitle(tr("Privacy"));
    m_survivalBox->setTitle(tr("Survival endpoints"));
    m_flagsBox->setTitle(tr("What to look at"));
    m_quality.name->setText(tr("Quality score"));
    m_shapes.name->setText(tr("Column shapes"));
    m_trends.name->setText(tr("Column pair trends"));
    m_exactTile.title->setText(tr("Exact copies"));
    m_leakageTile.title->setText(tr("Leakage coefficient"));
    m_membershipTile.title->setText(tr("Membership inference AUC"));
    m_dcrTile.title->setText(tr("Closer to training rows"));

    const QString referenceTip = tr("The same score for the real holdout against the real training rows: what real data reach.");
    const auto tipRow = [&](const ScoreRow &row, const QString &tip) {
        for (QLabel *label : {row.name, row.value, row.chip})
            label->setToolTip(tip);
        row.value->setAccessibleName(row.name->text());
        row.reference->setToolTip(referenceTip);
    };
    tipRow(m_quality, tr("The mean of the column shapes and column pair trends scores: 1 means the synthetic data match the real training rows."));
    tipRow(m_shapes, tr("How closely each column's distribution matches the real one (1 − KS statistic or 1 − total variation distance), averaged."));
    tipRow(m_trends, tr("How closely the correlations and contingency tables of column pairs match the real ones, averaged."));
    m_weakestColumns->setToolTip(tr("The columns whose distributions differ most from the real training rows."));

    const auto tipTile = [](const Tile &tile, const QString &tip) {
        for (QLabel *label : {tile.title, tile.value, tile.chip, tile.note})
            label->setToolTip(tip);
        tile.value->setAccessibleName(tile.title->text());
    };
    tipTile(m_exactTile, tr("Synthetic rows identical to a real training row: each one discloses a real patient."));
    tipTile(m_leakageTile, tr("How much closer synthetic rows sit to the training patients than to unseen ones; above 0.05 is a leak."));
    tipTile(m_membershipTile, tr("How well an attacker tells training patients from unseen ones by their distance to synthetic rows; 0.5 is guessing."));
    tipTile(m_dcrTile, tr("Share of synthetic rows closer to a training row than to a holdout row, against the share an honest generator reaches."));
    m_survival->setToolTip(tr("Kaplan-Meier medians of the real and synthetic data, the log-rank test between them and the mean gap between the curves."));
    m_flags->setToolTip(tr("Findings a data steward should read before any release."));
    m_survival->setAccessibleName(m_survivalBox->title());
    m_flags->setAccessibleName(m_flagsBox->title());
    m_weakestColumns->setAccessibleName(tr("Weakest columns"));
    m_privacyMissing->setAccessibleName(m_privacyBox->title());
    fill();
}

void ScorecardWidget::fill()
{
    setVisible(m_report.has_value());
    if (!m_report)
        return;
    const core::EvaluationReport &r = *m_report;

    const auto fillRow = [&](const ScoreRow &row, double score, std::optional<double> reference) {
        row.value->setText(number(score));
        const Grade g = grade(score);
        const QString colour = g == Grade::Excellent ? kGreen
                               : g == Grade::Good    ? kLime
                               : g == Grade::Fair    ? kAmber
                               : g == Grade::Poor    ? kRed
                                                     : kGrey;
        setChip(row.chip, gradeName(g), colour);
        row.reference->setText(reference ? tr("real holdout: %1").arg(number(*reference)) : QString());
        row.reference->setAccessibleName(row.reference->text().isEmpty() ? row.name->text() : row.reference->text());
    };
    const auto &ref = r.holdoutFidelity;
    fillRow(m_quality, r.fidelity.qualityScore, ref ? std::optional(ref->qualityScore) : std::nullopt);
    fillRow(m_shapes, r.fidelity.columnShapesScore, ref ? std::optional(ref->columnShapesScore) : std::nullopt);
    fillRow(m_trends, r.fidelity.columnPairTrendsScore, ref ? std::optional(ref->columnPairTrendsScore) : std::nullopt);

    std::vector<core::ColumnShape> shapes;
    std::copy_if(r.fidelity.columnShapes.begin(), r.fidelity.columnShapes.end(), std::back_inserter(shapes),
                 [](const core::ColumnShape &s) { return std::isfinite(s.score); });
    std::sort(shapes.begin(), shapes.end(), [](const auto &a, const auto &b) { return a.score < b.score; });
    QStringList weakest;
    for (size_t i = 0; i < std::min<size_t>(3, shapes.size()); ++i)
        weakest << tr("%1 (%2, missing %3 → %4)")
                       .arg(shapes[i].column, number(shapes[i].score), number(100 * shapes[i].realMissingRate, 0) + QLatin1Char('%'),
                            number(100 * shapes[i].syntheticMissingRate, 0) + QLatin1Char('%'));
    m_weakestColumns->setText(weakest.isEmpty() ? QString() : tr("Weakest columns: %1").arg(weakest.join(QStringLiteral("; "))));

    const bool hasPrivacy = r.privacy.has_value();
    for (const Tile *tile : {&m_exactTile, &m_leakageTile, &m_membershipTile, &m_dcrTile})
        for (QLabel *label : {tile->title, tile->value, tile->chip, tile->note})
            label->setVisible(hasPrivacy);
    m_privacyMissing->setVisible(!hasPrivacy);
    m_privacyMissing->setText(tr("Privacy needs real rows the generator never saw; this evaluation had no holdout."));
    if (hasPrivacy) {
        const core::PrivacyReport &p = *r.privacy;
        // The chips follow the same checks (and limits) as the Privacy tab and the release gate.
        const std::vector<core::PrivacyCheck> checks = core::privacyChecks(p);
        const auto outcomeOf = [&](const QString &key) {
            for (const core::PrivacyCheck &check : checks)
                if (check.key == key)
                    return check.outcome;
            return core::CheckOutcome::NotComputed;
        };
        const auto setOutcomeChip = [this](QLabel *chip, core::CheckOutcome outcome) {
            switch (outcome) {
            case core::CheckOutcome::Pass: setChip(chip, tr("OK"), kGreen); return;
            case core::CheckOutcome::Warn: setChip(chip, tr("Near the limit"), kAmber); return;
            case core::CheckOutcome::Fail: setChip(chip, tr("Leak"), kRed); return;
            case core::CheckOutcome::NotComputed: break;
            }
            setChip(chip, tr("Not computed"), kGrey);
        };

        const bool copies = outcomeOf(QStringLiteral("exact_matches")) == core::CheckOutcome::Fail;
        m_exactTile.value->setText(QLocale().toString(qulonglong(p.exactMatches.syntheticMatches)));
        setChip(m_exactTile.chip, copies ? tr("Copies found") : tr("None"), copies ? kRed : kGreen);
        m_exactTile.note->setText(tr("of %1 synthetic rows").arg(QLocale().toString(qulonglong(p.exactMatches.syntheticRows))));

        m_leakageTile.value->setText(number(p.leakage.coefficient, 3));
        setOutcomeChip(m_leakageTile.chip, outcomeOf(QStringLiteral("leakage")));
        m_leakageTile.note->setText(p.leakage.error.isEmpty()
                                        ? tr("limit %1; real data: %2").arg(number(p.leakage.threshold), number(p.leakage.baselineCoefficient, 3))
                                        : p.leakage.error);

        m_membershipTile.value->setText(number(p.membership.auc));
        setOutcomeChip(m_membershipTile.chip, outcomeOf(QStringLiteral("membership_auc")));
        m_membershipTile.note->setText(tr("0.50 is ideal; above 0.60 is flagged"));

        m_dcrTile.value->setText(number(100 * p.dcr.shareCloserToTrain, 0) + QLatin1Char('%'));
        setOutcomeChip(m_dcrTile.chip, outcomeOf(QStringLiteral("dcr_share")));
        m_dcrTile.note->setText(tr("ideal %1").arg(number(100 * p.dcr.idealShare, 0) + QLatin1Char('%')));
    }

    QStringList survival;
    for (const core::SurvivalEndpointEvaluation &e : r.survival) {
        if (!e.isValid()) {
            survival << tr("%1: not evaluated (%2)").arg(e.name, e.error);
            continue;
        }
        survival << tr("%1: median %2 real vs %3 synthetic; log-rank p = %4; KM divergence %5, optimism %6")
                        .arg(e.name, number(e.real.median.median, 0), number(e.synthetic.median.median, 0),
                             QLocale().toString(e.logRank.pValue, 'g', 3), number(e.distance.kmDivergence, 3),
                             number(e.distance.optimism, 3));
    }
    m_survivalBox->setVisible(!survival.isEmpty());
    m_survival->setText(survival.join(QLatin1Char('\n')));

    QStringList flags;
    for (const QString &flag : r.flags)
        flags << QStringLiteral("• ") + flag;
    m_flags->setText(flags.isEmpty() ? tr("Nothing stands out.") : flags.join(QLatin1Char('\n')));
}

} // namespace synthreg::gui
