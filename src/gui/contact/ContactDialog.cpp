#include "ContactDialog.h"

#include "CheckableListFilter.h"
#include "PersonSearch.h"
#include "storage/Workspace.h"
#include "ui_ContactDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace relais::gui {

namespace {

constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kMinAgeRole = Qt::UserRole;
constexpr int kMaxAgeRole = Qt::UserRole + 1;

core::LabelLanguage labelLanguage()
{
    return QLocale().language() == QLocale::French ? core::LabelLanguage::French : core::LabelLanguage::English;
}

QString shortcutText(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

void setWarningColour(QLabel* label, bool warning)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (warning) {
        palette.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x00));
    }
    label->setPalette(palette);
}

} // namespace

QString ContactDialog::territoryPreferenceKey()
{
    return QStringLiteral("contact.territory");
}

QString ContactDialog::placePreferenceKey()
{
    return QStringLiteral("contact.place");
}

void ContactDialog::fillTerritories(storage::Workspace& workspace, QComboBox* comboBox, QString* error)
{
    comboBox->clear();
    comboBox->addItem(tr("(no territory)"));
    auto territories = workspace.reference().territories();
    if (!territories) {
        *error = territories.error().userMessage;
        return;
    }
    for (const core::Territory& territory : *territories) {
        comboBox->addItem(territory.name, territory.id);
        comboBox->setItemData(comboBox->count() - 1, territory.uuid, kUuidRole);
    }
    auto mine = workspace.preferences().value(workspace.user(), territoryPreferenceKey());
    if (mine && !mine->isEmpty()) {
        const int index = comboBox->findData(*mine, kUuidRole);
        if (index >= 0) {
            comboBox->setCurrentIndex(index);
        }
    }
}

ContactDialog::ContactDialog(storage::Workspace& workspace, std::optional<qint64> personId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);

    const QKeySequence anonymousKey(Qt::ALT | Qt::Key_A);
    const QKeySequence saveKey(Qt::CTRL | Qt::Key_Return);
    m_ui->anonymousCheckBox->setText(tr("Anonymous person (%1)").arg(shortcutText(anonymousKey)));
    m_ui->anonymousCheckBox->setToolTip(
        tr("The person has not given a name: record an alias or a short description instead."));
    auto* anonymousShortcut = new QShortcut(anonymousKey, this);
    connect(anonymousShortcut, &QShortcut::activated, m_ui->anonymousCheckBox, &QCheckBox::toggle);
    connect(m_ui->anonymousCheckBox, &QCheckBox::toggled, this, &ContactDialog::setAnonymous);

    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setText(tr("&Save"));
    saveButton->setToolTip(tr("Save the contact (%1)").arg(shortcutText(saveKey)));
    saveButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    for (const QKeySequence& key : {saveKey, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &ContactDialog::save);
    }

    m_ui->personResultsListWidget->setAccessibleName(tr("People found"));
    m_ui->selectedPersonLabel->setAccessibleName(tr("Person met"));
    m_ui->typesListWidget->setAccessibleName(tr("Types of intervention"));
    m_ui->problemsListWidget->setAccessibleName(tr("Problems"));
    m_ui->partnersListWidget->setAccessibleName(tr("Partner organisations referred to"));
    m_ui->addProblemPushButton->setAccessibleName(tr("Add the typed text as a new problem"));
    m_ui->addProblemPushButton->setToolTip(tr("Add the text typed in the filter as a new problem"));
    m_ui->durationSpinBox->setSuffix(tr(" min"));
    m_ui->durationSpinBox->setSpecialValueText(tr("not given"));
    m_ui->messageLabel->setAccessibleName(tr("Message"));
    m_ui->occurredDateTimeEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_ui->occurredDateTimeEdit->setDateTime(m_workspace.context().clock.nowUtc().toLocalTime());
    setWarningColour(m_ui->messageLabel, true);

    m_personSearch = new PersonSearch(m_workspace, m_ui->personSearchLineEdit, m_ui->personResultsListWidget, this);
    connect(m_personSearch, &PersonSearch::personChosen, this, &ContactDialog::choosePerson);
    connect(m_personSearch, &PersonSearch::searchFailed, this, &ContactDialog::showMessage);
    m_types = new CheckableListFilter(m_ui->typesFilterLineEdit, m_ui->typesListWidget, this);
    m_problems = new CheckableListFilter(m_ui->problemsFilterLineEdit, m_ui->problemsListWidget, this);
    m_partners = new CheckableListFilter(m_ui->partnersFilterLineEdit, m_ui->partnersListWidget, this);
    for (QLineEdit* filter :
         {m_ui->typesFilterLineEdit, m_ui->problemsFilterLineEdit, m_ui->partnersFilterLineEdit}) {
        filter->setToolTip(tr("Type to filter; Up and Down move, Space ticks the highlighted entry, "
                              "Shift+Space types a space."));
    }
    m_ui->addProblemPushButton->setEnabled(false);
    connect(m_ui->problemsFilterLineEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_ui->addProblemPushButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->addProblemPushButton, &QPushButton::clicked, this, &ContactDialog::addProblem);

    fillAgeBands();
    loadReferenceLists();
    restorePreferences();
    m_ui->personStackedWidget->setCurrentWidget(m_ui->searchPage);
    if (personId) {
        preselectPerson(*personId);
    } else {
        m_ui->selectedPersonLabel->setText(tr("No person chosen yet."));
        m_ui->personSearchLineEdit->setFocus();
    }
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::fillAgeBands()
{
    struct Band
    {
        QString label;
        int minAge;
        int maxAge;
    };
    const Band bands[] = {
        {tr("under 18"), 0, 17},    {tr("18–29"), 18, 29}, {tr("30–39"), 30, 39},
        {tr("40–49"), 40, 49},      {tr("50–64"), 50, 64}, {tr("65 and over"), 65, 120},
        {tr("unknown"), 0, 0},
    };
    for (const Band& band : bands) {
        m_ui->ageBandComboBox->addItem(band.label);
        const int index = m_ui->ageBandComboBox->count() - 1;
        m_ui->ageBandComboBox->setItemData(index, band.minAge, kMinAgeRole);
        m_ui->ageBandComboBox->setItemData(index, band.maxAge, kMaxAgeRole);
    }
    // An approximate age is a guess: nothing is assumed until the worker picks one.
    m_ui->ageBandComboBox->setCurrentIndex(m_ui->ageBandComboBox->count() - 1);
}

void ContactDialog::loadReferenceLists()
{
    const core::LabelLanguage language = labelLanguage();
    for (const auto& place : core::codedValues<core::PlaceKind>()) {
        m_ui->placeKindComboBox->addItem(core::labelOf(place.value, language), QString::fromLatin1(place.code));
    }

    QString error;
    fillTerritories(m_workspace, m_ui->territoryComboBox, &error);

    auto types = m_workspace.reference().interventionTypes();
    if (!types) {
        error = types.error().userMessage;
    } else {
        for (const core::InterventionType& type : *types) {
            if (type.active) {
                m_types->addEntry(language == core::LabelLanguage::French ? type.labelFr : type.labelEn, type.id);
            }
        }
    }
    auto problems = m_workspace.reference().problems();
    if (!problems) {
        error = problems.error().userMessage;
    } else {
        for (const core::Problem& problem : *problems) {
            m_problems->addEntry(problem.label, problem.id);
        }
    }
    auto partners = m_workspace.reference().partners();
    if (!partners) {
        error = partners.error().userMessage;
    } else {
        for (const core::PartnerOrganisation& partner : *partners) {
            m_partners->addEntry(partner.name, partner.id);
        }
    }
    if (!error.isEmpty()) {
        showMessage(error);
    }
}

void ContactDialog::restorePreferences()
{
    auto place = m_workspace.preferences().value(m_workspace.user(), placePreferenceKey());
    if (!place || place->isEmpty()) {
        return;
    }
    const QJsonObject last = QJsonDocument::fromJson(place->toUtf8()).object();
    const int index = m_ui->placeKindComboBox->findData(last.value(QStringLiteral("kind")).toString());
    if (index >= 0) {
        m_ui->placeKindComboBox->setCurrentIndex(index);
    }
    m_ui->placeNameLineEdit->setText(last.value(QStringLiteral("name")).toString());
}

void ContactDialog::storePreferences()
{
    // The contact is saved by now: a preference that fails to save only costs
    // the pre-filling next time, not worth interrupting the worker.
    const core::UserAccount& me = m_workspace.user();
    auto& preferences = m_workspace.preferences();
    const QString territoryUuid = m_ui->territoryComboBox->currentData(kUuidRole).toString();
    (void)preferences.setValue(me, territoryPreferenceKey(), territoryUuid);
    QJsonObject place;
    place.insert(QStringLiteral("kind"), m_ui->placeKindComboBox->currentData().toString());
    place.insert(QStringLiteral("name"), m_ui->placeNameLineEdit->text().trimmed());
    (void)preferences.setValue(me, placePreferenceKey(),
                               QString::fromUtf8(QJsonDocument(place).toJson(QJsonDocument::Compact)));
}

void ContactDialog::preselectPerson(qint64 personId)
{
    auto person = m_workspace.people().summary(m_workspace.user(), personId);
    if (!person) {
        showMessage(person.error().userMessage);
        m_ui->personSearchLineEdit->setFocus();
        return;
    }
    choosePerson(*person);
}

namespace {

QJsonArray idArray(const std::vector<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids) {
        array.append(QString::number(id));
    }
    return array;
}

void checkIds(CheckableListFilter* list, const QJsonValue& ids)
{
    for (const QJsonValue& id : ids.toArray()) {
        list->setChecked(id.toString().toLongLong(), true);
    }
}

} // namespace

QJsonObject ContactDialog::unsavedDraft() const
{
    const bool anonymous = m_ui->anonymousCheckBox->isChecked();
    const QString note = m_ui->noteTextEdit->toPlainText();
    const QString alias = m_ui->aliasLineEdit->text();
    const QString description = m_ui->descriptionLineEdit->text();
    if (note.trimmed().isEmpty() && !m_personId && alias.trimmed().isEmpty() && description.trimmed().isEmpty()) {
        return {};
    }
    QJsonObject draft{{QStringLiteral("anonymous"), anonymous},
                      {QStringLiteral("alias"), alias},
                      {QStringLiteral("description"), description},
                      {QStringLiteral("note"), note},
                      {QStringLiteral("placeName"), m_ui->placeNameLineEdit->text()},
                      {QStringLiteral("duration"), m_ui->durationSpinBox->value()},
                      {QStringLiteral("occurredAt"), m_ui->occurredDateTimeEdit->dateTime().toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("types"), idArray(m_types->checkedIds())},
                      {QStringLiteral("problems"), idArray(m_problems->checkedIds())},
                      {QStringLiteral("partners"), idArray(m_partners->checkedIds())}};
    if (m_personId) {
        draft.insert(QStringLiteral("personId"), QString::number(*m_personId));
    }
    return draft;
}

void ContactDialog::restoreDraft(const QJsonObject& draft)
{
    if (draft.isEmpty()) {
        return;
    }
    if (draft.contains(QStringLiteral("personId"))) {
        preselectPerson(draft.value(QStringLiteral("personId")).toString().toLongLong());
    }
    m_ui->anonymousCheckBox->setChecked(draft.value(QStringLiteral("anonymous")).toBool());
    m_ui->aliasLineEdit->setText(draft.value(QStringLiteral("alias")).toString());
    m_ui->descriptionLineEdit->setText(draft.value(QStringLiteral("description")).toString());
    m_ui->noteTextEdit->setPlainText(draft.value(QStringLiteral("note")).toString());
    m_ui->placeNameLineEdit->setText(draft.value(QStringLiteral("placeName")).toString());
    m_ui->durationSpinBox->setValue(draft.value(QStringLiteral("duration")).toInt());
    const QDateTime occurred = QDateTime::fromString(draft.value(QStringLiteral("occurredAt")).toString(), Qt::ISODate);
    if (occurred.isValid()) {
        m_ui->occurredDateTimeEdit->setDateTime(occurred.toLocalTime());
    }
    checkIds(m_types, draft.value(QStringLiteral("types")));
    checkIds(m_problems, draft.value(QStringLiteral("problems")));
    checkIds(m_partners, draft.value(QStringLiteral("partners")));
    m_ui->noteTextEdit->setFocus();
    m_ui->noteTextEdit->moveCursor(QTextCursor::End);
}

void ContactDialog::choosePerson(const core::PersonSummary& person)
{
    m_personId = person.id;
    m_ui->selectedPersonLabel->setText(tr("Contact with: %1").arg(PersonSearch::describe(person)));
    setWarningColour(m_ui->selectedPersonLabel, !person.safetyAlert.trimmed().isEmpty());
    m_ui->personSearchLineEdit->clear();
    m_ui->typesFilterLineEdit->setFocus();
}

void ContactDialog::setAnonymous(bool anonymous)
{
    m_ui->personStackedWidget->setCurrentWidget(anonymous ? m_ui->anonymousPage : m_ui->searchPage);
    if (anonymous) {
        m_ui->aliasLineEdit->setFocus();
    } else {
        m_ui->personSearchLineEdit->setFocus();
    }
}

void ContactDialog::addProblem()
{
    auto problem = m_workspace.reference().problemNamed(m_workspace.user(), m_ui->problemsFilterLineEdit->text());
    if (!problem) {
        showMessage(problem.error().userMessage);
        return;
    }
    m_ui->messageLabel->clear();
    if (m_problems->contains(problem->id)) {
        m_problems->setChecked(problem->id, true);
    } else {
        m_problems->addEntry(problem->label, problem->id, true);
    }
    m_ui->problemsFilterLineEdit->setFocus();
    m_ui->problemsFilterLineEdit->selectAll();
}

void ContactDialog::save()
{
    const bool anonymous = m_ui->anonymousCheckBox->isChecked();
    if (!anonymous && !m_personId) {
        // Which service to call depends on it: not a rule, the form is not finished.
        showMessage(tr("Choose the person met in the search, or tick “Anonymous person” (%1).")
                        .arg(shortcutText(QKeySequence(Qt::ALT | Qt::Key_A))));
        m_ui->personSearchLineEdit->setFocus();
        return;
    }

    core::Intervention intervention;
    intervention.occurredAt = m_ui->occurredDateTimeEdit->dateTime().toUTC();
    const QVariant territoryId = m_ui->territoryComboBox->currentData();
    if (territoryId.isValid()) {
        intervention.territoryId = territoryId.toLongLong();
    }
    intervention.placeKind = core::fromCode<core::PlaceKind>(m_ui->placeKindComboBox->currentData().toString())
                                 .value_or(core::PlaceKind::Other);
    intervention.placeName = m_ui->placeNameLineEdit->text().trimmed();
    intervention.typeIds = m_types->checkedIds();
    intervention.problemIds = m_problems->checkedIds();
    intervention.referredPartnerIds = m_partners->checkedIds();
    if (m_ui->durationSpinBox->value() > 0) {
        intervention.durationMinutes = m_ui->durationSpinBox->value();
    }
    intervention.note = m_ui->noteTextEdit->toPlainText();

    core::OutreachService& outreach = m_workspace.outreach();
    auto logged = [&]() -> core::Result<core::Intervention> {
        if (anonymous) {
            core::Person person;
            person.alias = m_ui->aliasLineEdit->text().trimmed();
            person.description = m_ui->descriptionLineEdit->text().trimmed();
            person.ageBand.minAge = m_ui->ageBandComboBox->currentData(kMinAgeRole).toInt();
            person.ageBand.maxAge = m_ui->ageBandComboBox->currentData(kMaxAgeRole).toInt();
            return outreach.logAnonymousContact(m_workspace.user(), person, intervention);
        }
        intervention.personId = *m_personId;
        return outreach.logIntervention(m_workspace.user(), intervention);
    }();
    if (!logged) {
        showMessage(logged.error().userMessage);
        return;
    }
    m_saved = std::move(*logged);
    storePreferences();
    accept();
}

void ContactDialog::showMessage(const QString& message)
{
    m_ui->messageLabel->setText(message);
}

} // namespace relais::gui
