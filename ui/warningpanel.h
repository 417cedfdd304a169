#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QListWidget;
class QToolButton;

namespace synthreg::gui {

/**
 * A dismissible bar listing warnings: one summary line, a details toggle and a close
 * button. Hidden while it has nothing to show or after the user closed it; setWarnings()
 * with new warnings shows it again.
 */
class WarningPanel : public QFrame
{
    Q_OBJECT

public:
    explicit WarningPanel(QWidget *parent = nullptr);

    /** `summary` is the one-line headline, e.g. "3 warnings while importing pbc.csv". */
    void setWarnings(const QString &summary, const QStringList &warnings);
    const QStringList &warnings() const { return m_warnings; }
    bool isExpanded() const;
    void setExpanded(bool expanded);

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTint();

    QStringList m_warnings;
    QLabel *m_icon;
    QLabel *m_summary;
    QToolButton *m_detailsButton;
    QToolButton *m_closeButton;
    QListWidget *m_list;
};

} // namespace synthreg::gui
