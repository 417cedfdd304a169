#pragma once

#include "mode.h"

#include <QWidget>

class QLabel;

namespace synthreg::gui {

/**
 * Stands in for a mode this version does not have yet: says what will appear there and
 * that it is not available, with no controls that would pretend otherwise. Replaced by
 * the real page through MainWindow::setModePage().
 */
class PlaceholderMode : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderMode(Mode mode, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Mode m_mode;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_availability;
};

} // namespace synthreg::gui
