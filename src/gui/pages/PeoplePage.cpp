#include "PeoplePage.h"

#include "PeopleListModel.h"
#include "gui/Labels.h"
#include "gui/MessageBox.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::gui {

PeoplePage::PeoplePage(storage::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PeopleListModel(workspace, this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("peoplePage"));
    auto* title = new QLabel(tr("People"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_filter->setObjectName(QStringLiteral("peopleFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Search by name or alias (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Search people by name or alias"));
    m_filter->setClearButtonEnabled(true);
    auto* focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(focusFilter);
    // Search as you type, after a short pause so fast typing costs one query.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { m_model->setFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_model->setFilter(m_filter->text());
        if (m_model->rowCount() > 0) {
            m_table->setCurrentIndex(m_model->index(0, 0));
            m_table->setFocus();
        }
    });

    auto* add = new QPushButton(tr("New &person…"), this);
    add->setObjectName(QStringLiteral("newPersonPushButton"));
    connect(add, &QPushButton::clicked, this, &PeoplePage::createPerson);

    m_table->setObjectName(QStringLiteral("peopleTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(PeopleListModel::NameColumn, 280);
    m_table->setAccessibleName(tr("People"));
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_model, &PeopleListModel::failed, this, &PeoplePage::failed);

    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
}

void PeoplePage::refresh()
{
    m_model->setFilter(m_filter->text());
}

void PeoplePage::openCurrent()
{
    const core::PersonSummary* summary = m_model->summaryAt(m_table->currentIndex().row());
    if (!summary) {
        return;
    }
    if (!summary->canOpenFile) {
        MessageBox::information(this, tr("Another worker's file"),
                                tr("%1 is followed by %2. You can see the name and the worker only; ask a team lead "
                                   "if you need access.")
                                    .arg(summary->displayName,
                                         summary->caseManagerUserName.isEmpty() ? tr("another worker")
                                                                                : summary->caseManagerUserName));
        return;
    }
    emit openPersonRequested(summary->id);
}

void PeoplePage::createPerson()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newPersonDialog"));
    dialog.setWindowTitle(tr("New person"));
    auto* firstName = new QLineEdit(&dialog);
    firstName->setObjectName(QStringLiteral("firstNameLineEdit"));
    auto* lastName = new QLineEdit(&dialog);
    lastName->setObjectName(QStringLiteral("lastNameLineEdit"));
    auto* alias = new QLineEdit(&dialog);
    alias->setObjectName(QStringLiteral("aliasLineEdit"));
    auto* birthDate = new QDateEdit(&dialog);
    birthDate->setObjectName(QStringLiteral("birthDateDateEdit"));
    birthDate->setCalendarPopup(true);
    birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    birthDate->setMinimumDate(QDate(1900, 1, 1));
    birthDate->setSpecialValueText(tr("unknown"));
    birthDate->setDate(birthDate->minimumDate());
    auto* gender = new QComboBox(&dialog);
    gender->setObjectName(QStringLiteral("genderComboBox"));
    for (const auto& entry : core::codedValues<core::Gender>()) {
        gender->addItem(label(entry.value), static_cast<int>(entry.value));
    }
    gender->setCurrentIndex(gender->findData(static_cast<int>(core::Gender::Unknown)));
    auto* language = new QComboBox(&dialog);
    language->setObjectName(QStringLiteral("languageComboBox"));
    for (const auto& entry : core::codedValues<core::Language>()) {
        language->addItem(label(entry.value), static_cast<int>(entry.value));
    }
    auto* message = new QLabel(&dialog);
    message->setObjectName(QStringLiteral("newPersonMessageLabel"));
    message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), firstName);
    form->addRow(tr("&Last name:"), lastName);
    form->addRow(tr("&Alias:"), alias);
    form->addRow(tr("&Birth date:"), birthDate);
    form->addRow(tr("&Gender:"), gender);
    form->addRow(tr("Lan&guage:"), language);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    qint64 createdId = 0;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        core::Person person;
        person.firstName = firstName->text();
        person.lastName = lastName->text();
        person.alias = alias->text();
        if (birthDate->date() != birthDate->minimumDate()) {
            person.birthDate = birthDate->date();
        }
        person.gender = static_cast<core::Gender>(gender->currentData().toInt());
        person.language = static_cast<core::Language>(language->currentData().toInt());
        auto created = m_workspace.people().createPerson(m_workspace.user(), person);
        if (!created) {
            message->setText(created.error().userMessage);
            return;
        }
        createdId = created->person.id;
        if (!created->possibleDuplicates.empty()) {
            QStringList names;
            for (const core::PersonSummary& other : created->possibleDuplicates) {
                names << other.displayName;
            }
            MessageBox::information(&dialog, tr("Possible duplicate"),
                                    tr("Someone with the same birth date and a similar name is already recorded: %1. "
                                       "If it is the same person, merge the two files from the client file.")
                                        .arg(names.join(QStringLiteral(", "))));
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted && createdId) {
        refresh();
        emit openPersonRequested(createdId);
    }
}

} // namespace relais::gui
