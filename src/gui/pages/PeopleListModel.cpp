#include "PeopleListModel.h"

#include "storage/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <iterator>

namespace relais::gui {

PeopleListModel::PeopleListModel(storage::Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    setFilter(QString());
}

void PeopleListModel::setFilter(const QString& text)
{
    beginResetModel();
    m_filter = text.trimmed();
    m_rows.clear();
    m_total = 0;
    m_moreMatches = false;
    if (m_filter.isEmpty()) {
        auto total = m_workspace.people().countPeople(m_workspace.user());
        m_total = total ? *total : 0;
        if (!total) {
            emit failed(total.error().userMessage);
        }
    } else {
        auto found = m_workspace.people().search(m_workspace.user(), m_filter, kSearchPageSize);
        if (found) {
            m_rows = std::move(*found);
            m_moreMatches = static_cast<int>(m_rows.size()) == kSearchPageSize;
        } else {
            emit failed(found.error().userMessage);
        }
    }
    endResetModel();
}

const core::PersonSummary* PeopleListModel::summaryAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
}

int PeopleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PeopleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleListModel::data(const QModelIndex& index, int role) const
{
    const core::PersonSummary* summary = summaryAt(index.row());
    if (!summary) {
        return {};
    }
    if (role == kIdRole) {
        return summary->id;
    }
    if (role == Qt::ForegroundRole && index.column() == AlertColumn) {
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return summary->anonymous ? tr("%1 (anonymous)").arg(summary->displayName) : summary->displayName;
    case BirthDateColumn:
        return summary->birthDate ? QLocale().toString(*summary->birthDate, QLocale::ShortFormat) : QString();
    case CaseManagerColumn:
        return summary->caseManagerUserName;
    case AlertColumn:
        return summary->safetyAlert;
    default:
        return {};
    }
}

QVariant PeopleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name or alias");
    case BirthDateColumn:
        return tr("Birth date");
    case CaseManagerColumn:
        return tr("Case manager");
    case AlertColumn:
        return tr("Safety alert");
    default:
        return {};
    }
}

bool PeopleListModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return false;
    }
    return m_filter.isEmpty() ? static_cast<int>(m_rows.size()) < m_total : m_moreMatches;
}

void PeopleListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    // A search has no stable offset (prefix matches, then infixes): ask again for
    // one page more and keep what is past the rows already shown.
    auto page = m_filter.isEmpty() ? m_workspace.people().listPeople(m_workspace.user(), first, kPageSize)
                                   : m_workspace.people().search(m_workspace.user(), m_filter, first + kSearchPageSize);
    if (!page) {
        emit failed(page.error().userMessage);
        m_total = first;
        m_moreMatches = false;
        return;
    }
    if (!m_filter.isEmpty()) {
        m_moreMatches = static_cast<int>(page->size()) == first + kSearchPageSize;
        page->erase(page->begin(), page->begin() + std::min<std::ptrdiff_t>(first, std::ssize(*page)));
    }
    if (page->empty()) {
        m_total = first;
        m_moreMatches = false;
        return;
    }
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->size()) - 1);
    for (core::PersonSummary& summary : *page) {
        m_rows.push_back(std::move(summary));
    }
    endInsertRows();
}

} // namespace relais::gui
