#pragma once

namespace synthreg::gui {

/** The steps of the workflow, in the order the mode bar shows them (../shared/DESIGN.md). */
enum class Mode {
    Data,
    Schema,
    Train,
    Evaluate,
    Release,
};

inline constexpr int kModeCount = 5;

} // namespace synthreg::gui
