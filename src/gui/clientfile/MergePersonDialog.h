#pragma once

#include "storage/Workspace.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace relais::gui {

// Picks the duplicate record to merge into a client file: a search as you type
// over names and aliases (PeopleService::search), the file's own person left out.
class MergePersonDialog : public QDialog
{
    Q_OBJECT
public:
    MergePersonDialog(storage::Workspace& workspace, qint64 keptPersonId, QWidget* parent = nullptr);

    std::optional<qint64> selectedPersonId() const;
    QString selectedName() const;
    // Runs the search as typed in the box (tests call it after setting the text).
    void search();

private:
    void updateButtons();

    storage::Workspace& m_workspace;
    qint64 m_keptPersonId;
    QLineEdit* m_searchLineEdit;
    QListWidget* m_resultsListWidget;
    QDialogButtonBox* m_buttonBox;
};

} // namespace relais::gui
