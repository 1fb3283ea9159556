#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QString>

#include <functional>

namespace relais::app {

// Builds a realistic synthetic database through the real services (so every rule
// holds): a team lead, case managers, partners, territories with skewed shares,
// French and English names with accents, anonymous outreach contacts, a year of
// interventions and cases at every stage. The same seed gives the same content
// (UUIDs apart).
class DemoGenerator
{
public:
    struct Options
    {
        QString path;
        int people = 300;
        int interventions = 3000;
        quint64 seed = 1;
        int days = 365; // history length, ending now
        // The bulk path (large databases, relais-bench): the people, partners and
        // interventions are written as spreadsheets and loaded through the import
        // (storage's bulk load), cases through the cases import and CaseService.
        bool bulk = false;
        int years = 8;        // bulk: history length in years, ending now
        int caseManagers = 0; // bulk: 0 = one per 500 people, 4 to 100
        QString csvDir;       // bulk: when set, the generated spreadsheets are kept there
    };

    struct Summary
    {
        int people = 0;
        int interventions = 0;
        int cases = 0;
    };

    // Password of every demo account (admin, lea, and the case managers).
    static constexpr const char* kPassword = "relais-demo";
    static constexpr const char* kTeamLead = "lea";

    static core::Result<Summary> generate(const Options& options, const core::Clock& clock,
                                          const std::function<void(int percent)>& progress = {});

private:
    static core::Result<Summary> generateBulk(const Options& options, const core::Clock& clock,
                                              const std::function<void(int percent)>& progress);
};

} // namespace relais::app
