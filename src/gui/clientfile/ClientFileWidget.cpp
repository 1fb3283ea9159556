#include "ClientFileWidget.h"

#include "FieldEditCommand.h"
#include "LabelLanguage.h"
#include "MergePersonDialog.h"
#include "gui/MessageBox.h"
#include "gui/exchange/DataExchange.h"
#include "ui_ClientFileWidget.h"

#include "core/domain/AccessPolicy.h"
#include "core/domain/Pipeline.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>

namespace relais::gui {

namespace {

// The date edit's minimum stands for "no target date" (shown as special text).
const QDate kNoTargetDate(2000, 1, 1);

bool isOpenCase(const core::Case& value)
{
    return value.status == core::CaseStatus::Intake || value.status == core::CaseStatus::WaitingList
        || value.status == core::CaseStatus::Active;
}

bool identityDiffers(const core::Person& a, const core::Person& b)
{
    return a.firstName != b.firstName || a.lastName != b.lastName || a.alias != b.alias || a.phone != b.phone
        || a.language != b.language || a.housingSituation != b.housingSituation || a.safetyAlert != b.safetyAlert;
}

template <typename E> void fillCodedCombo(QComboBox* combo, core::LabelLanguage language, const QString& noneText)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!noneText.isNull()) {
        combo->addItem(noneText);
    }
    for (const auto& entry : core::codedValues<E>()) {
        combo->addItem(core::labelOf(entry.value, language), static_cast<int>(entry.value));
    }
}

template <typename E> std::optional<E> comboValue(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid()) {
        return std::nullopt;
    }
    return static_cast<E>(data.toInt());
}

template <typename E> QVariant optionalToVariant(const std::optional<E>& value)
{
    return value ? QVariant(static_cast<int>(*value)) : QVariant();
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = value.isValid() ? combo->findData(value) : 0;
    combo->setCurrentIndex(std::max(index, 0));
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

void prepareTable(QTableWidget* table, const QStringList& headers)
{
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

} // namespace

ClientFileWidget::ClientFileWidget(storage::Workspace& workspace, qint64 personId, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClientFileWidget>())
    , m_workspace(workspace)
    , m_personId(personId)
    , m_language(interfaceLabelLanguage())
    , m_undoStack(new QUndoStack(this))
{
    m_ui->setupUi(this);
    setUpForm();
    setUpActions();
    setUpEditTracking();
    openFile();
}

ClientFileWidget::~ClientFileWidget()
{
    // A stack that still holds edits signals while QObject deletes it, after this
    // class is gone: stop listening first.
    m_undoStack->disconnect(this);
}

void ClientFileWidget::setUpForm()
{
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    m_ui->safetyAlertLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #b00020; color: white; font-weight: bold; padding: 6px; "
                       "border-radius: 3px; }"));
    m_ui->unsavedLabel->setStyleSheet(QStringLiteral("QLabel { color: #b35900; font-weight: bold; }"));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_ui->pipelineStripWidget->setLabelLanguage(m_language);
    m_ui->detailsLayout->setSpacing(fontMetrics().averageCharWidth() * 3);
    m_ui->missingListWidget->setMaximumHeight(fontMetrics().height() * 6);
    m_ui->missingGroupBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->fileLayout->setStretchFactor(m_ui->sectionsTabWidget, 1);

    fillCodedCombo<core::Language>(m_ui->languageComboBox, m_language, tr("Not recorded"));
    fillCodedCombo<core::HousingSituation>(m_ui->housingSituationComboBox, m_language, tr("Not recorded"));
    fillCodedCombo<core::ExitReason>(m_ui->exitReasonComboBox, m_language, tr("Choose the reason\u2026"));
    fillCodedCombo<core::HousingSituation>(m_ui->exitHousingComboBox, m_language,
                                           tr("Choose where the person goes\u2026"));
    fillCodedCombo<core::ReferralStatus>(m_ui->referralStatusComboBox, m_language, QString());
    m_ui->satisfactionComboBox->addItem(tr("Not recorded"));
    for (int mark = 1; mark <= 5; ++mark) {
        m_ui->satisfactionComboBox->addItem(QString::number(mark), mark);
    }
    m_ui->goalTargetDateEdit->setMinimumDate(kNoTargetDate);
    m_ui->goalTargetDateEdit->setSpecialValueText(tr("No target date"));
    m_ui->goalTargetDateEdit->setDate(kNoTargetDate);

    for (QPlainTextEdit* edit :
         {m_ui->assessmentSummaryPlainTextEdit, m_ui->strengthsPlainTextEdit, m_ui->resourcesPlainTextEdit}) {
        // The file's undo stack owns undo, so Ctrl+Z means the same everywhere.
        edit->setUndoRedoEnabled(false);
    }
    m_ui->assessmentSummaryPlainTextEdit->setAccessibleName(tr("Problems and weaknesses"));
    m_ui->strengthsPlainTextEdit->setAccessibleName(tr("Strengths"));
    m_ui->resourcesPlainTextEdit->setAccessibleName(tr("Resources"));

    auto* menu = new QMenu(m_ui->moreActionsToolButton);
    menu->setObjectName(QStringLiteral("moreActionsMenu"));
    QAction* wait = menu->addAction(tr("Put on the &waiting list"), this, &ClientFileWidget::placeOnWaitingList);
    wait->setObjectName(QStringLiteral("waitingListAction"));
    QAction* declineAction = menu->addAction(tr("&Decline the candidate\u2026"), this, &ClientFileWidget::decline);
    declineAction->setObjectName(QStringLiteral("declineAction"));
    QAction* early = menu->addAction(tr("&Early exit\u2026"), this, &ClientFileWidget::earlyExit);
    early->setObjectName(QStringLiteral("earlyExitAction"));
    QAction* reopenAction = menu->addAction(tr("&Reopen as a new case"), this, &ClientFileWidget::reopen);
    reopenAction->setObjectName(QStringLiteral("reopenAction"));
    for (QAction* action : {wait, declineAction, early, reopenAction}) {
        action->setProperty("caseAction", true);
    }
    // Erasure on request (right to erasure): offered only to who core lets erase.
    menu->addSeparator();
    m_eraseAction
        = menu->addAction(tr("E&rase this person's file on request\u2026"), this, &ClientFileWidget::eraseOnRequest);
    m_eraseAction->setObjectName(QStringLiteral("eraseFileAction"));
    m_eraseAction->setVisible(core::AccessPolicy::canErasePeople(m_workspace.user()));
    m_ui->moreActionsToolButton->setMenu(menu);
    m_ui->moreActionsToolButton->setAccessibleName(tr("More actions on the case and the file"));

    // Right of access: the whole file as a PDF, beside the file's other actions.
    auto* exportFile = new QAction(tr("Export this person's file (&PDF)…"), this);
    exportFile->setObjectName(QStringLiteral("exportPersonFileAction"));
    exportFile->setShortcut(QKeySequence::Print);
    exportFile->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportFile, &QAction::triggered, this, &ClientFileWidget::chooseExportFilePdf);
    addAction(exportFile);
    auto* exportButton = new QPushButton(tr("Export file (PDF)…"), this);
    exportButton->setObjectName(QStringLiteral("exportPersonFilePushButton"));
    exportButton->setAccessibleName(tr("Export this person's file as PDF"));
    exportButton->setToolTip(tr("Everything Relais holds about this person, as a PDF that is not encrypted "
                                "(right of access). %1")
                                 .arg(exportFile->shortcut().toString(QKeySequence::NativeText)));
    connect(exportButton, &QPushButton::clicked, exportFile, &QAction::trigger);
    m_ui->titleLayout->insertWidget(m_ui->titleLayout->indexOf(m_ui->mergePushButton), exportButton);

    connect(m_ui->openCasePushButton, &QPushButton::clicked, this, &ClientFileWidget::openCase);
    connect(m_ui->recordRequestPushButton, &QPushButton::clicked, this, &ClientFileWidget::recordRequest);
    connect(m_ui->admitPushButton, &QPushButton::clicked, this, &ClientFileWidget::admit);
    connect(m_ui->advancePushButton, &QPushButton::clicked, this, &ClientFileWidget::advance);
    connect(m_ui->exitPushButton, &QPushButton::clicked, this, &ClientFileWidget::exitCase);
    connect(m_ui->reassessPushButton, &QPushButton::clicked, this, &ClientFileWidget::reassess);
    connect(m_ui->addGoalPushButton, &QPushButton::clicked, this, &ClientFileWidget::addGoal);
    connect(m_ui->recordEvaluationPushButton, &QPushButton::clicked, this, &ClientFileWidget::recordEvaluation);
    connect(m_ui->setReferralStatusPushButton, &QPushButton::clicked, this, &ClientFileWidget::setReferralStatus);
    connect(m_ui->mergePushButton, &QPushButton::clicked, this, &ClientFileWidget::mergeWithAnother);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &ClientFileWidget::save);
    connect(m_ui->caseComboBox, &QComboBox::currentIndexChanged, this, [this] { showCase(); });
    connect(m_ui->referralsTableWidget, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            const QTableWidgetItem* item = m_ui->referralsTableWidget->item(row, 0);
            selectData(m_ui->referralStatusComboBox, item->data(Qt::UserRole + 1));
        }
    });
}

void ClientFileWidget::setUpActions()
{
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &ClientFileWidget::save);
    auto* refreshAction = new QAction(tr("Re&fresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &ClientFileWidget::refresh);
    for (QAction* action : {m_undoAction, m_redoAction, m_saveAction, refreshAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &ClientFileWidget::updateDirtyState);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &ClientFileWidget::updateDirtyState);
}

void ClientFileWidget::setUpEditTracking()
{
    const std::pair<QLineEdit*, Field> lineEdits[] = {
        {m_ui->firstNameLineEdit, FirstName}, {m_ui->lastNameLineEdit, LastName},       {m_ui->aliasLineEdit, Alias},
        {m_ui->phoneLineEdit, Phone},         {m_ui->safetyAlertLineEdit, SafetyAlert},
    };
    for (const auto& [edit, field] : lineEdits) {
        connect(edit, &QLineEdit::textChanged, this, [this, field = field] { fieldEdited(field); });
        edit->installEventFilter(this);
    }
    const std::pair<QPlainTextEdit*, Field> textEdits[] = {
        {m_ui->assessmentSummaryPlainTextEdit, AssessmentSummary},
        {m_ui->strengthsPlainTextEdit, Strengths},
        {m_ui->resourcesPlainTextEdit, Resources},
    };
    for (const auto& [edit, field] : textEdits) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field = field] { fieldEdited(field); });
        edit->installEventFilter(this);
    }
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this] { fieldEdited(Language); });
    connect(m_ui->housingSituationComboBox, &QComboBox::currentIndexChanged, this, [this] { fieldEdited(Housing); });
}

bool ClientFileWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Line edits claim Ctrl+Z for their own undo; let the file's stack have it.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || (key->key() == Qt::Key_Z && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))) {
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- Right of access --------------------------------------------------------

void ClientFileWidget::chooseExportFilePdf()
{
    if (!isFileOpen()) {
        return;
    }
    if (hasUnsavedChanges()) {
        MessageBox::information(this, tr("Export this person's file"),
                                tr("The file has changes that are not saved, and the PDF holds what is saved. Save "
                                   "them (Ctrl+S) or undo them first."));
        return;
    }
    DataExchange::chooseAndExportPersonFile(this, m_workspace, m_personId);
}

bool ClientFileWidget::exportFilePdf(const QString& path)
{
    return isFileOpen() && DataExchange::exportPersonFile(this, m_workspace, m_personId, path);
}

// ---- Loading ----------------------------------------------------------------

void ClientFileWidget::openFile()
{
    auto opened = m_workspace.people().openFile(m_workspace.user(), m_personId);
    if (!opened) {
        m_ui->refusalLabel->setText(opened.error().userMessage);
        m_ui->refusalLabel->setAccessibleName(opened.error().userMessage);
        m_ui->pageStackedWidget->setCurrentWidget(m_ui->refusalPage);
        emit titleChanged(title());
        return;
    }
    m_person = std::move(*opened);
    if (auto users = m_workspace.reference().users()) {
        m_users = std::move(*users);
    }
    if (auto partners = m_workspace.reference().partners()) {
        m_partners = std::move(*partners);
    }
    if (auto programmes = m_workspace.reference().programmes()) {
        m_programmes = std::move(*programmes);
    }
    const bool canOverride = core::AccessPolicy::canOverrideEligibility(m_workspace.user());
    m_ui->overrideReasonLineEdit->setEnabled(canOverride);
    m_ui->overrideReasonLabel->setEnabled(canOverride);
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->filePage);
    fillIdentityForm();
    refresh();
    updateDirtyState();
}

void ClientFileWidget::refresh()
{
    if (!m_person) {
        return;
    }
    auto cases = m_workspace.cases().casesOfPerson(m_workspace.user(), m_personId);
    if (!report(cases)) {
        return;
    }
    m_cases = std::move(*cases);
    fillCaseCombo(currentCaseId());
    showCase();
    fillInterventions();
    fillReferrals();
}

void ClientFileWidget::fillCaseCombo(std::optional<qint64> keepCaseId)
{
    const QSignalBlocker blocker(m_ui->caseComboBox);
    m_ui->caseComboBox->clear();
    int selected = -1;
    for (int index = 0; index < static_cast<int>(m_cases.size()); ++index) {
        const core::Case& value = m_cases[static_cast<size_t>(index)];
        QString programme;
        for (const core::Programme& candidate : m_programmes) {
            if (candidate.id == value.programmeId) {
                programme = candidate.name;
            }
        }
        m_ui->caseComboBox->addItem(tr("%1 \u2014 %2, opened on %3")
                                        .arg(programme, core::labelOf(value.status, m_language),
                                             QLocale().toString(value.openedOn, QLocale::ShortFormat)),
                                    value.id);
        if (keepCaseId && value.id == *keepCaseId) {
            selected = index;
        }
    }
    if (selected < 0) {
        // The latest open case, else the latest case.
        for (int index = static_cast<int>(m_cases.size()) - 1; index >= 0 && selected < 0; --index) {
            if (isOpenCase(m_cases[static_cast<size_t>(index)])) {
                selected = index;
            }
        }
        if (selected < 0) {
            selected = static_cast<int>(m_cases.size()) - 1;
        }
    }
    m_ui->caseComboBox->setCurrentIndex(selected);
    const bool several = m_cases.size() > 1;
    m_ui->caseComboBox->setVisible(several);
    m_ui->caseLabel->setVisible(several);
}

std::optional<qint64> ClientFileWidget::currentCaseId() const
{
    const QVariant caseId = m_ui->caseComboBox->currentData();
    if (!caseId.isValid()) {
        return std::nullopt;
    }
    return caseId.toLongLong();
}

const core::Case* ClientFileWidget::currentCase() const
{
    const std::optional<qint64> id = currentCaseId();
    if (!id) {
        return nullptr;
    }
    for (const core::Case& value : m_cases) {
        if (value.id == *id) {
            return &value;
        }
    }
    return nullptr;
}

void ClientFileWidget::showCase()
{
    const core::Case* value = currentCase();
    m_ui->missingListWidget->clear();
    m_goals.clear();
    if (value == nullptr) {
        m_ui->pipelineStripWidget->setCurrentStage(std::nullopt);
        m_ui->pipelineStripWidget->setClosed(false);
        m_ui->caseStatusLabel->setText(tr("No case yet: open one to follow the person through the six stages."));
        m_ui->nothingMissingLabel->setVisible(false);
        m_ui->missingListWidget->setVisible(false);
        m_ui->caseSummaryLabel->clear();
    } else {
        m_ui->pipelineStripWidget->setCurrentStage(value->stage);
        m_ui->pipelineStripWidget->setClosed(value->status == core::CaseStatus::Closed
                                             || value->status == core::CaseStatus::Declined);
        QString status = core::labelOf(value->status, m_language);
        if (value->status == core::CaseStatus::WaitingList && value->waitingSince) {
            status = tr("%1 since %2").arg(status, QLocale().toString(*value->waitingSince, QLocale::ShortFormat));
        }
        if (value->cycle > 1) {
            status = tr("%1 \u2014 cycle %2").arg(status).arg(value->cycle);
        }
        m_ui->caseStatusLabel->setText(status);
        auto missing = m_workspace.cases().missingForNextStep(m_workspace.user(), value->id);
        if (missing) {
            m_ui->missingListWidget->addItems(*missing);
        }
        m_ui->nothingMissingLabel->setVisible(missing && missing->isEmpty());
        m_ui->missingListWidget->setVisible(!missing || !missing->isEmpty());
        QStringList facts {tr("Opened on %1").arg(QLocale().toString(value->openedOn, QLocale::ShortFormat))};
        if (value->admittedOn) {
            facts << tr("admitted on %1").arg(QLocale().toString(*value->admittedOn, QLocale::ShortFormat));
        }
        if (value->nextContactDue) {
            facts << tr("next contact due on %1").arg(QLocale().toString(*value->nextContactDue, QLocale::ShortFormat));
        }
        if (value->closedOn) {
            facts << tr("closed on %1").arg(QLocale().toString(*value->closedOn, QLocale::ShortFormat));
        }
        m_ui->caseSummaryLabel->setText(facts.join(QStringLiteral(", ")) + QLatin1Char('.'));
        if (auto goals = m_workspace.cases().goals(m_workspace.user(), value->id)) {
            m_goals = std::move(*goals);
        }
    }
    m_ui->missingGroupBox->setEnabled(value != nullptr);
    fillHeader();
    fillIntake();
    if (m_undoStack->isClean()) {
        fillAssessment();
    }
    fillGoals();
    fillEvaluation();
    fillExit();
    fillHistory();
    updateActions();
}

QString ClientFileWidget::stageLabel(core::Stage stage) const
{
    return core::labelOf(stage, m_language);
}

QString ClientFileWidget::userName(qint64 userId) const
{
    for (const core::UserAccount& user : m_users) {
        if (user.id == userId) {
            return user.displayName.isEmpty() ? user.userName : user.displayName;
        }
    }
    return tr("user %1").arg(userId);
}

QString ClientFileWidget::partnerName(qint64 partnerId) const
{
    for (const core::PartnerOrganisation& partner : m_partners) {
        if (partner.id == partnerId) {
            return partner.name;
        }
    }
    return tr("partner %1").arg(partnerId);
}

void ClientFileWidget::fillHeader()
{
    if (!m_person) {
        return;
    }
    const core::Person& person = *m_person;
    const QDate today = m_workspace.context().calendar.today(m_workspace.context().clock);
    m_ui->nameLabel->setText(shownName());
    if (person.birthDate) {
        int years = today.year() - person.birthDate->year();
        if (today < person.birthDate->addYears(years)) {
            --years;
        }
        m_ui->ageLabel->setText(years == 1 ? tr("1 year old") : tr("%1 years old").arg(years));
    } else if (person.birthYear) {
        m_ui->ageLabel->setText(tr("about %1 years old").arg(today.year() - *person.birthYear));
    } else if (person.ageBand.isSet()) {
        m_ui->ageLabel->setText(tr("%1 to %2 years old").arg(person.ageBand.minAge).arg(person.ageBand.maxAge));
    } else {
        m_ui->ageLabel->setText(tr("Age unknown"));
    }
    m_ui->languageLabel->setText(person.language ? core::labelOf(*person.language, m_language)
                                                 : tr("Language not recorded"));
    if (person.housingSituation) {
        const QString situation = core::labelOf(*person.housingSituation, m_language);
        m_ui->housingLabel->setText(
            person.housingSince
                ? tr("%1 since %2").arg(situation, QLocale().toString(*person.housingSince, QLocale::ShortFormat))
                : situation);
    } else {
        m_ui->housingLabel->setText(tr("Housing not recorded"));
    }
    const core::Case* value = currentCase();
    m_ui->caseManagerLabel->setText(value != nullptr && value->caseManagerId
                                        ? tr("Case manager: %1").arg(userName(*value->caseManagerId))
                                        : tr("No case manager"));
    // Referring to a partner needs a consent valid that day (OutreachService): warn a month ahead.
    constexpr int kConsentWarningDays = 30;
    if (person.consent.isValidOn(today)) {
        const qint64 daysLeft = person.consent.expiresOn ? today.daysTo(*person.consent.expiresOn) : -1;
        const QString until =
            person.consent.expiresOn ? QLocale().toString(*person.consent.expiresOn, QLocale::ShortFormat) : QString();
        m_ui->consentLabel->setText(
            !person.consent.expiresOn ? tr("Consent valid")
            : daysLeft <= kConsentWarningDays
                ? tr("\u26a0 Consent expires on %1 (in %n day(s)): renew it to keep referring to partners", nullptr,
                     static_cast<int>(daysLeft))
                      .arg(until)
                : tr("Consent valid until %1").arg(until));
    } else if (person.consent.givenOn) {
        m_ui->consentLabel->setText(
            person.consent.expiresOn
                ? tr("\u26a0 Consent expired on %1: no referral to a partner until it is renewed")
                      .arg(QLocale().toString(*person.consent.expiresOn, QLocale::ShortFormat))
                : tr("Consent expired"));
    } else {
        m_ui->consentLabel->setText(tr("No consent recorded"));
    }
    const QString alert = person.safetyAlert.trimmed();
    m_ui->safetyAlertLabel->setVisible(!alert.isEmpty());
    m_ui->safetyAlertLabel->setText(tr("\u26a0 Safety alert: %1").arg(alert));
    m_ui->safetyAlertLabel->setAccessibleDescription(alert);
    emit titleChanged(title());
}

void ClientFileWidget::fillIdentityForm()
{
    const core::Person& person = *m_person;
    m_applyingField = true;
    m_ui->firstNameLineEdit->setText(person.firstName);
    m_ui->lastNameLineEdit->setText(person.lastName);
    m_ui->aliasLineEdit->setText(person.alias);
    m_ui->phoneLineEdit->setText(person.phone);
    m_ui->safetyAlertLineEdit->setText(person.safetyAlert);
    selectData(m_ui->languageComboBox, optionalToVariant(person.language));
    selectData(m_ui->housingSituationComboBox, optionalToVariant(person.housingSituation));
    m_applyingField = false;
    for (Field field : {FirstName, LastName, Alias, Phone, SafetyAlert, Language, Housing}) {
        m_lastValues[field] = fieldValue(field);
        m_savedValues[field] = m_lastValues[field];
    }
}

void ClientFileWidget::fillAssessment()
{
    const core::Case* value = currentCase();
    m_applyingField = true;
    m_ui->assessmentSummaryPlainTextEdit->setPlainText(value != nullptr ? value->assessmentSummary : QString());
    m_ui->strengthsPlainTextEdit->setPlainText(value != nullptr ? value->strengths : QString());
    m_ui->resourcesPlainTextEdit->setPlainText(value != nullptr ? value->resources : QString());
    m_applyingField = false;
    for (Field field : {AssessmentSummary, Strengths, Resources}) {
        m_lastValues[field] = fieldValue(field);
        m_savedValues[field] = m_lastValues[field];
    }
    m_ui->assessmentTab->setEnabled(value != nullptr);
}

void ClientFileWidget::fillIntake()
{
    const core::Case* value = currentCase();
    m_ui->eligibilityListWidget->clear();
    if (value == nullptr) {
        m_ui->requestLabel->setText(tr("No case."));
        m_ui->intakeTab->setEnabled(false);
        return;
    }
    m_ui->intakeTab->setEnabled(true);
    m_ui->requestLabel->setText(value->personRequested ? tr("The person's own request is recorded.")
                                                       : tr("No request from the person recorded yet."));
    m_ui->recordRequestPushButton->setEnabled(!value->personRequested);
    auto warnings = m_workspace.cases().eligibilityWarnings(m_workspace.user(), value->id);
    if (warnings && warnings->isEmpty()) {
        m_ui->eligibilityListWidget->addItem(tr("The person meets the programme's eligibility rules."));
    } else if (warnings) {
        m_ui->eligibilityListWidget->addItems(*warnings);
    }
    if (!value->eligibilityOverrideReason.isEmpty()) {
        m_ui->eligibilityListWidget->addItem(
            tr("Admitted despite the warnings: %1").arg(value->eligibilityOverrideReason));
    }
    if (!value->declineReason.isEmpty()) {
        m_ui->eligibilityListWidget->addItem(tr("Declined: %1").arg(value->declineReason));
    }
}

void ClientFileWidget::fillGoals()
{
    prepareTable(m_ui->goalsTableWidget, {tr("Goal"), tr("Means"), tr("Target date"), tr("Cycle"), tr("Result")});
    for (const core::Goal& goal : m_goals) {
        const int row = m_ui->goalsTableWidget->rowCount();
        m_ui->goalsTableWidget->insertRow(row);
        m_ui->goalsTableWidget->setItem(row, 0, cell(goal.description));
        m_ui->goalsTableWidget->setItem(row, 1, cell(goal.means));
        m_ui->goalsTableWidget->setItem(
            row, 2, cell(goal.targetDate ? QLocale().toString(*goal.targetDate, QLocale::ShortFormat) : QString()));
        m_ui->goalsTableWidget->setItem(row, 3, cell(QString::number(goal.cycle)));
        m_ui->goalsTableWidget->setItem(row, 4,
                                        cell(goal.outcome ? core::labelOf(*goal.outcome, m_language) : QString()));
    }
    m_ui->goalsTableWidget->resizeColumnsToContents();
    m_ui->planTab->setEnabled(currentCase() != nullptr);
}

void ClientFileWidget::fillEvaluation()
{
    const core::Case* value = currentCase();
    prepareTable(m_ui->outcomesTableWidget, {tr("Goal"), tr("Result")});
    if (value == nullptr) {
        m_ui->evaluationTab->setEnabled(false);
        return;
    }
    m_ui->evaluationTab->setEnabled(true);
    for (const core::Goal& goal : m_goals) {
        if (goal.cycle != value->cycle) {
            continue;
        }
        const int row = m_ui->outcomesTableWidget->rowCount();
        m_ui->outcomesTableWidget->insertRow(row);
        auto* description = cell(goal.description);
        description->setData(Qt::UserRole, goal.id);
        m_ui->outcomesTableWidget->setItem(row, 0, description);
        auto* outcome = new QComboBox(m_ui->outcomesTableWidget);
        outcome->setObjectName(QStringLiteral("outcomeComboBox"));
        outcome->setAccessibleName(tr("Result of “%1”").arg(goal.description));
        fillCodedCombo<core::GoalOutcome>(outcome, m_language, tr("Not recorded"));
        selectData(outcome, optionalToVariant(goal.outcome));
        m_ui->outcomesTableWidget->setCellWidget(row, 1, outcome);
    }
    m_ui->outcomesTableWidget->resizeColumnsToContents();
    selectData(m_ui->satisfactionComboBox, value->satisfaction ? QVariant(*value->satisfaction) : QVariant());
}

void ClientFileWidget::fillExit()
{
    const core::Case* value = currentCase();
    m_ui->exitTab->setEnabled(value != nullptr);
    if (value == nullptr || !value->exitReason) {
        m_ui->exitSummaryLabel->clear();
        return;
    }
    QString summary = tr("Left on %1: %2.")
                          .arg(value->closedOn ? QLocale().toString(*value->closedOn, QLocale::ShortFormat) : QString(),
                               core::labelOf(*value->exitReason, m_language));
    if (value->exitHousing) {
        summary += QLatin1Char(' ') + tr("Housing on leaving: %1.").arg(core::labelOf(*value->exitHousing, m_language));
    }
    if (!value->exitNote.isEmpty()) {
        summary += QLatin1Char(' ') + value->exitNote;
    }
    m_ui->exitSummaryLabel->setText(summary);
}

void ClientFileWidget::fillInterventions()
{
    prepareTable(m_ui->interventionsTableWidget, {tr("When"), tr("Where"), tr("Type"), tr("By"), tr("Note")});
    auto interventions = m_workspace.outreach().interventionsOf(m_workspace.user(), m_personId);
    if (!interventions) {
        return;
    }
    QHash<qint64, QString> typeLabels;
    if (auto types = m_workspace.reference().interventionTypes()) {
        for (const core::InterventionType& type : *types) {
            typeLabels.insert(type.id, m_language == core::LabelLanguage::French ? type.labelFr : type.labelEn);
        }
    }
    std::vector<core::Intervention> list = std::move(*interventions);
    std::stable_sort(list.begin(), list.end(), [](const core::Intervention& a, const core::Intervention& b) {
        return a.occurredAt > b.occurredAt;
    });
    for (const core::Intervention& intervention : list) {
        const int row = m_ui->interventionsTableWidget->rowCount();
        m_ui->interventionsTableWidget->insertRow(row);
        QStringList types;
        for (qint64 typeId : intervention.typeIds) {
            types << typeLabels.value(typeId);
        }
        QString place = core::labelOf(intervention.placeKind, m_language);
        if (!intervention.placeName.isEmpty()) {
            place += QStringLiteral(" \u2014 ") + intervention.placeName;
        }
        m_ui->interventionsTableWidget->setItem(
            row, 0, cell(QLocale().toString(intervention.occurredAt.toLocalTime(), QLocale::ShortFormat)));
        m_ui->interventionsTableWidget->setItem(row, 1, cell(place));
        m_ui->interventionsTableWidget->setItem(row, 2, cell(types.join(QStringLiteral(", "))));
        m_ui->interventionsTableWidget->setItem(row, 3, cell(userName(intervention.workerId)));
        m_ui->interventionsTableWidget->setItem(row, 4, cell(intervention.note));
    }
    m_ui->interventionsTableWidget->resizeColumnsToContents();
}

void ClientFileWidget::fillReferrals()
{
    prepareTable(m_ui->referralsTableWidget, {tr("Date"), tr("Direction"), tr("Partner"), tr("Status"), tr("Reason")});
    auto referrals = m_workspace.outreach().referralsOf(m_workspace.user(), m_personId);
    if (!referrals) {
        return;
    }
    for (const core::Referral& referral : *referrals) {
        const int row = m_ui->referralsTableWidget->rowCount();
        m_ui->referralsTableWidget->insertRow(row);
        auto* date = cell(QLocale().toString(referral.referredOn, QLocale::ShortFormat));
        date->setData(Qt::UserRole, referral.id);
        date->setData(Qt::UserRole + 1, static_cast<int>(referral.status));
        m_ui->referralsTableWidget->setItem(row, 0, date);
        m_ui->referralsTableWidget->setItem(row, 1, cell(core::labelOf(referral.direction, m_language)));
        m_ui->referralsTableWidget->setItem(row, 2, cell(partnerName(referral.partnerId)));
        m_ui->referralsTableWidget->setItem(row, 3, cell(core::labelOf(referral.status, m_language)));
        m_ui->referralsTableWidget->setItem(row, 4, cell(referral.reason));
    }
    m_ui->referralsTableWidget->resizeColumnsToContents();
    const bool any = m_ui->referralsTableWidget->rowCount() > 0;
    m_ui->referralStatusComboBox->setEnabled(any);
    m_ui->setReferralStatusPushButton->setEnabled(any);
}

void ClientFileWidget::fillHistory()
{
    prepareTable(m_ui->historyTableWidget, {tr("When"), tr("Who"), tr("What"), tr("Fields")});
    struct Row
    {
        QDateTime at;
        qint64 userId;
        QString what;
        QString fields;
    };
    std::vector<Row> rows;
    const QHash<QString, QString> transitionLabels {
        {QStringLiteral("open"), tr("Case opened")}, {QStringLiteral("admit"), tr("Admitted")},
        {QStringLiteral("advance"), tr("Advanced")}, {QStringLiteral("reassess"), tr("Reassessment")},
        {QStringLiteral("exit"), tr("Exit")},        {QStringLiteral("early_exit"), tr("Early exit")},
        {QStringLiteral("decline"), tr("Declined")}, {QStringLiteral("wait"), tr("Put on the waiting list")},
    };
    for (const core::Case& value : m_cases) {
        auto transitions = m_workspace.cases().history(m_workspace.user(), value.id);
        if (!transitions) {
            continue;
        }
        for (const core::StageTransition& transition : *transitions) {
            QString what = transitionLabels.value(transition.action, transition.action) + QStringLiteral(": ");
            what += transition.fromStage
                ? tr("%1 \u2192 %2").arg(stageLabel(*transition.fromStage), stageLabel(transition.toStage))
                : stageLabel(transition.toStage);
            if (!transition.reason.isEmpty()) {
                what += QStringLiteral(" (") + transition.reason + QLatin1Char(')');
            }
            rows.push_back({transition.at, transition.byUserId, what, QString()});
        }
    }
    const QHash<QString, QString> auditLabels {
        {QStringLiteral("file.open"), tr("Opened the file")},
        {QStringLiteral("person.create"), tr("Created the record")},
        {QStringLiteral("person.update"), tr("Changed the identity")},
        {QStringLiteral("person.merge"), tr("Merged a duplicate")},
        {QStringLiteral("note.create"), tr("Added a note")},
    };
    if (auto entries = m_workspace.audit().historyOfPerson(m_workspace.user(), m_personId)) {
        for (const core::AuditEntry& entry : *entries) {
            rows.push_back({entry.at, entry.userId, auditLabels.value(entry.action, entry.action),
                            entry.fields.join(QStringLiteral(", "))});
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at > b.at; });
    for (const Row& row : rows) {
        const int index = m_ui->historyTableWidget->rowCount();
        m_ui->historyTableWidget->insertRow(index);
        m_ui->historyTableWidget->setItem(index, 0,
                                          cell(QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat)));
        m_ui->historyTableWidget->setItem(index, 1, cell(userName(row.userId)));
        m_ui->historyTableWidget->setItem(index, 2, cell(row.what));
        m_ui->historyTableWidget->setItem(index, 3, cell(row.fields));
    }
    m_ui->historyTableWidget->resizeColumnsToContents();
}

void ClientFileWidget::updateActions()
{
    const core::Case* value = currentCase();
    const bool candidate = value != nullptr
        && (value->status == core::CaseStatus::Intake || value->status == core::CaseStatus::WaitingList);
    const bool active = value != nullptr && value->status == core::CaseStatus::Active;
    const std::optional<core::Stage> next = active ? core::Pipeline::nextStage(value->stage) : std::nullopt;
    const bool evaluating = active && value->stage == core::Stage::Evaluation;

    m_ui->openCasePushButton->setVisible(m_cases.empty());
    m_ui->admitPushButton->setVisible(candidate);
    m_ui->advancePushButton->setVisible(active && next.has_value());
    if (next) {
        m_ui->advancePushButton->setText(tr("Ad&vance to %1").arg(stageLabel(*next)));
    }
    m_ui->exitPushButton->setVisible(evaluating);
    m_ui->reassessPushButton->setVisible(evaluating);
    for (QAction* action : m_ui->moreActionsToolButton->menu()->actions()) {
        if (action->property("caseAction").toBool()) {
            action->setVisible(value != nullptr);
        }
    }
    const bool canErase = m_eraseAction->isVisible() && m_person && !m_person->anonymisedAt;
    m_eraseAction->setEnabled(canErase);
    m_ui->moreActionsToolButton->setVisible(value != nullptr || canErase);
    for (QPushButton* button : {m_ui->admitPushButton, m_ui->advancePushButton, m_ui->exitPushButton}) {
        button->setDefault(button->isVisible() && m_ui->missingListWidget->count() == 0);
    }
}

// ---- Edits through the undo stack --------------------------------------------

QString ClientFileWidget::fieldName(Field field) const
{
    switch (field) {
    case FirstName:
        return tr("first name");
    case LastName:
        return tr("last name");
    case Alias:
        return tr("alias");
    case Phone:
        return tr("phone");
    case Language:
        return tr("language");
    case Housing:
        return tr("housing situation");
    case SafetyAlert:
        return tr("safety alert");
    case AssessmentSummary:
        return tr("problems and weaknesses");
    case Strengths:
        return tr("strengths");
    case Resources:
        return tr("resources");
    }
    return {};
}

QVariant ClientFileWidget::fieldValue(Field field) const
{
    switch (field) {
    case FirstName:
        return m_ui->firstNameLineEdit->text();
    case LastName:
        return m_ui->lastNameLineEdit->text();
    case Alias:
        return m_ui->aliasLineEdit->text();
    case Phone:
        return m_ui->phoneLineEdit->text();
    case Language:
        return m_ui->languageComboBox->currentData();
    case Housing:
        return m_ui->housingSituationComboBox->currentData();
    case SafetyAlert:
        return m_ui->safetyAlertLineEdit->text();
    case AssessmentSummary:
        return m_ui->assessmentSummaryPlainTextEdit->toPlainText();
    case Strengths:
        return m_ui->strengthsPlainTextEdit->toPlainText();
    case Resources:
        return m_ui->resourcesPlainTextEdit->toPlainText();
    }
    return {};
}

void ClientFileWidget::applyField(int field, const QVariant& value)
{
    m_applyingField = true;
    auto setLine = [&value](QLineEdit* edit) {
        if (edit->text() != value.toString()) {
            edit->setText(value.toString());
        }
    };
    auto setText = [&value](QPlainTextEdit* edit) {
        if (edit->toPlainText() != value.toString()) {
            edit->setPlainText(value.toString());
        }
    };
    switch (static_cast<Field>(field)) {
    case FirstName:
        setLine(m_ui->firstNameLineEdit);
        break;
    case LastName:
        setLine(m_ui->lastNameLineEdit);
        break;
    case Alias:
        setLine(m_ui->aliasLineEdit);
        break;
    case Phone:
        setLine(m_ui->phoneLineEdit);
        break;
    case SafetyAlert:
        setLine(m_ui->safetyAlertLineEdit);
        break;
    case Language:
        selectData(m_ui->languageComboBox, value);
        break;
    case Housing:
        selectData(m_ui->housingSituationComboBox, value);
        break;
    case AssessmentSummary:
        setText(m_ui->assessmentSummaryPlainTextEdit);
        break;
    case Strengths:
        setText(m_ui->strengthsPlainTextEdit);
        break;
    case Resources:
        setText(m_ui->resourcesPlainTextEdit);
        break;
    }
    m_lastValues[field] = value;
    m_applyingField = false;
}

void ClientFileWidget::fieldEdited(Field field)
{
    if (m_applyingField) {
        return;
    }
    const QVariant before = m_lastValues.value(field);
    const QVariant after = fieldValue(field);
    if (before == after) {
        return;
    }
    m_lastValues[field] = after;
    m_undoStack->push(new FieldEditCommand(field, fieldName(field), before, after,
                                           [this](int changed, const QVariant& value) { applyField(changed, value); }));
}

core::Person ClientFileWidget::draftPerson() const
{
    core::Person person = *m_person;
    person.firstName = m_ui->firstNameLineEdit->text().trimmed();
    person.lastName = m_ui->lastNameLineEdit->text().trimmed();
    person.alias = m_ui->aliasLineEdit->text().trimmed();
    person.phone = m_ui->phoneLineEdit->text().trimmed();
    person.safetyAlert = m_ui->safetyAlertLineEdit->text().trimmed();
    person.language = comboValue<core::Language>(m_ui->languageComboBox);
    person.housingSituation = comboValue<core::HousingSituation>(m_ui->housingSituationComboBox);
    return person;
}

QJsonObject ClientFileWidget::unsavedDraft() const
{
    if (!m_person || !hasUnsavedChanges()) {
        return {};
    }
    // Every field whose value differs from the saved one (the clean state).
    QJsonObject fields;
    for (int field = FirstName; field <= Resources; ++field) {
        const QVariant value = fieldValue(static_cast<Field>(field));
        if (value != m_savedValues.value(field)) {
            fields.insert(QString::number(field), QJsonValue::fromVariant(value));
        }
    }
    if (fields.isEmpty()) {
        return {};
    }
    return QJsonObject{{QStringLiteral("personId"), QString::number(m_personId)},
                       {QStringLiteral("fields"), fields}};
}

void ClientFileWidget::restoreDraft(const QJsonObject& draft)
{
    if (!m_person || draft.value(QStringLiteral("personId")).toString() != QString::number(m_personId)) {
        return;
    }
    const QJsonObject fields = draft.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        bool ok = false;
        const int field = it.key().toInt(&ok);
        if (!ok || field < FirstName || field > Resources) {
            continue;
        }
        const QVariant before = fieldValue(static_cast<Field>(field));
        const QVariant after = it.value().toVariant();
        if (before.toString() == after.toString()) {
            continue;
        }
        // Pushing runs redo(), which applies the value.
        m_undoStack->push(new FieldEditCommand(
            field, fieldName(static_cast<Field>(field)), before, after,
            [this](int changed, const QVariant& value) { applyField(changed, value); }));
    }
}

bool ClientFileWidget::hasUnsavedChanges() const
{
    return !m_undoStack->isClean();
}

QString ClientFileWidget::title() const
{
    if (!m_person) {
        return tr("Client file");
    }
    return shownName() + (hasUnsavedChanges() ? QStringLiteral(" *") : QString());
}

QString ClientFileWidget::shownName() const
{
    return m_person->anonymisedAt ? tr("Anonymised file") : m_person->displayName();
}

void ClientFileWidget::updateDirtyState()
{
    const bool dirty = hasUnsavedChanges();
    m_ui->unsavedLabel->setVisible(dirty);
    m_ui->savePushButton->setEnabled(dirty);
    m_saveAction->setEnabled(dirty);
    // The pending assessment belongs to the case shown: save before switching.
    m_ui->caseComboBox->setEnabled(!dirty);
    // "[*]" is where Qt shows the modified mark when the file is a window of its own.
    setWindowTitle(m_person ? m_person->displayName() + QStringLiteral("[*]") : tr("Client file"));
    setWindowModified(dirty);
    emit titleChanged(title());
}

bool ClientFileWidget::save()
{
    if (!m_person || !hasUnsavedChanges()) {
        return true;
    }
    const core::Person draft = draftPerson();
    if (identityDiffers(draft, *m_person)) {
        if (!report(m_workspace.people().updatePerson(m_workspace.user(), draft))) {
            m_ui->sectionsTabWidget->setCurrentWidget(m_ui->overviewTab);
            return false;
        }
        m_person = draft;
    }
    if (const core::Case* value = currentCase()) {
        const QString summary = m_ui->assessmentSummaryPlainTextEdit->toPlainText();
        const QString strengths = m_ui->strengthsPlainTextEdit->toPlainText();
        const QString resources = m_ui->resourcesPlainTextEdit->toPlainText();
        if (summary.trimmed() != value->assessmentSummary || strengths.trimmed() != value->strengths
            || resources.trimmed() != value->resources) {
            const qint64 caseId = value->id;
            if (!report(
                    m_workspace.cases().recordAssessment(m_workspace.user(), caseId, summary, strengths, resources))) {
                m_ui->sectionsTabWidget->setCurrentWidget(m_ui->assessmentTab);
                return false;
            }
            emit caseChanged(caseId);
        }
    }
    m_undoStack->clear();
    refresh();
    fillIdentityForm();
    updateDirtyState();
    return true;
}

// ---- Actions on the case -----------------------------------------------------

bool ClientFileWidget::report(const core::Status& status)
{
    if (status) {
        showMessage({});
        return true;
    }
    showMessage(status.error().userMessage);
    return false;
}

void ClientFileWidget::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ClientFileWidget::afterCaseAction(qint64 caseId)
{
    auto cases = m_workspace.cases().casesOfPerson(m_workspace.user(), m_personId);
    if (cases) {
        m_cases = std::move(*cases);
    }
    fillCaseCombo(caseId);
    showCase();
    emit caseChanged(caseId);
}

void ClientFileWidget::openCase()
{
    auto programme = m_workspace.reference().defaultProgramme();
    if (!report(programme)) {
        return;
    }
    auto opened = m_workspace.cases().openCase(m_workspace.user(), m_personId, programme->id, m_workspace.user().id);
    if (report(opened)) {
        afterCaseAction(opened->id);
    }
}

void ClientFileWidget::recordRequest()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    if (report(m_workspace.cases().recordRequest(m_workspace.user(), caseId))) {
        afterCaseAction(caseId);
    }
}

void ClientFileWidget::admit()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    auto admitted = m_workspace.cases().admit(m_workspace.user(), caseId, m_ui->overrideReasonLineEdit->text());
    if (admitted) {
        showMessage({});
        afterCaseAction(caseId);
        return;
    }
    const core::Error& error = admitted.error();
    showMessage(error.userMessage);
    if (error.code == core::ErrorCode::CaseloadCapReached) {
        // No dead end: the candidate can wait for a free place.
        const auto answer = MessageBox::question(this, tr("Caseload full"),
                                                 error.userMessage + QStringLiteral("\n\n")
                                                     + tr("Put the candidate on the waiting list?"),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (report(m_workspace.cases().placeOnWaitingList(m_workspace.user(), caseId))) {
                afterCaseAction(caseId);
            }
        }
        return;
    }
    if (error.code == core::ErrorCode::InputRejected || error.code == core::ErrorCode::PermissionDenied) {
        m_ui->sectionsTabWidget->setCurrentWidget(m_ui->intakeTab);
    }
}

void ClientFileWidget::advance()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    if (report(m_workspace.cases().advance(m_workspace.user(), caseId))) {
        afterCaseAction(caseId);
    }
}

void ClientFileWidget::exitCase()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    const auto reason = comboValue<core::ExitReason>(m_ui->exitReasonComboBox);
    if (!reason) {
        showMessage(tr("Choose the exit reason and where the person goes in “Exit/reassessment”."));
        m_ui->sectionsTabWidget->setCurrentWidget(m_ui->exitTab);
        m_ui->exitReasonComboBox->setFocus();
        return;
    }
    auto exited = m_workspace.cases().exitCase(m_workspace.user(), caseId, *reason,
                                               comboValue<core::HousingSituation>(m_ui->exitHousingComboBox),
                                               m_ui->exitNoteLineEdit->text());
    if (report(exited)) {
        afterCaseAction(caseId);
    }
}

void ClientFileWidget::reassess()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    if (report(m_workspace.cases().reassess(m_workspace.user(), caseId))) {
        afterCaseAction(caseId);
    }
}

void ClientFileWidget::decline()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    if (report(m_workspace.cases().decline(m_workspace.user(), caseId, m_ui->declineReasonLineEdit->text()))) {
        m_ui->declineReasonLineEdit->clear();
        afterCaseAction(caseId);
    } else {
        m_ui->sectionsTabWidget->setCurrentWidget(m_ui->intakeTab);
        m_ui->declineReasonLineEdit->setFocus();
    }
}

void ClientFileWidget::earlyExit()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    const auto reason = comboValue<core::ExitReason>(m_ui->exitReasonComboBox);
    if (!reason) {
        showMessage(tr("Choose the exit reason in “Exit/reassessment”, then choose the early exit again."));
        m_ui->sectionsTabWidget->setCurrentWidget(m_ui->exitTab);
        m_ui->exitReasonComboBox->setFocus();
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Early exit"),
        tr("Close the case now (%1)? It can be reopened later as a new case.").arg(core::labelOf(*reason, m_language)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (report(m_workspace.cases().earlyExit(m_workspace.user(), caseId, *reason, m_ui->exitNoteLineEdit->text()))) {
        afterCaseAction(caseId);
    }
}

void ClientFileWidget::placeOnWaitingList()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    if (report(m_workspace.cases().placeOnWaitingList(m_workspace.user(), caseId))) {
        afterCaseAction(caseId);
    }
}

void ClientFileWidget::reopen()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    auto reopened = m_workspace.cases().reopen(m_workspace.user(), value->id);
    if (report(reopened)) {
        afterCaseAction(reopened->id);
    }
}

void ClientFileWidget::addGoal()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    const QDate target = m_ui->goalTargetDateEdit->date();
    auto added = m_workspace.cases().addGoal(m_workspace.user(), caseId, m_ui->goalDescriptionLineEdit->text(),
                                             m_ui->goalMeansLineEdit->text(),
                                             target == kNoTargetDate ? std::nullopt : std::optional<QDate>(target));
    if (report(added)) {
        m_ui->goalDescriptionLineEdit->clear();
        m_ui->goalMeansLineEdit->clear();
        m_ui->goalTargetDateEdit->setDate(kNoTargetDate);
        m_ui->goalDescriptionLineEdit->setFocus();
        afterCaseAction(caseId);
    }
}

void ClientFileWidget::recordEvaluation()
{
    const core::Case* value = currentCase();
    if (value == nullptr) {
        return;
    }
    const qint64 caseId = value->id;
    const std::optional<int> storedSatisfaction = value->satisfaction;
    bool ok = true;
    for (int row = 0; row < m_ui->outcomesTableWidget->rowCount() && ok; ++row) {
        const qint64 goalId = m_ui->outcomesTableWidget->item(row, 0)->data(Qt::UserRole).toLongLong();
        const auto* combo = qobject_cast<QComboBox*>(m_ui->outcomesTableWidget->cellWidget(row, 1));
        const auto outcome = comboValue<core::GoalOutcome>(combo);
        const auto goal = std::find_if(m_goals.begin(), m_goals.end(),
                                       [goalId](const core::Goal& candidate) { return candidate.id == goalId; });
        if (outcome && (goal == m_goals.end() || goal->outcome != outcome)) {
            ok = report(m_workspace.cases().recordGoalOutcome(m_workspace.user(), caseId, goalId, *outcome));
        }
    }
    const QVariant satisfaction = m_ui->satisfactionComboBox->currentData();
    if (ok && satisfaction.isValid() && storedSatisfaction != satisfaction.toInt()) {
        ok = report(m_workspace.cases().recordSatisfaction(m_workspace.user(), caseId, satisfaction.toInt()));
    }
    const QString message = m_ui->messageLabel->text();
    afterCaseAction(caseId);
    if (!ok) {
        showMessage(message);
    }
}

void ClientFileWidget::setReferralStatus()
{
    const int row = m_ui->referralsTableWidget->currentRow();
    if (row < 0) {
        showMessage(tr("Select a referral first."));
        return;
    }
    const qint64 referralId = m_ui->referralsTableWidget->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto status = comboValue<core::ReferralStatus>(m_ui->referralStatusComboBox);
    if (!status) {
        return;
    }
    if (report(m_workspace.outreach().setReferralStatus(m_workspace.user(), referralId, *status))) {
        fillReferrals();
        m_ui->referralsTableWidget->setCurrentCell(row, 0);
        fillHistory();
    }
}

void ClientFileWidget::mergeWithAnother()
{
    if (!m_person) {
        return;
    }
    MergePersonDialog dialog(m_workspace, m_personId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedPersonId()) {
        return;
    }
    const qint64 mergedId = *dialog.selectedPersonId();
    const auto answer = MessageBox::question(this, tr("Merge records"),
                                             tr("Merge “%1” into the file of “%2”? Everything "
                                                "recorded for “%1” moves here and "
                                                "that record disappears. This cannot be undone.")
                                                 .arg(dialog.selectedName(), m_person->displayName()));
    if (answer != QMessageBox::Yes) {
        return;
    }
    auto merged = m_workspace.people().merge(m_workspace.user(), m_personId, mergedId);
    if (!report(merged)) {
        return;
    }
    if (!hasUnsavedChanges()) {
        m_person = std::move(*merged);
        fillIdentityForm();
    }
    refresh();
    emit personMerged(m_personId, mergedId);
}

void ClientFileWidget::eraseOnRequest()
{
    if (!m_person || m_person->anonymisedAt) {
        return;
    }
    if (hasUnsavedChanges()) {
        showMessage(tr("The file has changes that are not saved. Save or undo them before erasing the file."));
        return;
    }
    const auto answer = MessageBox::question(
        this, tr("Erase this person's file"),
        tr("Erase the identity of “%1” at their request? Names, alias, birth date, contact details and every note "
           "are deleted for good; the interventions stay, without a name, for the statistics. This cannot be "
           "undone. Backups made before today still hold the file until they expire.")
            .arg(m_person->displayName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (!report(m_workspace.retention().erasePerson(m_workspace.user(), m_person->uuid))) {
        return;
    }
    auto reopened = m_workspace.people().openFile(m_workspace.user(), m_personId);
    if (reopened) {
        m_person = std::move(*reopened);
        m_undoStack->clear();
        fillHeader();
        fillIdentityForm();
    }
    refresh();
    showMessage(tr("The file was erased: only the anonymised record remains."));
    emit titleChanged(title());
    emit personErased(m_personId);
}

} // namespace relais::gui
