#include "ReferenceListPanel.h"

#include "AdminUi.h"
#include "MergeEntriesDialog.h"
#include "PartnerDialog.h"
#include "ReferenceEntryDialog.h"
#include "gui/Labels.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace relais::gui {

namespace {

template <typename T> const T* withId(const std::vector<T>& entries, qint64 id)
{
    auto found = std::find_if(entries.begin(), entries.end(), [id](const T& entry) { return entry.id == id; });
    return found == entries.end() ? nullptr : &*found;
}

QStringList headersOf(ReferenceListPanel::List list)
{
    using List = ReferenceListPanel::List;
    switch (list) {
    case List::Territory:
        return {ReferenceListPanel::tr("Territory")};
    case List::Problem:
        return {ReferenceListPanel::tr("Problem")};
    case List::InterventionType:
        return {ReferenceListPanel::tr("Code"), ReferenceListPanel::tr("French label"),
                ReferenceListPanel::tr("English label"), ReferenceListPanel::tr("Built-in")};
    case List::Partner:
        return {ReferenceListPanel::tr("Code"),      ReferenceListPanel::tr("Name"),  ReferenceListPanel::tr("Kind"),
                ReferenceListPanel::tr("Territory"), ReferenceListPanel::tr("Phone"), ReferenceListPanel::tr("Email")};
    }
    return {};
}

} // namespace

QString ReferenceListPanel::prefixOf(List list)
{
    switch (list) {
    case List::Territory:
        return QStringLiteral("territories");
    case List::Problem:
        return QStringLiteral("problems");
    case List::InterventionType:
        return QStringLiteral("interventionTypes");
    case List::Partner:
        return QStringLiteral("partners");
    }
    return {};
}

QString ReferenceListPanel::titleOf(List list)
{
    switch (list) {
    case List::Territory:
        return tr("Territories");
    case List::Problem:
        return tr("Problems");
    case List::InterventionType:
        return tr("Intervention types");
    case List::Partner:
        return tr("Partner organisations");
    }
    return {};
}

ReferenceListPanel::ReferenceListPanel(storage::Workspace& workspace, List list, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_list(list)
{
    const QString prefix = prefixOf(list);
    setObjectName(prefix + QStringLiteral("Panel"));
    m_table = admin::listTable(prefix + QStringLiteral("TableWidget"), titleOf(list), headersOf(list), true, this);
    m_message = admin::messageLabel(prefix + QStringLiteral("MessageLabel"), this);
    auto* add = admin::actionButton(tr("&Add…"), prefix + QStringLiteral("AddPushButton"), this);
    m_edit = admin::actionButton(list == List::Partner ? tr("&Edit…") : tr("Re&name…"),
                                 prefix + QStringLiteral("EditPushButton"), this);
    m_edit->setToolTip(tr("Change the selected entry (F2)"));
    m_merge = admin::actionButton(tr("&Merge duplicates…"), prefix + QStringLiteral("MergePushButton"), this);
    m_merge->setToolTip(tr("Select two or more entries that mean the same (Ctrl+click), then merge them into one"));
    connect(add, &QPushButton::clicked, this, &ReferenceListPanel::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &ReferenceListPanel::editEntry);
    connect(m_merge, &QPushButton::clicked, this, &ReferenceListPanel::mergeSelected);
    connect(m_table, &QTableWidget::itemActivated, this, &ReferenceListPanel::editEntry);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferenceListPanel::updateButtons);
    auto* editShortcut = new QAction(this);
    editShortcut->setShortcut(Qt::Key_F2);
    editShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(editShortcut, &QAction::triggered, this, &ReferenceListPanel::editEntry);
    addAction(editShortcut);

    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_edit);
    actions->addWidget(m_merge);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    updateButtons();
}

void ReferenceListPanel::setRow(int row, qint64 id, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* cell = new QTableWidgetItem(cells[column]);
        cell->setData(Qt::UserRole, id);
        m_table->setItem(row, column, cell);
    }
}

void ReferenceListPanel::refresh()
{
    const std::vector<qint64> selected = selectedIds();
    core::ReferenceService& reference = m_workspace.reference();
    std::vector<std::pair<qint64, QStringList>> rows;
    QString failure;
    switch (m_list) {
    case List::Territory:
        if (auto all = reference.territories()) {
            m_territories = *all;
            for (const core::Territory& territory : m_territories) {
                rows.emplace_back(territory.id, QStringList {territory.name});
            }
        } else {
            failure = all.error().userMessage;
        }
        break;
    case List::Problem:
        if (auto all = reference.problems()) {
            m_problems = *all;
            for (const core::Problem& problem : m_problems) {
                rows.emplace_back(problem.id, QStringList {problem.label});
            }
        } else {
            failure = all.error().userMessage;
        }
        break;
    case List::InterventionType:
        if (auto all = reference.interventionTypes()) {
            m_types = *all;
            for (const core::InterventionType& type : m_types) {
                rows.emplace_back(
                    type.id, QStringList {type.code, type.labelFr, type.labelEn, type.builtIn ? tr("Yes") : QString()});
            }
        } else {
            failure = all.error().userMessage;
        }
        break;
    case List::Partner: {
        auto all = reference.partners();
        auto territories = reference.territories();
        if (!all || !territories) {
            failure = !all ? all.error().userMessage : territories.error().userMessage;
            break;
        }
        std::map<qint64, QString> territoryNames;
        for (const core::Territory& territory : *territories) {
            territoryNames[territory.id] = territory.name;
        }
        m_partners = *all;
        for (const core::PartnerOrganisation& partner : m_partners) {
            const QString territory = partner.territoryId ? territoryNames[*partner.territoryId] : QString();
            rows.emplace_back(
                partner.id,
                QStringList {partner.code, partner.name, partner.kind, territory, partner.phone, partner.email});
        }
        break;
    }
    }
    if (!failure.isEmpty()) {
        admin::showMessage(m_message, failure, true);
        return;
    }
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (std::size_t row = 0; row < rows.size(); ++row) {
        setRow(static_cast<int>(row), rows[row].first, rows[row].second);
    }
    m_table->resizeColumnsToContents();
    selectIds(selected);
    updateButtons();
}

std::vector<qint64> ReferenceListPanel::selectedIds() const
{
    std::vector<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ids.push_back(m_table->item(index.row(), 0)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void ReferenceListPanel::selectIds(const std::vector<qint64>& ids)
{
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
        if (std::find(ids.begin(), ids.end(), id) != ids.end()) {
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

void ReferenceListPanel::updateButtons()
{
    const std::size_t count = selectedIds().size();
    m_edit->setEnabled(count == 1);
    m_merge->setEnabled(count >= 2);
}

void ReferenceListPanel::addEntry()
{
    if (m_list == List::Partner) {
        PartnerDialog dialog(m_workspace, core::PartnerOrganisation {}, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            selectIds({dialog.partner().id});
            admin::showMessage(m_message, tr("%1 added.").arg(dialog.partner().name), false);
        }
        return;
    }
    ReferenceEntryDialog dialog(m_workspace, m_list, ReferenceEntryDialog::Entry {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        admin::showMessage(m_message, tr("%1 is in the list.").arg(dialog.savedName()), false);
    }
}

void ReferenceListPanel::editEntry()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        return;
    }
    const qint64 id = ids.front();
    if (m_list == List::Partner) {
        const core::PartnerOrganisation* partner = withId(m_partners, id);
        if (!partner) {
            return;
        }
        PartnerDialog dialog(m_workspace, *partner, this);
        if (dialog.exec() == QDialog::Accepted) {
            refresh();
            admin::showMessage(m_message, tr("%1 saved.").arg(dialog.partner().name), false);
        }
        return;
    }
    ReferenceEntryDialog::Entry entry;
    entry.id = id;
    if (const core::Territory* territory = m_list == List::Territory ? withId(m_territories, id) : nullptr) {
        entry.name = territory->name;
    } else if (const core::Problem* problem = m_list == List::Problem ? withId(m_problems, id) : nullptr) {
        entry.name = problem->label;
    } else if (const core::InterventionType* type = m_list == List::InterventionType ? withId(m_types, id) : nullptr) {
        entry.code = type->code;
        entry.labelFr = type->labelFr;
        entry.labelEn = type->labelEn;
    } else {
        return;
    }
    ReferenceEntryDialog dialog(m_workspace, m_list, entry, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        admin::showMessage(m_message, tr("%1 saved.").arg(dialog.savedName()), false);
    }
}

void ReferenceListPanel::mergeSelected()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.size() < 2) {
        admin::showMessage(m_message, tr("Select two or more entries (Ctrl+click) to merge them."), true);
        return;
    }
    std::vector<MergeEntriesDialog::Entry> entries;
    for (qint64 id : ids) {
        MergeEntriesDialog::Entry entry;
        entry.id = id;
        switch (m_list) {
        case List::Territory:
            if (const auto* territory = withId(m_territories, id)) {
                entry.text = territory->name;
            }
            break;
        case List::Problem:
            if (const auto* problem = withId(m_problems, id)) {
                entry.text = problem->label;
            }
            break;
        case List::InterventionType:
            if (const auto* type = withId(m_types, id)) {
                entry.text = label(*type);
                entry.builtIn = type->builtIn;
            }
            break;
        case List::Partner:
            if (const auto* partner = withId(m_partners, id)) {
                entry.text = partner->code + QStringLiteral(" – ") + partner->name;
            }
            break;
        }
        entries.push_back(entry);
    }
    MergeEntriesDialog dialog(m_workspace, m_list, std::move(entries), this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString kept = dialog.keptText();
        refresh();
        admin::showMessage(m_message,
                           tr("Merged %n entry(ies) into “%1”.", nullptr, static_cast<int>(ids.size() - 1)).arg(kept),
                           false);
    }
}

} // namespace relais::gui
