#pragma once

#include "core/Clock.h"

#include <QWizard>

#include <memory>

namespace Ui {
class SetupWizard;
}

namespace relais::gui {

class WizardPage;

// First run: asks for the organisation's name, the data folder and the first
// administrator, creates the encrypted store (storage::DataStore::create) and shows
// its recovery key once; Finish stays disabled until the user confirms having
// written the key down. After it is accepted, databasePath() names the new database.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { OrganisationPageId, DataFolderPageId, AdministratorPageId, RecoveryKeyPageId };

    explicit SetupWizard(const core::Clock& clock, QWidget* parent = nullptr);
    ~SetupWizard() override;

    // The database the wizard created; empty until it was created.
    QString databasePath() const { return m_databasePath; }
    // The first administrator's user name, to pre-fill the sign-in screen.
    QString administratorUserName() const;

    // The folder proposed before the user picks one.
    static QString defaultDataFolder();
    // The database file Relais creates in `folder`.
    static QString databasePathIn(const QString& folder);

    void done(int result) override;
    void reject() override;

private:
    void setUpPages();
    void browseDataFolder();
    void updateDatabasePathLabel();
    QString administratorProblem() const;
    void updateAdministratorMessage();
    void createStore();
    void showCreationFailure(const QString& message);
    void copyRecoveryKey();

    std::unique_ptr<Ui::SetupWizard> m_ui;
    const core::Clock& m_clock;
    QString m_databasePath;
};

} // namespace relais::gui
