#include "MainWindow.h"

#include "UnlockWidget.h"
#include "core/Role.h"
#include "core/Settings.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>

namespace relais::gui {

MainWindow::MainWindow(const core::Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_unlock(new UnlockWidget(clock, m_stack))
    , m_welcome(new QLabel(m_stack))
{
    setWindowTitle(tr("Relais"));
    setObjectName(QStringLiteral("mainWindow"));
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* lockAction = fileMenu->addAction(tr("&Lock"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    connect(m_unlock, &UnlockWidget::signedIn, this, &MainWindow::showSignedIn);
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::setDatabasePath(const QString& path)
{
    m_unlock->setDatabasePath(path);
}

void MainWindow::showSignedIn()
{
    m_workspace = m_unlock->takeWorkspace();
    if (!m_workspace) {
        return;
    }
    core::Settings().setValue(core::Settings::Key::LastDatabasePath, m_workspace->session().path());
    m_welcome->setText(tr("Signed in as %1 (%2).")
                           .arg(m_workspace->user().userName, core::roleLabel(m_workspace->user().role)));
    m_stack->setCurrentWidget(m_welcome);
}

void MainWindow::lock()
{
    if (m_workspace) {
        m_workspace->close();
        m_workspace.reset();
    }
    m_stack->setCurrentWidget(m_unlock);
}

} // namespace relais::gui
