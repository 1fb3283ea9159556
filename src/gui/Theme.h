#pragma once

#include <QString>

namespace relais::gui {

// Light and dark palettes (Fusion style), or the desktop's own when `theme` is
// empty. Called at start and when the preference changes.
void applyTheme(const QString& theme);

} // namespace relais::gui
