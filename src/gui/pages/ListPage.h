#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// A titled list screen: actions, a filter (Ctrl+F, accent-insensitive) and a
// table with fixed row heights. Rows that stand for a person carry the person's
// id; Enter or a double-click asks to open that client file.
class ListPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPersonIdRole = Qt::UserRole + 1;

    ListPage(storage::Workspace& workspace, const QString& title, const QString& objectName,
             QWidget* parent = nullptr);

    // Reloads the rows from the services.
    virtual void refresh() = 0;
    QTableView* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }
    int rowCount() const;
    // The person id of a row (of the filtered view), 0 if none.
    qint64 personIdAt(int row) const;

signals:
    void openPersonRequested(qint64 personId);
    void failed(const QString& message);

protected:
    void setHeaders(const QStringList& headers);
    // Replaces all rows; each row's first item carries kPersonIdRole when it names a person.
    void setRows(const QList<QList<QStandardItem*>>& rows);
    static QStandardItem* item(const QString& text, qint64 personId = 0);
    void setSubtitle(const QString& text);

    storage::Workspace& m_workspace;
    QHBoxLayout* m_actions = nullptr;

private:
    void openCurrent();

    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace relais::gui
