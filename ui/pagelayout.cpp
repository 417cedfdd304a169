#include "pagelayout.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace synthreg::gui {

void centerInPage(QWidget *page, QWidget *column)
{
    auto *layout = new QVBoxLayout(page);
    // Centred with stretches, not an alignment flag: an aligned widget gets its size hint
    // as width, which starves the word-wrapped labels and clips them.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

QLabel *createPageTitle(QWidget *parent)
{
    auto *title = new QLabel(parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

JobControls createJobControls(const QString &job, QWidget *parent)
{
    QString lower = job;
    lower[0] = lower[0].toLower();
    JobControls controls{new QPushButton(parent), new QPushButton(parent), new QProgressBar(parent), new QLabel(parent),
                         new QLabel(parent)};
    controls.start->setObjectName(QStringLiteral("start%1Button").arg(job));
    controls.start->setDefault(true);
    controls.cancel->setObjectName(QStringLiteral("cancel%1Button").arg(job));
    controls.progress->setObjectName(lower + QStringLiteral("Progress"));
    controls.progress->setRange(0, 100);
    controls.step->setObjectName(lower + QStringLiteral("Step"));
    controls.message->setObjectName(lower + QStringLiteral("Message"));
    controls.message->setWordWrap(true);
    controls.message->setTextFormat(Qt::PlainText);
    return controls;
}

} // namespace synthreg::gui
