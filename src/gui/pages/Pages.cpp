#include "Pages.h"

#include "IncomingReferralDialog.h"

#include "gui/Labels.h"
#include "storage/Workspace.h"

#include <QBrush>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QStandardItem>

#include <map>

namespace relais::gui {

namespace {

QString shortDate(const std::optional<QDate>& date)
{
    return date ? QLocale().toString(*date, QLocale::ShortFormat) : QString();
}

// Day and minute in local time: seconds mean nothing to a reader of a contact list.
QString shortDateTime(const QDateTime& moment)
{
    const QDateTime local = moment.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + local.time().toString(QStringLiteral("HH:mm"));
}

// Names of people and users, looked up once per refresh.
class Names
{
public:
    explicit Names(storage::Workspace& workspace)
        : m_workspace(workspace)
    {
        if (auto users = workspace.reference().users()) {
            for (const core::UserAccount& user : *users) {
                m_users[user.id] = user.userName;
            }
        }
    }
    QString person(qint64 id)
    {
        auto found = m_people.find(id);
        if (found == m_people.end()) {
            auto summary = m_workspace.people().summary(m_workspace.user(), id);
            found = m_people.emplace(id, summary ? *summary : core::PersonSummary{}).first;
        }
        return found->second.displayName;
    }
    QString alert(qint64 id)
    {
        person(id);
        return m_people[id].safetyAlert;
    }
    QString user(std::optional<qint64> id) const
    {
        if (!id) {
            return {};
        }
        auto found = m_users.find(*id);
        return found == m_users.end() ? QString() : found->second;
    }

private:
    storage::Workspace& m_workspace;
    std::map<qint64, core::PersonSummary> m_people;
    std::map<qint64, QString> m_users;
};

QPushButton* actionButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace

CaseloadPage::CaseloadPage(storage::Workspace& workspace, QWidget* parent)
    : ListPage(workspace, tr("My caseload"), QStringLiteral("caseloadPage"), parent)
{
    setHeaders({tr("Person"), tr("Programme"), tr("Stage"), tr("Status"), tr("Next contact due"), tr("Case manager"),
                tr("Safety alert")});
    if (workspace.user().role == core::Role::TeamLead) {
        m_manager = new QComboBox(this);
        m_manager->setObjectName(QStringLiteral("caseManagerComboBox"));
        m_manager->setAccessibleName(tr("Case manager whose caseload is shown"));
        m_manager->addItem(tr("All case managers"), 0);
        if (auto users = workspace.reference().users()) {
            for (const core::UserAccount& user : *users) {
                if (user.role != core::Role::Admin) {
                    m_manager->addItem(user.userName, user.id);
                }
            }
        }
        m_manager->setCurrentIndex(0);
        m_actions->insertWidget(0, m_manager);
        connect(m_manager, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    }
}

void CaseloadPage::refresh()
{
    // A team lead sees everyone's caseload at once (id 0) or one case manager's.
    std::vector<qint64> managerIds;
    const qint64 chosen = m_manager ? m_manager->currentData().toLongLong() : m_workspace.user().id;
    if (chosen == 0 && m_manager) {
        for (int i = 1; i < m_manager->count(); ++i) {
            managerIds.push_back(m_manager->itemData(i).toLongLong());
        }
    } else {
        managerIds.push_back(chosen);
    }
    const QDate today = m_workspace.context().calendar.today(m_workspace.context().clock);
    Names names(m_workspace);
    std::map<qint64, core::Programme> programmes;
    if (auto all = m_workspace.reference().programmes()) {
        for (const core::Programme& programme : *all) {
            programmes[programme.id] = programme;
        }
    }
    QList<QList<QStandardItem*>> rows;
    QStringList caps;
    for (qint64 managerId : managerIds) {
        auto cases = m_workspace.cases().caseload(m_workspace.user(), managerId);
        if (!cases) {
            emit failed(cases.error().userMessage);
            return;
        }
        std::map<qint64, int> active;
        for (const core::Case& value : *cases) {
            if (value.isAdmitted()) {
                ++active[value.programmeId];
            }
            const bool overdue = value.isAdmitted() && value.nextContactDue && *value.nextContactDue < today;
            QList<QStandardItem*> row{item(names.person(value.personId), value.personId),
                                      item(programmes[value.programmeId].name),
                                      item(label(value.stage)),
                                      item(label(value.status)),
                                      item(shortDate(value.nextContactDue)),
                                      item(names.user(value.caseManagerId)),
                                      item(names.alert(value.personId))};
            if (overdue) {
                for (QStandardItem* cell : row) {
                    cell->setForeground(QBrush(QColor(0xb0, 0x1c, 0x1c)));
                }
                row[4]->setText(tr("%1 (overdue)").arg(row[4]->text()));
            }
            rows << row;
        }
        for (const auto& [id, programme] : programmes) {
            if (active.count(id) || (programme.isDefault && managerIds.size() == 1)) {
                const QString who = managerIds.size() > 1 ? names.user(managerId) + QStringLiteral(": ") : QString();
                caps << who
                            + tr("%1 / %2 active cases in %3").arg(active[id]).arg(programme.caseloadCap).arg(
                                programme.name);
            }
        }
    }
    setRows(rows);
    setSubtitle(caps.join(QStringLiteral("   ·   ")));
}

IntakePage::IntakePage(storage::Workspace& workspace, QWidget* parent)
    : ListPage(workspace, tr("Intake queue and waiting list"), QStringLiteral("intakePage"), parent)
{
    setHeaders({tr("Person"), tr("List"), tr("Since"), tr("Case manager"), tr("Request recorded")});
    auto* record = actionButton(tr("&Incoming referral…"), QStringLiteral("incomingReferralPushButton"), this);
    m_actions->insertWidget(0, record);
    connect(record, &QPushButton::clicked, this, [this] {
        IncomingReferralDialog dialog(m_workspace, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
        }
    });
}

void IntakePage::refresh()
{
    auto intake = m_workspace.cases().intakeQueue(m_workspace.user());
    auto waiting = m_workspace.cases().waitingList(m_workspace.user());
    if (!intake || !waiting) {
        emit failed(!intake ? intake.error().userMessage : waiting.error().userMessage);
        return;
    }
    Names names(m_workspace);
    QList<QList<QStandardItem*>> rows;
    for (const auto* list : {&*intake, &*waiting}) {
        for (const core::Case& value : *list) {
            const bool isWaiting = value.status == core::CaseStatus::WaitingList;
            rows << QList<QStandardItem*>{
                item(names.person(value.personId), value.personId),
                item(isWaiting ? tr("Waiting list") : (value.referralId ? tr("Intake (incoming referral)")
                                                                        : tr("Intake"))),
                item(shortDate(isWaiting ? value.waitingSince : std::optional<QDate>(value.openedOn))),
                item(names.user(value.caseManagerId)), item(value.personRequested ? tr("Yes") : tr("Not yet"))};
        }
    }
    setRows(rows);
    setSubtitle(tr("%n candidate(s) in intake", nullptr, static_cast<int>(intake->size())) + QStringLiteral(" · ")
                + tr("%n on the waiting list", nullptr, static_cast<int>(waiting->size())));
}

OutreachPage::OutreachPage(storage::Workspace& workspace, QWidget* parent)
    : ListPage(workspace, tr("Outreach contacts"), QStringLiteral("outreachPage"), parent)
{
    setHeaders({tr("Person"), tr("Date"), tr("Place"), tr("Types"), tr("Worker")});
    auto* add = actionButton(tr("&New contact…"), QStringLiteral("newContactPushButton"), this);
    m_actions->insertWidget(0, add);
    connect(add, &QPushButton::clicked, this, &OutreachPage::newContactRequested);
}

void OutreachPage::refresh()
{
    auto recent = m_workspace.outreach().recentInterventions(m_workspace.user(), 500);
    if (!recent) {
        emit failed(recent.error().userMessage);
        return;
    }
    Names names(m_workspace);
    std::map<qint64, QString> types;
    if (auto all = m_workspace.reference().interventionTypes()) {
        for (const core::InterventionType& type : *all) {
            types[type.id] = label(type);
        }
    }
    QList<QList<QStandardItem*>> rows;
    for (const core::Intervention& intervention : *recent) {
        QStringList typeLabels;
        for (qint64 id : intervention.typeIds) {
            typeLabels << types[id];
        }
        const QString place = intervention.placeName.isEmpty()
                                  ? label(intervention.placeKind)
                                  : label(intervention.placeKind) + QStringLiteral(" – ") + intervention.placeName;
        rows << QList<QStandardItem*>{
            item(names.person(intervention.personId), intervention.personId),
            item(shortDateTime(intervention.occurredAt)), item(place),
            item(typeLabels.join(QStringLiteral(", "))), item(names.user(intervention.workerId))};
    }
    setRows(rows);
}

PartnersPage::PartnersPage(storage::Workspace& workspace, QWidget* parent)
    : ListPage(workspace, tr("Partner organisations"), QStringLiteral("partnersPage"), parent)
{
    setHeaders({tr("Code"), tr("Name"), tr("Kind"), tr("Phone"), tr("Email"), tr("Contact")});
}

void PartnersPage::refresh()
{
    auto partners = m_workspace.reference().partners();
    if (!partners) {
        emit failed(partners.error().userMessage);
        return;
    }
    QList<QList<QStandardItem*>> rows;
    for (const core::PartnerOrganisation& partner : *partners) {
        rows << QList<QStandardItem*>{item(partner.code), item(partner.name), item(partner.kind), item(partner.phone),
                                      item(partner.email), item(partner.contactName)};
    }
    setRows(rows);
}

GroupsPage::GroupsPage(storage::Workspace& workspace, QWidget* parent)
    : ListPage(workspace, tr("Groups"), QStringLiteral("groupsPage"), parent)
{
    setHeaders({tr("Group"), tr("Date"), tr("Kind"), tr("Attendees"), tr("Anonymous head-count")});
    auto* add = actionButton(tr("New &group session…"), QStringLiteral("newGroupSessionPushButton"), this);
    m_actions->insertWidget(0, add);
    connect(add, &QPushButton::clicked, this, &GroupsPage::newGroupSessionRequested);
}

void GroupsPage::refresh()
{
    auto sessions = m_workspace.outreach().recentGroupSessions(m_workspace.user(), 500);
    if (!sessions) {
        emit failed(sessions.error().userMessage);
        return;
    }
    QList<QList<QStandardItem*>> rows;
    for (const core::GroupSession& session : *sessions) {
        rows << QList<QStandardItem*>{
            item(session.groupName), item(shortDateTime(session.occurredAt)),
            item(session.openGroup ? tr("Open group") : tr("Closed group")),
            item(QString::number(session.attendeeIds.size())), item(QString::number(session.anonymousHeadCount))};
    }
    setRows(rows);
}

} // namespace relais::gui
