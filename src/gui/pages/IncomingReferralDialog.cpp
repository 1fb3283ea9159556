#include "IncomingReferralDialog.h"

#include "gui/contact/PersonSearch.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::gui {

IncomingReferralDialog::IncomingReferralDialog(storage::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_searchLineEdit(new QLineEdit(this))
    , m_resultsListWidget(new QListWidget(this))
    , m_firstNameLineEdit(new QLineEdit(this))
    , m_lastNameLineEdit(new QLineEdit(this))
    , m_chosenLabel(new QLabel(tr("No one chosen yet: pick a person found, or give the names of a new one."), this))
    , m_partnerComboBox(new QComboBox(this))
    , m_programmeComboBox(new QComboBox(this))
    , m_reasonTextEdit(new QPlainTextEdit(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("incomingReferralDialog"));
    setWindowTitle(tr("Incoming referral"));
    m_searchLineEdit->setObjectName(QStringLiteral("referralSearchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Name or alias, then Enter"));
    m_resultsListWidget->setObjectName(QStringLiteral("referralResultsListWidget"));
    m_resultsListWidget->setMaximumHeight(110);
    m_firstNameLineEdit->setObjectName(QStringLiteral("referralFirstNameLineEdit"));
    m_lastNameLineEdit->setObjectName(QStringLiteral("referralLastNameLineEdit"));
    m_chosenLabel->setObjectName(QStringLiteral("referralChosenLabel"));
    m_chosenLabel->setWordWrap(true);
    m_partnerComboBox->setObjectName(QStringLiteral("referralPartnerComboBox"));
    m_programmeComboBox->setObjectName(QStringLiteral("referralProgrammeComboBox"));
    m_reasonTextEdit->setObjectName(QStringLiteral("referralReasonTextEdit"));
    m_reasonTextEdit->setMaximumHeight(80);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    if (auto partners = workspace.reference().partners()) {
        for (const core::PartnerOrganisation& partner : *partners) {
            m_partnerComboBox->addItem(partner.name, partner.id);
        }
    }
    if (auto programmes = workspace.reference().programmes()) {
        for (const core::Programme& programme : *programmes) {
            m_programmeComboBox->addItem(programme.name, programme.id);
        }
    }

    m_search = new PersonSearch(workspace, m_searchLineEdit, m_resultsListWidget, this);
    connect(m_search, &PersonSearch::personChosen, this, [this](const core::PersonSummary& person) {
        m_personId = person.id;
        m_chosenLabel->setText(tr("Referred person: %1").arg(PersonSearch::describe(person)));
        m_firstNameLineEdit->clear();
        m_lastNameLineEdit->clear();
    });
    connect(m_search, &PersonSearch::searchFailed, m_messageLabel, &QLabel::setText);
    auto forgetChoice = [this](const QString& text) {
        if (!text.trimmed().isEmpty() && m_personId) {
            m_personId.reset();
            m_chosenLabel->setText(tr("A new person will be recorded with these names."));
        }
    };
    connect(m_firstNameLineEdit, &QLineEdit::textEdited, this, forgetChoice);
    connect(m_lastNameLineEdit, &QLineEdit::textEdited, this, forgetChoice);

    auto* form = new QFormLayout;
    form->addRow(tr("&Find the person:"), m_searchLineEdit);
    form->addRow(QString(), m_resultsListWidget);
    form->addRow(tr("…or a new person, &first name:"), m_firstNameLineEdit);
    form->addRow(tr("&Last name:"), m_lastNameLineEdit);
    form->addRow(QString(), m_chosenLabel);
    form->addRow(tr("Referred &by:"), m_partnerComboBox);
    form->addRow(tr("&Programme:"), m_programmeComboBox);
    form->addRow(tr("&Reason:"), m_reasonTextEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("referralButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &IncomingReferralDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    resize(560, 480);
}

void IncomingReferralDialog::save()
{
    const core::UserAccount& actor = m_workspace.user();
    if (m_partnerComboBox->currentIndex() < 0) {
        m_messageLabel->setText(tr("Add the partner organisation to the directory first."));
        return;
    }
    qint64 personId = m_personId.value_or(0);
    if (!personId) {
        core::Person person;
        person.firstName = m_firstNameLineEdit->text();
        person.lastName = m_lastNameLineEdit->text();
        if (person.isAnonymous()) {
            m_messageLabel->setText(tr("Choose the referred person, or give the names of a new one."));
            return;
        }
        auto created = m_workspace.people().createPerson(actor, person);
        if (!created) {
            m_messageLabel->setText(created.error().userMessage);
            return;
        }
        personId = created->person.id;
        m_personId = personId;
    }
    auto opened = m_workspace.outreach().receiveReferral(actor, personId,
                                                         m_partnerComboBox->currentData().toLongLong(),
                                                         m_programmeComboBox->currentData().toLongLong(),
                                                         m_reasonTextEdit->toPlainText());
    if (!opened) {
        m_messageLabel->setText(opened.error().userMessage);
        return;
    }
    m_opened = *opened;
    accept();
}

} // namespace relais::gui
