#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace relais::core {

// The four spreadsheet formats of imports and exports (issue 6): which columns
// each has, which are required, and the file name an export writes. Imports
// read these columns in any order; export writes them in this order.
enum class ExchangeKind { Partners, People, Interventions, Cases };

struct ExchangeColumn
{
    const char* name;
    bool required;
};

namespace exchange {

// "partners", "people", "interventions", "cases": the KIND of `relais import`.
QString kindName(ExchangeKind kind);
std::optional<ExchangeKind> kindFromName(const QString& name);
// partners.csv, people.csv, ...: what an export writes.
QString fileName(ExchangeKind kind);
// Every known column, the first and then the optional extra ones that an
// export writes so that nothing is lost on the way back (place_name, ...).
std::span<const ExchangeColumn> columns(ExchangeKind kind);
QStringList columnNames(ExchangeKind kind);

// The four kinds in the order an import of a whole export must follow:
// partners, then people, then interventions and cases, which refer to both.
inline constexpr ExchangeKind kAllKinds[]
    = {ExchangeKind::Partners, ExchangeKind::People, ExchangeKind::Interventions, ExchangeKind::Cases};

} // namespace exchange

} // namespace relais::core
