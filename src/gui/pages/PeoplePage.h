#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

class PeopleListModel;

// Everyone recorded: a lazily fetched list (tens of thousands of rows), a search
// as you type (Ctrl+F, names and aliases, accents ignored), and "New person".
class PeoplePage : public QWidget
{
    Q_OBJECT
public:
    explicit PeoplePage(storage::Workspace& workspace, QWidget* parent = nullptr);
    void refresh();
    PeopleListModel* model() const { return m_model; }

signals:
    void openPersonRequested(qint64 personId);
    void failed(const QString& message);

private:
    void createPerson();
    void openCurrent();

    storage::Workspace& m_workspace;
    PeopleListModel* m_model = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace relais::gui
