#pragma once

#include <QClipboard>
#include <QObject>
#include <QString>
#include <QTimer>

namespace relais::gui {

// Takes out of the system clipboard what was copied from Relais: 30 s after the
// copy, when the window locks and when Relais quits, as KeePassXC does with a
// copied password. A client's name, a note or the recovery key must not wait in
// the clipboard of a shared office computer for the next person to paste it.
// Something copied since, in another program, is left alone. On X11 the text
// selection (middle-click paste) is watched the same way.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 30'000;

    // The one guard of the application, created on first use and owned by it.
    static ClipboardGuard& instance();

    void setDelay(int milliseconds);
    int delay() const { return m_delay; }
    // Puts text a Relais button copies (the recovery key) in the clipboard,
    // watched like a copy made with Ctrl+C.
    void copy(const QString& text);
    // Whether something copied from Relais is still waiting to be cleared.
    bool isPending() const;
    // Clears now what Relais copied, if it is still there.
    void clearNow();

private:
    explicit ClipboardGuard(QObject* parent);

    struct Watched
    {
        explicit Watched(QClipboard::Mode watchedMode) : mode(watchedMode) { }
        QClipboard::Mode mode;
        QString copied; // what Relais put there, empty when nothing is waiting
        QTimer timer;
    };

    void onChanged(QClipboard::Mode mode);
    void clear(Watched& watched);
    Watched& watched(QClipboard::Mode mode);

    int m_delay = kDefaultDelayMs;
    Watched m_clipboard {QClipboard::Clipboard};
    Watched m_selection {QClipboard::Selection};
};

} // namespace relais::gui
