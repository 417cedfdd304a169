#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace synthreg::gui {

class DatasetSession;
class SchemaModel;
class WarningPanel;

/**
 * The Schema mode: the role, missing-value handling and reason proposed for every column,
 * coloured by role family, with the table-level findings of the inference. Read-only in
 * this version; editing arrives through SchemaModel::setData() and an undo stack.
 */
class SchemaMode : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaMode(DatasetSession *session, QWidget *parent = nullptr);

    SchemaModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateWarnings(bool keepDismissed);
    void showSchema();
    void rebuildLegend();

    DatasetSession *m_session;
    SchemaModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_title;
    QLabel *m_description;
    WarningPanel *m_warnings;
    QTableView *m_view;
    QWidget *m_legend;
};

} // namespace synthreg::gui
