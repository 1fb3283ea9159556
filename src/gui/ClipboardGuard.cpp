#include "ClipboardGuard.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPointer>

#include <utility>

namespace relais::gui {

ClipboardGuard& ClipboardGuard::instance()
{
    static QPointer<ClipboardGuard> guard;
    if (guard.isNull()) {
        guard = new ClipboardGuard(QCoreApplication::instance());
    }
    return *guard;
}

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    for (Watched* item : {&m_clipboard, &m_selection}) {
        item->timer.setSingleShot(true);
        connect(&item->timer, &QTimer::timeout, this, [this, item] { clear(*item); });
    }
    connect(QGuiApplication::clipboard(), &QClipboard::changed, this, &ClipboardGuard::onChanged);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

void ClipboardGuard::setDelay(int milliseconds)
{
    m_delay = std::max(0, milliseconds);
}

bool ClipboardGuard::isPending() const
{
    return m_clipboard.timer.isActive() || m_selection.timer.isActive();
}

void ClipboardGuard::copy(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    // Ours whichever window has the focus (a test's click does not give it).
    m_clipboard.copied = text;
    m_clipboard.timer.start(m_delay);
}

void ClipboardGuard::clearNow()
{
    clear(m_clipboard);
    clear(m_selection);
}

ClipboardGuard::Watched& ClipboardGuard::watched(QClipboard::Mode mode)
{
    return mode == QClipboard::Selection ? m_selection : m_clipboard;
}

void ClipboardGuard::onChanged(QClipboard::Mode mode)
{
    if (mode != QClipboard::Clipboard && mode != QClipboard::Selection) {
        return;
    }
    Watched& item = watched(mode);
    const QString text = QGuiApplication::clipboard()->text(mode);
    // A copy made while none of Relais's windows has the focus came from
    // another program: not ours to clear.
    if (text.isEmpty() || QGuiApplication::focusWindow() == nullptr) {
        item.copied.clear();
        item.timer.stop();
        return;
    }
    item.copied = text;
    item.timer.start(m_delay);
}

void ClipboardGuard::clear(Watched& watched)
{
    watched.timer.stop();
    if (watched.copied.isEmpty()) {
        return;
    }
    const QString copied = std::exchange(watched.copied, QString());
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->text(watched.mode) == copied) {
        clipboard->clear(watched.mode);
    }
}

} // namespace relais::gui
