#pragma once

#include <QString>

namespace relais::core {

// Folds text for search and matching: accents removed ("Hélène" -> "helene"),
// case folded, typographic apostrophes made plain, hyphens and runs of spaces
// made one space.
QString foldForSearch(const QString& text);

// Levenshtein distance, for "similar name" duplicate warnings.
int editDistance(const QString& a, const QString& b);

} // namespace relais::core
