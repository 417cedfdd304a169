#pragma once

#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace synthreg::gui {

/** A page's title: the application font, 1.4 times as large, bold. */
QLabel *createPageTitle(QWidget *parent);

/** The controls of a page that runs one background job (an evaluation, a training). */
struct JobControls
{
    QPushButton *start;     ///< the page's default button
    QPushButton *cancel;
    QProgressBar *progress; ///< 0–100
    QLabel *step;           ///< what the job is doing now
    QLabel *message;        ///< word-wrapped plain text: an error, a hint
};

/**
 * Creates the controls, named after `job` ("Evaluation"): start<Job>Button, cancel<Job>Button,
 * <job>Progress, <job>Step and <job>Message, the names tests and screenshots find them by.
 */
JobControls createJobControls(const QString &job, QWidget *parent);

/**
 * Lays out `page` with `column` centred, two thirds of the width, a little above the middle:
 * the look of the start page and of every page that only explains something.
 */
void centerInPage(QWidget *page, QWidget *column);

} // namespace synthreg::gui
