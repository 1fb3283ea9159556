#include "TestSupport.h"
#include "gui/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("Signing in from the window: a wrong password shows the generic message, the right one opens",
          "[gui][unlock]")
{
    test::TempStore store;
    gui::MainWindow window(store.clock);
    window.setDatabasePath(store.path);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    auto* user = child<QLineEdit>(window, "userLineEdit");
    auto* password = child<QLineEdit>(window, "passwordLineEdit");
    auto* signIn = child<QPushButton>(window, "signInPushButton");
    auto* message = child<QLabel>(window, "messageLabel");

    QTest::keyClicks(user, QStringLiteral("admin"));
    QTest::keyClicks(password, QStringLiteral("not it"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    CHECK(message->text().contains(QStringLiteral("user name or password is not correct")));
    CHECK(password->text().isEmpty());
    CHECK(window.session() == nullptr);

    QTest::keyClicks(password, QString::fromLatin1(test::kAdminPassword));
    QTest::keyClick(password, Qt::Key_Return);
    REQUIRE(window.session() != nullptr);
    CHECK(window.session()->user().userName == QStringLiteral("admin"));
    CHECK(child<QListWidget>(window, "navigationListWidget")->isVisible());
    CHECK(child<QLabel>(window, "signedInUserLabel")->text().contains(QStringLiteral("admin")));

    // Ctrl+L locks: the database closes and the sign-in screen returns.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK(window.session() == nullptr);
    CHECK(signIn->isVisible());
}
