#pragma once

#include "core/domain/Entities.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// A programme's name, caseload cap and eligibility rules (seed 001: on the street
// for less than N months, residence permit). Accepting saves it through
// core::ReferenceService::saveProgramme; a refusal is shown in the dialog.
class ProgrammeDialog final : public QDialog
{
    Q_OBJECT
public:
    // `programme` with id 0 adds a new one.
    ProgrammeDialog(storage::Workspace& workspace, const core::Programme& programme, QWidget* parent = nullptr);

    void accept() override;
    const core::Programme& programme() const { return m_programme; }

private:
    storage::Workspace& m_workspace;
    core::Programme m_programme;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_cap = nullptr;
    QSpinBox* m_maxMonths = nullptr;
    QCheckBox* m_permit = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace relais::gui
