#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace relais::fuzz {

// What the fuzz targets exercise, one libFuzzer executable each (tests/fuzz/CMakeLists.txt),
// and the names of their folders under tests/fuzz/corpus and tests/fuzz/regressions.
enum class Target { CsvReader, Partners, People, Interventions, Cases };

inline constexpr Target kAllTargets[]
    = {Target::CsvReader, Target::Partners, Target::People, Target::Interventions, Target::Cases};

QString targetName(Target target); // "csv_reader", "import_partners", ...
std::optional<Target> targetFromName(const QString& name);

// Runs one input through the target. Returns normally when the code under test
// behaved (whatever it thought of the input); a broken invariant aborts with a
// message, so that libFuzzer and the Catch2 replay both report it. The importers
// run through the real ImportService, as the team lead, over an encrypted
// database created once per process (partners and people already imported so
// that references resolve); each input's writes are rolled back afterwards.
void runOne(Target target, QByteArrayView bytes);

} // namespace relais::fuzz
