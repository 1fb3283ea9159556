#pragma once

#include "core/domain/Repositories.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// Merging duplicates in a reference list: the entries selected, which one to
// keep, and a confirmation. Accepting merges the others into the one kept
// through core::ReferenceService (every record that pointed at them follows);
// a refusal (a built-in intervention type merged away, say) is shown here.
class MergeEntriesDialog final : public QDialog
{
    Q_OBJECT
public:
    using List = core::ReferenceRepository::List;
    struct Entry
    {
        qint64 id = 0;
        QString text;
        bool builtIn = false; // intervention types shipped with Relais
    };

    MergeEntriesDialog(storage::Workspace& workspace, List list, std::vector<Entry> entries, QWidget* parent = nullptr);

    void accept() override;
    QString keptText() const;

private:
    storage::Workspace& m_workspace;
    List m_list;
    std::vector<Entry> m_entries;
    QComboBox* m_keep = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace relais::gui
