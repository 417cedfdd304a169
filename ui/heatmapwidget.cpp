#include "heatmapwidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace synthreg::gui {

namespace {

constexpr int kLabelChars = 14;   // longer column names are elided; the tooltip has them whole

QRectF paintArea(const QWidget &widget)
{
    return QRectF(widget.rect()).adjusted(4, 4, -4, -4);
}

/** Where the parts of a heatmap go inside `area`, for painting and for hit-testing alike. */
struct HeatmapGeometry
{
    QRectF title;
    QRectF cells;
    QRectF legend;
    double cell = 0;
    double labelWidth = 0;
};

HeatmapGeometry geometryOf(const QRectF &area, int columns, const QFontMetricsF &metrics)
{
    HeatmapGeometry geometry;
    const double line = metrics.height();
    geometry.labelWidth = std::min(metrics.averageCharWidth() * kLabelChars, area.width() * 0.35);
    geometry.title = QRectF(area.left(), area.top(), area.width(), line * 1.5);
    const double legendHeight = line * 2.6;
    const double available = std::min(area.width() - geometry.labelWidth - 4,
                                       area.height() - geometry.title.height() - geometry.labelWidth - legendHeight);
    geometry.cell = columns > 0 ? std::max(2.0, available / columns) : 0;
    geometry.cells = QRectF(area.left() + geometry.labelWidth + 4, geometry.title.bottom(), geometry.cell * columns,
                            geometry.cell * columns);
    geometry.legend = QRectF(geometry.cells.left(), geometry.cells.bottom() + geometry.labelWidth + line * 0.4,
                             std::max(geometry.cells.width(), 120.0), line * 0.8);
    return geometry;
}

QString coefficientName(core::AssociationKind kind)
{
    switch (kind) {
    case core::AssociationKind::Pearson: return HeatmapWidget::tr("Pearson r");
    case core::AssociationKind::Spearman: return HeatmapWidget::tr("Spearman ρ");
    case core::AssociationKind::CramersV: return HeatmapWidget::tr("Cramér's V");
    case core::AssociationKind::CorrelationRatio: return HeatmapWidget::tr("correlation ratio η");
    case core::AssociationKind::Identity: break;
    }
    return HeatmapWidget::tr("same column");
}

void paintLegend(QPainter &painter, const QRectF &bar, double limit, const QPalette &palette)
{
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (double stop : {0.0, 0.25, 0.5, 0.75, 1.0})
        gradient.setColorAt(stop, heatmapColor((2 * stop - 1) * limit, limit));
    painter.fillRect(bar, gradient);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(bar);
    painter.setPen(palette.color(QPalette::Text));
    const QLocale locale;
    const QRectF text(bar.left(), bar.bottom() + 2, bar.width(), painter.fontMetrics().height());
    painter.drawText(text, Qt::AlignLeft, locale.toString(-limit, 'g', 2));
    painter.drawText(text, Qt::AlignHCenter, locale.toString(0));
    painter.drawText(text, Qt::AlignRight, locale.toString(limit, 'g', 2));
}

} // namespace

QColor heatmapColor(double value, double limit)
{
    if (!std::isfinite(value))
        return {};
    const double t = std::clamp(value / limit, -1.0, 1.0);
    // RdBu-like: white at 0, #2166ac at -1, #b2182b at +1.
    const QColor end = t < 0 ? QColor(0x21, 0x66, 0xac) : QColor(0xb2, 0x18, 0x2b);
    const double a = std::abs(t);
    return QColor::fromRgbF(float(1 + (end.redF() - 1) * a), float(1 + (end.greenF() - 1) * a), float(1 + (end.blueF() - 1) * a));
}

void paintHeatmap(QPainter &painter, const QRectF &area, const HeatmapContent &content, const QPalette &palette)
{
    const int n = int(content.matrix.columns.size());
    const QFontMetricsF metrics(painter.font());
    const HeatmapGeometry geometry = geometryOf(area, n, metrics);
    painter.save();
    painter.setPen(palette.color(QPalette::Text));
    const QFont font = painter.font();
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(geometry.title, Qt::AlignLeft | Qt::AlignVCenter, content.title);
    painter.setFont(font);
    const QFontMetricsF plain(font);
    const QLocale locale;
    const bool valuesFit = plain.horizontalAdvance(QStringLiteral("-0.00")) + 4 < geometry.cell && plain.height() < geometry.cell;
    for (int row = 0; row < n; ++row) {
        for (int column = 0; column < n; ++column) {
            const QRectF cell(geometry.cells.left() + column * geometry.cell, geometry.cells.top() + row * geometry.cell,
                              geometry.cell, geometry.cell);
            const double value = content.matrix.at(row, column);
            const QColor colour = heatmapColor(value, content.scaleLimit);
            if (colour.isValid())
                painter.fillRect(cell, colour);
            else
                painter.fillRect(cell, QBrush(palette.color(QPalette::Mid), Qt::BDiagPattern));
            if (valuesFit && colour.isValid()) {
                painter.setPen(std::abs(value) / content.scaleLimit > 0.6 ? Qt::white : Qt::black);
                painter.drawText(cell, Qt::AlignCenter, locale.toString(value, 'f', 2));
            }
        }
        const QString label = plain.elidedText(content.matrix.columns[row], Qt::ElideRight, geometry.labelWidth - 4);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRectF(area.left(), geometry.cells.top() + row * geometry.cell, geometry.labelWidth, geometry.cell),
                         Qt::AlignRight | Qt::AlignVCenter, label);
        // Column names run downwards under the cells.
        painter.save();
        painter.translate(geometry.cells.left() + (row + 0.5) * geometry.cell, geometry.cells.bottom() + 4);
        painter.rotate(90);
        painter.drawText(QRectF(0, -geometry.cell / 2, geometry.labelWidth - 4, geometry.cell), Qt::AlignLeft | Qt::AlignVCenter,
                         label);
        painter.restore();
    }
    if (n > 0)
        paintLegend(painter, geometry.legend, content.scaleLimit, palette);
    painter.restore();
}

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setContent(HeatmapContent content)
{
    m_content = std::move(content);
    setAccessibleName(m_content.title);
    setAccessibleDescription(tr("%n columns; the Show data table lists every value.", nullptr,
                                int(m_content.matrix.columns.size())));
    updateGeometry();
    update();
}

QString HeatmapWidget::toolTipAt(const QPoint &position) const
{
    const int n = int(m_content.matrix.columns.size());
    const HeatmapGeometry geometry = geometryOf(paintArea(*this), n, QFontMetricsF(font()));
    if (n == 0 || !geometry.cells.contains(position))
        return {};
    const int column = std::clamp(int((position.x() - geometry.cells.left()) / geometry.cell), 0, n - 1);
    const int row = std::clamp(int((position.y() - geometry.cells.top()) / geometry.cell), 0, n - 1);
    const double value = m_content.matrix.at(row, column);
    const QString kind = coefficientName(m_content.matrix.kinds[size_t(row) * size_t(n) + size_t(column)]);
    const QString number = std::isfinite(value) ? QLocale().toString(value, 'f', 3) : tr("undefined (too few rows or a constant column)");
    return tr("%1 × %2\n%3: %4").arg(m_content.matrix.columns[row], m_content.matrix.columns[column], kind, number);
}

QSize HeatmapWidget::sizeHint() const
{
    return {420, 480};
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return {240, 280};
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHeatmap(painter, paintArea(*this), m_content, palette());
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace synthreg::gui
