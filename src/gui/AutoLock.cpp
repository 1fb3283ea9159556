#include "AutoLock.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEvent>

using namespace Qt::Literals::StringLiterals;

namespace relais::gui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeout = std::max(0, milliseconds);
    if (m_timer.isActive()) {
        start();
    }
}

void IdleWatcher::start()
{
    if (m_timeout <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_timeout);
}

void IdleWatcher::stop()
{
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
        if (m_timer.isActive()) {
            m_timer.start(m_timeout);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const auto& [service, path, interface] :
             {std::tuple{u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s,
                         u"org.freedesktop.ScreenSaver"_s},
              std::tuple{u"org.freedesktop.ScreenSaver"_s, u"/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s},
              std::tuple{u"org.gnome.ScreenSaver"_s, u"/org/gnome/ScreenSaver"_s, u"org.gnome.ScreenSaver"_s}}) {
            if (session.connect(service, path, interface, u"ActiveChanged"_s, this, SLOT(onActiveChanged(bool)))) {
                ++m_subscriptions;
            }
        }
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        // Any session object: the desktop asks logind to lock ours.
        if (system.connect(u"org.freedesktop.login1"_s, QString(), u"org.freedesktop.login1.Session"_s, u"Lock"_s,
                           this, SLOT(onLock()))) {
            ++m_subscriptions;
        }
        if (system.connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
                           u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s, this,
                           SLOT(onPrepareForSleep(bool)))) {
            ++m_subscriptions;
        }
    }
}

void ScreenLockWatcher::onActiveChanged(bool active)
{
    if (active) {
        emit screenLocked();
    }
}

void ScreenLockWatcher::onLock()
{
    emit screenLocked();
}

void ScreenLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping) {
        emit screenLocked();
    }
}

} // namespace relais::gui
