#include "TextFolding.h"

#include <algorithm>
#include <vector>

namespace relais::core {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing) {
            continue;
        }
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC)) {
            c = QLatin1Char('\'');
        }
        // "Gagné-Lévesque" is found by "gagne levesque": hyphens count as spaces.
        if (c.isSpace() || c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011)) {
            if (!lastWasSpace) {
                folded += QLatin1Char(' ');
            }
            lastWasSpace = true;
            continue;
        }
        folded += c;
        lastWasSpace = false;
    }
    if (folded.endsWith(QLatin1Char(' '))) {
        folded.chop(1);
    }
    // Letters without a decomposition (ø, æ, œ, ß) fold by hand.
    folded = folded.toCaseFolded();
    folded.replace(QChar(0x00F8), QLatin1Char('o'));
    folded.replace(QChar(0x00E6), QStringLiteral("ae"));
    folded.replace(QChar(0x0153), QStringLiteral("oe"));
    folded.replace(QChar(0x00DF), QStringLiteral("ss"));
    return folded;
}

int editDistance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<int> previous(static_cast<std::size_t>(m + 1));
    std::vector<int> current(static_cast<std::size_t>(m + 1));
    for (qsizetype j = 0; j <= m; ++j) {
        previous[static_cast<std::size_t>(j)] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int substitution = previous[static_cast<std::size_t>(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[static_cast<std::size_t>(j)] = std::min({previous[static_cast<std::size_t>(j)] + 1,
                                                              current[static_cast<std::size_t>(j - 1)] + 1,
                                                              substitution});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<std::size_t>(m)];
}

} // namespace relais::core
