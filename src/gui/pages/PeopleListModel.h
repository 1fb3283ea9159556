#pragma once

#include "core/domain/Entities.h"

#include <QAbstractTableModel>

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// The people list over tens of thousands of records: fetched a page at a time
// as the view scrolls (canFetchMore/fetchMore), or the results of a search,
// also paged: each keystroke reads the first kSearchPageSize matches only.
// Shows only what every role may see (name or alias, birth date, worker, alert).
class PeopleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, BirthDateColumn, CaseManagerColumn, AlertColumn, ColumnCount };
    static constexpr int kPageSize = 200;
    // A screenful and more; what one keystroke costs grows with it (issue 9).
    static constexpr int kSearchPageSize = 100;
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit PeopleListModel(storage::Workspace& workspace, QObject* parent = nullptr);

    // Empty text: the whole list, paged; otherwise the search results.
    void setFilter(const QString& text);
    const core::PersonSummary* summaryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const QString& message);

private:
    storage::Workspace& m_workspace;
    std::vector<core::PersonSummary> m_rows;
    QString m_filter;
    int m_total = 0; // the whole list: people in it; a search: unused
    bool m_moreMatches = false; // a search: the last page was full, there may be more
};

} // namespace relais::gui
