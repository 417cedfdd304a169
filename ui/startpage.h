#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace synthreg::gui {

/** What the Data mode shows before anything is loaded: open the demo, import a file or reopen a recent one. */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    /** Lists `paths` (newest first) under "Recent files"; the section hides when it is empty. */
    void setRecentFiles(const QStringList &paths);

Q_SIGNALS:
    void openDemoRequested();
    void importRequested();
    void openFileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_subtitle;
    QCommandLinkButton *m_demoButton;
    QCommandLinkButton *m_importButton;
    QLabel *m_privacyNote;
    QLabel *m_recentTitle;
    QWidget *m_recentList;
};

} // namespace synthreg::gui
