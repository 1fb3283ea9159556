// relais report: the activity report of a period as PDF, and optionally JSON and
// CSV (issue 5). The figures come from StatisticsService; src/report draws them.

#include "Cli.h"
#include "CliSupport.h"

#include "ExitCode.h"
#include "core/domain/TextFolding.h"
#include "i18n/Translations.h"
#include "report/ReportCsv.h"
#include "report/ReportJson.h"
#include "report/ReportOptions.h"
#include "report/ReportPdf.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace relais::app {

using core::ErrorCode;

namespace {

// A day written exactly YYYY-MM-DD (QDate's ISO parsing alone would take more shapes).
std::optional<QDate> parseDay(const QString& text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch()) {
        return std::nullopt;
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}


template <typename Entry> QStringList namesOf(const std::vector<Entry>& entries)
{
    QStringList names;
    for (const Entry& entry : entries) {
        names << entry.name;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

// The entry whose name matches `name` as search does ("montreal" finds "Montréal").
template <typename Entry> const Entry* findByName(const std::vector<Entry>& entries, const QString& name)
{
    const QString wanted = core::foldForSearch(name);
    for (const Entry& entry : entries) {
        if (core::foldForSearch(entry.name) == wanted) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

int Cli::runReport(const QStringList& arguments)
{
    Command command({{"db", u"FILE"_s},
                     {"as", u"USER"_s},
                     {"from", u"YYYY-MM-DD"_s},
                     {"to", u"YYYY-MM-DD"_s},
                     {"out", u"FILE.pdf"_s}});
    command.addOptional("json", u"FILE.json"_s);
    command.addOptional("csv", u"DIR"_s);
    command.addOptional("lang", u"fr|en"_s);
    command.addOptional("programme", u"NAME"_s);
    command.addOptional("territory", u"NAME"_s);
    command.addFlag("suppress-small");
    if (const QString problem = command.parse(arguments); !problem.isEmpty()) {
        return usageError(problem);
    }

    // Everything that can be wrong with the request is said before the password is asked.
    const auto from = parseDay(command.value("from"));
    if (!from) {
        return usageError(
            tr("--from must be a date written YYYY-MM-DD, such as 2025-04-01 (got %1).").arg(command.value("from")));
    }
    const auto to = parseDay(command.value("to"));
    if (!to) {
        return usageError(
            tr("--to must be a date written YYYY-MM-DD, such as 2026-03-31 (got %1).").arg(command.value("to")));
    }
    const core::ReportPeriod period {*from, *to};
    if (!period.isValid()) {
        return usageError(tr("The period starts after it ends: --from %1 is after --to %2.")
                              .arg(command.value("from"), command.value("to")));
    }
    std::optional<QLocale::Language> language;
    if (command.isSet("lang")) {
        const QString lang = command.value("lang").toLower();
        if (lang != u"fr"_s && lang != u"en"_s) {
            return usageError(tr("--lang takes fr or en (got %1).").arg(command.value("lang")));
        }
        language = lang == u"fr"_s ? QLocale::French : QLocale::English;
    }
    if (command.isSet("programme") && command.isSet("territory")) {
        return usageError(tr("Give --programme or --territory, not both."));
    }
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        // QPdfWriter needs a QGuiApplication; main() creates one (offscreen) for this command.
        return fail(core::makeError(ErrorCode::Internal,
                                    tr("This program cannot draw PDF files (no graphics support)."),
                                    "relais report run without a QGuiApplication"));
    }

    auto session = signIn(databasePath(command), command.value("as"), m_secrets, m_err, m_clock);
    if (!session) {
        return fail(session.error());
    }
    storage::Workspace& workspace = **session;

    core::StatisticsFilter filter;
    if (command.isSet("programme")) {
        auto programmes = workspace.reference().programmes();
        if (!programmes) {
            return fail(programmes.error());
        }
        const core::Programme* programme = findByName(*programmes, command.value("programme"));
        if (programme == nullptr) {
            return fail(core::makeError(ErrorCode::InputRejected,
                                        tr("There is no programme named %1. Programmes: %2.")
                                            .arg(command.value("programme"), namesOf(*programmes).join(u", "_s))));
        }
        filter.programmeId = programme->id;
    }
    if (command.isSet("territory")) {
        auto territories = workspace.reference().territories();
        if (!territories) {
            return fail(territories.error());
        }
        const core::Territory* territory = findByName(*territories, command.value("territory"));
        if (territory == nullptr) {
            return fail(core::makeError(ErrorCode::InputRejected,
                                        tr("There is no territory named %1. Territories: %2.")
                                            .arg(command.value("territory"), namesOf(*territories).join(u", "_s))));
        }
        filter.territoryId = territory->id;
    }

    auto report = workspace.statistics().activityReport(workspace.user(), period, filter);
    if (!report) {
        return fail(report.error()); // a case manager gets PermissionDenied: exit 5
    }

    // In the interface's language, not the report's: it is said to the person at the keyboard.
    m_err << tr("Exported files are not encrypted: keep them safe, and delete them when they are no longer needed.")
          << '\n';
    m_err.flush();

    // No organisation language is recorded in the database: the computer's decides.
    const QLocale::Language reportLanguage
        = language.value_or(QLocale::system().name().startsWith(u"fr"_s) ? QLocale::French : QLocale::English);
    const i18n::ScopedLanguage scope(reportLanguage);
    report::ReportOptions options;
    options.locale = i18n::localeFor(reportLanguage);
    options.smallCountThreshold = command.isSet("suppress-small") ? report::kDefaultSmallCountThreshold : 0;
    options.generatedOn = workspace.context().calendar.today(m_clock);

    QStringList written;
    QStringList formats;
    const QString pdfPath = QFileInfo(command.value("out")).absoluteFilePath();
    if (auto status = report::ReportPdf::write(*report, pdfPath, options); !status) {
        return fail(status.error());
    }
    written << pdfPath;
    formats << u"pdf"_s;
    if (command.isSet("json")) {
        const QString jsonPath = QFileInfo(command.value("json")).absoluteFilePath();
        if (auto status = report::ReportJson::write(*report, jsonPath, options); !status) {
            return fail(status.error());
        }
        written << jsonPath;
        formats << u"json"_s;
    }
    if (command.isSet("csv")) {
        auto files = report::ReportCsv::write(*report, QFileInfo(command.value("csv")).absoluteFilePath(), options);
        if (!files) {
            return fail(files.error());
        }
        written << *files;
        formats << u"csv"_s;
    }
    // Which formats left the encrypted store, not what they hold.
    (void)workspace.audit().record(workspace.user(), u"report.export"_s, u"report"_s, QString(), formats);

    for (const QString& path : std::as_const(written)) {
        m_out << path << '\n';
    }
    m_out.flush();
    return kExitOk;
}

} // namespace relais::app
