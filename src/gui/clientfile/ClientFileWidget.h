#pragma once

#include "core/domain/Entities.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QJsonObject>
#include <QVariant>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QUndoStack;

namespace Ui {
class ClientFileWidget;
}

namespace relais::gui {

// The client file of one person: header (name or alias, age, language, housing,
// case manager, consent, safety alert), the pipeline strip of the current case
// with what core says is still missing and the action for the next step, and the
// sections of the file in tabs. Identity and assessment edits are QUndoCommands
// until saved (Ctrl+S); every other action calls the service at once and
// refreshes. Holds no rules: guards, caps and permissions answer from core.
class ClientFileWidget : public QWidget
{
    Q_OBJECT
public:
    ClientFileWidget(storage::Workspace& workspace, qint64 personId, QWidget* parent = nullptr);
    ~ClientFileWidget() override;

    qint64 personId() const { return m_personId; }
    // False when opening was refused (the refusal is shown instead of the file).
    bool isFileOpen() const { return m_person.has_value(); }
    // The case the strip shows, if any.
    std::optional<qint64> currentCaseId() const;
    bool hasUnsavedChanges() const;
    // "Name or alias", with "*" while changes are unsaved: for a tab or window title.
    QString title() const;

    QUndoStack* undoStack() const { return m_undoStack; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* saveAction() const { return m_saveAction; }

    // What is typed and not saved, so that an automatic lock loses nothing: the
    // person and the edited fields' values (empty when nothing is pending). The
    // main window keeps it encrypted in the database for this user only.
    QJsonObject unsavedDraft() const;
    // Puts a draft from unsavedDraft() back as unsaved, undoable edits.
    void restoreDraft(const QJsonObject& draft);

    // Right of access: writes everything Relais holds about the person that this
    // user may read as a PDF at `path` (not encrypted; the export is audited).
    bool exportFilePdf(const QString& path);

public slots:
    // Asks (not encrypted, where) and exports the person's file as PDF.
    void chooseExportFilePdf();
    // Writes the pending identity and assessment edits; false (and the message
    // shown) when core refuses them.
    bool save();
    // Reloads the cases, lists and history (not the pending edits).
    void refresh();

signals:
    void titleChanged(const QString& title);
    // A case of this person changed stage or status (caseload views may refresh).
    void caseChanged(qint64 caseId);
    // `mergedId` was merged into this file's person and no longer exists.
    void personMerged(qint64 keptId, qint64 mergedId);
    // The person's identity and notes were erased on request (the file now shows
    // the anonymised record).
    void personErased(qint64 personId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum Field {
        FirstName,
        LastName,
        Alias,
        Phone,
        Language,
        Housing,
        SafetyAlert,
        AssessmentSummary,
        Strengths,
        Resources,
    };

    void setUpForm();
    void setUpActions();
    void setUpEditTracking();
    void openFile();
    void fillHeader();
    void fillIdentityForm();
    void fillCaseCombo(std::optional<qint64> keepCaseId);
    void showCase();
    void fillAssessment();
    void fillIntake();
    void fillGoals();
    void fillInterventions();
    void fillReferrals();
    void fillEvaluation();
    void fillExit();
    void fillHistory();
    void updateActions();
    void updateDirtyState();

    const core::Case* currentCase() const;
    QVariant fieldValue(Field field) const;
    void applyField(int field, const QVariant& value);
    void fieldEdited(Field field);
    QString fieldName(Field field) const;
    core::Person draftPerson() const;
    QString shownName() const; // the display name, or "Anonymised file" after erasure
    QString userName(qint64 userId) const;
    QString partnerName(qint64 partnerId) const;
    QString stageLabel(core::Stage stage) const;

    // Actions on the current case.
    void openCase();
    void recordRequest();
    void admit();
    void advance();
    void exitCase();
    void reassess();
    void decline();
    void earlyExit();
    void placeOnWaitingList();
    void reopen();
    void addGoal();
    void recordEvaluation();
    void setReferralStatus();
    void mergeWithAnother();
    void eraseOnRequest();

    // Shows a refusal as core worded it; true when `status` is a success.
    bool report(const core::Status& status);
    template <typename T> bool report(const core::Result<T>& result)
    {
        if (result) {
            showMessage({});
            return true;
        }
        showMessage(result.error().userMessage);
        return false;
    }
    void showMessage(const QString& text);
    void afterCaseAction(qint64 caseId);

    std::unique_ptr<Ui::ClientFileWidget> m_ui;
    storage::Workspace& m_workspace;
    qint64 m_personId;
    core::LabelLanguage m_language;
    std::optional<core::Person> m_person;
    std::vector<core::Case> m_cases;
    std::vector<core::Goal> m_goals;
    std::vector<core::UserAccount> m_users;
    std::vector<core::PartnerOrganisation> m_partners;
    std::vector<core::Programme> m_programmes;
    QUndoStack* m_undoStack = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_eraseAction = nullptr;
    QHash<int, QVariant> m_lastValues;
    QHash<int, QVariant> m_savedValues; // as loaded from the database, for unsavedDraft()
    bool m_applyingField = false;
};

} // namespace relais::gui
