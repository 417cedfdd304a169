#pragma once

#include "mode.h"

#include <QIconEngine>

namespace synthreg::gui {

/**
 * Draws the mode bar's icons as simple line glyphs in the current palette's colours, so
 * they stay crisp at any scale and follow light and dark themes without image files
 * (and without the SVG plugin, which air-gapped installs may lack).
 */
class ModeIconEngine : public QIconEngine
{
public:
    explicit ModeIconEngine(Mode mode) : m_mode(mode) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    Mode m_mode;
};

/** The icon for `mode` (owns a ModeIconEngine). */
QIcon modeIcon(Mode mode);

} // namespace synthreg::gui
