#pragma once

#include "core/domain/Entities.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// Programmes with their caseload cap and eligibility rules; add and edit through
// ProgrammeDialog. Team leads and administrators.
class ProgrammesTab final : public QWidget
{
    Q_OBJECT
public:
    explicit ProgrammesTab(storage::Workspace& workspace, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }

public slots:
    void addProgramme();
    void editProgramme();

private:
    const core::Programme* selectedProgramme() const;

    storage::Workspace& m_workspace;
    std::vector<core::Programme> m_programmes;
    QTableWidget* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace relais::gui
