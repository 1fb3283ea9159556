#include "TestSupport.h"
#include "storage/AuditAnchor.h"
#include "storage/Migrator.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <catch2/catch.hpp>

using namespace relais;
using core::ErrorCode;
using storage::DataStore;
using storage::KdfParams;
using test::TempStore;

namespace {

std::unique_ptr<storage::Workspace> openWorkspace(TempStore& store, const QString& user, const char* password)
{
    auto session = DataStore::unlock(store.path, user, password, store.clock);
    REQUIRE(session);
    auto workspace = storage::Workspace::open(std::move(*session), store.clock);
    REQUIRE(workspace);
    return std::move(*workspace);
}

QStringList actionsInTrail(storage::Workspace& workspace)
{
    auto stmt = workspace.session().db().prepare("SELECT action FROM audit_log ORDER BY sequence");
    REQUIRE(stmt);
    QStringList actions;
    while (*stmt->step()) {
        actions << stmt->textAt(0);
    }
    return actions;
}

} // namespace

TEST_CASE("Signing in records the failed attempts before it, and signing out is recorded too",
          "[storage][workspace][audit]")
{
    TempStore store;
    CHECK_FALSE(DataStore::unlock(store.path, QStringLiteral("admin"), "wrong one", store.clock).ok());
    CHECK_FALSE(DataStore::unlock(store.path, QStringLiteral("nobody"), "wrong two", store.clock).ok());
    {
        auto workspace = openWorkspace(store, QStringLiteral("admin"), test::kAdminPassword);
        CHECK(actionsInTrail(*workspace)
              == QStringList({QStringLiteral("sign_in.failed"), QStringLiteral("sign_in.failed"),
                              QStringLiteral("sign_in")}));
    }
    auto workspace = openWorkspace(store, QStringLiteral("admin"), test::kAdminPassword);
    const QStringList actions = actionsInTrail(*workspace);
    REQUIRE(actions.size() == 5);
    CHECK(actions[3] == QStringLiteral("sign_out"));
    CHECK(actions[4] == QStringLiteral("sign_in"));
    auto check = workspace->audit().verify();
    REQUIRE(check);
    CHECK(check->ok);
}

TEST_CASE("The audit anchor still verifies after the database key is replaced", "[storage][workspace][rekey]")
{
    TempStore store;
    auto workspace = openWorkspace(store, QStringLiteral("admin"), test::kAdminPassword);
    REQUIRE(DataStore::rekey(workspace->session()));
    REQUIRE(workspace->audit().record(workspace->user(), QStringLiteral("database.rekey")));
    workspace.reset();
    auto again = openWorkspace(store, QStringLiteral("admin"), test::kAdminPassword);
    auto check = again->audit().verify();
    REQUIRE(check);
    CHECK(check->ok);
    CHECK(check->entries >= 4);
}

TEST_CASE("A database upgraded from before the audit trail gets its first anchor and verifies",
          "[storage][workspace][migration]")
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("old.db"));
    REQUIRE(QFile::copy(QStringLiteral(RELAIS_TEST_DATA_DIR "/schemas/schema-0001.db"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile keyFile(QStringLiteral(RELAIS_TEST_DATA_DIR "/schemas/schema-0001.key"));
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    const QByteArray hex = keyFile.readAll().trimmed();
    storage::SecureBytes key(32);
    REQUIRE(sodium_hex2bin(key.data(), 32, hex.constData(), static_cast<std::size_t>(hex.size()), nullptr, nullptr,
                           nullptr)
            == 0);
    auto db = storage::Database::open(copy, key, storage::Database::Mode::OpenExisting);
    REQUIRE(db);
    REQUIRE(storage::Migrator().migrate(*db));
    REQUIRE_FALSE(QFile::exists(storage::AuditAnchor::pathFor(copy)));
    REQUIRE(storage::AuditAnchor::ensureInitial(*db, copy));
    CHECK(QFile::exists(storage::AuditAnchor::pathFor(copy)));
    storage::SqliteAuditRepository audit(*db, copy);
    core::AuditEntry entry;
    entry.at = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    entry.userId = 1;
    entry.action = QStringLiteral("sign_in");
    REQUIRE(audit.append(entry));
    audit.refreshAnchor();
    auto check = audit.verify();
    REQUIRE(check);
    CHECK(check->ok);
    CHECK(check->entries == 1);
}

TEST_CASE("Account names are plain letters so the slots file and the database agree on case",
          "[storage][store][slots]")
{
    TempStore store;
    auto admin = store.signIn();
    auto accented = DataStore::addUser(*admin, QStringLiteral("Élise"), core::Role::CaseManager, "elise-password",
                                       KdfParams::fastForTests(), store.clock);
    REQUIRE_FALSE(accented.ok());
    CHECK(accented.error().code == ErrorCode::InputRejected);
    CHECK(accented.error().userMessage.contains(QStringLiteral("unaccented")));
    REQUIRE(DataStore::addUser(*admin, QStringLiteral("Elise"), core::Role::CaseManager, "elise-password",
                               KdfParams::fastForTests(), store.clock));
    auto sameName = DataStore::addUser(*admin, QStringLiteral("ELISE"), core::Role::TeamLead, "other-password",
                                       KdfParams::fastForTests(), store.clock);
    REQUIRE_FALSE(sameName.ok());
    admin.reset();
    CHECK(DataStore::unlock(store.path, QStringLiteral("elise"), "elise-password", store.clock).ok());
}

TEST_CASE("Wrong old passwords in a password change slow down like failed sign-ins and are audited later",
          "[storage][store][auth]")
{
    TempStore store;
    for (int i = 0; i < 3; ++i) {
        auto changed = DataStore::changePassword(store.path, QStringLiteral("admin"), "guess", "new-password-1",
                                                 KdfParams::fastForTests(), store.clock);
        REQUIRE_FALSE(changed.ok());
        CHECK(changed.error().code == ErrorCode::AuthenticationFailed);
    }
    CHECK(DataStore::signInWait(store.path, store.clock).count() > 0);
    auto refused = DataStore::changePassword(store.path, QStringLiteral("admin"), test::kAdminPassword,
                                             "new-password-1", KdfParams::fastForTests(), store.clock);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("wait")));
    store.clock.advanceSeconds(60);
    REQUIRE(DataStore::changePassword(store.path, QStringLiteral("admin"), test::kAdminPassword, "new-password-1",
                                      KdfParams::fastForTests(), store.clock));
    auto workspace = openWorkspace(store, QStringLiteral("admin"), "new-password-1");
    CHECK(actionsInTrail(*workspace).count(QStringLiteral("sign_in.failed")) == 3);
}
