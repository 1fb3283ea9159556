#pragma once

#include "core/domain/Codes.h"

#include <QDate>
#include <QLocale>

#include <functional>

namespace relais::report {

// The threshold `relais report --suppress-small` uses: counts 1 to 4 become "< 5".
inline constexpr int kDefaultSmallCountThreshold = 5;

// How an ActivityReport is rendered. One set of options is given to the PDF, the
// JSON and the CSV writers, so the three files of one export agree (a count hidden
// in the PDF is hidden in the CSV too).
struct ReportOptions
{
    // Numbers, dates and coded-value labels follow it (fr: "1 664", "30,5 %").
    // Headings and other text go through tr(): the caller installs the translator.
    QLocale locale = QLocale(QLocale::English, QLocale::Canada);
    // Counts from 1 to threshold - 1 in cross-tables (territory, types, age bands,
    // gender, language, referrals, cases by category, caseload) are shown as
    // "< threshold": small communities are easy to re-identify. 0 = off. Headline
    // totals are never hidden.
    int smallCountThreshold = 0;
    // The day printed as "generated on" (given by the caller, so tests control it).
    QDate generatedOn;

    core::LabelLanguage language() const
    {
        return locale.language() == QLocale::French ? core::LabelLanguage::French : core::LabelLanguage::English;
    }
    // Whether a count of a cross-table is hidden. Zero is never hidden: it identifies no one.
    bool hides(qint64 count) const { return smallCountThreshold > 0 && count > 0 && count < smallCountThreshold; }
};

// Called after each page with the work done so far (0..100); returning false cancels.
using Progress = std::function<bool(int percent)>;

} // namespace relais::report
