#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace synthreg::gui {

class DatasetSession;

/**
 * The Schema mode's editors for what spans columns: survival endpoints (a name, a time
 * column and an event column, with the event coding shown) and the longitudinal keys (patient
 * id and visit time). Every change is one undoable command on the session's stack and gives
 * the chosen columns the roles they need (core::withSurvivalLink); a refused change is
 * explained under its editor and changes nothing.
 */
class SchemaLinksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaLinksEditor(DatasetSession *session, QWidget *parent = nullptr);

    /** Adds the endpoint described by the name field and the two column choices. */
    void addEndpoint();
    /** Removes the endpoint of the selected row. */
    void removeSelectedEndpoint();
    /** Applies the longitudinal keys as the group box and its two choices say. */
    void applyLongitudinalKeys();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /** Shows the session's schema; never writes back to it. */
    void refresh();
    void fillColumnChoices();
    void showError(QLabel *label, const QString &error);

    DatasetSession *m_session;
    QGroupBox *m_endpointBox;
    QTableWidget *m_endpoints;
    QLineEdit *m_endpointName;
    QComboBox *m_timeColumn;
    QComboBox *m_eventColumn;
    QPushButton *m_addEndpoint;
    QPushButton *m_removeEndpoint;
    QLabel *m_endpointError;
    QGroupBox *m_longitudinalBox;
    QComboBox *m_patientColumn;
    QComboBox *m_visitColumn;
    QLabel *m_longitudinalError;
    bool m_refreshing = false;
};

} // namespace synthreg::gui
