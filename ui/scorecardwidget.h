#pragma once

#include "core/jobs/evaluationreport.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QGroupBox;
class QLabel;

namespace synthreg::gui {

/**
 * The result of one evaluation at a glance: the fidelity scores with grade bands and the
 * real-holdout reference beside each, privacy tiles with traffic lights, one line per survival
 * endpoint and the report's flags in plain language. Shows nothing until setReport().
 * Chips use fixed colours with white text, so they read the same on light and dark palettes.
 */
class ScorecardWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Grade { Excellent, Good, Fair, Poor, Unknown };

    explicit ScorecardWidget(QWidget *parent = nullptr);

    void setReport(const core::EvaluationReport &report);
    void clear();
    bool hasReport() const { return m_report.has_value(); }

    /** Excellent >= 0.90, Good >= 0.80, Fair >= 0.70, else Poor; Unknown for NaN. */
    static Grade grade(double score);
    static QString gradeName(Grade grade);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ScoreRow
    {
        QLabel *name;
        QLabel *value;
        QLabel *chip;
        QLabel *reference;
    };
    struct Tile
    {
        QLabel *title;
        QLabel *value;
        QLabel *chip;
        QLabel *note;
    };

    ScoreRow addScoreRow(QGridLayout *grid, int row, const QString &objectName);
    Tile addTile(QGridLayout *grid, int column, const QString &objectName);
    void retranslate();
    void fill();

    std::optional<core::EvaluationReport> m_report;
    QGroupBox *m_fidelityBox;
    QGroupBox *m_privacyBox;
    QGroupBox *m_survivalBox;
    QGroupBox *m_flagsBox;
    ScoreRow m_quality;
    ScoreRow m_shapes;
    ScoreRow m_trends;
    QLabel *m_weakestColumns;
    Tile m_exactTile;
    Tile m_leakageTile;
    Tile m_membershipTile;
    Tile m_dcrTile;
    QLabel *m_privacyMissing;
    QLabel *m_survival;
    QLabel *m_flags;
};

} // namespace synthreg::gui
