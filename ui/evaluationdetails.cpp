#include "evaluationdetails.h"

#include "chartpanel.h"
#include "columnsview.h"
#include "correlationsview.h"
#include "privacyview.h"
#include "reporttables.h"
#include "scorecardwidget.h"
#include "survivalview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace synthreg::gui {

namespace {

QTableWidget *createReadOnlyTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);   // compact rows, like a paper's table
    table->setAlternatingRowColors(true);
    return table;
}

void fitColumns(QTableWidget *table)
{
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
}

QWidget *scrolled(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

EvaluationDetails::EvaluationDetails(QWidget *parent)
    : QTabWidget(parent)
    , m_scorecard(new ScorecardWidget)
    , m_columns(new ColumnsView)
    , m_correlations(new CorrelationsView)
    , m_table1(createReadOnlyTable(QStringLiteral("table1"), nullptr))
    , m_survival(new SurvivalView)
    , m_utilitySummary(new QLabel)
    , m_tstr(createReadOnlyTable(QStringLiteral("tstrTable"), nullptr))
    , m_effectsTitle(new QLabel)
    , m_effects(createReadOnlyTable(QStringLiteral("effectsTable"), nullptr))
    , m_privacy(new PrivacyView)
{
    setObjectName(QStringLiteral("evaluationDetails"));
    setDocumentMode(true);
    m_utilitySummary->setWordWrap(true);
    m_utilitySummary->setObjectName(QStringLiteral("utilitySummary"));
    auto *utility = new QWidget;
    auto *utilityLayout = new QVBoxLayout(utility);
    utilityLayout->addWidget(m_utilitySummary);
    utilityLayout->addWidget(m_tstr);
    utilityLayout->addWidget(m_effectsTitle);
    utilityLayout->addWidget(m_effects, 1);

    addTab(scrolled(m_scorecard), QString());
    addTab(m_columns, QString());
    addTab(m_correlations, QString());
    addTab(m_table1, QString());
    addTab(m_survival, QString());
    addTab(utility, QString());
    addTab(scrolled(m_privacy), QString());
    setMinimumHeight(540);
    retranslate();
    clear();
}

void EvaluationDetails::setReport(const core::EvaluationReport &report, core::Table real, std::vector<size_t> realRows,
                                  core::Table synthetic)
{
    m_report = report;
    m_scorecard->setReport(report);
    m_columns->setData(report.fidelity, std::move(real), std::move(realRows), std::move(synthetic));
    m_correlations->setReport(report.correlations);
    fillTableWidget(m_table1, table1Data(report.table1));
    fitColumns(m_table1);
    m_survival->setEndpoints(report.survival);
    fillUtility(report.utility);
    m_privacy->setReport(report.privacy);
    for (int tab = 0; tab < count(); ++tab)
        setTabEnabled(tab, true);
}

void EvaluationDetails::clear()
{
    m_report.reset();
    m_scorecard->clear();
    m_columns->clear();
    m_correlations->clear();
    fillTableWidget(m_table1, {});
    m_survival->clear();
    fillUtility(std::nullopt);
    m_privacy->clear();
    setCurrentIndex(Summary);
    for (int tab = Columns; tab < count(); ++tab)
        setTabEnabled(tab, false);
}

void EvaluationDetails::fillUtility(const std::optional<core::UtilitySection> &utility)
{
    if (!utility) {
        m_utilitySummary->setText(tr("Choose a target column before evaluating to see how well a model trained on the "
                                     "synthetic data predicts it in real patients (train on synthetic, test on real)."));
        fillTableWidget(m_tstr, {});
        fillTableWidget(m_effects, {});
        m_effectsTitle->clear();
        return;
    }
    const core::TstrResult &tstr = utility->tstr;
    QStringList lines;
    if (!tstr.ok())
        lines << tstr.error;
    else
        lines << tr("XGBoost predicting %1, trained on %2 synthetic rows and, for the baseline, on %3 real training rows; "
                    "both tested on the same %4 real holdout rows.")
                     .arg(tstr.target, QLocale().toString(qulonglong(tstr.syntheticTrainRows)),
                          QLocale().toString(qulonglong(tstr.realTrainRows)), QLocale().toString(qulonglong(tstr.testRows)));
    if (utility->discriminator.ok())
        lines << tr("A classifier told real from synthetic rows with an AUC of %1 (0.50: indistinguishable).")
                     .arg(displayNumber(utility->discriminator.auc, 2));
    lines << tstr.warnings;
    m_utilitySummary->setText(lines.join(QLatin1Char('\n')));
    fillTableWidget(m_tstr, tstrData(tstr));
    fitColumns(m_tstr);
    fitHeightToRows(m_tstr);
    if (utility->effects && utility->effects->ok()) {
        const core::EffectAgreementResult &effects = *utility->effects;
        m_effectsTitle->setText(effectAgreementTitle(effects));
        fillTableWidget(m_effects, effectAgreementData(effects));
    } else {
        m_effectsTitle->setText(utility->effects ? utility->effects->error
                                                 : tr("Effect agreement needs a target with two values."));
        fillTableWidget(m_effects, {});
    }
    fitColumns(m_effects);
}

void EvaluationDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_report) {
            fillTableWidget(m_table1, table1Data(m_report->table1));
            fillUtility(m_report->utility);
        }
    }
    QTabWidget::changeEvent(event);
}

void EvaluationDetails::retranslate()
{
    const QString names[] = {tr("Summary"), tr("Columns"), tr("Correlations"), tr("Table 1"),
                             tr("Survival"), tr("Utility"), tr("Privacy")};
    for (int tab = 0; tab < count(); ++tab)
        setTabText(tab, names[tab]);
    setTabToolTip(Columns, tr("Each column's distribution, real against synthetic"));
    setTabToolTip(Correlations, tr("How columns go together, real against synthetic"));
    setTabToolTip(Table1, tr("Descriptive statistics with tests, as in a paper's Table 1"));
    setTabToolTip(Survival, tr("Kaplan-Meier curves, real against synthetic"));
    setTabToolTip(Utility, tr("Does a model trained on synthetic data work on real patients?"));
    setTabToolTip(Privacy, tr("Could the synthetic data reveal a real patient?"));
    m_table1->setAccessibleName(tr("Table 1, real and synthetic"));
    m_tstr->setAccessibleName(tr("Train on synthetic, test on real"));
    m_effects->setAccessibleName(tr("Effect agreement"));
}

} // namespace synthreg::gui
