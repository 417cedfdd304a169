#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace synthreg::gui {

/** The numbers behind a chart, as rows of display text under column headers. */
struct ChartData
{
    QStringList headers;
    QList<QStringList> rows;
};

/** Fills `table` with `data`: headers, then rows; every column after the first is right-aligned. */
void fillTableWidget(QTableWidget *table, const ChartData &data);

/** Makes `table` exactly as tall as its header and rows, so a short table leaves no empty band. */
void fitHeightToRows(QTableWidget *table);

/** `value` in the user's locale with `decimals` decimals; an em dash when it is not a number. */
QString displayNumber(double value, int decimals = 2);

/**
 * A chart (any view widget) with a "Show data" button that swaps it for a table of the same
 * numbers, for readers who cannot use the chart (accessibility) and for those who want to
 * copy figures. Object names: <name>Chart, <name>Table, <name>ShowData.
 */
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    /** Takes ownership of `view`. */
    ChartPanel(QWidget *view, const QString &name, QWidget *parent = nullptr);

    QWidget *view() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    void setData(const ChartData &data);
    /** Names the chart and its table for screen readers: "<what>" and "<what> as a table". */
    void setDescription(const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QWidget *m_view;
    QTableWidget *m_table;
    QStackedWidget *m_stack;
    QPushButton *m_showData;
    QString m_what;
};

} // namespace synthreg::gui
