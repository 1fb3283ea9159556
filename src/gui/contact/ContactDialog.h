#pragma once

#include "core/domain/Entities.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;

#include <memory>
#include <optional>

namespace Ui {
class ContactDialog;
}

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

class CheckableListFilter;
class PersonSearch;

// "New contact" (Ctrl+N from anywhere): logs one outreach encounter from the
// keyboard. Date and time start at now, my territory and last place come from my
// preferences; the person is picked by search or, with Alt+A, recorded as
// anonymous (alias or description, approximate age). Types, problems and partner
// referrals are checkable lists with type-ahead. Ctrl+Return saves through
// OutreachService, which judges the entry: its refusal is shown in the dialog
// with everything typed kept.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ContactDialog(storage::Workspace& workspace, std::optional<qint64> personId = {},
                           QWidget* parent = nullptr);
    ~ContactDialog() override;

    // The intervention as saved (with its id and person), once the dialog was accepted.
    std::optional<core::Intervention> savedIntervention() const { return m_saved; }

    // What is typed and not saved, so that an automatic lock loses nothing
    // (empty when nothing was typed); the main window keeps it encrypted in the
    // database for this user only.
    QJsonObject unsavedDraft() const;
    // Puts a draft from unsavedDraft() back into the dialog.
    void restoreDraft(const QJsonObject& draft);

    // Per-user preferences (PreferenceService, in the encrypted database): my
    // territory, as its UUID, and the last place, as {"kind": code, "name": text}.
    static QString territoryPreferenceKey();
    static QString placePreferenceKey();
    // Fills a territory combo (a "no territory" entry first) and selects my territory.
    static void fillTerritories(storage::Workspace& workspace, QComboBox* comboBox, QString* error);

private:
    void loadReferenceLists();
    void fillAgeBands();
    void restorePreferences();
    void storePreferences();
    void preselectPerson(qint64 personId);
    void choosePerson(const core::PersonSummary& person);
    void setAnonymous(bool anonymous);
    void addProblem();
    void save();
    void showMessage(const QString& message);

    std::unique_ptr<Ui::ContactDialog> m_ui;
    storage::Workspace& m_workspace;
    PersonSearch* m_personSearch = nullptr;
    CheckableListFilter* m_types = nullptr;
    CheckableListFilter* m_problems = nullptr;
    CheckableListFilter* m_partners = nullptr;
    std::optional<qint64> m_personId;
    std::optional<core::Intervention> m_saved;
};

} // namespace relais::gui
