#pragma once

#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QStandardItemModel;
class QCompleter;

namespace relais::gui {

class ClientFileWidget;
class ListPage;
class PeoplePage;
class UnlockWidget;

// The application window: the sign-in screen until someone signs in, then the
// work area — navigation by role (My caseload, People, Outreach contacts, Intake
// queue and waiting list, Partners, Groups, Dashboard, Reports, Administration),
// a global search (Ctrl+K) and the client file. Ctrl+N logs a contact from
// anywhere; Ctrl+L locks (closes the database, wipes the key).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const core::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDatabasePath(const QString& path);
    // First run: when no database exists at the path, runs the set-up wizard.
    // False when the user cancels it.
    bool ensureDatabase();
    // Signs in directly (the demo). False with the message shown on failure.
    bool signIn(const QString& userName, const QString& password);

    storage::Session* session() const { return m_workspace ? &m_workspace->session() : nullptr; }
    storage::Workspace* workspace() const { return m_workspace.get(); }
    QListWidget* navigation() const { return m_navigation; }
    ClientFileWidget* clientFile() const { return m_clientFile; }

public slots:
    void lock();
    void switchUser();
    void newContact();
    void newGroupSession();
    void openPerson(qint64 personId);
    void focusSearch();
    // Shows the navigation entry whose object name is `pageName` ("caseloadPage", ...).
    bool showPage(const QString& pageName);

private:
    void showSignedIn();
    void buildWorkArea();
    void tearDownWorkArea();
    void refreshCurrentPage();
    void updateSearch(const QString& text);
    void showError(const QString& message);
    // Before the open client file goes away: saves, discards or cancels its unsaved
    // edits as the user answers. False when the user cancels.
    bool closeClientFile();
    void addPage(QWidget* page, const QString& title);

    const core::Clock& m_clock;
    QString m_databasePath;
    QStackedWidget* m_stack = nullptr;
    UnlockWidget* m_unlock = nullptr;
    QWidget* m_workArea = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    ClientFileWidget* m_clientFile = nullptr;
    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_searchResults = nullptr;
    QLabel* m_userLabel = nullptr;
    QList<QAction*> m_workActions;
    std::unique_ptr<storage::Workspace> m_workspace;
};

} // namespace relais::gui
