#include "rolefamily.h"

#include <QCoreApplication>
#include <QPalette>

namespace synthreg::gui {

namespace {

// Hues chosen to stay distinguishable for the common red-green colour-vision deficiencies
// (blue, purple and orange separate well; green and red differ in lightness too).
int familyHue(RoleFamily family)
{
    switch (family) {
    case RoleFamily::Numeric: return 130;      // green
    case RoleFamily::Categorical: return 212;  // blue
    case RoleFamily::Temporal: return 35;      // amber
    case RoleFamily::Survival: return 280;     // purple
    case RoleFamily::Identifier: return 0;     // red
    case RoleFamily::Excluded: return -1;      // grey
    }
    return -1;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

RoleFamily roleFamily(core::ColumnRole role)
{
    using core::ColumnRole;
    switch (role) {
    case ColumnRole::Continuous:
    case ColumnRole::Integer:
        return RoleFamily::Numeric;
    case ColumnRole::Categorical:
    case ColumnRole::Ordinal:
    case ColumnRole::Binary:
        return RoleFamily::Categorical;
    case ColumnRole::Date:
    case ColumnRole::DateTime:
    case ColumnRole::VisitTime:
        return RoleFamily::Temporal;
    case ColumnRole::SurvivalTime:
    case ColumnRole::EventIndicator:
        return RoleFamily::Survival;
    case ColumnRole::PatientId:
        return RoleFamily::Identifier;
    case ColumnRole::Excluded:
        return RoleFamily::Excluded;
    }
    return RoleFamily::Excluded;
}

QString roleFamilyDisplayName(RoleFamily family)
{
    switch (family) {
    case RoleFamily::Numeric: return QCoreApplication::translate("RoleFamily", "Numeric");
    case RoleFamily::Categorical: return QCoreApplication::translate("RoleFamily", "Categorical");
    case RoleFamily::Temporal: return QCoreApplication::translate("RoleFamily", "Dates and times");
    case RoleFamily::Survival: return QCoreApplication::translate("RoleFamily", "Survival");
    case RoleFamily::Identifier: return QCoreApplication::translate("RoleFamily", "Identifier");
    case RoleFamily::Excluded: return QCoreApplication::translate("RoleFamily", "Excluded");
    }
    return {};
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor roleFamilyAccent(RoleFamily family, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    const int hue = familyHue(family);
    if (hue < 0)
        return QColor::fromHsl(0, 0, dark ? 150 : 128);
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 150 : 110);
}

QColor roleFamilyBackground(RoleFamily family, const QPalette &palette)
{
    // A tint, not a fill: the palette's own text colour has to stay readable on it.
    const double strength = isDarkPalette(palette) ? 0.28 : 0.22;
    return mix(palette.color(QPalette::Base), roleFamilyAccent(family, palette), strength);
}

} // namespace synthreg::gui
