#pragma once

#include "core/data/columnspec.h"

#include <QColor>
#include <QString>

class QPalette;

namespace synthreg::gui {

/** Groups of column roles that share a colour, the way ARX colours attribute types. */
enum class RoleFamily {
    Numeric,      ///< continuous, integer/count
    Categorical,  ///< categorical, ordinal, binary
    Temporal,     ///< date, date-time, visit time
    Survival,     ///< survival time, event indicator
    Identifier,   ///< patient id
    Excluded,     ///< direct identifiers and unusable columns
};

inline constexpr int kRoleFamilyCount = 6;

RoleFamily roleFamily(core::ColumnRole role);
/** Translated name of the family, for legends. */
QString roleFamilyDisplayName(RoleFamily family);

/** The family's hue at full strength: for swatches and chart accents. */
QColor roleFamilyAccent(RoleFamily family, const QPalette &palette);
/**
 * A cell background tinted with the family's hue over the palette's base colour. Light
 * enough behind the palette's text colour in light themes and dark enough in dark themes,
 * so the text stays legible without choosing a text colour of its own.
 */
QColor roleFamilyBackground(RoleFamily family, const QPalette &palette);

/** True when the palette is a dark theme (light text on dark background). */
bool isDarkPalette(const QPalette &palette);

} // namespace synthreg::gui
