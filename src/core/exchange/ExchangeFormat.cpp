#include "ExchangeFormat.h"

#include <array>

namespace relais::core::exchange {

namespace {

// The columns first, in its order; then the optional ones export adds.
constexpr std::array kPartnerColumns = {
    ExchangeColumn {"code", true},          ExchangeColumn {"name", true},   ExchangeColumn {"kind", false},
    ExchangeColumn {"territory", false},    ExchangeColumn {"phone", false}, ExchangeColumn {"email", false},
    ExchangeColumn {"contact_name", false},
};

constexpr std::array kPeopleColumns = {
    ExchangeColumn {"ref", true},
    ExchangeColumn {"first_name", false},
    ExchangeColumn {"last_name", false},
    ExchangeColumn {"alias", false},
    ExchangeColumn {"birth_date", false},
    ExchangeColumn {"birth_year", false},
    ExchangeColumn {"gender", false},
    ExchangeColumn {"language", false},
    ExchangeColumn {"territory", false},
    ExchangeColumn {"housing_situation", false},
    ExchangeColumn {"housing_since", false},
    ExchangeColumn {"residence_permit", false},
    ExchangeColumn {"description", false},
    ExchangeColumn {"age_min", false},
    ExchangeColumn {"age_max", false},
    ExchangeColumn {"phone", false},
};

constexpr std::array kInterventionColumns = {
    ExchangeColumn {"ref", true},          ExchangeColumn {"person_ref", true},
    ExchangeColumn {"date", true},         ExchangeColumn {"worker", true},
    ExchangeColumn {"territory", false},   ExchangeColumn {"place", false},
    ExchangeColumn {"types", true},        ExchangeColumn {"problems", false},
    ExchangeColumn {"referred_to", false}, ExchangeColumn {"duration_minutes", false},
    ExchangeColumn {"note", false},        ExchangeColumn {"place_name", false},
};

constexpr std::array kCaseColumns = {
    ExchangeColumn {"person_ref", true},    ExchangeColumn {"programme", false}, ExchangeColumn {"case_manager", false},
    ExchangeColumn {"opened_on", true},     ExchangeColumn {"stage", true},      ExchangeColumn {"status", false},
    ExchangeColumn {"admitted_on", false},  ExchangeColumn {"closed_on", false}, ExchangeColumn {"exit_reason", false},
    ExchangeColumn {"exit_housing", false},
};

} // namespace

QString kindName(ExchangeKind kind)
{
    switch (kind) {
    case ExchangeKind::Partners:
        return QStringLiteral("partners");
    case ExchangeKind::People:
        return QStringLiteral("people");
    case ExchangeKind::Interventions:
        return QStringLiteral("interventions");
    case ExchangeKind::Cases:
        return QStringLiteral("cases");
    }
    return {};
}

std::optional<ExchangeKind> kindFromName(const QString& name)
{
    for (ExchangeKind kind : kAllKinds) {
        if (name.trimmed().compare(kindName(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString fileName(ExchangeKind kind)
{
    return kindName(kind) + QStringLiteral(".csv");
}

std::span<const ExchangeColumn> columns(ExchangeKind kind)
{
    switch (kind) {
    case ExchangeKind::Partners:
        return kPartnerColumns;
    case ExchangeKind::People:
        return kPeopleColumns;
    case ExchangeKind::Interventions:
        return kInterventionColumns;
    case ExchangeKind::Cases:
        return kCaseColumns;
    }
    return {};
}

QStringList columnNames(ExchangeKind kind)
{
    QStringList names;
    for (const ExchangeColumn& column : columns(kind)) {
        names << QString::fromLatin1(column.name);
    }
    return names;
}

} // namespace relais::core::exchange
