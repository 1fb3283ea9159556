#include "FuzzHarness.h"

#include "core/exchange/CsvReader.h"
#include "core/exchange/ImportService.h"
#include "storage/DataStore.h"
#include "storage/SqliteExchangeRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace relais::fuzz {

namespace {

[[noreturn]] void broken(const char* what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

void require(bool condition, const char* what)
{
    if (!condition) {
        broken(what);
    }
}

class FixedClock final : public core::Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC); }
};

constexpr const char* kPassword = "fuzzing-password";

// Reference rows the fuzzed files can refer to, as the corpus files do
// (tests/data/csv): partners CLSC, SOUPE and MHR, people P01 to P14.
constexpr const char kBasePartners[] = "code,name,kind,territory\nCLSC,CLSC de Magog,santé,Magog\n"
                                       "SOUPE,Soupe populaire,soupe populaire,Magog\n"
                                       "MHR,Maison d'hébergement,maison d'hébergement,Sherbrooke\n";

QByteArray basePeople()
{
    QByteArray text = "last_name,first_name,ref,alias,gender,birth_date,territory\n";
    for (int i = 1; i <= 14; ++i) {
        text += QByteArray("Nom") + QByteArray::number(i) + ",Prénom,P" + (i < 10 ? "0" : "") + QByteArray::number(i)
            + ",,X,1961-04-12,Magog\n";
    }
    return text;
}

// The encrypted store every import input runs against, made once per process.
class ImportBench
{
public:
    static ImportBench& instance()
    {
        static ImportBench bench;
        return bench;
    }

    void run(core::ExchangeKind kind, QByteArrayView bytes)
    {
        // An outer unit of work, never committed: the import nests in it as a
        // savepoint, and dropping it rolls back whatever an accepted import wrote,
        // so every input meets the same database.
        auto outer = m_workspace->context().transactions.begin();
        require(bool(outer), "cannot begin the outer unit of work");
        core::ImportService importer(m_workspace->context(), *m_repository);
        auto report = importer.importData(m_lead, kind, bytes);
        if (!report) {
            // Problems with a file belong in the report, naming line and column; an Error
            // (a storage failure, an impossible state) means the importer let bad input through.
            std::fprintf(stderr, "import error: %s\n", report.error().detail.c_str());
            broken("the import failed with an Error instead of a problem in its report");
        }
        require(report->problemCount >= qint64(report->problems.size()), "problem count below kept problems");
        require(report->problems.size() <= std::size_t(core::ImportService::kKeptProblems), "too many problems kept");
        require(report->rows >= 0 && report->created >= 0 && report->updated >= 0, "negative counts");
        if (report->accepted()) {
            require(report->created + report->updated + report->unchanged <= report->rows,
                    "more records written than read");
        }
        for (const core::ImportProblem& problem : report->problems) {
            require(problem.line >= 1, "a problem without a line");
            require(!problem.reason.isEmpty(), "a problem without a reason");
        }
    }

private:
    ImportBench()
    {
        require(m_dir.isValid(), "no temporary folder");
        const QString path = m_dir.filePath(QStringLiteral("fuzz.db"));
        storage::DataStore::NewStore spec;
        spec.path = path;
        spec.organisation = QStringLiteral("Fuzz");
        spec.adminUserName = QStringLiteral("admin");
        spec.adminPassword = kPassword;
        spec.kdf = storage::KdfParams::fastForTests();
        require(bool(storage::DataStore::create(spec, m_clock)), "cannot create the store");
        {
            auto admin = storage::DataStore::unlock(path, QStringLiteral("admin"), kPassword, m_clock);
            require(bool(admin), "cannot sign in as admin");
            for (auto [name, role] :
                 {std::pair {"lea", core::Role::TeamLead}, std::pair {"marie", core::Role::CaseManager},
                  std::pair {"paul", core::Role::CaseManager}}) {
                require(bool(storage::DataStore::addUser(**admin, QString::fromLatin1(name), role, kPassword,
                                                         storage::KdfParams::fastForTests(), m_clock)),
                        "cannot add a user");
            }
        }
        auto session = storage::DataStore::unlock(path, QStringLiteral("lea"), kPassword, m_clock);
        require(bool(session), "cannot sign in as lea");
        auto workspace = storage::Workspace::open(std::move(*session), m_clock);
        require(bool(workspace), "cannot open the workspace");
        m_workspace = std::move(*workspace);
        m_lead = m_workspace->user();
        m_repository = std::make_unique<storage::SqliteExchangeRepository>(m_workspace->session());
        core::ImportService importer(m_workspace->context(), *m_repository);
        const QByteArray people = basePeople();
        for (auto [kind, text] : {std::pair {core::ExchangeKind::Partners, QByteArrayView(kBasePartners)},
                                  std::pair {core::ExchangeKind::People, QByteArrayView(people)}}) {
            auto report = importer.importData(m_lead, kind, text);
            require(report && report->accepted(), "the base data does not import");
        }
    }

    FixedClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Workspace> m_workspace;
    std::unique_ptr<storage::SqliteExchangeRepository> m_repository;
    core::UserAccount m_lead;
};

void runCsvReader(QByteArrayView bytes)
{
    core::CsvReader reader(bytes);
    int lines = 1;
    for (const char c : bytes) {
        lines += c == '\n' || c == '\r';
    }
    int previous = 0;
    auto error = reader.read([&](const core::CsvRecord& record) {
        require(record.line > previous, "record lines not increasing");
        require(record.line <= lines, "a record line past the end of the file");
        require(!record.fields.isEmpty(), "a record without fields");
        previous = record.line;
        return true;
    });
    if (error) {
        require(error->line >= 1 && error->line <= lines, "a syntax error line outside the file");
        require(!error->reason.isEmpty(), "a syntax error without a reason");
    } else {
        require(reader.position() == reader.size(), "the reader stopped early without an error");
    }
    // A handler that stops at once must stop the reader, with no error.
    core::CsvReader stopping(bytes);
    int calls = 0;
    auto stopped = stopping.read([&](const core::CsvRecord&) {
        ++calls;
        return false;
    });
    require(calls <= 1, "the reader went on after the handler said stop");
    (void)stopped;
}

} // namespace

QString targetName(Target target)
{
    switch (target) {
    case Target::CsvReader:
        return QStringLiteral("csv_reader");
    case Target::Partners:
        return QStringLiteral("import_partners");
    case Target::People:
        return QStringLiteral("import_people");
    case Target::Interventions:
        return QStringLiteral("import_interventions");
    case Target::Cases:
        return QStringLiteral("import_cases");
    }
    return {};
}

std::optional<Target> targetFromName(const QString& name)
{
    for (Target target : kAllTargets) {
        if (targetName(target) == name) {
            return target;
        }
    }
    return std::nullopt;
}

void runOne(Target target, QByteArrayView bytes)
{
    switch (target) {
    case Target::CsvReader:
        runCsvReader(bytes);
        return;
    case Target::Partners:
        ImportBench::instance().run(core::ExchangeKind::Partners, bytes);
        return;
    case Target::People:
        ImportBench::instance().run(core::ExchangeKind::People, bytes);
        return;
    case Target::Interventions:
        ImportBench::instance().run(core::ExchangeKind::Interventions, bytes);
        return;
    case Target::Cases:
        ImportBench::instance().run(core::ExchangeKind::Cases, bytes);
        return;
    }
}

} // namespace relais::fuzz
