#pragma once

#include "core/data/table.h"
#include "diagnostic.h"

#include <optional>

namespace synthreg::core {

/** What a reader returns: the table (empty when error is set), warnings, and at most one error. */
struct ImportResult
{
    Table table;
    Diagnostics warnings;
    std::optional<Diagnostic> error;

    bool ok() const { return !error.has_value(); }

    static ImportResult failure(Diagnostic diagnostic)
    {
        ImportResult result;
        result.error = std::move(diagnostic);
        return result;
    }
};

} // namespace synthreg::core
