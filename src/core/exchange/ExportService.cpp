#include "ExportService.h"

#include "CsvWriter.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <memory>

namespace relais::core {

namespace {

QString day(const std::optional<QDate>& date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

QString number(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

template <typename E> QString code(const std::optional<E>& value)
{
    return value ? codeOf(*value) : QString();
}

// "2026-03-02 14:05" in the organisation's zone; seconds only when there are some.
QString localTime(const QDateTime& utc, const QTimeZone& zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return local.toString(local.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                     : QStringLiteral("yyyy-MM-dd HH:mm"));
}

// Names of a list of ids, sorted so that two databases holding the same records
// write the same text whatever order their reference lists were filled in.
QString joined(const std::vector<qint64>& ids, const QHash<qint64, QString>& names)
{
    QStringList items;
    for (qint64 id : ids) {
        items << names.value(id);
    }
    items.sort(Qt::CaseInsensitive);
    return items.join(QLatin1Char(';'));
}

// One CSV file written whole or not at all.
class CsvFile
{
public:
    CsvFile(const QString& path, char delimiter) : m_file(path)
    {
        m_open = m_file.open(QIODevice::WriteOnly);
        if (m_open) {
            m_writer = std::make_unique<CsvWriter>(m_file, delimiter);
        }
    }
    bool isOpen() const { return m_open; }
    void write(const QStringList& fields) { m_writer->writeRecord(fields); }
    bool commit()
    {
        const bool written = m_writer->flush();
        m_writer.reset();
        return written && m_file.commit();
    }
    QString errorString() const { return m_file.errorString(); }

private:
    QSaveFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
    bool m_open = false;
};

} // namespace

ExportService::ExportService(ServiceContext& context, ExchangeRepository& repository)
    : m_context(context), m_repository(repository), m_audit(context)
{
}

Result<char> ExportService::delimiter()
{
    auto language = m_repository.metaValue(QStringLiteral("language"));
    if (!language) {
        return language.error();
    }
    const QString code = language->trimmed().toLower();
    const bool french = code.isEmpty() ? QLocale::system().language() == QLocale::French : code.startsWith(u"fr");
    return french ? ';' : ',';
}

Result<ExportReport> ExportService::exportTo(const UserAccount& actor, const QString& folder)
{
    ExportReport report;
    report.folder = QDir(folder).absolutePath();
    if (!QDir().mkpath(report.folder)) {
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(report.folder), "export folder");
    }
    auto separator = delimiter();
    if (!separator) {
        return separator.error();
    }
    report.delimiter = *separator;

    auto territories = m_context.reference.territories();
    if (!territories) {
        return territories.error();
    }
    auto problems = m_context.reference.problems();
    if (!problems) {
        return problems.error();
    }
    auto types = m_context.reference.interventionTypes();
    if (!types) {
        return types.error();
    }
    auto partners = m_context.reference.partners();
    if (!partners) {
        return partners.error();
    }
    auto programmes = m_context.reference.programmes();
    if (!programmes) {
        return programmes.error();
    }
    auto users = m_repository.userNames();
    if (!users) {
        return users.error();
    }
    QHash<qint64, QString> territoryNames;
    for (const Territory& territory : *territories) {
        territoryNames.insert(territory.id, territory.name);
    }
    QHash<qint64, QString> problemLabels;
    for (const Problem& problem : *problems) {
        problemLabels.insert(problem.id, problem.label);
    }
    QHash<qint64, QString> typeCodes;
    for (const InterventionType& type : *types) {
        typeCodes.insert(type.id, type.code);
    }
    QHash<qint64, QString> partnerCodes;
    for (const PartnerOrganisation& partner : *partners) {
        partnerCodes.insert(partner.id, partner.code);
    }
    // The default programme is written as "" (what import reads as the default), so
    // that a database whose default programme has another name reads it right.
    QHash<qint64, QString> programmeNames;
    for (const Programme& programme : *programmes) {
        programmeNames.insert(programme.id, programme.isDefault ? QString() : programme.name);
    }
    QHash<qint64, QString> userNames;
    for (const auto& [id, name] : *users) {
        userNames.insert(id, name);
    }
    const QTimeZone zone = m_context.calendar.zone();
    ExportScope scope;
    if (actor.role == Role::CaseManager) {
        scope.caseManagerId = actor.id;
    }
    const bool notesVisible = actor.role != Role::Admin;

    QDir dir(report.folder);
    auto open = [&](ExchangeKind kind) {
        auto file = std::make_unique<CsvFile>(dir.filePath(exchange::fileName(kind)), report.delimiter);
        if (file->isOpen()) {
            file->write(exchange::columnNames(kind));
        }
        return file;
    };
    auto finish = [&](ExchangeKind kind, CsvFile& file) -> Status {
        if (!file.commit()) {
            return makeError(ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(dir.filePath(exchange::fileName(kind)), file.errorString()),
                             "export write failed");
        }
        report.files << dir.filePath(exchange::fileName(kind));
        return {};
    };
    auto cannotOpen = [&](ExchangeKind kind, const CsvFile& file) {
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(dir.filePath(exchange::fileName(kind)), file.errorString()),
                         "export open failed");
    };

    // partners.csv: the directory everyone reads.
    {
        auto file = open(ExchangeKind::Partners);
        if (!file->isOpen()) {
            return cannotOpen(ExchangeKind::Partners, *file);
        }
        for (const PartnerOrganisation& partner : *partners) {
            file->write({partner.code, partner.name, partner.kind,
                         partner.territoryId ? territoryNames.value(*partner.territoryId) : QString(), partner.phone,
                         partner.email, partner.contactName});
            ++report.partners;
        }
        if (auto status = finish(ExchangeKind::Partners, *file); !status) {
            return status.error();
        }
    }

    // people.csv, remembering each person's ref for the files that point at them.
    QHash<qint64, QString> personRefs;
    {
        auto file = open(ExchangeKind::People);
        if (!file->isOpen()) {
            return cannotOpen(ExchangeKind::People, *file);
        }
        auto status = m_repository.eachPerson(scope, [&](const PersonRecord& person) {
            const PersonValues& v = person.values;
            personRefs.insert(person.id, person.ref);
            file->write({person.ref, v.firstName, v.lastName, v.alias, day(v.birthDate), number(v.birthYear),
                         codeOf(v.gender), code(v.language),
                         v.territoryId ? territoryNames.value(*v.territoryId) : QString(), code(v.housingSituation),
                         day(v.housingSince), codeOf(v.residencePermit), v.description, number(v.ageMin),
                         number(v.ageMax), v.phone});
            ++report.people;
            return true;
        });
        if (!status) {
            return status.error();
        }
        if (auto done = finish(ExchangeKind::People, *file); !done) {
            return done.error();
        }
    }

    {
        auto file = open(ExchangeKind::Interventions);
        if (!file->isOpen()) {
            return cannotOpen(ExchangeKind::Interventions, *file);
        }
        auto status = m_repository.eachIntervention(scope, [&](const InterventionRecord& intervention) {
            const InterventionValues& v = intervention.values;
            const auto personRef = personRefs.constFind(v.personId);
            if (personRef == personRefs.constEnd()) {
                return true; // a person outside the export (merged away)
            }
            file->write({intervention.ref, *personRef, localTime(v.occurredAt, zone), userNames.value(v.workerId),
                         v.territoryId ? territoryNames.value(*v.territoryId) : QString(), codeOf(v.placeKind),
                         joined(v.typeIds, typeCodes), joined(v.problemIds, problemLabels),
                         joined(v.partnerIds, partnerCodes), number(v.durationMinutes),
                         notesVisible ? v.note : QString(), v.placeName});
            ++report.interventions;
            return true;
        });
        if (!status) {
            return status.error();
        }
        if (auto done = finish(ExchangeKind::Interventions, *file); !done) {
            return done.error();
        }
    }

    {
        auto file = open(ExchangeKind::Cases);
        if (!file->isOpen()) {
            return cannotOpen(ExchangeKind::Cases, *file);
        }
        auto status = m_repository.eachCase(scope, [&](const CaseRecord& value) {
            const CaseValues& v = value.values;
            const auto personRef = personRefs.constFind(v.personId);
            if (personRef == personRefs.constEnd()) {
                return true;
            }
            file->write({*personRef, programmeNames.value(v.programmeId),
                         v.caseManagerId ? userNames.value(*v.caseManagerId) : QString(), day(v.openedOn),
                         codeOf(v.stage), codeOf(v.status), day(v.admittedOn), day(v.closedOn),
                         v.exitReason ? codeOf(*v.exitReason) : QString(),
                         v.exitHousing ? codeOf(*v.exitHousing) : QString()});
            ++report.cases;
            return true;
        });
        if (!status) {
            return status.error();
        }
        if (auto done = finish(ExchangeKind::Cases, *file); !done) {
            return done.error();
        }
    }

    auto unit = m_context.transactions.begin();
    if (!unit) {
        return unit.error();
    }
    if (auto status = m_audit.record(actor, QStringLiteral("export"), {}, {},
                                     {QStringLiteral("partners=%1").arg(report.partners),
                                      QStringLiteral("people=%1").arg(report.people),
                                      QStringLiteral("interventions=%1").arg(report.interventions),
                                      QStringLiteral("cases=%1").arg(report.cases)});
        !status) {
        return status.error();
    }
    if (auto status = (*unit)->commit(); !status) {
        return status.error();
    }
    return report;
}

} // namespace relais::core
