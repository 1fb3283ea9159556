#pragma once

#include "KeyVault.h"
#include "Session.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <memory>
#include <string_view>
#include <vector>

namespace relais::storage {

// The encrypted store on disk: the database file, its key slots file, its lock
// and sign-in attempt files. Creates it, unlocks it for a user, and manages the
// accounts and the data key (docs/security.md describes the design).
class DataStore
{
    Q_DECLARE_TR_FUNCTIONS(DataStore)
public:
    struct NewStore
    {
        QString path;
        QString organisation;
        QString adminUserName;
        std::string_view adminPassword;
        KdfParams kdf = KdfParams::standard();
        QString language; // the organisation's language, "fr" or "en" (exports, reports); empty: the system's
    };

    static constexpr qsizetype kMinPasswordLength = 8;

    // Creates the database, its first administrator and the recovery key; returns
    // the recovery key's text, to be shown once. Nothing is left behind on failure.
    static core::Result<RecoveryKey> create(const NewStore& spec, const core::Clock& clock);

    // How long a sign-in must still wait after repeated failures.
    static std::chrono::seconds signInWait(const QString& path, const core::Clock& clock);

    // Signs `userName` in. A wrong name or password gives one generic error and
    // leaves the database untouched; a damaged file gives ErrorCode::Damaged.
    static core::Result<std::unique_ptr<Session>> unlock(const QString& path, const QString& userName,
                                                         std::string_view password, const core::Clock& clock);

    // Forgotten password: the recovery key opens the database, `userName` gets a
    // new key pair and password, and is signed in.
    static core::Result<std::unique_ptr<Session>> recover(const QString& path, const QString& recoveryKey,
                                                          const QString& userName, std::string_view newPassword,
                                                          const KdfParams& kdf, const core::Clock& clock);

    // Rewraps the user's key slot under a new password (the database is not touched);
    // failures count towards the sign-in back-off.
    static core::Status changePassword(const QString& path, const QString& userName, std::string_view oldPassword,
                                       std::string_view newPassword, const KdfParams& kdf, const core::Clock& clock);

    // Administrator operations on the signed-in session.
    static core::Result<core::UserAccount> addUser(Session& session, const QString& userName, core::Role role,
                                                   std::string_view password, const KdfParams& kdf,
                                                   const core::Clock& clock);
    static core::Status removeUser(Session& session, const QString& userName, const core::Clock& clock);
    // Gives another account a new role. Refused for your own account (the session
    // keeps the role it signed in with) and for the last administrator.
    static core::Status changeRole(Session& session, const QString& userName, core::Role role,
                                   const core::Clock& clock);
    // The live accounts by user name, with when each was created (the users screen).
    struct Account
    {
        core::UserAccount user;
        QDateTime createdAt; // UTC
    };
    static core::Result<std::vector<Account>> accounts(Session& session);
    // Replaces the data key: sqlcipher_export into a new file, verified, then the
    // database and slots are swapped so that a crash at any point leaves a key that
    // opens the file on disk. The old key no longer opens the database.
    static core::Status rekey(Session& session);

    static QString validateUserName(const QString& userName);
    static QString validatePassword(std::string_view password);
};

} // namespace relais::storage
