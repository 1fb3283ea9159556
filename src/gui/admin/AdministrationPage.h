#pragma once

#include <QWidget>

class QComboBox;
class QStackedWidget;
class QTabWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

class ProgrammesTab;
class ReferenceListPanel;
class UsersTab;

// The Administration screen: Users (administrators only), Programmes and
// Reference lists (territories, problems, intervention types, partner
// organisations, with merging of duplicates). Team leads get it without the Users
// tab: core::AccessPolicy lets them manage programmes and lists, and
// core::Permissions keeps accounts to administrators.
class AdministrationPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationPage(storage::Workspace& workspace, QWidget* parent = nullptr);

    // Reloads every tab from the services.
    void refresh();
    QTabWidget* tabs() const { return m_tabs; }
    // Null for team leads.
    UsersTab* usersTab() const { return m_users; }
    ProgrammesTab* programmesTab() const { return m_programmes; }
    // Shows the reference list whose panel has this object name prefix ("territories", ...).
    ReferenceListPanel* showReferenceList(const QString& prefix);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTabWidget* m_tabs = nullptr;
    UsersTab* m_users = nullptr;
    ProgrammesTab* m_programmes = nullptr;
    QWidget* m_listsTab = nullptr;
    QComboBox* m_listChooser = nullptr;
    QStackedWidget* m_lists = nullptr;
};

} // namespace relais::gui
