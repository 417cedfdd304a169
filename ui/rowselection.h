#pragma once

#include "core/data/table.h"

#include <vector>

namespace synthreg::gui {

/**
 * Some rows of a table, to be copied out on a worker thread: the table is shared, not copied,
 * and on a million rows the copy is a pass over every column the UI thread must not make.
 */
struct RowSelection
{
    core::Table table;
    std::vector<size_t> rows;

    core::Table select() const { return table.selectRows(rows); }
    bool isEmpty() const { return rows.empty(); }
};

} // namespace synthreg::gui
