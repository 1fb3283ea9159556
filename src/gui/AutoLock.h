#pragma once

#include <QObject>
#include <QTimer>

namespace relais::gui {

// Fires idle() when no key, mouse or touch input reached the application for
// the given time. Watches the whole application (an event filter on qApp), so a
// dialog being typed in counts as activity.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // 0 turns the watch off.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }
    // Starts (or restarts) counting from now; stop() pauses while nobody is signed in.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_timeout = 0;
};

// Fires screenLocked() when the desktop locks the screen or the computer goes to
// sleep, where the desktop says so on D-Bus (as KeePassXC listens):
// org.freedesktop.ScreenSaver and org.gnome.ScreenSaver ActiveChanged(true) on
// the session bus, logind's Session.Lock and Manager.PrepareForSleep(true) on the
// system bus. Where there is no bus (a bare X server, CI) nothing fires and the
// idle timeout still applies.
class ScreenLockWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    // How many of the signals above could be subscribed to (0 without D-Bus).
    int subscriptions() const { return m_subscriptions; }

signals:
    void screenLocked();

private slots:
    void onActiveChanged(bool active);
    void onLock();
    void onPrepareForSleep(bool sleeping);

private:
    int m_subscriptions = 0;
};

} // namespace relais::gui
