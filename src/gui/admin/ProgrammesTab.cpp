#include "ProgrammesTab.h"

#include "AdminUi.h"
#include "ProgrammeDialog.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais::gui {

ProgrammesTab::ProgrammesTab(storage::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(admin::listTable(QStringLiteral("programmesTableWidget"), tr("Programmes"),
                               {tr("Programme"), tr("Caseload cap"), tr("On the street for less than"),
                                tr("Residence permit required"), tr("Default")},
                               false, this))
    , m_message(admin::messageLabel(QStringLiteral("programmesMessageLabel"), this))
{
    setObjectName(QStringLiteral("programmesTab"));
    auto* add = admin::actionButton(tr("&New programme…"), QStringLiteral("addProgrammePushButton"), this);
    m_edit = admin::actionButton(tr("&Edit…"), QStringLiteral("editProgrammePushButton"), this);
    m_edit->setToolTip(tr("Edit the selected programme (F2)"));
    connect(add, &QPushButton::clicked, this, &ProgrammesTab::addProgramme);
    connect(m_edit, &QPushButton::clicked, this, &ProgrammesTab::editProgramme);
    connect(m_table, &QTableWidget::itemActivated, this, &ProgrammesTab::editProgramme);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_edit->setEnabled(selectedProgramme() != nullptr); });
    auto* editShortcut = new QAction(this);
    editShortcut->setShortcut(Qt::Key_F2);
    editShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(editShortcut, &QAction::triggered, this, &ProgrammesTab::editProgramme);
    addAction(editShortcut);

    auto* explanation = new QLabel(tr("Each programme has its own caseload cap and eligibility rules. New cases go "
                                      "to the default programme unless another is chosen."),
                                   this);
    explanation->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_edit);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    m_edit->setEnabled(false);
}

void ProgrammesTab::refresh()
{
    auto programmes = m_workspace.reference().programmes();
    if (!programmes) {
        admin::showMessage(m_message, programmes.error().userMessage, true);
        return;
    }
    m_programmes = *programmes;
    m_table->setRowCount(0);
    for (const core::Programme& programme : m_programmes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const int months = programme.eligibility.maxMonthsHomeless;
        const QStringList cells {programme.name, QString::number(programme.caseloadCap),
                                 months > 0 ? tr("%n month(s)", nullptr, months) : tr("Not checked"),
                                 programme.eligibility.requiresResidencePermit ? tr("Yes") : tr("No"),
                                 programme.isDefault ? tr("Default") : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setData(Qt::UserRole, programme.id);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_edit->setEnabled(selectedProgramme() != nullptr);
}

const core::Programme* ProgrammesTab::selectedProgramme() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty()) {
        return nullptr;
    }
    const qint64 id = selected.front()->data(Qt::UserRole).toLongLong();
    for (const core::Programme& programme : m_programmes) {
        if (programme.id == id) {
            return &programme;
        }
    }
    return nullptr;
}

void ProgrammesTab::addProgramme()
{
    core::Programme programme;
    if (const core::Programme* current = selectedProgramme()) {
        // A new programme usually looks like an existing one: start from its rules.
        programme.caseloadCap = current->caseloadCap;
        programme.eligibility = current->eligibility;
    }
    ProgrammeDialog dialog(m_workspace, programme, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        admin::showMessage(m_message, tr("Programme %1 added.").arg(dialog.programme().name), false);
    }
}

void ProgrammesTab::editProgramme()
{
    const core::Programme* current = selectedProgramme();
    if (!current) {
        return;
    }
    ProgrammeDialog dialog(m_workspace, *current, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        admin::showMessage(m_message, tr("Programme %1 saved.").arg(dialog.programme().name), false);
    }
}

} // namespace relais::gui
