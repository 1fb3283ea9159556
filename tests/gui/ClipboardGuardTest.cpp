// What is copied from Relais leaves the clipboard of the shared computer: after
// the delay, at once when the window locks, but never what was copied since in
// another program.

#include "gui/ClipboardGuard.h"
#include "SignedInWindow.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

// Copies `text` the way a user does: selected in a focused field, then Ctrl+C.
void copyFromField(QLineEdit& field, const QString& text)
{
    field.setText(text);
    field.show();
    field.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&field));
    field.setFocus();
    field.selectAll();
    QTest::keySequence(&field, QKeySequence::Copy);
    REQUIRE(QGuiApplication::clipboard()->text() == text);
}

// Restores the guard's delay whatever the test's outcome.
struct DelayFor
{
    explicit DelayFor(int milliseconds) { gui::ClipboardGuard::instance().setDelay(milliseconds); }
    ~DelayFor() { gui::ClipboardGuard::instance().setDelay(gui::ClipboardGuard::kDefaultDelayMs); }
    DelayFor(const DelayFor&) = delete;
    DelayFor& operator=(const DelayFor&) = delete;
};

} // namespace

TEST_CASE("A name copied from Relais leaves the clipboard after the delay", "[gui][clipboard]")
{
    REQUIRE(gui::ClipboardGuard::instance().delay() == 30'000);
    const DelayFor delay(150);
    QLineEdit field;
    copyFromField(field, QStringLiteral("Zoé Lambert"));
    CHECK(gui::ClipboardGuard::instance().isPending());
    // Still there before the delay is over: the user has time to paste.
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("Zoé Lambert"));
    CHECK(QTest::qWaitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 3000));
    CHECK_FALSE(gui::ClipboardGuard::instance().isPending());
}

TEST_CASE("What another program copied since is left in the clipboard", "[gui][clipboard]")
{
    const DelayFor delay(150);
    {
        QLineEdit field;
        copyFromField(field, QStringLiteral("Zoé Lambert"));
    }
    // No Relais window has the focus any more: this copy is another program's.
    REQUIRE(QTest::qWaitFor([] { return QGuiApplication::focusWindow() == nullptr; }, 3000));
    QGuiApplication::clipboard()->setText(QStringLiteral("shopping list"));
    CHECK_FALSE(gui::ClipboardGuard::instance().isPending());
    QTest::qWait(400);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("shopping list"));
    QGuiApplication::clipboard()->clear();
}

TEST_CASE("Locking the window clears what was copied from it at once", "[gui][clipboard]")
{
    test::SignedInWindow signedIn(QStringLiteral("marie"));
    gui::MainWindow& window = signedIn.window;
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("globalSearchLineEdit"));
    REQUIRE(search != nullptr);
    search->setText(QStringLiteral("Lambert"));
    search->setFocus();
    search->selectAll();
    QTest::keySequence(search, QKeySequence::Copy);
    REQUIRE(QGuiApplication::clipboard()->text() == QStringLiteral("Lambert"));
    REQUIRE(gui::ClipboardGuard::instance().isPending());
    window.lock();
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    CHECK_FALSE(gui::ClipboardGuard::instance().isPending());
}
