#include "modeiconengine.h"

#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace synthreg::gui {

namespace {

QColor glyphColor(QIcon::Mode mode, QIcon::State state)
{
    const QPalette palette = QGuiApplication::palette();
    if (mode == QIcon::Disabled)
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    if (mode == QIcon::Selected)
        return palette.color(QPalette::HighlightedText);
    if (state == QIcon::On)
        return palette.color(QPalette::Highlight);
    return palette.color(QPalette::WindowText);
}

// Every glyph is drawn on a 24 x 24 grid, scaled to the requested rectangle.
void drawGlyph(QPainter &p, Mode mode, const QColor &color)
{
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (mode) {
    case Mode::Data:
        // A table: frame, shaded header row, two rules, one column divider.
        p.drawRoundedRect(QRectF(3, 4, 18, 16), 2, 2);
        p.fillRect(QRectF(3.8, 4.8, 16.4, 3.6), color);
        p.drawLine(QPointF(3, 12), QPointF(21, 12));
        p.drawLine(QPointF(3, 16), QPointF(21, 16));
        p.drawLine(QPointF(10, 8), QPointF(10, 20));
        break;
    case Mode::Schema:
        // A list of columns, each with a role tag.
        for (int i = 0; i < 3; ++i) {
            const double y = 5.5 + i * 6.5;
            p.fillRect(QRectF(3, y - 1.8, 4.5, 3.6), color);
            p.drawLine(QPointF(10.5, y), QPointF(21, y));
        }
        break;
    case Mode::Train: {
        // A falling loss curve over two axes.
        p.drawLine(QPointF(4, 3), QPointF(4, 20));
        p.drawLine(QPointF(4, 20), QPointF(21, 20));
        QPainterPath curve(QPointF(6, 5));
        curve.cubicTo(QPointF(9, 15), QPointF(12, 16.5), QPointF(20, 16.5));
        p.drawPath(curve);
        break;
    }
    case Mode::Evaluate:
        // A scorecard: three bars and a check mark.
        p.setBrush(color);
        p.drawRect(QRectF(4, 14, 3, 6));
        p.drawRect(QRectF(9, 10, 3, 10));
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(3, 20.5), QPointF(21, 20.5));
        p.drawPolyline(QPolygonF({QPointF(13.5, 8), QPointF(16, 10.5), QPointF(21, 4)}));
        break;
    case Mode::Release:
        // A parcel with an outgoing arrow.
        p.drawRect(QRectF(4, 11, 16, 10));
        p.drawLine(QPointF(4, 14), QPointF(20, 14));
        p.drawLine(QPointF(12, 2.5), QPointF(12, 11));
        p.drawPolyline(QPolygonF({QPointF(8.5, 6), QPointF(12, 2.5), QPointF(15.5, 6)}));
        break;
    }
}

} // namespace

void ModeIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const double side = std::min(rect.width(), rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);
    drawGlyph(*painter, m_mode, glyphColor(mode, state));
    painter->restore();
}

QPixmap ModeIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *ModeIconEngine::clone() const
{
    return new ModeIconEngine(m_mode);
}

QString ModeIconEngine::key() const
{
    return QStringLiteral("synthreg-mode");
}

QIcon modeIcon(Mode mode)
{
    return QIcon(new ModeIconEngine(mode));
}

} // namespace synthreg::gui
