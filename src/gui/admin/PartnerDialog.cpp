#include "PartnerDialog.h"

#include "AdminUi.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::gui {

namespace {

QLineEdit* field(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

PartnerDialog::PartnerDialog(storage::Workspace& workspace, const core::PartnerOrganisation& partner, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_partner(partner)
    , m_code(field(partner.code, QStringLiteral("partnerCodeLineEdit"), tr("Code"), this))
    , m_name(field(partner.name, QStringLiteral("partnerNameLineEdit"), tr("Name"), this))
    , m_kind(field(partner.kind, QStringLiteral("partnerKindLineEdit"), tr("Kind of organisation"), this))
    , m_territory(new QComboBox(this))
    , m_phone(field(partner.phone, QStringLiteral("partnerPhoneLineEdit"), tr("Phone"), this))
    , m_email(field(partner.email, QStringLiteral("partnerEmailLineEdit"), tr("Email"), this))
    , m_contact(field(partner.contactName, QStringLiteral("partnerContactLineEdit"), tr("Contact person"), this))
    , m_message(admin::messageLabel(QStringLiteral("partnerMessageLabel"), this))
{
    setObjectName(QStringLiteral("partnerDialog"));
    setWindowTitle(partner.id ? tr("Edit partner organisation") : tr("New partner organisation"));
    m_kind->setPlaceholderText(tr("shelter, health centre, soup kitchen…"));
    m_territory->setObjectName(QStringLiteral("partnerTerritoryComboBox"));
    m_territory->setAccessibleName(tr("Territory"));
    m_territory->addItem(tr("(no territory)"), 0);
    if (auto territories = workspace.reference().territories()) {
        for (const core::Territory& territory : *territories) {
            m_territory->addItem(territory.name, territory.id);
        }
    } else {
        admin::showMessage(m_message, territories.error().userMessage, true);
    }
    if (partner.territoryId) {
        m_territory->setCurrentIndex(std::max(0, m_territory->findData(*partner.territoryId)));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Territory:"), m_territory);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("C&ontact person:"), m_contact);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(admin::dialogButtons(this, tr("&Save"), QStringLiteral("partnerOkPushButton")));
}

void PartnerDialog::accept()
{
    core::PartnerOrganisation edited = m_partner;
    edited.code = m_code->text().trimmed();
    edited.name = m_name->text().trimmed();
    edited.kind = m_kind->text().trimmed();
    const qint64 territoryId = m_territory->currentData().toLongLong();
    edited.territoryId = territoryId ? std::optional<qint64>(territoryId) : std::nullopt;
    edited.phone = m_phone->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.contactName = m_contact->text().trimmed();
    auto saved = m_workspace.reference().savePartner(m_workspace.user(), edited);
    if (!saved) {
        admin::showMessage(m_message, saved.error().userMessage, true);
        return;
    }
    m_partner = *saved;
    QDialog::accept();
}

} // namespace relais::gui
