#include "RowImporters.h"

namespace relais::core {

namespace {

bool isOpen(CaseStatus status)
{
    return status == CaseStatus::Intake || status == CaseStatus::WaitingList || status == CaseStatus::Active;
}

// The statuses a case may have at a stage (data dictionary, case_file.status).
bool fits(Stage stage, CaseStatus status)
{
    switch (stage) {
    case Stage::Intake:
        return status == CaseStatus::Intake || status == CaseStatus::WaitingList || status == CaseStatus::Declined;
    case Stage::Assessment:
    case Stage::Planning:
    case Stage::Monitoring:
    case Stage::Evaluation:
        return status == CaseStatus::Active;
    case Stage::Exit:
        return status == CaseStatus::Closed;
    }
    return false;
}

CaseStatus statusAt(Stage stage)
{
    switch (stage) {
    case Stage::Intake:
        return CaseStatus::Intake;
    case Stage::Exit:
        return CaseStatus::Closed;
    default:
        return CaseStatus::Active;
    }
}

// cases.csv: matched by person, programme and opening date. A case is placed at
// its stage directly, as history (one stage_transition row, action "imported");
// the stage guards apply only to its later steps. The caseload cap applies: an
// active case beyond a case manager's cap in its programme is refused on its line.
class CaseImporter final : public RowImporter
{
public:
    // In the order of exchange::columns(ExchangeKind::Cases).
    enum Column {
        PersonRef,
        ProgrammeName,
        CaseManager,
        OpenedOn,
        StageColumn,
        StatusColumn,
        AdmittedOn,
        ClosedOn,
        ExitReasonColumn,
        ExitHousing,
    };

    explicit CaseImporter(ImportContext& context)
        : RowImporter(context)
        , m_stages(ValueMatcher::stages())
        , m_statuses(ValueMatcher::forCodes<CaseStatus>())
        , m_exitReasons(ValueMatcher::forCodes<ExitReason>())
        , m_housing(ValueMatcher::housingSituations())
    {
    }

    Status prepare() override
    {
        auto cases = m_context.repository().cases();
        if (!cases) {
            return cases.error();
        }
        for (CaseRecord& record : *cases) {
            remember(Known {std::move(record), 0});
        }
        return {};
    }

    Status importRow(const ImportRow& row) override
    {
        ImportReport& report = m_context.report();
        const qint64 problemsBefore = report.problemCount;
        CaseValues values;

        const QString personRef = row.value(PersonRef);
        if (personRef.isEmpty()) {
            problem(row, PersonRef, ImportContext::tr("Give the ref of the person followed (from people.csv)."));
        } else {
            auto person = m_context.personByRef(personRef);
            if (!person) {
                return person.error();
            }
            if (*person) {
                values.personId = **person;
            } else {
                problem(row, PersonRef,
                        ImportContext::tr("No person has the ref “%1”: import people.csv first.").arg(personRef));
            }
        }
        const QString programmeName = row.value(ProgrammeName);
        values.programmeId = m_context.defaultProgrammeId();
        if (!programmeName.isEmpty()) {
            const auto name = m_context.programmes().match(programmeName);
            if (name) {
                values.programmeId = m_context.programmeId(*name);
            } else {
                problem(row, ProgrammeName, m_context.programmes().unknownValue(programmeName));
            }
        }
        const QString managerName = row.value(CaseManager);
        const UserAccount* manager = nullptr;
        if (!managerName.isEmpty()) {
            manager = m_context.user(managerName);
            if (!manager) {
                problem(row, CaseManager,
                        ImportContext::tr("No account has the user name “%1”. Accounts: %2.")
                            .arg(managerName, m_context.userNames()));
            } else if (manager->role == Role::Admin) {
                problem(
                    row, CaseManager,
                    ImportContext::tr("%1 is an administrator: a case is followed by a case manager or a team lead.")
                        .arg(manager->userName));
                manager = nullptr;
            } else {
                values.caseManagerId = manager->id;
            }
        }
        const QString opened = row.value(OpenedOn);
        if (opened.isEmpty()) {
            problem(row, OpenedOn,
                    ImportContext::tr("Give the day the case was opened: %1.").arg(DateParsing::expectedDate()));
        } else if (std::optional<QDate> date; readDate(row, OpenedOn, date) && date) {
            values.openedOn = *date;
            if (values.openedOn > m_context.calendar().today(m_context.services().clock)) {
                problem(row, OpenedOn, ImportContext::tr("The case cannot open in the future."));
            }
        }
        const QString stageText = row.value(StageColumn);
        std::optional<Stage> stage;
        if (stageText.isEmpty()) {
            problem(row, StageColumn,
                    ImportContext::tr("Give the stage. Accepted: %1.").arg(m_stages.acceptedValues()));
        } else {
            readCode(row, StageColumn, m_stages, stage);
        }
        std::optional<CaseStatus> status;
        readCode(row, StatusColumn, m_statuses, status);
        if (report.problemCount != problemsBefore || !stage) {
            return {};
        }
        values.stage = *stage;
        const Known* existing = find(values.personId, values.programmeId, values.openedOn);
        if (status && !fits(*stage, *status)) {
            problem(row, StatusColumn,
                    ImportContext::tr("A case at stage %1 cannot have the status %2.")
                        .arg(codeOf(*stage), codeOf(*status)));
            return {};
        }
        // A waiting or declined candidate stays so when the file only says "intake".
        values.status = status
            ? *status
            : (existing && fits(*stage, existing->record.values.status) ? existing->record.values.status
                                                                        : statusAt(*stage));
        if (!row.has(CaseManager) && existing) {
            values.caseManagerId = existing->record.values.caseManagerId;
        }
        readDays(row, values, existing);
        readExit(row, values, existing);
        if (report.problemCount != problemsBefore) {
            return {};
        }
        if (values.status == CaseStatus::Active && !values.caseManagerId) {
            problem(row, row.has(CaseManager) ? CaseManager : StageColumn,
                    ImportContext::tr("An admitted case needs its case manager."));
            return {};
        }
        if (existing && existing->line > 0) {
            problem(row, PersonRef,
                    ImportContext::tr("The same case (person, programme and opening day) is already on "
                                      "line %1.")
                        .arg(existing->line));
            return {};
        }
        if (isOpen(values.status)) {
            if (const Known* other = openCaseOf(values.personId, values.programmeId, existing); other) {
                const QString openedOn = other->record.values.openedOn.toString(Qt::ISODate);
                problem(row, PersonRef,
                        other->line > 0
                            ? ImportContext::tr("This person already has an open case in this programme on line %1 "
                                                "(opened on %2): one open case per person and programme.")
                                  .arg(other->line)
                                  .arg(openedOn)
                            : ImportContext::tr("This person already has an open case in this programme, opened on "
                                                "%1.")
                                  .arg(openedOn));
                return {};
            }
        }
        if (values.status == CaseStatus::Active) {
            if (!checkCap(row, values, existing)) {
                return {};
            }
        }

        if (existing) {
            const CaseValues before = existing->record.values;
            if (values == before) {
                ++report.unchanged;
                markSeen(existing, row.line());
                return {};
            }
            ++report.updated;
            CaseRecord record = existing->record;
            record.values = values;
            if (m_context.writing()) {
                if (auto saved = m_context.repository().updateCase(record, before, QStringLiteral("imported"),
                                                                   m_context.actor().id, m_context.now());
                    !saved) {
                    return saved;
                }
            }
            replace(existing, Known {std::move(record), row.line()});
            return {};
        }
        ++report.created;
        CaseRecord record {0, {}, values};
        if (m_context.writing()) {
            if (auto saved = m_context.repository().insertCase(record, QStringLiteral("imported"), m_context.actor().id,
                                                               m_context.now());
                !saved) {
                return saved;
            }
        }
        remember(Known {std::move(record), row.line()});
        return {};
    }

private:
    struct Known
    {
        CaseRecord record;
        int line = 0; // the line of the file that wrote it; 0 for a case already in the database
    };

    static QString keyOf(qint64 personId, qint64 programmeId, const QDate& openedOn)
    {
        return QString::number(personId) + QLatin1Char('/') + QString::number(programmeId) + QLatin1Char('/')
            + openedOn.toString(Qt::ISODate);
    }

    void remember(Known known)
    {
        const CaseValues& values = known.record.values;
        m_byKey.insert(keyOf(values.personId, values.programmeId, values.openedOn), m_known.size());
        m_byPerson.insert(values.personId, m_known.size());
        m_known.push_back(std::move(known));
    }

    void replace(const Known* existing, Known known)
    {
        m_known[static_cast<std::size_t>(existing - m_known.data())] = std::move(known);
    }

    void markSeen(const Known* existing, int line)
    {
        m_known[static_cast<std::size_t>(existing - m_known.data())].line = line;
    }

    const Known* find(qint64 personId, qint64 programmeId, const QDate& openedOn) const
    {
        const auto found = m_byKey.constFind(keyOf(personId, programmeId, openedOn));
        return found == m_byKey.constEnd() ? nullptr : &m_known[*found];
    }

    const Known* openCaseOf(qint64 personId, qint64 programmeId, const Known* except) const
    {
        for (auto it = m_byPerson.constFind(personId); it != m_byPerson.constEnd() && it.key() == personId; ++it) {
            const Known& other = m_known[*it];
            if (&other != except && other.record.values.programmeId == programmeId
                && isOpen(other.record.values.status)) {
                return &other;
            }
        }
        return nullptr;
    }

    // The day columns: admitted_on for an admitted case and closed_on for a closed
    // one, each the opening day when the file does not give it.
    void readDays(const ImportRow& row, CaseValues& values, const Known* existing)
    {
        const bool admitted = values.stage != Stage::Intake;
        const bool closed = values.status == CaseStatus::Closed || values.status == CaseStatus::Declined;
        auto day = [&](int column, std::optional<QDate> kept) -> std::optional<QDate> {
            if (!row.has(column)) {
                return kept;
            }
            std::optional<QDate> date;
            readDate(row, column, date);
            return date;
        };
        values.admittedOn = day(AdmittedOn, existing ? existing->record.values.admittedOn : std::nullopt);
        values.closedOn = day(ClosedOn, existing ? existing->record.values.closedOn : std::nullopt);
        if (!admitted) {
            values.admittedOn.reset();
        } else if (!values.admittedOn) {
            values.admittedOn = values.openedOn;
        }
        if (!closed) {
            values.closedOn.reset();
        } else if (!values.closedOn) {
            values.closedOn = values.admittedOn.value_or(values.openedOn);
        }
        if (values.admittedOn && *values.admittedOn < values.openedOn) {
            problem(row, AdmittedOn, ImportContext::tr("The case is admitted before it was opened."));
        }
        if (values.closedOn && *values.closedOn < values.admittedOn.value_or(values.openedOn)) {
            problem(row, ClosedOn, ImportContext::tr("The case closes before it was opened or admitted."));
        }
    }

    // How a closed case ended (exit_reason, exit_housing): kept when the column is
    // absent; only a case that left through exit may have them.
    void readExit(const ImportRow& row, CaseValues& values, const Known* existing)
    {
        if (row.has(ExitReasonColumn)) {
            values.exitReason.reset();
            readCode(row, ExitReasonColumn, m_exitReasons, values.exitReason);
        } else if (existing) {
            values.exitReason = existing->record.values.exitReason;
        }
        if (row.has(ExitHousing)) {
            values.exitHousing.reset();
            readCode(row, ExitHousing, m_housing, values.exitHousing);
        } else if (existing) {
            values.exitHousing = existing->record.values.exitHousing;
        }
        if (values.status != CaseStatus::Closed) {
            for (const auto& [column, given] : {std::pair {ExitReasonColumn, values.exitReason.has_value()},
                                                std::pair {ExitHousing, values.exitHousing.has_value()}}) {
                if (given && row.has(column) && !row.value(column).isEmpty()) {
                    problem(row, column,
                            ImportContext::tr("Only a closed case (stage exit) has an exit reason or "
                                              "destination."));
                }
            }
            values.exitReason.reset();
            values.exitHousing.reset();
        }
    }

    // The rule of CaseService::checkCap, counted over the database and the file so far.
    bool checkCap(const ImportRow& row, const CaseValues& values, const Known* existing)
    {
        const Programme* programme = m_context.programme(values.programmeId);
        if (!programme || !values.caseManagerId) {
            return true;
        }
        int active = 0;
        for (const Known& other : m_known) {
            if (&other != existing && other.record.values.status == CaseStatus::Active
                && other.record.values.caseManagerId == values.caseManagerId
                && other.record.values.programmeId == values.programmeId) {
                ++active;
            }
        }
        if (active < programme->caseloadCap) {
            return true;
        }
        const UserAccount* manager = m_context.userWithId(*values.caseManagerId);
        problem(row, row.has(CaseManager) ? CaseManager : StageColumn,
                ImportContext::tr("%1 already follows %2 active cases in “%3”; the programme's cap is %4. Put "
                                  "the case at intake (waiting list) or give it to another case manager.")
                    .arg(manager ? manager->displayName : QString::number(*values.caseManagerId))
                    .arg(active)
                    .arg(programme->name)
                    .arg(programme->caseloadCap));
        return false;
    }

    ValueMatcher m_stages;
    ValueMatcher m_statuses;
    ValueMatcher m_exitReasons;
    ValueMatcher m_housing;
    std::vector<Known> m_known;
    QHash<QString, std::size_t> m_byKey;
    QMultiHash<qint64, std::size_t> m_byPerson;
};

} // namespace

std::unique_ptr<RowImporter> makeCaseImporter(ImportContext& context)
{
    return std::make_unique<CaseImporter>(context);
}

} // namespace relais::core
