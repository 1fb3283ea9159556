#pragma once

#include "core/domain/Repositories.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// Adds or renames an entry of a simple reference list: a territory, a problem
// (one name each) or an intervention type (a code, fixed once created, and its
// French and English labels). Accepting saves through core::ReferenceService; a
// refusal (a name already taken, an empty label) is shown in the dialog.
class ReferenceEntryDialog final : public QDialog
{
    Q_OBJECT
public:
    using List = core::ReferenceRepository::List;
    struct Entry
    {
        qint64 id = 0; // 0: a new entry
        QString name; // territory name or problem label
        QString code; // intervention types
        QString labelFr;
        QString labelEn;
    };

    ReferenceEntryDialog(storage::Workspace& workspace, List list, const Entry& entry, QWidget* parent = nullptr);

    void accept() override;
    // What the entry is called now, for the list's message.
    QString savedName() const { return m_savedName; }

private:
    storage::Workspace& m_workspace;
    List m_list;
    Entry m_entry;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_labelFr = nullptr;
    QLineEdit* m_labelEn = nullptr;
    QLabel* m_message = nullptr;
    QString m_savedName;
};

} // namespace relais::gui
