#pragma once

#include "core/domain/Repositories.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// One reference list (territories, problems, intervention types or partner
// organisations): its entries, Add, Rename (partners: Edit, every field) and
// Merge duplicates for two or more selected entries. Object names start with the
// list's prefix: "territories", "problems", "interventionTypes", "partners"
// (territoriesTableWidget, territoriesMergePushButton...).
class ReferenceListPanel final : public QWidget
{
    Q_OBJECT
public:
    using List = core::ReferenceRepository::List;

    ReferenceListPanel(storage::Workspace& workspace, List list, QWidget* parent = nullptr);

    static QString prefixOf(List list);
    static QString titleOf(List list);

    void refresh();
    QTableWidget* table() const { return m_table; }
    // Selects the rows whose entries have these ids (tests, and after an edit).
    void selectIds(const std::vector<qint64>& ids);

public slots:
    void addEntry();
    void editEntry();
    void mergeSelected();

private:
    std::vector<qint64> selectedIds() const;
    void updateButtons();
    void setRow(int row, qint64 id, const QStringList& cells);

    storage::Workspace& m_workspace;
    List m_list;
    QTableWidget* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_merge = nullptr;
    QLabel* m_message = nullptr;
    // The entries shown, as the service gave them (one of these, by m_list).
    std::vector<core::Territory> m_territories;
    std::vector<core::Problem> m_problems;
    std::vector<core::InterventionType> m_types;
    std::vector<core::PartnerOrganisation> m_partners;
};

} // namespace relais::gui
