#pragma once

#include "core/stats/correlation.h"

#include <QWidget>

class QPainter;

namespace synthreg::gui {

/** What one heatmap shows: a matrix, its title and the value that saturates the colour scale. */
struct HeatmapContent
{
    core::AssociationMatrix matrix;
    QString title;
    double scaleLimit = 1;   ///< colours run from -limit (blue) through 0 (white) to +limit (red); beyond it they saturate
};

/**
 * Paints `content` into `area`: column names on the left and at the bottom, one cell per
 * pair coloured on a blue–white–red scale, a colour legend underneath, and the value inside a
 * cell when it is large enough to read. Undefined cells are hatched. Screen and report share it.
 */
void paintHeatmap(QPainter &painter, const QRectF &area, const HeatmapContent &content, const QPalette &palette);

/** The cell colour of `value` on the scale of `limit`; NaN gives an invalid colour. */
QColor heatmapColor(double value, double limit);

/**
 * An association matrix drawn by paintHeatmap(), with a tooltip per cell naming both columns,
 * the coefficient and its value.
 */
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setContent(HeatmapContent content);
    const HeatmapContent &content() const { return m_content; }
    /** The text of the tooltip at `position` (empty outside the cells); tests read it. */
    QString toolTipAt(const QPoint &position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    HeatmapContent m_content;
};

} // namespace synthreg::gui
