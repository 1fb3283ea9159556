// relais-bench: the performance benchmark (issue 9, docs/performance.md).
//   relais-bench [--people N] [--interventions M] [--seed S] [--json FILE]
//                [--runs R] [--import-runs R] [--cache DIR] [--scaling]
// Generates (or reuses, keyed by scale and seed) an encrypted database and its
// unencrypted copy, times every measure against its baseline, prints a table and
// writes the JSON. Not run by the tests (one tiny smoke run apart).

#include "BenchOptions.h"
#include "BenchRunner.h"
#include "GuiMemoryProbe.h"
#include "core/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The generated accounts use the minimal password-hashing cost: the benchmark
    // times the unlock from the raw data key, not Argon2id (docs/security.md).
    qputenv("RELAIS_KDF", "fast");

    if (argc == 4 && std::string_view(argv[1]) == "--gui-probe") {
        QApplication app(argc, argv);
        return relais::bench::GuiMemoryProbe::runChild(QString::fromLocal8Bit(argv[2]),
                                                       std::string_view(argv[3]) == "encrypted");
    }

    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"relais-bench"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times Relais at the scale of a large organisation (docs/performance.md)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"people"_s, u"People to generate (default 50000)."_s, u"N"_s},
        {u"interventions"_s, u"Interventions to generate (default 1000000)."_s, u"M"_s},
        {u"seed"_s, u"Seed of the generator (default 1)."_s, u"S"_s},
        {u"json"_s, u"Write the figures to FILE as JSON."_s, u"FILE"_s},
        {u"runs"_s, u"Repetitions of each measure (default 5)."_s, u"R"_s},
        {u"import-runs"_s, u"Repetitions of the import (default 3)."_s, u"R"_s},
        {u"cache"_s, u"Folder of generated databases (default $TMPDIR/relais-bench)."_s, u"DIR"_s},
        {u"scaling"_s, u"Also time the report at 10% and 30% of the interventions."_s},
        {u"only"_s, u"Only these groups, comma-separated: unlock, search, file, dashboard, report, gui, import."_s,
         u"GROUPS"_s},
    });
    parser.process(app);

    relais::bench::BenchOptions options;
    bool ok = true;
    auto number = [&](const QString& name, qint64 fallback, qint64 low) {
        if (!parser.isSet(name)) {
            return fallback;
        }
        bool parsed = false;
        const qint64 value = parser.value(name).toLongLong(&parsed);
        if (!parsed || value < low || value > 100'000'000) {
            ok = false;
        }
        return value;
    };
    options.people = static_cast<int>(number(u"people"_s, options.people, 10));
    options.interventions = static_cast<int>(number(u"interventions"_s, options.interventions, 400));
    options.seed = static_cast<quint64>(number(u"seed"_s, static_cast<qint64>(options.seed), 0));
    options.runs = static_cast<int>(number(u"runs"_s, options.runs, 1));
    options.importRuns = static_cast<int>(number(u"import-runs"_s, options.importRuns, 1));
    if (!ok) {
        std::fprintf(stderr, "relais-bench: --people (>= 10), --interventions (>= 400), --seed, --runs and "
                             "--import-runs take whole numbers\n");
        return 1;
    }
    options.json = parser.value(u"json"_s);
    options.cacheRoot = parser.isSet(u"cache"_s) ? parser.value(u"cache"_s)
                                                 : QDir(QDir::tempPath()).filePath(u"relais-bench"_s);
    options.scaling = parser.isSet(u"scaling"_s);
    if (parser.isSet(u"only"_s)) {
        options.only = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    }

    QTextStream out(stdout);
    QTextStream log(stderr);
    relais::core::SystemClock clock;
    relais::bench::BenchRunner runner(options, clock, out, log, QCoreApplication::applicationFilePath());
    if (auto status = runner.run(); !status) {
        log << "relais-bench: " << status.error().userMessage << " (" << QString::fromStdString(status.error().detail)
            << ")" << Qt::endl;
        return 2;
    }
    return 0;
}
