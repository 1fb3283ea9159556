#include "PersonSearch.h"

#include "storage/Workspace.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QStyle>

namespace relais::gui {

namespace {

constexpr int kResultLimit = 20;

} // namespace

PersonSearch::PersonSearch(storage::Workspace& workspace, QLineEdit* searchLineEdit, QListWidget* resultsListWidget,
                           QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_search(searchLineEdit)
    , m_results(resultsListWidget)
{
    m_search->setClearButtonEnabled(true);
    m_results->setUniformItemSizes(true);
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &PersonSearch::search);
    connect(m_results, &QListWidget::itemActivated, this, [this] { chooseCurrent(); });
}

QString PersonSearch::describe(const core::PersonSummary& person)
{
    QStringList parts{person.displayName};
    if (person.birthDate) {
        parts << tr("born %1").arg(QLocale().toString(*person.birthDate, QLocale::ShortFormat));
    }
    if (person.anonymous) {
        parts << tr("anonymous");
    }
    if (!person.caseManagerUserName.isEmpty()) {
        parts << tr("case manager: %1").arg(person.caseManagerUserName);
    }
    if (!person.safetyAlert.trimmed().isEmpty()) {
        parts << tr("⚠ %1").arg(person.safetyAlert.trimmed());
    }
    return parts.join(QStringLiteral(" · "));
}

void PersonSearch::clear()
{
    m_search->clear();
}

void PersonSearch::search(const QString& text)
{
    m_results->clear();
    m_found.clear();
    auto found = m_workspace.people().search(m_workspace.user(), text, kResultLimit);
    if (!found) {
        emit searchFailed(found.error().userMessage);
        return;
    }
    m_found = std::move(*found);
    const QIcon alertIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const core::PersonSummary& person : m_found) {
        auto* item = new QListWidgetItem(describe(person), m_results);
        if (!person.safetyAlert.trimmed().isEmpty()) {
            item->setIcon(alertIcon);
            item->setToolTip(tr("Safety alert: %1").arg(person.safetyAlert.trimmed()));
        }
    }
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
    }
}

bool PersonSearch::chooseCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= static_cast<int>(m_found.size())) {
        return false;
    }
    // A copy: the receiver usually clears the search, which empties m_found.
    const core::PersonSummary chosen = m_found[static_cast<size_t>(row)];
    emit personChosen(chosen);
    return true;
}

void PersonSearch::moveCurrent(int step)
{
    const int next = m_results->currentRow() + step;
    if (next >= 0 && next < m_results->count()) {
        m_results->setCurrentRow(next);
    }
}

bool PersonSearch::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_search && watched != m_results)) {
        return QObject::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        return false; // Ctrl+Return saves the dialog
    }
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Picks instead of saving; with nothing to pick, Return reaches the dialog.
        return chooseCurrent();
    case Qt::Key_Down:
        if (watched == m_search) {
            moveCurrent(1);
            return true;
        }
        break;
    case Qt::Key_Up:
        if (watched == m_search) {
            moveCurrent(-1);
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relais::gui
