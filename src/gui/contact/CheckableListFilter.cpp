#include "CheckableListFilter.h"

#include "core/domain/TextFolding.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>

namespace relais::gui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kFoldedRole = Qt::UserRole + 1;

} // namespace

CheckableListFilter::CheckableListFilter(QLineEdit* filterLineEdit, QListWidget* listWidget, QObject* parent)
    : QObject(parent)
    , m_filter(filterLineEdit)
    , m_list(listWidget)
{
    m_list->setUniformItemSizes(true);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CheckableListFilter::applyFilter);
    // A ticked entry stays in view whatever the filter says.
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (item->checkState() == Qt::Unchecked && !matches(item)) {
            item->setHidden(true);
        }
    });
}

QListWidgetItem* CheckableListFilter::addEntry(const QString& text, qint64 id, bool checked)
{
    auto* item = new QListWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(kIdRole, id);
    item->setData(kFoldedRole, core::foldForSearch(text));
    m_list->addItem(item);
    item->setHidden(!matches(item) && !checked);
    if (!m_list->currentItem() && !item->isHidden()) {
        m_list->setCurrentItem(item);
    }
    return item;
}

std::vector<qint64> CheckableListFilter::checkedIds() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked) {
            ids.push_back(item->data(kIdRole).toLongLong());
        }
    }
    return ids;
}

void CheckableListFilter::setChecked(qint64 id, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(kIdRole).toLongLong() == id) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            item->setHidden(!checked && !matches(item));
            if (!item->isHidden()) {
                m_list->setCurrentItem(item);
            }
        }
    }
}

bool CheckableListFilter::contains(qint64 id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toLongLong() == id) {
            return true;
        }
    }
    return false;
}

int CheckableListFilter::matchingCount() const
{
    int count = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        count += matches(m_list->item(row)) ? 1 : 0;
    }
    return count;
}

bool CheckableListFilter::matches(const QListWidgetItem* item) const
{
    const QString folded = core::foldForSearch(m_filter->text());
    return folded.isEmpty() || item->data(kFoldedRole).toString().contains(folded);
}

void CheckableListFilter::applyFilter()
{
    QListWidgetItem* firstMatch = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const bool match = matches(item);
        item->setHidden(!match && item->checkState() != Qt::Checked);
        if (match && !firstMatch) {
            firstMatch = item;
        }
    }
    // The current entry is the first one the text matches: what Space ticks.
    m_list->setCurrentItem(firstMatch);
    if (firstMatch) {
        m_list->scrollToItem(firstMatch);
    }
}

void CheckableListFilter::moveCurrent(int step)
{
    const int count = m_list->count();
    int row = m_list->currentRow();
    for (int next = row + step; next >= 0 && next < count; next += step) {
        if (!m_list->item(next)->isHidden()) {
            m_list->setCurrentRow(next);
            m_list->scrollToItem(m_list->item(next));
            return;
        }
    }
}

bool CheckableListFilter::toggleCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden()) {
        return false;
    }
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    // The next word typed replaces the filter, to tick the next entry at once.
    m_filter->selectAll();
    return true;
}

bool CheckableListFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
            return false;
        }
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Space:
            // Ticks the entry the text found; with none found (a new problem's
            // label), or with Shift, the space is typed.
            if (key->modifiers() & Qt::ShiftModifier) {
                return false;
            }
            return toggleCurrent();
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relais::gui
