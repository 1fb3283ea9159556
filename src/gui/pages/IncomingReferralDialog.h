#pragma once

#include "core/domain/Entities.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

class PersonSearch;

// Records a referral received from a partner organisation ("orientation", seed
// 001): the person (found by search, or new by name), the partner, the programme
// and the reason. The candidate then waits in the intake queue
// (OutreachService::receiveReferral); refusals are the service's messages.
class IncomingReferralDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IncomingReferralDialog(storage::Workspace& workspace, QWidget* parent = nullptr);

    std::optional<core::Case> openedCase() const { return m_opened; }

private:
    void save();

    storage::Workspace& m_workspace;
    PersonSearch* m_search = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QListWidget* m_resultsListWidget = nullptr;
    QLineEdit* m_firstNameLineEdit = nullptr;
    QLineEdit* m_lastNameLineEdit = nullptr;
    QLabel* m_chosenLabel = nullptr;
    QComboBox* m_partnerComboBox = nullptr;
    QComboBox* m_programmeComboBox = nullptr;
    QPlainTextEdit* m_reasonTextEdit = nullptr;
    QLabel* m_messageLabel = nullptr;
    std::optional<qint64> m_personId;
    std::optional<core::Case> m_opened;
};

} // namespace relais::gui
