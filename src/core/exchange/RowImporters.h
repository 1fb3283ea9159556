#pragma once

#include "ExchangeFormat.h"
#include "ImportContext.h"

#include <memory>

namespace relais::core {

// One importer per kind, each in its own file; the service picks one.
std::unique_ptr<RowImporter> makePartnerImporter(ImportContext& context);
std::unique_ptr<RowImporter> makePeopleImporter(ImportContext& context);
std::unique_ptr<RowImporter> makeInterventionImporter(ImportContext& context);
std::unique_ptr<RowImporter> makeCaseImporter(ImportContext& context);

inline std::unique_ptr<RowImporter> makeRowImporter(ExchangeKind kind, ImportContext& context)
{
    switch (kind) {
    case ExchangeKind::Partners:
        return makePartnerImporter(context);
    case ExchangeKind::People:
        return makePeopleImporter(context);
    case ExchangeKind::Interventions:
        return makeInterventionImporter(context);
    case ExchangeKind::Cases:
        return makeCaseImporter(context);
    }
    return nullptr;
}

} // namespace relais::core
