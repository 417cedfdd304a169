#include "warningpanel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace synthreg::gui {

WarningPanel::WarningPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
    , m_list(new QListWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));

    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setVisible(false);
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 7);

    auto *header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addWidget(m_summary, 1);
    header->addWidget(m_detailsButton);
    header->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_list);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool checked) {
        m_list->setVisible(checked);
        retranslate();
    });
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    updateTint();
    retranslate();
    setVisible(false);
}

void WarningPanel::setWarnings(const QString &summary, const QStringList &warnings)
{
    m_warnings = warnings;
    m_summary->setText(summary);
    m_list->clear();
    m_list->addItems(warnings);
    setExpanded(false);
    setVisible(!warnings.isEmpty());
}

bool WarningPanel::isExpanded() const
{
    return m_detailsButton->isChecked();
}

void WarningPanel::setExpanded(bool expanded)
{
    m_detailsButton->setChecked(expanded);
}

void WarningPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateTint();
    QFrame::changeEvent(event);
}

void WarningPanel::retranslate()
{
    m_detailsButton->setText(isExpanded() ? tr("Hide details") : tr("Show details"));
    m_detailsButton->setAccessibleName(isExpanded() ? tr("Hide warning details") : tr("Show warning details"));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss warnings"));
    m_list->setAccessibleName(tr("Warnings"));
}

void WarningPanel::updateTint()
{
    // An amber wash over the theme's own window colour, so it reads as a warning in light
    // and dark themes alike while the text keeps the theme's colour.
    QPalette p = palette();
    const QColor window = QApplication::palette(this).color(QPalette::Window);
    const QColor amber = QColor::fromHsl(42, 200, 128);
    const double t = window.lightnessF() < 0.5 ? 0.25 : 0.18;
    const QColor tint = QColor::fromRgbF(float(window.redF() * (1 - t) + amber.redF() * t),
                                         float(window.greenF() * (1 - t) + amber.greenF() * t),
                                         float(window.blueF() * (1 - t) + amber.blueF() * t));
    if (p.color(backgroundRole()) == tint)
        return;
    p.setColor(backgroundRole(), tint);
    setPalette(p);
}

} // namespace synthreg::gui
