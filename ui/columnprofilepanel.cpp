#include "columnprofilepanel.h"

#include "histogramview.h"
#include "rolefamily.h"
#include "tablemodel.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace synthreg::gui {

namespace {

// Values read like the table shows them: no thousands separators.
QLocale valueLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

// Four significant digits: enough to compare by eye, without the noise of full precision.
QString formatStatistic(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("\u2014");
    const double magnitude = std::abs(value);
    if (magnitude != 0 && (magnitude >= 1e15 || magnitude < 1e-4))
        return valueLocale().toString(value, 'g', 4);
    const int decimals = magnitude == 0 ? 0 : std::clamp(3 - int(std::floor(std::log10(magnitude))), 0, 7);
    return valueLocale().toString(value, 'f', decimals);
}

QString formatValue(const core::ColumnProfile &profile, double value)
{
    if (profile.storage == core::StorageKind::Timestamp) {
        constexpr qint64 kDay = 86400;
        const auto seconds = qint64(std::llround(value));
        const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        // A column of calendar dates (every value at midnight) shows dates, its mean included.
        const bool dates = qint64(profile.minimum) % kDay == 0 && qint64(profile.maximum) % kDay == 0;
        return dates ? time.date().toString(Qt::ISODate) : time.toString(Qt::ISODate);
    }
    // As the table shows it, so a minimum can be found in the data by eye.
    return core::formatNumber(value);
}

QLabel *makeHeading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QPixmap swatch(const QColor &color, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3);
    return pixmap;
}

} // namespace

ColumnProfilePanel::ColumnProfilePanel(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_placeholder = new QLabel(m_content);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_details = new QWidget(m_content);
    m_name = new QLabel(m_details);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storage = new QLabel(m_details);

    m_roleHeading = makeHeading(m_details);
    m_roleSwatch = new QLabel(m_details);
    m_role = new QLabel(m_details);
    m_reason = new QLabel(m_details);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(m_details);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summaryHeading = makeHeading(m_details);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    m_missing = addField(form, &m_missingLabel);
    m_distinct = addField(form, &m_distinctLabel);
    m_minimum = addField(form, &m_minimumLabel);
    m_maximum = addField(form, &m_maximumLabel);
    m_mean = addField(form, &m_meanLabel);
    m_deviation = addField(form, &m_deviationLabel);

    m_chartHeading = makeHeading(m_details);
    m_chart = new HistogramView(m_details);

    auto *roleRow = new QHBoxLayout;
    roleRow->setSpacing(6);
    roleRow->addWidget(m_roleSwatch);
    roleRow->addWidget(m_role, 1);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(4);
    details->addWidget(m_name);
    details->addWidget(m_storage);
    details->addSpacing(12);
    details->addWidget(m_roleHeading);
    details->addLayout(roleRow);
    details->addWidget(m_reason);
    details->addWidget(m_warnings);
    details->addSpacing(12);
    details->addWidget(m_summaryHeading);
    details->addLayout(form);
    details->addSpacing(12);
    details->addWidget(m_chartHeading);
    details->addWidget(m_chart, 2);
    details->addStretch(1);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_details, 1);
    setWidget(m_content);

    setAccessibleName(tr("Column profile"));
    retranslate();
    clear();
}

QLabel *ColumnProfilePanel::addField(QFormLayout *form, QLabel **labelOut)
{
    auto *label = new QLabel(m_details);
    auto *value = new QLabel(m_details);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setBuddy(value);
    form->addRow(label, value);
    *labelOut = label;
    return value;
}

void ColumnProfilePanel::showColumn(const core::ColumnProfile &profile, const core::ColumnSpec *spec)
{
    m_profile = profile;
    m_spec = spec ? std::optional<core::ColumnSpec>(*spec) : std::nullopt;
    refresh();
}

void ColumnProfilePanel::clear()
{
    m_profile.reset();
    m_spec.reset();
    refresh();
}

void ColumnProfilePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        refresh();
    }
    QScrollArea::changeEvent(event);
}

void ColumnProfilePanel::retranslate()
{
    m_placeholder->setText(tr("Select a column to see its profile."));
    m_roleHeading->setText(tr("Proposed role"));
    m_summaryHeading->setText(tr("Values"));
    m_missingLabel->setText(tr("Missing:"));
    m_distinctLabel->setText(tr("Distinct values:"));
    m_minimumLabel->setText(tr("Minimum:"));
    m_maximumLabel->setText(tr("Maximum:"));
    m_meanLabel->setText(tr("Mean:"));
    m_deviationLabel->setText(tr("Standard deviation:"));
    m_chartHeading->setText(tr("Distribution"));
}

void ColumnProfilePanel::refresh()
{
    m_placeholder->setVisible(!m_profile);
    m_details->setVisible(m_profile.has_value());
    if (!m_profile) {
        m_chart->clear();
        return;
    }
    const core::ColumnProfile &profile = *m_profile;
    const QLocale locale;

    m_name->setText(profile.name);
    m_storage->setText(tr("%1 · %2 rows").arg(storageKindDisplayName(profile.storage),
                                                  locale.toString(profile.rowCount)));

    const bool hasSpec = m_spec.has_value();
    m_roleHeading->setVisible(hasSpec);
    m_roleSwatch->setVisible(hasSpec);
    m_role->setVisible(hasSpec);
    m_reason->setVisible(hasSpec && !m_spec->reason.isEmpty());
    m_warnings->setVisible(hasSpec && !m_spec->warnings.isEmpty());
    QColor accent;
    if (hasSpec) {
        const RoleFamily family = roleFamily(m_spec->role);
        accent = roleFamilyAccent(family, palette());
        const int side = fontMetrics().height();
        m_roleSwatch->setPixmap(swatch(accent, side, devicePixelRatioF()));
        m_role->setText(core::roleDisplayName(m_spec->role));
        m_role->setAccessibleName(tr("Proposed role: %1").arg(core::roleDisplayName(m_spec->role)));
        m_reason->setText(m_spec->reason);
        m_warnings->setText(QStringLiteral("\u26a0 ") + (m_spec->warnings.join(QLatin1Char('\n'))));
    }

    const double percent = profile.missingShare() * 100;
    m_missing->setText(profile.missingCount == 0
                           ? tr("None")
                           : tr("%1 (%2 %)").arg(locale.toString(profile.missingCount),
                                                 locale.toString(percent, 'f', percent < 0.1 ? 2 : 1)));
    m_distinct->setText(locale.toString(profile.distinctCount));

    const bool hasRange = profile.storage != core::StorageKind::Categorical
        && profile.missingCount < profile.rowCount;
    const bool hasDeviation = hasRange && profile.storage == core::StorageKind::Numeric;
    for (QLabel *label : {m_minimumLabel, m_minimum, m_maximumLabel, m_maximum, m_meanLabel, m_mean})
        label->setVisible(hasRange);
    m_deviationLabel->setVisible(hasDeviation);
    m_deviation->setVisible(hasDeviation);
    if (hasRange) {
        m_minimum->setText(formatValue(profile, profile.minimum));
        m_maximum->setText(formatValue(profile, profile.maximum));
        m_mean->setText(profile.storage == core::StorageKind::Timestamp ? formatValue(profile, profile.mean)
                                                                        : formatStatistic(profile.mean));
        m_deviation->setText(formatStatistic(profile.standardDeviation));
    }

    m_chartHeading->setText(profile.storage == core::StorageKind::Categorical
                                ? tr("Most frequent values")
                                : tr("Distribution"));
    m_chart->setProfile(profile, accent);
}

} // namespace synthreg::gui
