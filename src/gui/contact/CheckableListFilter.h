#pragma once

#include <QObject>

#include <vector>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace relais::gui {

// Type-ahead for a checkable list: typing in the filter line edit hides the
// entries that do not match (accent- and case-insensitive; ticked entries stay in
// view), Up/Down move the current entry and Space ticks or unticks it (Shift+Space,
// or Space when nothing matches, types a space), so a list of intervention types
// is worked without leaving the keyboard. Each entry carries the id of what it
// stands for.
class CheckableListFilter : public QObject
{
    Q_OBJECT
public:
    CheckableListFilter(QLineEdit* filterLineEdit, QListWidget* listWidget, QObject* parent = nullptr);

    QListWidgetItem* addEntry(const QString& text, qint64 id, bool checked = false);
    std::vector<qint64> checkedIds() const;
    void setChecked(qint64 id, bool checked);
    bool contains(qint64 id) const;
    // The entries that match the filter text, in list order.
    int matchingCount() const;
    void applyFilter();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void moveCurrent(int step);
    bool toggleCurrent();
    bool matches(const QListWidgetItem* item) const;

    QLineEdit* m_filter;
    QListWidget* m_list;
};

} // namespace relais::gui
