#include "ImportContext.h"

#include "core/domain/TextFolding.h"

namespace relais::core {

ImportContext::ImportContext(ServiceContext& context, ExchangeRepository& repository, const UserAccount& actor,
                             ImportReport& report, qint64 inputBytes, bool bulkLoad)
    : m_context(context)
    , m_repository(repository)
    , m_actor(actor)
    , m_report(report)
    , m_now(context.clock.nowUtc())
    , m_inputBytes(inputBytes)
    , m_bulkLoad(bulkLoad)
{
}

Status ImportContext::loadReferenceLists()
{
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
    auto users = m_context.reference.users();
    if (!users) {
        return users.error();
    }
    for (const Territory& territory : *territories) {
        m_territories.insert(foldForSearch(territory.name), territory.id);
    }
    for (const Problem& problem : *problems) {
        m_problems.insert(foldForSearch(problem.label), problem.id);
    }
    for (const InterventionType& type : *types) {
        m_types.add(type.code, type.labelFr, type.labelEn);
        m_typeIds.insert(type.code, type.id);
    }
    m_partners = std::move(*partners);
    for (std::size_t i = 0; i < m_partners.size(); ++i) {
        m_partnerIndex.insert(m_partners[i].code.trimmed().toCaseFolded(), i);
    }
    m_programmeList = std::move(*programmes);
    for (const Programme& programme : m_programmeList) {
        m_programmes.add(programme.name, {}, {});
        m_programmeIds.insert(programme.name, programme.id);
        if (programme.isDefault) {
            m_defaultProgrammeId = programme.id;
        }
    }
    for (const UserAccount& user : *users) {
        m_users.insert(user.userName.toCaseFolded(), user);
    }
    return {};
}

namespace {
constexpr qsizetype kListedNewNames = 20;
}

QString ImportContext::printable(const QString& text)
{
    // What the file holds is echoed in messages: its control characters (a
    // terminal's escape sequences, NUL bytes) are shown as \xNN, never sent as they are.
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            shown += c;
        }
    }
    return shown;
}

void ImportContext::problem(int line, const QString& column, const QString& reason)
{
    ++m_report.problemCount;
    if (m_report.problems.size() < static_cast<std::size_t>(ImportService::kKeptProblems)) {
        m_report.problems.push_back(ImportProblem {line, printable(column), printable(reason)});
    }
}

Result<std::optional<qint64>> ImportContext::territory(const QString& name)
{
    const QString folded = foldForSearch(name);
    if (folded.isEmpty()) {
        return std::optional<qint64>();
    }
    if (const auto found = m_territories.constFind(folded); found != m_territories.constEnd()) {
        return std::optional<qint64>(*found);
    }
    Territory territory;
    territory.name = name.simplified();
    if (writing()) {
        if (auto status = m_context.reference.insertTerritory(territory, m_actor.id, m_now); !status) {
            return status.error();
        }
    } else {
        territory.id = --m_provisional;
    }
    ++m_report.newTerritories;
    if (m_report.newTerritoryNames.size() < kListedNewNames) {
        m_report.newTerritoryNames << printable(territory.name);
    }
    m_territories.insert(folded, territory.id);
    return std::optional<qint64>(territory.id);
}

Result<qint64> ImportContext::problemLabelled(const QString& label)
{
    if (const auto known = m_problemTexts.constFind(label); known != m_problemTexts.constEnd()) {
        return *known;
    }
    const QString folded = foldForSearch(label);
    if (const auto found = m_problems.constFind(folded); found != m_problems.constEnd()) {
        m_problemTexts.insert(label, *found);
        return *found;
    }
    Problem problem;
    problem.label = label.simplified();
    if (writing()) {
        if (auto status = m_context.reference.insertProblem(problem, m_actor.id, m_now); !status) {
            return status.error();
        }
    } else {
        problem.id = --m_provisional;
    }
    ++m_report.newProblems;
    if (m_report.newProblemNames.size() < kListedNewNames) {
        m_report.newProblemNames << printable(problem.label);
    }
    m_problems.insert(folded, problem.id);
    m_problemTexts.insert(label, problem.id);
    return problem.id;
}

const Programme* ImportContext::programme(qint64 id) const
{
    for (const Programme& programme : m_programmeList) {
        if (programme.id == id) {
            return &programme;
        }
    }
    return nullptr;
}

const UserAccount* ImportContext::user(const QString& userName) const
{
    const auto found = m_users.constFind(userName.trimmed().toCaseFolded());
    return found == m_users.constEnd() ? nullptr : &*found;
}

const UserAccount* ImportContext::userWithId(qint64 id) const
{
    for (const UserAccount& user : m_users) {
        if (user.id == id) {
            return &user;
        }
    }
    return nullptr;
}

QString ImportContext::userNames() const
{
    QStringList names;
    for (const UserAccount& user : m_users) {
        names << user.userName;
    }
    names.sort(Qt::CaseInsensitive);
    return names.join(QStringLiteral(", "));
}

PartnerOrganisation* ImportContext::partnerWithCode(const QString& code)
{
    const auto found = m_partnerIndex.constFind(code.trimmed().toCaseFolded());
    return found == m_partnerIndex.constEnd() ? nullptr : &m_partners[*found];
}

void ImportContext::rememberPartner(const PartnerOrganisation& partner)
{
    if (PartnerOrganisation* known = partnerWithCode(partner.code)) {
        *known = partner;
        return;
    }
    m_partners.push_back(partner);
    m_partnerIndex.insert(partner.code.trimmed().toCaseFolded(), m_partners.size() - 1);
}

QString ImportContext::partnerCodes() const
{
    QStringList codes;
    for (const PartnerOrganisation& partner : m_partners) {
        codes << partner.code;
    }
    codes.sort(Qt::CaseInsensitive);
    return codes.join(QStringLiteral(", "));
}

Result<std::optional<qint64>> ImportContext::personByRef(const QString& ref)
{
    if (const auto found = m_people.constFind(ref); found != m_people.constEnd()) {
        return *found ? std::optional<qint64>(*found) : std::nullopt;
    }
    auto person = m_repository.findPersonByRef(ref);
    if (!person) {
        return person.error();
    }
    m_people.insert(ref, person->value_or(0));
    return *person;
}

bool RowImporter::readDate(const ImportRow& row, int column, std::optional<QDate>& value)
{
    const QString text = row.value(column);
    if (text.isEmpty()) {
        value.reset();
        return true;
    }
    const auto date = DateParsing::parseDate(text);
    if (!date) {
        problem(row, column,
                ImportContext::tr("\u201c%1\u201d is not a date: %2.").arg(text, DateParsing::expectedDate()));
        return false;
    }
    value = date;
    return true;
}

bool RowImporter::readNumber(const ImportRow& row, int column, int low, int high, std::optional<int>& value)
{
    const QString text = row.value(column);
    if (text.isEmpty()) {
        value.reset();
        return true;
    }
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < low || number > high) {
        problem(row, column,
                ImportContext::tr("\u201c%1\u201d is not a whole number from %2 to %3.").arg(text).arg(low).arg(high));
        return false;
    }
    value = number;
    return true;
}

} // namespace relais::core
