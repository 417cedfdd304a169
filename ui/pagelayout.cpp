#include "pagelayout.h"

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

} // namespace synthreg::gui
