#pragma once

#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RecoveryDialog;
}

class QPushButton;

namespace relais::gui {

// "Forgot password": a user name, the recovery key shown at set-up and a new
// password, twice. storage::DataStore::recover gives the account its new password
// and signs it in; the dialog is then accepted and hands the opened workspace over
// through takeWorkspace(). On failure it shows the store's message and stays open.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryDialog(QString databasePath, const core::Clock& clock, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    void setUserName(const QString& userName);
    std::unique_ptr<storage::Workspace> takeWorkspace() { return std::move(m_workspace); }

    // Runs the recovery; closes the dialog only when it succeeded.
    void accept() override;

private:
    QString inputProblem() const;
    void updateInputState();

    std::unique_ptr<Ui::RecoveryDialog> m_ui;
    QPushButton* m_recoverButton = nullptr;
    QString m_databasePath;
    const core::Clock& m_clock;
    std::unique_ptr<storage::Workspace> m_workspace;
};

} // namespace relais::gui
