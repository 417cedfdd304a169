#pragma once

#include "core/jobs/evaluationreport.h"

#include <QTabWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace synthreg::gui {

class ColumnsView;
class CorrelationsView;
class PrivacyView;
class ScorecardWidget;
class SurvivalView;

/**
 * Everything one evaluation shows, a tab per question: Summary (the scorecard), Columns,
 * Correlations, Table 1, Survival, Utility and Privacy. Empty until setReport().
 */
class EvaluationDetails : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { Summary, Columns, Correlations, Table1, Survival, Utility, Privacy };

    explicit EvaluationDetails(QWidget *parent = nullptr);

    /**
     * Shows `report`; `real` restricted to `realRows` (all when empty) and `synthetic` are the
     * tables it compared, kept (shared, not copied) for the per-column plots.
     */
    void setReport(const core::EvaluationReport &report, core::Table real, std::vector<size_t> realRows,
                   core::Table synthetic);
    void clear();

    ScorecardWidget *scorecard() const { return m_scorecard; }
    /** The tabs' own hints would ask for the tallest page; the page scrolls, so ask for a screenful. */
    QSize sizeHint() const override { return {QTabWidget::sizeHint().width(), minimumHeight()}; }
    ColumnsView *columns() const { return m_columns; }
    PrivacyView *privacy() const { return m_privacy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillUtility(const std::optional<core::UtilitySection> &utility);

    ScorecardWidget *m_scorecard;
    ColumnsView *m_columns;
    CorrelationsView *m_correlations;
    QTableWidget *m_table1;
    SurvivalView *m_survival;
    QLabel *m_utilitySummary;
    QTableWidget *m_tstr;
    QLabel *m_effectsTitle;
    QTableWidget *m_effects;
    PrivacyView *m_privacy;
    std::optional<core::EvaluationReport> m_report;
};

} // namespace synthreg::gui
