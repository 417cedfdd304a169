#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace synthreg::gui {

/** What the Data mode shows before anything is loaded: open the demo or import a file. */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

Q_SIGNALS:
    void openDemoRequested();
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_subtitle;
    QCommandLinkButton *m_demoButton;
    QCommandLinkButton *m_importButton;
    QLabel *m_privacyNote;
};

} // namespace synthreg::gui
