#include "WorkspaceFixture.h"
#include "gui/contact/ContactDialog.h"
#include "gui/contact/GroupSessionDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace relais;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void showActive(QWidget& dialog)
{
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
}

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

QListWidgetItem* itemNamed(QListWidget* list, const QString& text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == text) {
            return list->item(row);
        }
    }
    FAIL("no entry " + text.toStdString());
    return nullptr;
}

qint64 typeId(test::WorkspaceFixture& f, const QString& code)
{
    auto types = f.workspace->reference().interventionTypes();
    REQUIRE(types);
    for (const core::InterventionType& type : *types) {
        if (type.code == code) {
            return type.id;
        }
    }
    FAIL("no intervention type " + code.toStdString());
    return 0;
}

core::Person createPerson(test::WorkspaceFixture& f, const QString& firstName, const QString& lastName,
                          const QString& safetyAlert = {})
{
    core::Person person;
    person.firstName = firstName;
    person.lastName = lastName;
    person.safetyAlert = safetyAlert;
    auto created = f.workspace->people().createPerson(f.workspace->user(), person);
    REQUIRE(created);
    return created->person;
}

// Alt+A, an alias, Alt+T and "soc" + Space: an anonymous contact ready to save.
void typeAnonymousSocialisation(gui::ContactDialog& dialog, const QString& alias)
{
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    REQUIRE(child<QCheckBox>(dialog, "anonymousCheckBox")->isChecked());
    REQUIRE(focused() == child<QLineEdit>(dialog, "aliasLineEdit"));
    QTest::keyClicks(focused(), alias);
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    REQUIRE(focused() == child<QLineEdit>(dialog, "typesFilterLineEdit"));
    QTest::keyClicks(focused(), QStringLiteral("soc"));
    QTest::keyClick(focused(), Qt::Key_Space);
}

} // namespace

TEST_CASE("An anonymous contact is logged entirely from the keyboard", "[gui][contact]")
{
    test::WorkspaceFixture f;
    gui::ContactDialog dialog(*f.workspace);
    showActive(dialog);

    typeAnonymousSocialisation(dialog, QStringLiteral("Grand Louis"));
    auto* types = child<QListWidget>(dialog, "typesListWidget");
    CHECK(itemNamed(types, QStringLiteral("Socialisation"))->checkState() == Qt::Checked);
    CHECK(child<QLineEdit>(dialog, "typesFilterLineEdit")->text() == QStringLiteral("soc"));

    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(dialog.savedIntervention());

    auto recent = f.workspace->outreach().recentInterventions(f.workspace->user());
    REQUIRE(recent);
    REQUIRE(recent->size() == 1);
    const core::Intervention& logged = recent->front();
    CHECK(logged.id == dialog.savedIntervention()->id);
    CHECK(logged.workerId == f.user(QStringLiteral("marie")).id);
    CHECK(logged.typeIds == std::vector<qint64>{typeId(f, QStringLiteral("socialisation"))});
    CHECK(logged.occurredAt == f.store.clock.nowUtc());
    auto person = f.workspace->people().summary(f.workspace->user(), logged.personId);
    REQUIRE(person);
    CHECK(person->anonymous);
    CHECK(person->alias == QStringLiteral("Grand Louis"));
}

TEST_CASE("Saving a contact with no type ticked shows the service's message and saves nothing", "[gui][contact]")
{
    test::WorkspaceFixture f;
    gui::ContactDialog dialog(*f.workspace);
    showActive(dialog);

    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QTest::keyClicks(focused(), QStringLiteral("Manteau rouge"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.savedIntervention());
    CHECK(child<QLabel>(dialog, "messageLabel")->text() == QStringLiteral("Choose at least one type of intervention."));
    CHECK(child<QLineEdit>(dialog, "aliasLineEdit")->text() == QStringLiteral("Manteau rouge"));
    CHECK(child<QCheckBox>(dialog, "anonymousCheckBox")->isChecked());
    auto recent = f.workspace->outreach().recentInterventions(f.workspace->user());
    REQUIRE(recent);
    CHECK(recent->empty());
    auto people = f.workspace->people().countPeople(f.workspace->user());
    REQUIRE(people);
    CHECK(*people == 0);

    // Fixing what the service named and saving again works, nothing retyped.
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTest::keyClicks(focused(), QStringLiteral("soc"));
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.savedIntervention());
}

TEST_CASE("Typing “helene” finds Hélène Côté with her safety alert and logs the contact with her", "[gui][contact]")
{
    test::WorkspaceFixture f;
    const core::Person helene =
        createPerson(f, QStringLiteral("Hélène"), QStringLiteral("Côté"), QStringLiteral("Rencontrer à deux"));
    createPerson(f, QStringLiteral("Jean"), QStringLiteral("Tremblay"));
    gui::ContactDialog dialog(*f.workspace);
    showActive(dialog);

    auto* search = child<QLineEdit>(dialog, "personSearchLineEdit");
    auto* results = child<QListWidget>(dialog, "personResultsListWidget");
    REQUIRE(focused() == search);
    QTest::keyClicks(search, QStringLiteral("helene"));
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text().contains(QStringLiteral("Hélène Côté")));
    CHECK(results->item(0)->text().contains(QStringLiteral("Rencontrer à deux")));

    // Return picks the person (it does not save) and moves on to the types.
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(dialog.isVisible());
    const QString chosen = child<QLabel>(dialog, "selectedPersonLabel")->text();
    CHECK(chosen.contains(QStringLiteral("Hélène Côté")));
    CHECK(chosen.contains(QStringLiteral("Rencontrer à deux")));
    REQUIRE(focused() == child<QLineEdit>(dialog, "typesFilterLineEdit"));
    QTest::keyClicks(focused(), QStringLiteral("soc"));
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.savedIntervention());
    CHECK(dialog.savedIntervention()->personId == helene.id);
    auto people = f.workspace->people().countPeople(f.workspace->user());
    REQUIRE(people);
    CHECK(*people == 2);
}

TEST_CASE("Saving with no person chosen asks for one and keeps the entry", "[gui][contact]")
{
    test::WorkspaceFixture f;
    gui::ContactDialog dialog(*f.workspace);
    showActive(dialog);

    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTest::keyClicks(focused(), QStringLiteral("soc"));
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.isVisible());
    CHECK_FALSE(child<QLabel>(dialog, "messageLabel")->text().isEmpty());
    CHECK(itemNamed(child<QListWidget>(dialog, "typesListWidget"), QStringLiteral("Socialisation"))->checkState()
          == Qt::Checked);
    CHECK(focused() == child<QLineEdit>(dialog, "personSearchLineEdit"));
    auto recent = f.workspace->outreach().recentInterventions(f.workspace->user());
    REQUIRE(recent);
    CHECK(recent->empty());
}

TEST_CASE("My territory and last place are pre-filled the next time for me but not for another user", "[gui][contact]")
{
    test::WorkspaceFixture f;
    const core::Territory magog = f.territory();
    {
        gui::ContactDialog dialog(*f.workspace);
        showActive(dialog);
        auto* territory = child<QComboBox>(dialog, "territoryComboBox");
        CHECK(territory->currentIndex() == 0); // nothing remembered yet
        territory->setCurrentIndex(territory->findText(QStringLiteral("Magog")));
        auto* placeKind = child<QComboBox>(dialog, "placeKindComboBox");
        placeKind->setCurrentIndex(placeKind->findData(QStringLiteral("park")));
        auto* placeName = child<QLineEdit>(dialog, "placeNameLineEdit");
        placeName->setText(QStringLiteral("Parc de la Pointe-Merry"));
        typeAnonymousSocialisation(dialog, QStringLiteral("Ti-Guy"));
        QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(dialog.savedIntervention());
        CHECK(dialog.savedIntervention()->territoryId == magog.id);
        CHECK(dialog.savedIntervention()->placeKind == core::PlaceKind::Park);
    }
    {
        gui::ContactDialog dialog(*f.workspace);
        CHECK(child<QComboBox>(dialog, "territoryComboBox")->currentText() == QStringLiteral("Magog"));
        CHECK(child<QComboBox>(dialog, "placeKindComboBox")->currentData().toString() == QStringLiteral("park"));
        CHECK(child<QLineEdit>(dialog, "placeNameLineEdit")->text() == QStringLiteral("Parc de la Pointe-Merry"));
        gui::GroupSessionDialog group(*f.workspace);
        CHECK(child<QComboBox>(group, "territoryComboBox")->currentText() == QStringLiteral("Magog"));
    }
    f.signIn(QStringLiteral("paul"));
    {
        gui::ContactDialog dialog(*f.workspace);
        CHECK(child<QComboBox>(dialog, "territoryComboBox")->currentIndex() == 0);
        CHECK(child<QComboBox>(dialog, "placeKindComboBox")->currentIndex() == 0);
        CHECK(child<QLineEdit>(dialog, "placeNameLineEdit")->text().isEmpty());
    }
}

TEST_CASE("A new problem is refused to a case manager with the service's message and added by a team lead",
          "[gui][contact]")
{
    test::WorkspaceFixture f;
    {
        gui::ContactDialog dialog(*f.workspace);
        showActive(dialog);
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        REQUIRE(focused() == child<QLineEdit>(dialog, "problemsFilterLineEdit"));
        QTest::keyClicks(focused(), QStringLiteral("Jeu compulsif"));
        const int before = child<QListWidget>(dialog, "problemsListWidget")->count();
        QTest::mouseClick(child<QPushButton>(dialog, "addProblemPushButton"), Qt::LeftButton);
        CHECK_FALSE(child<QLabel>(dialog, "messageLabel")->text().isEmpty());
        CHECK(child<QListWidget>(dialog, "problemsListWidget")->count() == before);
        CHECK(dialog.isVisible());
    }
    f.signIn(QStringLiteral("lea"));
    {
        gui::ContactDialog dialog(*f.workspace);
        showActive(dialog);
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
        QTest::keyClicks(focused(), QStringLiteral("Jeu compulsif"));
        auto* problemsList = child<QListWidget>(dialog, "problemsListWidget");
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier); // the button's mnemonic: an animated click
        CHECK(QTest::qWaitFor([&] { return problemsList->count() == 1; }));
        CHECK(child<QLabel>(dialog, "messageLabel")->text().isEmpty());
        auto* added = itemNamed(child<QListWidget>(dialog, "problemsListWidget"), QStringLiteral("Jeu compulsif"));
        CHECK(added->checkState() == Qt::Checked);
    }
    auto problems = f.workspace->reference().problems();
    REQUIRE(problems);
    CHECK(problems->size() == 1);
}

TEST_CASE("A group session with two attendees and a head-count of five is saved", "[gui][contact]")
{
    test::WorkspaceFixture f;
    const core::Person helene = createPerson(f, QStringLiteral("Hélène"), QStringLiteral("Côté"));
    const core::Person jean = createPerson(f, QStringLiteral("Jean"), QStringLiteral("Tremblay"));
    gui::GroupSessionDialog dialog(*f.workspace);
    showActive(dialog);

    REQUIRE(focused() == child<QLineEdit>(dialog, "groupNameLineEdit"));
    QTest::keyClicks(focused(), QStringLiteral("Soupe populaire"));
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    auto* search = child<QLineEdit>(dialog, "attendeeSearchLineEdit");
    REQUIRE(focused() == search);
    QTest::keyClicks(search, QStringLiteral("helene"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClicks(search, QStringLiteral("tremblay"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keyClicks(search, QStringLiteral("helene"));
    QTest::keyClick(search, Qt::Key_Return); // already there: not added twice
    CHECK(dialog.isVisible());
    CHECK(child<QListWidget>(dialog, "attendeesListWidget")->count() == 2);

    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    auto* headCount = child<QSpinBox>(dialog, "headCountSpinBox");
    REQUIRE(focused() == headCount);
    headCount->selectAll();
    QTest::keyClicks(headCount, QStringLiteral("5"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.savedSession());
    auto sessions = f.workspace->outreach().recentGroupSessions(f.workspace->user());
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    const core::GroupSession& saved = sessions->front();
    CHECK(saved.groupName == QStringLiteral("Soupe populaire"));
    CHECK(saved.openGroup);
    CHECK(saved.anonymousHeadCount == 5);
    std::vector<qint64> attendees = saved.attendeeIds;
    std::sort(attendees.begin(), attendees.end());
    CHECK(attendees == std::vector<qint64>{helene.id, jean.id});
}
