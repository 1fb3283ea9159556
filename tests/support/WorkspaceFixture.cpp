#include "WorkspaceFixture.h"

#include <catch2/catch.hpp>

namespace relais::test {

WorkspaceFixture::WorkspaceFixture(const QString& user)
{
    {
        auto admin = store.signIn();
        REQUIRE(admin->db().exec(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('time_zone', 'America/Montreal')"));
        for (auto [name, role] : {std::pair{"lea", core::Role::TeamLead}, std::pair{"marie", core::Role::CaseManager},
                                  std::pair{"paul", core::Role::CaseManager}}) {
            auto added = storage::DataStore::addUser(*admin, QString::fromLatin1(name), role, kPassword,
                                                     storage::KdfParams::fastForTests(), store.clock);
            REQUIRE(added);
        }
    }
    signIn(user);
}

void WorkspaceFixture::signIn(const QString& user)
{
    workspace.reset();
    const char* password = user == QStringLiteral("admin") ? kAdminPassword : kPassword;
    auto session = store.signIn(user, password);
    auto opened = storage::Workspace::open(std::move(session), store.clock);
    REQUIRE(opened);
    workspace = std::move(*opened);
}

core::UserAccount WorkspaceFixture::user(const QString& userName)
{
    auto users = workspace->reference().users();
    REQUIRE(users);
    for (const core::UserAccount& account : *users) {
        if (account.userName == userName) {
            return account;
        }
    }
    FAIL("no user " + userName.toStdString());
    return {};
}

core::Territory WorkspaceFixture::territory()
{
    auto territory = workspace->reference().territoryNamed(user(QStringLiteral("lea")), QStringLiteral("Magog"));
    REQUIRE(territory);
    return *territory;
}

core::PartnerOrganisation WorkspaceFixture::partner()
{
    auto partners = workspace->reference().partners();
    REQUIRE(partners);
    for (const auto& partner : *partners) {
        if (partner.code == QStringLiteral("CLSC")) {
            return partner;
        }
    }
    core::PartnerOrganisation partner;
    partner.code = QStringLiteral("CLSC");
    partner.name = QStringLiteral("CLSC de Magog");
    auto saved = workspace->reference().savePartner(user(QStringLiteral("lea")), partner);
    REQUIRE(saved);
    return *saved;
}

} // namespace relais::test
