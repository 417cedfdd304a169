#pragma once

#include "core/data/columnprofile.h"
#include "core/data/columnspec.h"

#include <QScrollArea>

#include <optional>

class QFormLayout;
class QLabel;

namespace synthreg::gui {

class HistogramView;

/**
 * The side panel of the Data mode: what SynthReg found out about one column — the
 * proposed role and why, missing values, distinct values, range and mean, and its
 * distribution.
 */
class ColumnProfilePanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit ColumnProfilePanel(QWidget *parent = nullptr);

    /** `spec` may be null (no schema proposal for this column). */
    void showColumn(const core::ColumnProfile &profile, const core::ColumnSpec *spec);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    QLabel *addField(QFormLayout *form, QLabel **labelOut);

    std::optional<core::ColumnProfile> m_profile;
    std::optional<core::ColumnSpec> m_spec;

    QWidget *m_content;
    QLabel *m_placeholder;
    QWidget *m_details;
    QLabel *m_name;
    QLabel *m_storage;
    QLabel *m_roleHeading;
    QLabel *m_roleSwatch;
    QLabel *m_role;
    QLabel *m_reason;
    QLabel *m_warnings;
    QLabel *m_summaryHeading;
    QLabel *m_missingLabel;
    QLabel *m_missing;
    QLabel *m_distinctLabel;
    QLabel *m_distinct;
    QLabel *m_minimumLabel;
    QLabel *m_minimum;
    QLabel *m_maximumLabel;
    QLabel *m_maximum;
    QLabel *m_meanLabel;
    QLabel *m_mean;
    QLabel *m_deviationLabel;
    QLabel *m_deviation;
    QLabel *m_chartHeading;
    HistogramView *m_chart;
};

} // namespace synthreg::gui
