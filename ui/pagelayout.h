#pragma once

class QWidget;

namespace synthreg::gui {

/**
 * Lays out `page` with `column` centred, two thirds of the width, a little above the middle:
 * the look of the start page and of every page that only explains something.
 */
void centerInPage(QWidget *page, QWidget *column);

} // namespace synthreg::gui
