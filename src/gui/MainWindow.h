#pragma once

#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QStandardItemModel;
class QCompleter;

namespace relais::gui {

class ClientFileWidget;
class ContactDialog;
class IdleWatcher;
class ScreenLockWatcher;
class ListPage;
class PeoplePage;
class UnlockWidget;

// The application window: the sign-in screen until someone signs in, then the
// work area — navigation by role (My caseload, People, Outreach contacts, Intake
// queue and waiting list, Partners, Groups, Dashboard, Reports, Administration),
// a global search (Ctrl+K) and the client file. Ctrl+N logs a contact from
// anywhere; Ctrl+L locks (closes the database, wipes the key). After the idle
// time (setting, 5 minutes by default) or when the desktop locks the screen it
// locks by itself, keeping what was being typed as an encrypted draft that comes
// back when the same user signs in again.
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
    IdleWatcher* idleWatcher() const { return m_idle; }
    // The contact dialog being typed in, if any.
    ContactDialog* contactDialog() const;
    // The per-user preference (encrypted database) holding the auto-lock draft.
    static QString draftPreferenceKey();

public slots:
    void lock();
    // Locks without asking anything: what is typed and unsaved is kept as this
    // user's draft, every open dialog is closed.
    void autoLock();
    void switchUser();
    void newContact();
    void newGroupSession();
    void openPerson(qint64 personId);
    void focusSearch();
    // Shows the navigation entry whose object name is `pageName` ("caseloadPage", ...).
    bool showPage(const QString& pageName);
    void editPreferences();
    void showShortcuts();
    // On quitting, when the last backup is more than a week old (or none was
    // made) and the user may back up: offers to make one.
    void offerBackup();
    // An encrypted, verified backup to `path` (storage::Backup), with progress.
    bool backUpTo(const QString& path);
    // File menu (issue 6): the spreadsheet import with its preview (team leads and
    // administrators), the export of everything the user may see, a backup now,
    // and restoring a backup into a new database file.
    void importSpreadsheet();
    void exportEverything();
    void backUpNow();
    void restoreBackup();

protected:
    // Asks about unsaved edits, and remembers the window's layout.
    void closeEvent(QCloseEvent* event) override;

private:
    void showSignedIn();
    void buildWorkArea();
    // `later`: deleted once control is back in the event loop (see lockNow()).
    void tearDownWorkArea(bool later = false);
    void refreshCurrentPage();
    void updateSearch(const QString& text);
    void showError(const QString& message);
    // Before the open client file goes away: saves, discards or cancels its unsaved
    // edits as the user answers. False when the user cancels.
    bool closeClientFile();
    void addPage(QWidget* page, const QString& title);
    // Closes the work area and the database; the client file's edits are dropped
    // (lock() asks first, autoLock() keeps a draft first).
    void lockNow();
    void restoreDraft();
    // Where to save a backup, suggested in the documents folder; empty when cancelled.
    QString chooseBackupPath();
    ContactDialog* openContactDialog(std::optional<qint64> personId);

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
    QAction* m_importAction = nullptr;
    QAction* m_backUpAction = nullptr;
    std::unique_ptr<storage::Workspace> m_workspace;
    // A workspace closed by auto-lock while a dialog's event loop may still
    // return into code holding a reference to it: kept (closed) until the next
    // sign-in.
    std::unique_ptr<storage::Workspace> m_closedWorkspace;
    QPointer<QWidget> m_closedWorkArea;
    IdleWatcher* m_idle = nullptr;
    ScreenLockWatcher* m_screenLock = nullptr;
    QPointer<ContactDialog> m_contactDialog;
};

} // namespace relais::gui
