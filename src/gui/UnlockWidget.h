#pragma once

#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QWidget>

#include <memory>

namespace Ui {
class UnlockWidget;
}

namespace relais::gui {

// The sign-in screen: database file, user name, password. On success it emits
// signedIn() and hands the opened workspace over through takeWorkspace(); on
// failure it shows the generic message and keeps the database untouched.
class UnlockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockWidget(const core::Clock& clock, QWidget* parent = nullptr);
    ~UnlockWidget() override;

    void setDatabasePath(const QString& path);
    std::unique_ptr<storage::Workspace> takeWorkspace() { return std::move(m_workspace); }

signals:
    void signedIn();

private:
    void signIn();
    void browse();

    std::unique_ptr<Ui::UnlockWidget> m_ui;
    const core::Clock& m_clock;
    std::unique_ptr<storage::Workspace> m_workspace;
};

} // namespace relais::gui
