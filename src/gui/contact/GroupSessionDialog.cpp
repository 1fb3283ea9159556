#include "GroupSessionDialog.h"

#include "ContactDialog.h"
#include "PersonSearch.h"
#include "storage/Workspace.h"
#include "ui_GroupSessionDialog.h"

#include <QCompleter>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace relais::gui {

namespace {

constexpr int kPersonIdRole = Qt::UserRole;

} // namespace

GroupSessionDialog::GroupSessionDialog(storage::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GroupSessionDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);

    const QKeySequence saveKey(Qt::CTRL | Qt::Key_Return);
    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setText(tr("&Save"));
    saveButton->setToolTip(tr("Save the group session (%1)").arg(saveKey.toString(QKeySequence::NativeText)));
    saveButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GroupSessionDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &GroupSessionDialog::reject);
    for (const QKeySequence& key : {saveKey, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &GroupSessionDialog::save);
    }
    auto* removeShortcut = new QShortcut(QKeySequence::Delete, m_ui->attendeesListWidget);
    removeShortcut->setContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, this, &GroupSessionDialog::removeAttendee);
    connect(m_ui->removeAttendeePushButton, &QPushButton::clicked, this, &GroupSessionDialog::removeAttendee);

    m_ui->attendeeResultsListWidget->setAccessibleName(tr("People found"));
    m_ui->attendeesListWidget->setAccessibleName(tr("Attendees"));
    m_ui->removeAttendeePushButton->setAccessibleName(tr("Remove the selected attendee"));
    m_ui->headCountSpinBox->setToolTip(tr("People present who are not in the attendee list"));
    m_ui->messageLabel->setAccessibleName(tr("Message"));
    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x00));
    m_ui->messageLabel->setPalette(palette);
    m_ui->occurredDateTimeEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_ui->occurredDateTimeEdit->setDateTime(m_workspace.context().clock.nowUtc().toLocalTime());

    QString error;
    ContactDialog::fillTerritories(m_workspace, m_ui->territoryComboBox, &error);
    if (!error.isEmpty()) {
        showMessage(error);
    }
    // The groups already run, offered as the name is typed.
    if (auto recent = m_workspace.outreach().recentGroupSessions(m_workspace.user()); recent) {
        QStringList names;
        for (const core::GroupSession& session : *recent) {
            if (!names.contains(session.groupName)) {
                names << session.groupName;
            }
        }
        auto* completer = new QCompleter(names, this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_ui->groupNameLineEdit->setCompleter(completer);
    }

    m_attendeeSearch =
        new PersonSearch(m_workspace, m_ui->attendeeSearchLineEdit, m_ui->attendeeResultsListWidget, this);
    connect(m_attendeeSearch, &PersonSearch::personChosen, this, &GroupSessionDialog::addAttendee);
    connect(m_attendeeSearch, &PersonSearch::searchFailed, this, &GroupSessionDialog::showMessage);

    m_ui->groupNameLineEdit->setFocus();
}

GroupSessionDialog::~GroupSessionDialog() = default;

void GroupSessionDialog::addAttendee(const core::PersonSummary& person)
{
    // Stays in the search field, ready for the next name.
    m_ui->attendeeSearchLineEdit->clear();
    m_ui->attendeeSearchLineEdit->setFocus();
    for (int row = 0; row < m_ui->attendeesListWidget->count(); ++row) {
        if (m_ui->attendeesListWidget->item(row)->data(kPersonIdRole).toLongLong() == person.id) {
            m_ui->attendeesListWidget->setCurrentRow(row);
            return;
        }
    }
    auto* item = new QListWidgetItem(PersonSearch::describe(person), m_ui->attendeesListWidget);
    item->setData(kPersonIdRole, person.id);
    m_ui->attendeesListWidget->setCurrentItem(item);
}

void GroupSessionDialog::removeAttendee()
{
    delete m_ui->attendeesListWidget->currentItem();
}

void GroupSessionDialog::save()
{
    core::GroupSession session;
    session.groupName = m_ui->groupNameLineEdit->text().trimmed();
    session.openGroup = m_ui->openRadioButton->isChecked();
    session.occurredAt = m_ui->occurredDateTimeEdit->dateTime().toUTC();
    const QVariant territoryId = m_ui->territoryComboBox->currentData();
    if (territoryId.isValid()) {
        session.territoryId = territoryId.toLongLong();
    }
    for (int row = 0; row < m_ui->attendeesListWidget->count(); ++row) {
        session.attendeeIds.push_back(m_ui->attendeesListWidget->item(row)->data(kPersonIdRole).toLongLong());
    }
    session.anonymousHeadCount = m_ui->headCountSpinBox->value();
    session.note = m_ui->noteTextEdit->toPlainText();

    auto logged = m_workspace.outreach().logGroupSession(m_workspace.user(), session);
    if (!logged) {
        showMessage(logged.error().userMessage);
        return;
    }
    m_saved = std::move(*logged);
    accept();
}

void GroupSessionDialog::showMessage(const QString& message)
{
    m_ui->messageLabel->setText(message);
}

} // namespace relais::gui
