#include "placeholdermode.h"

#include "pagelayout.h"

#include <QEvent>
#include <QLabel>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace synthreg::gui {

PlaceholderMode::PlaceholderMode(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_availability(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_description, m_availability}) {
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_availability->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_description);
    columnLayout->addWidget(m_availability);

    centerInPage(this, column);
    retranslate();
}

void PlaceholderMode::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderMode::retranslate()
{
    switch (m_mode) {
    case Mode::Train:
        m_title->setText(tr("Train a generator"));
        m_description->setText(tr("Here you will pick a generator and a preset (fast, balanced or best), "
                                  "run the training on the CPU or a GPU and follow its progress and loss "
                                  "curves. Every run is kept with its seed and settings."));
        m_availability->setText(tr("Training is not available in this version of SynthReg."));
        break;
    case Mode::Evaluate:
        m_title->setText(tr("Evaluate the synthetic data"));
        m_description->setText(tr("Here you will see a scorecard for fidelity, utility, privacy and survival, "
                                  "with distributions, correlation heatmaps, Kaplan–Meier curves and a "
                                  "privacy panel, each compared with a real holdout."));
        m_availability->setText(tr("Evaluation is not available in this version of SynthReg."));
        break;
    case Mode::Release:
        m_title->setText(tr("Release a bundle"));
        m_description->setText(tr("Here you will check the release gate (privacy thresholds and small-cell "
                                  "rules) and export a bundle with the synthetic data, a data dictionary, "
                                  "the report and a manifest. The real data never goes into it."));
        m_availability->setText(tr("Not in this version yet: the gate checklist, the bundle export and its report. "
                                   "Until then, the Evaluate mode's Privacy tab applies the same privacy checks "
                                   "the gate will use, and the Train mode's synthetic rows can be evaluated there."));
        break;
    case Mode::Data:
    case Mode::Schema:
        break;
    }
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_description->text() + QLatin1Char(' ') + m_availability->text());
}

} // namespace synthreg::gui
