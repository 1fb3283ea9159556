#pragma once

#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QWidget>

#include <memory>

namespace Ui {
class UnlockWidget;
}

class QTimer;

namespace relais::gui {

// The sign-in screen: database file, user name, password. On success it emits
// signedIn() and hands the opened workspace over through takeWorkspace(); on
// failure it shows the generic message and keeps the database untouched. After
// repeated failures the sign-in button waits out the store's back-off with a
// countdown. "Forgot password?" opens the RecoveryDialog, whose workspace is
// handed over the same way.
class UnlockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockWidget(const core::Clock& clock, QWidget* parent = nullptr);
    ~UnlockWidget() override;

    void setDatabasePath(const QString& path);
    void setUserName(const QString& userName);
    void clearPassword();
    std::unique_ptr<storage::Workspace> takeWorkspace() { return std::move(m_workspace); }

public slots:
    // "Switch user": forgets the user name and password and puts the cursor on the user name.
    void switchUser();

signals:
    void signedIn();

private:
    void signIn();
    void browse();
    void forgotPassword();
    // Disables signing in while the store's back-off lasts, counting down each second.
    void updateBackOff();

    std::unique_ptr<Ui::UnlockWidget> m_ui;
    const core::Clock& m_clock;
    std::unique_ptr<storage::Workspace> m_workspace;
    QTimer* m_backOffTimer = nullptr;
    QString m_failureMessage;
};

} // namespace relais::gui
