// Auto-lock on a shared office computer: after the idle time the window locks
// by itself, and what was being typed comes back, for the same user only.

#include "SignedInWindow.h"
#include "gui/AutoLock.h"
#include "gui/MainWindow.h"
#include "gui/clientfile/ClientFileWidget.h"
#include "gui/contact/ContactDialog.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace relais;
using test::SignedInWindow;

namespace {

const char* const kPassword = test::WorkspaceFixture::kPassword;

// Every file Relais keeps for this database, read as bytes.
QByteArray filesOf(const QString& databasePath)
{
    QByteArray all;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral(".slots")}) {
        QFile file(databasePath + suffix);
        if (file.open(QIODevice::ReadOnly)) {
            all += file.readAll();
        }
    }
    return all;
}

gui::ContactDialog* waitForContactDialog()
{
    gui::ContactDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = qobject_cast<gui::ContactDialog*>(QApplication::activeModalWidget());
            return dialog != nullptr;
        },
        3000);
    return dialog;
}

} // namespace

TEST_CASE("Idle time locks the window and the half-typed contact note comes back to its author only",
          "[gui][autolock]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    gui::MainWindow& window = signedIn.window;
    const core::Person zoe = signedIn.eligiblePerson(QStringLiteral("Zoé"), QStringLiteral("Lambert"));
    window.openPerson(zoe.id);

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    gui::ContactDialog* dialog = waitForContactDialog();
    REQUIRE(dialog != nullptr);
    auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteTextEdit"));
    REQUIRE(note != nullptr);
    const QString typed = QStringLiteral("Rencontrée au parc Lafontaine, parle de son ");
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("Rencontree au parc, parle de son"));
    note->setPlainText(typed); // the accented text (keyClicks takes ASCII only)

    // Nobody touches the keyboard: the short idle time runs out.
    window.idleWatcher()->setTimeout(100);
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() == nullptr; }, 5000));
    CHECK(window.contactDialog() == nullptr);
    CHECK(QApplication::activeModalWidget() == nullptr);
    // The draft is in the database, encrypted: not in any file in plaintext.
    const QByteArray bytes = filesOf(signedIn.fixture.store.path);
    CHECK_FALSE(bytes.contains("parc Lafontaine"));
    CHECK_FALSE(bytes.contains(typed.toUtf8()));

    // Another case manager signs in at the same computer: nothing of Marie's shows.
    REQUIRE(window.signIn(QStringLiteral("paul"), QString::fromLatin1(kPassword)));
    QCoreApplication::processEvents();
    CHECK(window.contactDialog() == nullptr);
    CHECK(window.clientFile() == nullptr);
    window.idleWatcher()->setTimeout(0);
    window.lock();

    // Marie again: her note is back, unsaved, in the contact dialog for Zoé.
    REQUIRE(window.signIn(QStringLiteral("marie"), QString::fromLatin1(kPassword)));
    gui::ContactDialog* restored = waitForContactDialog();
    REQUIRE(restored != nullptr);
    auto* restoredNote = restored->findChild<QPlainTextEdit*>(QStringLiteral("noteTextEdit"));
    REQUIRE(restoredNote != nullptr);
    CHECK(restoredNote->toPlainText() == typed);
    CHECK(restored->unsavedDraft().value(QStringLiteral("personId")).toString() == QString::number(zoe.id));
    restored->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Once restored, the draft is gone: the next sign-in starts clean.
    window.lock();
    REQUIRE(window.signIn(QStringLiteral("marie"), QString::fromLatin1(kPassword)));
    QCoreApplication::processEvents();
    CHECK(window.contactDialog() == nullptr);
}

TEST_CASE("Auto-lock keeps a client file's unsaved edits and gives them back as unsaved after unlocking",
          "[gui][autolock]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    gui::MainWindow& window = signedIn.window;
    const core::Person zoe = signedIn.eligiblePerson(QStringLiteral("Zoé"), QStringLiteral("Lambert"));
    window.openPerson(zoe.id);
    gui::ClientFileWidget* file = window.clientFile();
    REQUIRE(file != nullptr);
    auto* alias = file->findChild<QLineEdit*>(QStringLiteral("aliasLineEdit"));
    REQUIRE(alias != nullptr);
    alias->setFocus();
    QTest::keyClicks(alias, QStringLiteral("Petite Z"));
    REQUIRE(file->hasUnsavedChanges());

    // The desktop locked the screen (or the idle time ran out): no question asked.
    window.autoLock();
    CHECK(window.workspace() == nullptr);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Nothing was saved behind the user's back.
    signedIn.fixture.signIn(QStringLiteral("marie"));
    auto stored = signedIn.fixture.workspace->people().openFile(signedIn.fixture.workspace->user(), zoe.id);
    REQUIRE(stored);
    CHECK(stored->alias.isEmpty());
    signedIn.fixture.workspace->close();
    signedIn.fixture.workspace.reset();

    REQUIRE(window.signIn(QStringLiteral("marie"), QString::fromLatin1(kPassword)));
    gui::ClientFileWidget* reopened = window.clientFile();
    REQUIRE(reopened != nullptr);
    CHECK(reopened->personId() == zoe.id);
    CHECK(reopened->hasUnsavedChanges());
    auto* restoredAlias = reopened->findChild<QLineEdit*>(QStringLiteral("aliasLineEdit"));
    REQUIRE(restoredAlias != nullptr);
    CHECK(restoredAlias->text() == QStringLiteral("Petite Z"));
    // It is an ordinary edit: undo takes it back.
    reopened->undoStack()->undo();
    CHECK(restoredAlias->text().isEmpty());
}

TEST_CASE("Input keeps the idle timer from running out", "[gui][autolock]")
{
    SignedInWindow signedIn(QStringLiteral("marie"));
    gui::MainWindow& window = signedIn.window;
    window.idleWatcher()->setTimeout(400);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("globalSearchLineEdit"));
    REQUIRE(search != nullptr);
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(search, Qt::Key_A);
        QTest::qWait(100);
    }
    CHECK(window.workspace() != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return window.workspace() == nullptr; }, 5000));
}
