#include "MainWindow.h"

#include "AutoLock.h"
#include "ClipboardGuard.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "UnlockWidget.h"
#include "admin/AdministrationPage.h"
#include "clientfile/ClientFileWidget.h"
#include "contact/ContactDialog.h"
#include "contact/GroupSessionDialog.h"
#include "core/Role.h"
#include "core/domain/AccessPolicy.h"
#include "core/Settings.h"
#include "pages/Pages.h"
#include "pages/PeoplePage.h"
#include "dashboard/DashboardPage.h"
#include "exchange/DataExchange.h"
#include "exchange/ImportDialog.h"
#include "reports/ReportsPage.h"
#include "setup/SetupWizard.h"
#include "core/Log.h"
#include "core/Version.h"
#include "storage/Backup.h"
#include "storage/DataStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCompleter>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace Qt::Literals::StringLiterals;

namespace relais::gui {

namespace {

constexpr int kPersonIdRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(const core::Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_unlock(new UnlockWidget(clock, m_stack))
{
    initGuiResources();
    setWindowTitle(tr("Relais"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/relais.svg")));
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_unlock);
    setCentralWidget(m_stack);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newContact = fileMenu->addAction(tr("&New contact…"), this, &MainWindow::newContact);
    newContact->setObjectName(QStringLiteral("newContactAction"));
    newContact->setShortcut(QKeySequence::New);
    QAction* newGroup = fileMenu->addAction(tr("New &group session…"), this, &MainWindow::newGroupSession);
    newGroup->setObjectName(QStringLiteral("newGroupSessionAction"));
    newGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* search = fileMenu->addAction(tr("&Search people…"), this, &MainWindow::focusSearch);
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(tr("&Import from a spreadsheet…"), this, &MainWindow::importSpreadsheet);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* exportAll
        = fileMenu->addAction(tr("&Export everything to a folder…"), this, &MainWindow::exportEverything);
    exportAll->setObjectName(QStringLiteral("exportAllAction"));
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_backUpAction = fileMenu->addAction(tr("&Back up now…"), this, &MainWindow::backUpNow);
    m_backUpAction->setObjectName(QStringLiteral("backUpNowAction"));
    m_backUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    // Also from the sign-in screen: a restore needs no database open.
    QAction* restore = fileMenu->addAction(tr("&Restore a backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    fileMenu->addSeparator();
    QAction* lockAction = fileMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* switchAction = fileMenu->addAction(tr("S&witch user"), this, &MainWindow::switchUser);
    switchAction->setObjectName(QStringLiteral("switchUserAction"));
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction* preferences = toolsMenu->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("&About Relais"), this, [this] {
        MessageBox::information(this, tr("About Relais"),
                                tr("Relais %1 — case management for outreach work, offline and encrypted.")
                                    .arg(QString::fromLatin1(core::kVersion)));
    });
    m_workActions = {newContact, newGroup, search, lockAction, switchAction, m_importAction, exportAll, m_backUpAction};
    for (QAction* action : m_workActions) {
        action->setEnabled(false);
    }

    connect(m_unlock, &UnlockWidget::signedIn, this, &MainWindow::showSignedIn);

    m_idle = new IdleWatcher(this);
    m_idle->setTimeout(core::Settings().value(core::Settings::Key::IdleLockMinutes).toInt() * 60 * 1000);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::autoLock);
    m_screenLock = new ScreenLockWatcher(this);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, &MainWindow::autoLock);
    // Copies from client files leave the clipboard after 30 s and on lock.
    ClipboardGuard::instance();
    resize(1200, 760);
    // The window's size and layout only: QSettings holds nothing about clients.
    const core::Settings settings;
    restoreGeometry(settings.value(core::Settings::Key::WindowGeometry).toByteArray());
    restoreState(settings.value(core::Settings::Key::WindowState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_workArea && !closeClientFile()) {
        event->ignore();
        return;
    }
    offerBackup();
    core::Settings settings;
    settings.setValue(core::Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(core::Settings::Key::WindowState, saveState());
    event->accept();
}

void MainWindow::offerBackup()
{
    if (!m_workspace || !storage::Backup::mayBackUp(m_workspace->user().role)) {
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    const std::optional<QDateTime> last = storage::Backup::lastBackupAt(m_workspace->session().db());
    if (last && last->daysTo(now) < 7) {
        return;
    }
    const QString when = last ? tr("The last backup was made on %1.")
                                    .arg(QLocale().toString(last->toLocalTime().date(), QLocale::LongFormat))
                              : tr("No backup of this database has been made yet.");
    const auto answer = MessageBox::question(
        this, tr("Backup"),
        when + u"\n\n"_s
            + tr("Make an encrypted backup now? Keep it on another drive: it opens with the same passwords."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const QString path = chooseBackupPath();
    if (path.isEmpty()) {
        return;
    }
    backUpTo(path);
}

QString MainWindow::chooseBackupPath()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/"_s
        + tr("relais-backup-%1.db").arg(m_clock.nowUtc().toLocalTime().toString(u"yyyy-MM-dd"_s));
    return QFileDialog::getSaveFileName(this, tr("Save the encrypted backup"), suggested);
}

void MainWindow::backUpNow()
{
    if (!m_workspace || !storage::Backup::mayBackUp(m_workspace->user().role)) {
        return;
    }
    const QString path = chooseBackupPath();
    if (!path.isEmpty()) {
        backUpTo(path);
    }
}

void MainWindow::importSpreadsheet()
{
    if (!m_workspace || !core::ImportService::mayImport(m_workspace->user())) {
        return;
    }
    ImportDialog dialog(*m_workspace, this);
    dialog.exec();
    if (dialog.hasImported()) {
        refreshCurrentPage();
    }
}

void MainWindow::exportEverything()
{
    if (m_workspace) {
        DataExchange::chooseAndExport(this, *m_workspace);
    }
}

void MainWindow::restoreBackup()
{
    DataExchange::chooseAndRestore(this, m_workspace ? m_workspace->session().path() : QString());
}

bool MainWindow::backUpTo(const QString& path)
{
    QProgressDialog progress(tr("Making the backup…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto made = storage::Backup::run(*m_workspace, path, m_clock, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(done * 99 / total) : 0);
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    if (!made) {
        MessageBox::warning(this, tr("Backup"), made.error().userMessage);
        return false;
    }
    MessageBox::information(this, tr("Backup"), tr("The encrypted backup was saved to %1 (with its key file %2).")
                                                    .arg(path, path + u".slots"_s));
    return true;
}

void MainWindow::editPreferences()
{
    core::Settings settings;
    PreferencesDialog dialog(settings, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.apply()) {
        MessageBox::information(this, tr("Language"),
                                tr("The new language will be used the next time Relais starts."));
    }
    m_idle->setTimeout(settings.value(core::Settings::Key::IdleLockMinutes).toInt() * 60 * 1000);
}

void MainWindow::showShortcuts()
{
    // Built from the actions themselves, so the list can never disagree with them.
    QString text = QStringLiteral("<table>");
    for (QMenu* menu : menuBar()->findChildren<QMenu*>()) {
        for (QAction* action : menu->actions()) {
            if (!action->shortcut().isEmpty()) {
                text += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                            .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                                 action->text().remove(QLatin1Char('&')).toHtmlEscaped());
            }
        }
    }
    const QList<std::pair<QString, QString>> more = {
        {tr("Ctrl+1 … Ctrl+9"), tr("Go to the screens of the navigation, in order")},
        {tr("Ctrl+S"), tr("Save the client file's changes")},
        {tr("Ctrl+Z, Ctrl+Shift+Z"), tr("Undo, redo an edit in the client file")},
        {tr("Ctrl+F"), tr("Filter the list on screen")},
        {tr("Ctrl+Return"), tr("Save the contact being logged")},
        {tr("Alt+A"), tr("Anonymous person, in the contact dialog")},
    };
    for (const auto& [keys, what] : more) {
        text += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    }
    text += QStringLiteral("</table>");
    MessageBox::information(this, tr("Keyboard shortcuts"), text);
}

ContactDialog* MainWindow::contactDialog() const
{
    return m_contactDialog;
}

QString MainWindow::draftPreferenceKey()
{
    return QStringLiteral("draft.autolock");
}

MainWindow::~MainWindow()
{
    tearDownWorkArea();
    delete m_closedWorkArea;
}

void MainWindow::setDatabasePath(const QString& path)
{
    m_databasePath = path;
    m_unlock->setDatabasePath(path);
}

bool MainWindow::ensureDatabase()
{
    if (QFileInfo::exists(m_databasePath)) {
        return true;
    }
    SetupWizard wizard(m_clock, this);
    if (wizard.exec() != QDialog::Accepted) {
        return false;
    }
    setDatabasePath(wizard.databasePath());
    m_unlock->setUserName(wizard.administratorUserName());
    core::Settings().setValue(core::Settings::Key::LastDatabasePath, wizard.databasePath());
    return true;
}

bool MainWindow::signIn(const QString& userName, const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    auto session = storage::DataStore::unlock(m_databasePath, userName,
                                              std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())),
                                              m_clock);
    if (!session) {
        showError(session.error().userMessage);
        return false;
    }
    auto workspace = storage::Workspace::open(std::move(*session), m_clock);
    if (!workspace) {
        showError(workspace.error().userMessage);
        return false;
    }
    m_workspace = std::move(*workspace);
    buildWorkArea();
    return true;
}

void MainWindow::showSignedIn()
{
    m_workspace = m_unlock->takeWorkspace();
    if (!m_workspace) {
        return;
    }
    core::Settings().setValue(core::Settings::Key::LastDatabasePath, m_workspace->session().path());
    buildWorkArea();
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    item->setData(Qt::AccessibleTextRole, title);
}

void MainWindow::buildWorkArea()
{
    tearDownWorkArea();
    // Signing in runs from the unlock screen, in no dialog's event loop: what
    // auto-lock left for later can go now, the widgets before their workspace.
    delete m_closedWorkArea;
    m_closedWorkspace.reset();
    storage::Workspace& workspace = *m_workspace;
    const core::Role role = workspace.user().role;

    m_workArea = new QWidget(m_stack);
    m_navigation = new QListWidget(m_workArea);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFixedWidth(250);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigationListWidget { font-size: 11pt; }"
                                               "QListWidget#navigationListWidget::item { padding: 7px 10px; }"));
    m_pages = new QStackedWidget(m_workArea);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));

    auto connectList = [this](auto* page) {
        connect(page, &std::remove_pointer_t<decltype(page)>::openPersonRequested, this, &MainWindow::openPerson);
        connect(page, &std::remove_pointer_t<decltype(page)>::failed, this, &MainWindow::showError);
    };
    const bool worksWithClients = role != core::Role::Admin;
    if (worksWithClients) {
        auto* caseload = new CaseloadPage(workspace, m_pages);
        connectList(caseload);
        addPage(caseload, tr("My caseload"));
    }
    auto* people = new PeoplePage(workspace, m_pages);
    connectList(people);
    addPage(people, tr("People"));
    if (worksWithClients) {
        auto* outreach = new OutreachPage(workspace, m_pages);
        connectList(outreach);
        connect(outreach, &OutreachPage::newContactRequested, this, &MainWindow::newContact);
        addPage(outreach, tr("Outreach contacts"));
        auto* intake = new IntakePage(workspace, m_pages);
        connectList(intake);
        addPage(intake, tr("Intake queue and waiting list"));
    }
    auto* partners = new PartnersPage(workspace, m_pages);
    connectList(partners);
    addPage(partners, tr("Partner organisations"));
    if (worksWithClients) {
        auto* groups = new GroupsPage(workspace, m_pages);
        connectList(groups);
        connect(groups, &GroupsPage::newGroupSessionRequested, this, &MainWindow::newGroupSession);
        addPage(groups, tr("Groups"));
    }
    if (role == core::Role::TeamLead) {
        auto* dashboard = new DashboardPage(workspace, m_pages);
        connect(dashboard, &DashboardPage::failed, this, &MainWindow::showError);
        connect(dashboard, &DashboardPage::openPersonRequested, this, &MainWindow::openPerson);
        addPage(dashboard, tr("Dashboard"));
        auto* reports = new ReportsPage(workspace, m_pages);
        connect(reports, &ReportsPage::failed, this, &MainWindow::showError);
        addPage(reports, tr("Reports"));
    }
    // Administrators, and team leads for programmes and lists (the page leaves out
    // the Users tab for them): the same rule the services apply.
    if (core::AccessPolicy::canManageReferenceLists(workspace.user())) {
        addPage(new AdministrationPage(workspace, m_pages), tr("Administration"));
    }
    for (int row = 0; row < m_navigation->count() && row < 9; ++row) {
        auto* go = new QAction(m_workArea);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        connect(go, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
        m_workArea->addAction(go);
        m_navigation->item(row)->setToolTip(tr("Ctrl+%1").arg(row + 1));
    }

    m_search = new QLineEdit(m_workArea);
    m_search->setObjectName(QStringLiteral("globalSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search people by name or alias (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search people by name or alias"));
    m_search->setClearButtonEnabled(true);
    m_searchResults = new QStandardItemModel(m_search);
    m_completer = new QCompleter(m_searchResults, m_search);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_search->setCompleter(m_completer);
    connect(m_search, &QLineEdit::textEdited, this, &MainWindow::updateSearch);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const qint64 id = index.data(kPersonIdRole).toLongLong();
                m_search->clear();
                if (id) {
                    openPerson(id);
                }
            });
    m_userLabel = new QLabel(tr("%1 · %2").arg(workspace.user().userName, core::roleLabel(role)), m_workArea);
    m_userLabel->setObjectName(QStringLiteral("signedInUserLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_userLabel);
    auto* body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(m_workArea);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) {
            return;
        }
        const QString name = m_navigation->item(row)->data(Qt::UserRole).toString();
        if (QWidget* page = m_pages->findChild<QWidget*>(name, Qt::FindDirectChildrenOnly)) {
            m_pages->setCurrentWidget(page);
            refreshCurrentPage();
        }
    });
    m_stack->addWidget(m_workArea);
    m_stack->setCurrentWidget(m_workArea);
    for (QAction* action : m_workActions) {
        action->setEnabled(true);
    }
    const bool canLog = core::AccessPolicy::canLogContacts(workspace.user());
    m_workActions[0]->setEnabled(canLog);
    m_workActions[1]->setEnabled(canLog);
    // The File menu's import and backup only for those the services allow.
    const bool mayImport = core::ImportService::mayImport(workspace.user());
    m_importAction->setVisible(mayImport);
    m_importAction->setEnabled(mayImport);
    const bool mayBackUp = storage::Backup::mayBackUp(role);
    m_backUpAction->setVisible(mayBackUp);
    m_backUpAction->setEnabled(mayBackUp);
    m_navigation->setCurrentRow(0);
    statusBar()->showMessage(tr("Signed in as %1.").arg(workspace.user().userName), 5000);
    for (const QString& warning : workspace.session().warnings()) {
        MessageBox::warning(this, tr("Database folder"), warning);
    }
    m_idle->start();
    restoreDraft();
}

void MainWindow::tearDownWorkArea(bool later)
{
    if (m_workArea) {
        m_stack->removeWidget(m_workArea);
        if (later) {
            m_workArea->hide();
            m_workArea->deleteLater();
            m_closedWorkArea = m_workArea;
        } else {
            delete m_workArea;
        }
        m_workArea = nullptr;
        m_navigation = nullptr;
        m_pages = nullptr;
        m_clientFile = nullptr;
        m_search = nullptr;
        m_completer = nullptr;
        m_searchResults = nullptr;
        m_userLabel = nullptr;
    }
}

bool MainWindow::showPage(const QString& pageName)
{
    if (!m_navigation) {
        return false;
    }
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == pageName) {
            m_navigation->setCurrentRow(row);
            if (m_navigation->currentRow() == row) {
                // Also when it was already current: show it again (after a client file).
                if (QWidget* page = m_pages->findChild<QWidget*>(pageName, Qt::FindDirectChildrenOnly)) {
                    m_pages->setCurrentWidget(page);
                    refreshCurrentPage();
                }
            }
            return true;
        }
    }
    return false;
}

void MainWindow::refreshCurrentPage()
{
    QWidget* current = m_pages ? m_pages->currentWidget() : nullptr;
    if (auto* list = qobject_cast<ListPage*>(current)) {
        list->refresh();
    } else if (auto* people = qobject_cast<PeoplePage*>(current)) {
        people->refresh();
    } else if (auto* dashboard = qobject_cast<DashboardPage*>(current)) {
        dashboard->refresh();
    } else if (auto* reports = qobject_cast<ReportsPage*>(current)) {
        reports->refresh();
    }
}

void MainWindow::updateSearch(const QString& text)
{
    if (!m_workspace || !m_searchResults) {
        return;
    }
    m_searchResults->clear();
    auto found = m_workspace->people().search(m_workspace->user(), text, 12);
    if (!found) {
        return;
    }
    for (const core::PersonSummary& summary : *found) {
        QString line = summary.displayName;
        if (!summary.caseManagerUserName.isEmpty()) {
            line += QStringLiteral(" — ") + summary.caseManagerUserName;
        }
        if (!summary.safetyAlert.isEmpty()) {
            line += QStringLiteral("  ⚠ ") + summary.safetyAlert;
        }
        auto* item = new QStandardItem(line);
        item->setData(summary.canOpenFile ? summary.id : 0, kPersonIdRole);
        item->setEnabled(summary.canOpenFile);
        m_searchResults->appendRow(item);
    }
    m_completer->complete();
}

void MainWindow::focusSearch()
{
    if (m_search) {
        m_search->setFocus();
        m_search->selectAll();
    }
}

bool MainWindow::closeClientFile()
{
    if (!m_clientFile) {
        return true;
    }
    if (m_clientFile->hasUnsavedChanges()) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved changes"), tr("The client file has changes that are not saved. Save them now?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            return false;
        }
        if (answer == QMessageBox::Save && !m_clientFile->save()) {
            return false; // the file shows why
        }
    }
    m_pages->removeWidget(m_clientFile);
    m_clientFile->deleteLater();
    m_clientFile = nullptr;
    return true;
}

void MainWindow::openPerson(qint64 personId)
{
    if (!m_workspace || !m_pages) {
        return;
    }
    if (!closeClientFile()) {
        return;
    }
    m_clientFile = new ClientFileWidget(*m_workspace, personId, m_pages);
    m_clientFile->setObjectName(QStringLiteral("clientFileWidget"));
    m_pages->addWidget(m_clientFile);
    m_pages->setCurrentWidget(m_clientFile);
    m_navigation->clearSelection();
}

void MainWindow::newContact()
{
    if (!m_workspace || m_contactDialog) {
        return;
    }
    std::optional<qint64> personId;
    if (m_clientFile && m_pages->currentWidget() == m_clientFile) {
        personId = m_clientFile->personId();
    }
    openContactDialog(personId);
}

ContactDialog* MainWindow::openContactDialog(std::optional<qint64> personId)
{
    // Window-modal without a nested event loop, so that locking can close it at any time.
    auto* dialog = new ContactDialog(*m_workspace, personId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_contactDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Contact saved."), 4000);
        if (m_clientFile && m_pages && m_pages->currentWidget() == m_clientFile) {
            m_clientFile->refresh();
        } else {
            refreshCurrentPage();
        }
    });
    dialog->open();
    return dialog;
}

void MainWindow::newGroupSession()
{
    if (!m_workspace) {
        return;
    }
    GroupSessionDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Group session saved."), 4000);
        refreshCurrentPage();
    }
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::lock()
{
    if (m_workArea && !closeClientFile()) {
        return;
    }
    if (m_contactDialog) {
        m_contactDialog->reject();
    }
    lockNow();
}

void MainWindow::autoLock()
{
    if (!m_workspace) {
        return;
    }
    QJsonObject draft;
    if (m_clientFile) {
        if (const QJsonObject edits = m_clientFile->unsavedDraft(); !edits.isEmpty()) {
            draft.insert(QStringLiteral("clientFile"), edits);
        }
    }
    if (m_contactDialog) {
        if (const QJsonObject contact = m_contactDialog->unsavedDraft(); !contact.isEmpty()) {
            draft.insert(QStringLiteral("contact"), contact);
        }
    }
    if (!draft.isEmpty()) {
        const QString text = QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact));
        if (auto stored = m_workspace->preferences().setValue(m_workspace->user(), draftPreferenceKey(), text);
            !stored) {
            core::logger(core::kLogApp)->warn("auto-lock draft not kept: {}", stored.error().detail);
        }
    }
    // Close every dialog (message boxes, merge, wizard pages...): none may stay
    // open over the unlock screen. Their event loops return after this.
    for (int guard = 0; guard < 16; ++guard) {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr) {
            break;
        }
        if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        } else {
            modal->close();
        }
    }
    if (m_contactDialog) {
        m_contactDialog->reject();
    }
    if (m_clientFile) {
        // Drop the edits: they are in the draft; no question over a locked screen.
        m_clientFile->undoStack()->setClean();
    }
    core::logger(core::kLogApp)->info("locked after inactivity or screen lock");
    lockNow();
}

void MainWindow::lockNow()
{
    m_idle->stop();
    ClipboardGuard::instance().clearNow();
    // Later, not now: a dialog's event loop may still return into the client file.
    tearDownWorkArea(true);
    if (m_workspace) {
        m_workspace->close();
        m_closedWorkspace = std::move(m_workspace);
    }
    for (QAction* action : m_workActions) {
        action->setEnabled(false);
    }
    m_stack->setCurrentWidget(m_unlock);
    m_unlock->clearPassword();
}

void MainWindow::restoreDraft()
{
    storage::Workspace& workspace = *m_workspace;
    auto stored = workspace.preferences().value(workspace.user(), draftPreferenceKey());
    if (!stored || stored->isEmpty()) {
        return;
    }
    // Once: the draft goes back into the widgets and leaves the database.
    (void)workspace.preferences().setValue(workspace.user(), draftPreferenceKey(), QString());
    const QJsonObject draft = QJsonDocument::fromJson(stored->toUtf8()).object();
    const QJsonObject edits = draft.value(QStringLiteral("clientFile")).toObject();
    if (!edits.isEmpty()) {
        openPerson(edits.value(QStringLiteral("personId")).toString().toLongLong());
        if (m_clientFile && m_clientFile->isFileOpen()) {
            m_clientFile->restoreDraft(edits);
        }
    }
    const QJsonObject contact = draft.value(QStringLiteral("contact")).toObject();
    if (!contact.isEmpty() && core::AccessPolicy::canLogContacts(workspace.user())) {
        openContactDialog({})->restoreDraft(contact);
    }
    statusBar()->showMessage(tr("What you were typing before the lock is back; it is not saved yet."), 8000);
}

void MainWindow::switchUser()
{
    lock();
    m_unlock->switchUser();
}

} // namespace relais::gui
