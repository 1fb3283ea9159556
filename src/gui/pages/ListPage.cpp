#include "ListPage.h"

#include "core/domain/TextFolding.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::gui {

namespace {

// Keeps rows where any cell contains the filter text, accents and case ignored.
class FoldingFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFoldedFilter(const QString& text)
    {
        m_folded = core::foldForSearch(text);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_folded.isEmpty()) {
            return true;
        }
        for (int column = 0; column < sourceModel()->columnCount(parent); ++column) {
            const QString text = sourceModel()->index(row, column, parent).data().toString();
            if (core::foldForSearch(text).contains(m_folded)) {
                return true;
            }
        }
        return false;
    }

private:
    QString m_folded;
};

} // namespace

ListPage::ListPage(storage::Workspace& workspace, const QString& title, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new FoldingFilterProxy(this))
{
    setObjectName(objectName);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(objectName + QStringLiteral("SubtitleLabel"));
    m_subtitle->setVisible(false);
    m_subtitle->setWordWrap(true);

    m_filter->setObjectName(objectName + QStringLiteral("FilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter the list"));
    m_filter->setClearButtonEnabled(true);
    auto* focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(focusFilter);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(objectName + QStringLiteral("TableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Rows come in the order the service gives (next contact due, latest first...);
    // clicking a header sorts.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(title);
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString& text) { static_cast<FoldingFilterProxy*>(m_proxy)->setFoldedFilter(text); });

    m_actions = new QHBoxLayout;
    m_actions->addWidget(m_filter, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_actions);
    layout->addWidget(m_table, 1);
}

int ListPage::rowCount() const
{
    return m_proxy->rowCount();
}

qint64 ListPage::personIdAt(int row) const
{
    return m_proxy->index(row, 0).data(kPersonIdRole).toLongLong();
}

void ListPage::setHeaders(const QStringList& headers)
{
    m_model->setHorizontalHeaderLabels(headers);
}

void ListPage::setRows(const QList<QList<QStandardItem*>>& rows)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const QList<QStandardItem*>& row : rows) {
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

QStandardItem* ListPage::item(const QString& text, qint64 personId)
{
    auto* cell = new QStandardItem(text);
    if (personId) {
        cell->setData(personId, kPersonIdRole);
    }
    return cell;
}

void ListPage::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

void ListPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const qint64 personId = personIdAt(current.row());
    if (personId) {
        emit openPersonRequested(personId);
    }
}

} // namespace relais::gui
