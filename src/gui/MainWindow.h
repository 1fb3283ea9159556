#pragma once

#include "core/Clock.h"
#include "storage/Session.h"

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
    storage::Session* session() const { return m_session.get(); }

public slots:
    void lock();

private:
    void showSignedIn(std::shared_ptr<storage::Session> session);

    const core::Clock& m_clock;
    QStackedWidget* m_stack = nullptr;
    UnlockWidget* m_unlock = nullptr;
    QLabel* m_welcome = nullptr;
    std::shared_ptr<storage::Session> m_session;
};

} // namespace relais::gui
