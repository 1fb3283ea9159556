#pragma once

#include "core/domain/Entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// A partner organisation in full: code, name, kind, territory, phone, email and
// contact person. Accepting saves through core::ReferenceService::savePartner; a
// refusal (a code already used, a missing name) is shown in the dialog.
class PartnerDialog final : public QDialog
{
    Q_OBJECT
public:
    // `partner` with id 0 adds a new one.
    PartnerDialog(storage::Workspace& workspace, const core::PartnerOrganisation& partner, QWidget* parent = nullptr);

    void accept() override;
    const core::PartnerOrganisation& partner() const { return m_partner; }

private:
    storage::Workspace& m_workspace;
    core::PartnerOrganisation m_partner;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_kind = nullptr;
    QComboBox* m_territory = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_contact = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace relais::gui
