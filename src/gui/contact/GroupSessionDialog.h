#pragma once

#include "core/domain/Entities.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class GroupSessionDialog;
}

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

class PersonSearch;

// Logs a group session (seed 003's "intervention de groupe"): the group's name,
// open or closed, when and in which territory (my territory pre-filled), the
// attendees picked by search among known people and a head-count of those not
// named. Ctrl+Return saves through OutreachService::logGroupSession; its refusal
// is shown in the dialog with everything typed kept.
class GroupSessionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GroupSessionDialog(storage::Workspace& workspace, QWidget* parent = nullptr);
    ~GroupSessionDialog() override;

    std::optional<core::GroupSession> savedSession() const { return m_saved; }

private:
    void addAttendee(const core::PersonSummary& person);
    void removeAttendee();
    void save();
    void showMessage(const QString& message);

    std::unique_ptr<Ui::GroupSessionDialog> m_ui;
    storage::Workspace& m_workspace;
    PersonSearch* m_attendeeSearch = nullptr;
    std::optional<core::GroupSession> m_saved;
};

} // namespace relais::gui
