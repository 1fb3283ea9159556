#pragma once

#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;
class QLabel;

namespace relais::gui {

class UnlockWidget;

// The application window: the sign-in screen until a user is signed in, then
// the work area; Ctrl+L locks (closes the database and wipes the key).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const core::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDatabasePath(const QString& path);
    storage::Session* session() const { return m_workspace ? &m_workspace->session() : nullptr; }
    storage::Workspace* workspace() const { return m_workspace.get(); }

public slots:
    void lock();

private:
    void showSignedIn();

    const core::Clock& m_clock;
    QStackedWidget* m_stack = nullptr;
    UnlockWidget* m_unlock = nullptr;
    QLabel* m_welcome = nullptr;
    std::unique_ptr<storage::Workspace> m_workspace;
};

} // namespace relais::gui
