#pragma once

#include "core/Clock.h"
#include "storage/Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class UnlockWidget;
}

namespace relais::gui {

// The sign-in screen: database file, user name, password. On success it hands
// the unlocked session on through signedIn(); on failure it shows the generic
// message and keeps the database untouched.
class UnlockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockWidget(const core::Clock& clock, QWidget* parent = nullptr);
    ~UnlockWidget() override;

    void setDatabasePath(const QString& path);

signals:
    void signedIn(std::shared_ptr<relais::storage::Session> session);

private:
    void signIn();
    void browse();

    std::unique_ptr<Ui::UnlockWidget> m_ui;
    const core::Clock& m_clock;
};

} // namespace relais::gui
