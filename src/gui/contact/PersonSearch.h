#pragma once

#include "core/domain/Entities.h"

#include <QObject>

#include <vector>

class QLineEdit;
class QListWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// Finds an existing person as the worker types: PeopleService::search over names
// and aliases (accent-insensitive) on every keystroke, the results with their
// safety alert in a list under the search field. Down/Up walk the results from the
// search field; Return (or a double-click) picks the current one, without
// reaching the dialog's default button.
class PersonSearch : public QObject
{
    Q_OBJECT
public:
    PersonSearch(storage::Workspace& workspace, QLineEdit* searchLineEdit, QListWidget* resultsListWidget,
                 QObject* parent = nullptr);

    // One line for a person wherever the dialogs show one: name or alias, case
    // manager, safety alert.
    static QString describe(const core::PersonSummary& person);

    void clear();

signals:
    void personChosen(const core::PersonSummary& person);
    // The search itself failed (database error): the service's message.
    void searchFailed(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    bool chooseCurrent();
    void moveCurrent(int step);

    storage::Workspace& m_workspace;
    QLineEdit* m_search;
    QListWidget* m_results;
    std::vector<core::PersonSummary> m_found;
};

} // namespace relais::gui
