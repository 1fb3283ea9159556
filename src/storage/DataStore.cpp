#include "DataStore.h"

#include "AtomicFile.h"
#include "AuditAnchor.h"
#include "SqlValues.h"
#include "Migrator.h"
#include "SqliteError.h"
#include "Transaction.h"
#include "core/Log.h"
#include "core/Permissions.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace relais::storage {

using core::ErrorCode;
using core::makeError;

namespace {

QString isoNow(const core::Clock& clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile::remove(path + suffix);
    }
}

// The copies of leftover WALs (below) are kept for kSavedWalDays days, then
// removed at a sign-in: they are encrypted, but they hold the data of their day
// (people erased since included) and would otherwise pile up after each crash.
constexpr int kSavedWalDays = 30;

void pruneSavedWalCopies(const QString& path, const core::Clock& clock)
{
    const QFileInfo database(path);
    const QString prefix = database.fileName() + u"-wal.saved-"_s;
    const QDateTime cutoff = clock.nowUtc().addDays(-kSavedWalDays);
    QDir folder = database.absoluteDir();
    for (const QString& name : folder.entryList({prefix + u'*'}, QDir::Files)) {
        // <db>-wal.saved-20261123T150102Z, or with -2, -3... after it
        QDateTime saved = QDateTime::fromString(name.mid(prefix.size(), 16), u"yyyyMMdd'T'HHmmss'Z'"_s);
        saved.setTimeZone(QTimeZone::utc());
        if (!saved.isValid() || saved >= cutoff) {
            continue; // not one of ours, or still recent
        }
        if (folder.remove(name)) {
            core::logger(core::kLogStorage)->info("removed a leftover WAL copy older than {} days", kSavedWalDays);
        }
    }
}

// A WAL left by a crash is copied aside before SQLite replays it: SQLite drops
// every frame after a damaged one without a word, so the copy keeps them for
// examination. Not done while another local process legitimately has it open.
// Returns a warning for the user naming the copy, or nothing.
QString preserveLeftoverWal(const QString& path, const DatabaseLock& lock, const core::Clock& clock)
{
    if (lock.sharedWithLocalProcess()) {
        return {};
    }
    pruneSavedWalCopies(path, clock);
    const QFileInfo wal(path + u"-wal"_s);
    if (!wal.exists() || wal.size() == 0) {
        return {};
    }
    // Two crashes within one second must not share a name: the second copy would be lost.
    const QString stem = path + u"-wal.saved-"_s + clock.nowUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString copy = stem;
    for (int n = 2; QFile::exists(copy); ++n) {
        copy = stem + u'-' + QString::number(n);
    }
    if (!QFile::copy(wal.filePath(), copy)) {
        core::logger(core::kLogStorage)->error("could not copy the leftover WAL aside");
        return {};
    }
    core::logger(core::kLogStorage)->warn("leftover WAL of {} bytes copied aside before replay", wal.size());
    return DataStore::tr("Relais was not closed properly last time; the changes saved before then were recovered. "
                         "A copy of its recovery journal was kept as %1 for %2 days: if recent work is missing, keep "
                         "that copy elsewhere, restore your latest backup or contact your administrator; otherwise "
                         "it can be deleted.")
        .arg(QFileInfo(copy).fileName())
        .arg(kSavedWalDays);
}

core::Result<QString> metaValue(Database& db, const char* key)
{
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, QString::fromLatin1(key));
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::Damaged, StorageText::damaged(), std::string("meta key missing: ") + key);
    }
    return stmt->textAt(0);
}

core::Status setMetaValue(Database& db, const char* key, const QString& value)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, QString::fromLatin1(key)).bind(2, value);
    return stmt->run();
}

core::Result<core::UserAccount> liveUser(Database& db, const QString& userName, QByteArray* publicKey)
{
    auto stmt = db.prepare("SELECT id, uuid, user_name, display_name, role, public_key FROM app_user "
                           "WHERE user_name = ?1 AND deleted_at IS NULL");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, userName.trimmed());
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::NotFound, DataStore::tr("There is no user named %1.").arg(userName.trimmed()),
                         "no live user with that name");
    }
    core::UserAccount user;
    user.id = stmt->int64At(0);
    user.uuid = stmt->textAt(1);
    user.userName = stmt->textAt(2);
    user.displayName = stmt->textAt(3);
    const auto role = core::roleFromCode(stmt->textAt(4));
    if (!role) {
        return makeError(ErrorCode::Damaged, StorageText::damaged(), "unknown role in app_user");
    }
    user.role = *role;
    if (publicKey) {
        *publicKey = stmt->blobAt(5);
    }
    return user;
}

core::Result<core::UserAccount> insertUser(Database& db, const QString& userName, core::Role role,
                                           const QByteArray& publicKey, std::optional<qint64> author,
                                           const core::Clock& clock)
{
    auto stmt = db.prepare("INSERT INTO app_user (uuid, user_name, display_name, role, public_key, created_at, "
                           "updated_at, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?7)");
    if (!stmt) {
        return stmt.error();
    }
    core::UserAccount user;
    user.uuid = newUuid();
    user.userName = userName.trimmed();
    user.displayName = user.userName;
    user.role = role;
    stmt->bind(1, user.uuid)
        .bind(2, user.userName)
        .bind(3, user.displayName)
        .bind(4, core::roleCode(role))
        .bind(5, publicKey)
        .bind(6, isoNow(clock))
        .bind(7, author);
    if (auto status = stmt->run(); !status) {
        return status.error();
    }
    user.id = db.lastInsertRowId();
    return user;
}

// Opens the database with whichever of the vault's keys matches the generation on
// disk, finishing or undoing a re-key that a crash interrupted.
core::Result<std::pair<Database, DataKeyCandidate>> openWithCandidates(const QString& path, KeyVault& vault,
                                                                       std::vector<DataKeyCandidate> candidates)
{
    std::optional<core::Error> firstError;
    for (DataKeyCandidate& candidate : candidates) {
        auto db = Database::open(path, candidate.key, Database::Mode::OpenExisting);
        if (!db) {
            if (!firstError) {
                firstError = db.error();
            }
            if (db.error().code == ErrorCode::Damaged) {
                continue;
            }
            return db.error();
        }
        auto generation = metaValue(*db, "key_generation");
        if (!generation) {
            return generation.error();
        }
        if (generation->toULongLong() != candidate.generation) {
            return makeError(ErrorCode::Damaged,
                             DataStore::tr("The key file does not match this database (it belongs to another copy). "
                                           "Nothing was changed. Restore the database and its key file together from "
                                           "the same backup."),
                             "generation mismatch between slots and database");
        }
        auto uuid = metaValue(*db, "database_uuid");
        if (!uuid) {
            return uuid.error();
        }
        if (*uuid != vault.databaseUuid()) {
            return makeError(ErrorCode::Damaged,
                             DataStore::tr("The key file belongs to another database. Nothing was changed. Keep each "
                                           "database with its own key file."),
                             "database uuid mismatch");
        }
        if (vault.previousGeneration()) {
            const QString slotsPath = KeyVault::slotsPathFor(path);
            if (candidate.generation == vault.generation()) {
                vault.finishRekey();
            } else {
                vault.abandonRekey();
                QFile::remove(path + u".rekey-new"_s);
            }
            if (auto saved = vault.save(slotsPath); !saved) {
                return saved.error();
            }
            core::logger(core::kLogStorage)->warn("completed an interrupted re-key at generation {}",
                                                  candidate.generation);
        }
        return std::pair<Database, DataKeyCandidate>(std::move(*db), std::move(candidate));
    }
    return *firstError;
}

core::Result<std::unique_ptr<Session>> openSession(const QString& path, KeyVault& vault,
                                                   std::vector<DataKeyCandidate> candidates, const QString& userName,
                                                   const core::Clock& clock)
{
    auto lock = DatabaseLock::acquire(path);
    if (!lock) {
        return lock.error();
    }
    const QString walWarning = preserveLeftoverWal(path, *lock, clock);
    if (!lock->sharedWithLocalProcess() && !vault.previousGeneration()) {
        // A re-key killed while it copied the database: the copy's key was never
        // saved anywhere, so the copy can never be opened. Reclaim its space.
        removeDatabaseFiles(path + u".rekey-new"_s);
    }
    auto opened = openWithCandidates(path, vault, std::move(candidates));
    if (!opened) {
        return opened.error();
    }
    auto& [db, key] = *opened;
    Migrator migrator;
    if (auto migrated = migrator.migrate(db); !migrated) {
        return migrated.error();
    }
    if (auto anchored = AuditAnchor::ensureInitial(db, path); !anchored) {
        return anchored.error();
    }
    QByteArray storedPublicKey;
    auto user = liveUser(db, userName, &storedPublicKey);
    if (!user && user.error().code != ErrorCode::NotFound) {
        return user.error(); // a damaged page is not a wrong password
    }
    const KeyVault::Account* slot = vault.findAccount(userName);
    if (!user || !slot || storedPublicKey != slot->publicKey) {
        // A slot renamed or copied from another account must not sign in under this name.
        core::logger(core::kLogStorage)->warn("sign-in refused: slot and account do not match");
        return makeError(ErrorCode::AuthenticationFailed, VaultText::wrongCredentials(), "slot/account mismatch");
    }
    auto session = std::make_unique<Session>(path, std::move(*lock), std::move(db), std::move(key.key),
                                             key.generation, std::move(*user));
    if (!walWarning.isEmpty()) {
        session->addWarnings({walWarning});
    }
    return session;
}

// Serialises read-modify-write of the slots file between processes (two
// administrators, or a password change during a re-key).
class SlotsWriteLock
{
public:
    explicit SlotsWriteLock(const QString& slotsPath)
        : m_lock(slotsPath + u".writelock"_s)
    {
        m_lock.setStaleLockTime(60000);
        m_held = m_lock.tryLock(10000);
    }
    bool held() const { return m_held; }
    core::Error busyError() const
    {
        return makeError(ErrorCode::InUse,
                         DataStore::tr("Another change to the accounts is in progress. Try again in a moment."),
                         "slots write lock busy");
    }

private:
    QLockFile m_lock;
    bool m_held = false;
};

} // namespace

QString DataStore::validateUserName(const QString& userName)
{
    // ASCII only: the database compares names with NOCASE (ASCII case-folding) and the
    // slots file must agree with it, or two spellings could reach one slot.
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{2,64}$"_s);
    if (!pattern.match(userName.trimmed()).hasMatch()) {
        return tr("A user name has 2 to 64 unaccented letters, digits, dots, dashes or underscores, without spaces.");
    }
    return {};
}

QString DataStore::validatePassword(std::string_view password)
{
    if (QString::fromUtf8(password.data(), static_cast<qsizetype>(password.size())).size() < kMinPasswordLength) {
        return tr("A password needs at least %1 characters.").arg(kMinPasswordLength);
    }
    return {};
}

core::Result<RecoveryKey> DataStore::create(const NewStore& spec, const core::Clock& clock)
{
    auto log = core::logger(core::kLogStorage);
    const QString slotsPath = KeyVault::slotsPathFor(spec.path);
    if (spec.organisation.trimmed().isEmpty()) {
        return makeError(ErrorCode::InputRejected, tr("Please give the organisation's name."), "empty organisation");
    }
    if (const QString problem = validateUserName(spec.adminUserName); !problem.isEmpty()) {
        return makeError(ErrorCode::InputRejected, problem, "invalid admin user name");
    }
    if (const QString problem = validatePassword(spec.adminPassword); !problem.isEmpty()) {
        return makeError(ErrorCode::InputRejected, problem, "password too short");
    }
    if (QFile::exists(spec.path) || QFile::exists(slotsPath)) {
        return makeError(ErrorCode::InputRejected,
                         tr("A database already exists at %1; Relais will not overwrite it.").arg(spec.path),
                         "create over existing database");
    }
    if (!QDir().mkpath(QFileInfo(spec.path).absolutePath())) {
        return makeError(ErrorCode::Io, tr("Relais could not create the folder for %1.").arg(spec.path),
                         "mkpath failed");
    }
    auto lock = DatabaseLock::acquire(spec.path);
    if (!lock) {
        return lock.error();
    }

    const SecureBytes dataKey = SecureBytes::random(Database::kKeySize);
    const QString databaseUuid = newUuid();
    constexpr quint64 kFirstGeneration = 1;
    RecoveryKey recovery;
    auto vault = KeyVault::create(databaseUuid, dataKey, kFirstGeneration, recovery);
    if (!vault) {
        return vault.error();
    }
    auto publicKey = vault->addAccount(spec.adminUserName, spec.adminPassword, dataKey, spec.kdf);
    if (!publicKey) {
        return publicKey.error();
    }

    auto fail = [&](core::Error error) -> core::Error {
        removeDatabaseFiles(spec.path);
        QFile::remove(slotsPath);
        QFile::remove(AuditAnchor::pathFor(spec.path));
        log->error("database creation failed: {}", error.detail);
        return error;
    };
    auto db = Database::open(spec.path, dataKey, Database::Mode::CreateNew);
    if (!db) {
        return fail(db.error());
    }
    Migrator migrator;
    if (auto migrated = migrator.migrate(*db); !migrated) {
        return fail(migrated.error());
    }
    {
        auto tx = Transaction::begin(*db);
        if (!tx) {
            return fail(tx.error());
        }
        for (auto [key, value] : {std::pair{"database_uuid", databaseUuid},
                                  std::pair{"organisation_name", spec.organisation.trimmed()},
                                  std::pair{"key_generation", QString::number(kFirstGeneration)},
                                  std::pair{"created_at", isoNow(clock)},
                                  std::pair{"language", spec.language.trimmed().toLower()}}) {
            if (value.isEmpty()) {
                continue;
            }
            if (auto status = setMetaValue(*db, key, value); !status) {
                return fail(status.error());
            }
        }
        if (auto user = insertUser(*db, spec.adminUserName, core::Role::Admin, *publicKey, std::nullopt, clock);
            !user) {
            return fail(user.error());
        }
        if (auto status = tx->commit(); !status) {
            return fail(status.error());
        }
    }
    if (auto status = AuditAnchor::ensureInitial(*db, spec.path); !status) {
        return fail(status.error());
    }
    if (auto status = db->checkpoint(); !status) {
        return fail(status.error());
    }
    if (Database::fileLooksPlaintext(spec.path)) {
        return fail(makeError(ErrorCode::Internal, StorageText::internal(),
                              "database written in plaintext: SQLCipher is not the SQLite in use"));
    }
    if (auto status = db->close(); !status) {
        return fail(status.error());
    }

    if (auto status = vault->save(slotsPath); !status) {
        QFile::remove(AuditAnchor::pathFor(spec.path));
        return fail(status.error());
    }
    log->info("database created (schema {})", migrator.latestVersion());
    return recovery;
}

std::chrono::seconds DataStore::signInWait(const QString& path, const core::Clock& clock)
{
    return SignInAttempts(path).waitRemaining(clock);
}

core::Result<std::unique_ptr<Session>> DataStore::unlock(const QString& path, const QString& userName,
                                                         std::string_view password, const core::Clock& clock)
{
    auto log = core::logger(core::kLogStorage);
    if (!QFile::exists(path)) {
        return makeError(ErrorCode::NotFound, tr("There is no database at %1.").arg(path), "database missing");
    }
    auto vault = KeyVault::load(KeyVault::slotsPathFor(path));
    if (!vault) {
        return vault.error();
    }
    SignInAttempts attempts(path);
    if (const auto wait = attempts.waitRemaining(clock); wait.count() > 0) {
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("Too many failed attempts. Please wait %n second(s) before trying again.", nullptr,
                            static_cast<int>(wait.count())),
                         "sign-in throttled");
    }
    auto candidates = vault->unlock(userName, password);
    if (!candidates) {
        if (candidates.error().code == ErrorCode::AuthenticationFailed) {
            attempts.recordFailure(userName, clock);
            log->info("sign-in failed ({} in a row)", attempts.consecutiveFailures());
        }
        return candidates.error();
    }
    auto session = openSession(path, *vault, std::move(*candidates), userName, clock);
    if (!session) {
        if (session.error().code == ErrorCode::AuthenticationFailed) {
            attempts.recordFailure(userName, clock);
        }
        return session.error();
    }
    (*session)->failedSignIns = attempts.takeFailures();
    log->info("signed in user id {}", (*session)->user().id);
    return session;
}

core::Result<std::unique_ptr<Session>> DataStore::recover(const QString& path, const QString& recoveryKey,
                                                          const QString& userName, std::string_view newPassword,
                                                          const KdfParams& kdf, const core::Clock& clock)
{
    if (const QString problem = validatePassword(newPassword); !problem.isEmpty()) {
        return makeError(ErrorCode::InputRejected, problem, "password too short");
    }
    const QString slotsPath = KeyVault::slotsPathFor(path);
    SlotsWriteLock writeLock(slotsPath);
    if (!writeLock.held()) {
        return writeLock.busyError();
    }
    auto vault = KeyVault::load(slotsPath);
    if (!vault) {
        return vault.error();
    }
    SignInAttempts attempts(path);
    if (const auto wait = attempts.waitRemaining(clock); wait.count() > 0) {
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("Too many failed attempts. Please wait %n second(s) before trying again.", nullptr,
                            static_cast<int>(wait.count())),
                         "recovery throttled");
    }
    auto candidates = vault->unlockWithRecoveryKey(recoveryKey);
    if (!candidates) {
        if (candidates.error().code == ErrorCode::AuthenticationFailed) {
            attempts.recordFailure(u"(recovery key)"_s, clock);
        }
        return candidates.error();
    }
    auto lock = DatabaseLock::acquire(path);
    if (!lock) {
        return lock.error();
    }
    const QString walWarning = preserveLeftoverWal(path, *lock, clock);
    auto opened = openWithCandidates(path, *vault, std::move(*candidates));
    if (!opened) {
        return opened.error();
    }
    auto& [db, key] = *opened;
    if (auto migrated = Migrator().migrate(db); !migrated) {
        return migrated.error();
    }
    auto user = liveUser(db, userName, nullptr);
    if (!user) {
        return user.error();
    }
    auto publicKey = vault->findAccount(userName) ? vault->resetAccount(userName, newPassword, key.key, kdf)
                                                  : vault->addAccount(userName, newPassword, key.key, kdf);
    if (!publicKey) {
        return publicKey.error();
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto stmt = db.prepare("UPDATE app_user SET public_key = ?1, updated_at = ?2, updated_by = ?3 WHERE id = ?3");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, *publicKey).bind(2, isoNow(clock)).bind(3, user->id);
    if (auto status = stmt->run(); !status) {
        return status.error();
    }
    // Slots first, then the commit: if the commit fails the new slot is unusable
    // (public key mismatch) and the recovery can simply be run again.
    if (auto status = vault->save(slotsPath); !status) {
        return status.error();
    }
    if (auto status = tx->commit(); !status) {
        return status.error();
    }
    core::logger(core::kLogStorage)->warn("password of user id {} reset with the recovery key", user->id);
    auto session = std::make_unique<Session>(path, std::move(*lock), std::move(db), std::move(key.key),
                                             key.generation, std::move(*user));
    session->failedSignIns = attempts.takeFailures();
    if (!walWarning.isEmpty()) {
        session->addWarnings({walWarning});
    }
    return session;
}

core::Status DataStore::changePassword(const QString& path, const QString& userName, std::string_view oldPassword,
                                       std::string_view newPassword, const KdfParams& kdf, const core::Clock& clock)
{
    if (const QString problem = validatePassword(newPassword); !problem.isEmpty()) {
        return makeError(ErrorCode::InputRejected, problem, "password too short");
    }
    const QString slotsPath = KeyVault::slotsPathFor(path);
    SlotsWriteLock writeLock(slotsPath);
    if (!writeLock.held()) {
        return writeLock.busyError();
    }
    auto vault = KeyVault::load(slotsPath);
    if (!vault) {
        return vault.error();
    }
    SignInAttempts attempts(path);
    if (const auto wait = attempts.waitRemaining(clock); wait.count() > 0) {
        return makeError(ErrorCode::AuthenticationFailed,
                         tr("Too many failed attempts. Please wait %n second(s) before trying again.", nullptr,
                            static_cast<int>(wait.count())),
                         "password change throttled");
    }
    if (auto status = vault->changePassword(userName, oldPassword, newPassword, kdf); !status) {
        if (status.error().code == ErrorCode::AuthenticationFailed) {
            attempts.recordFailure(userName, clock);
        }
        return status;
    }
    if (auto status = vault->save(slotsPath); !status) {
        return status;
    }
    attempts.resetCount();
    return {};
}

core::Result<core::UserAccount> DataStore::addUser(Session& session, const QString& userName, core::Role role,
                                                   std::string_view password, const KdfParams& kdf,
                                                   const core::Clock& clock)
{
    if (auto allowed = core::requirePermission(session.user().role, core::Action::ManageUsers); !allowed) {
        return allowed.error();
    }
    if (const QString problem = validateUserName(userName); !problem.isEmpty()) {
        return makeError(ErrorCode::InputRejected, problem, "invalid user name");
    }
    if (const QString problem = validatePassword(password); !problem.isEmpty()) {
        return makeError(ErrorCode::InputRejected, problem, "password too short");
    }
    Database& db = session.db();
    if (liveUser(db, userName, nullptr)) {
        return makeError(ErrorCode::InputRejected, tr("A user named %1 already exists.").arg(userName.trimmed()),
                         "duplicate user name");
    }
    const QString slotsPath = KeyVault::slotsPathFor(session.path());
    SlotsWriteLock writeLock(slotsPath);
    if (!writeLock.held()) {
        return writeLock.busyError();
    }
    auto vault = KeyVault::load(slotsPath);
    if (!vault) {
        return vault.error();
    }
    // A slot left by an account removed earlier is replaced.
    if (vault->findAccount(userName)) {
        (void)vault->removeAccount(userName);
    }
    auto publicKey = vault->addAccount(userName, password, session.dataKey(), kdf);
    if (!publicKey) {
        return publicKey.error();
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto user = insertUser(db, userName, role, *publicKey, session.user().id, clock);
    if (!user) {
        return user.error();
    }
    if (auto status = vault->save(slotsPath); !status) {
        return status.error();
    }
    if (auto status = tx->commit(); !status) {
        return status.error();
    }
    core::logger(core::kLogStorage)->info("user id {} added by user id {}", user->id, session.user().id);
    return user;
}

core::Status DataStore::removeUser(Session& session, const QString& userName, const core::Clock& clock)
{
    if (auto allowed = core::requirePermission(session.user().role, core::Action::ManageUsers); !allowed) {
        return allowed;
    }
    Database& db = session.db();
    auto user = liveUser(db, userName, nullptr);
    if (!user) {
        return user.error();
    }
    if (user->id == session.user().id) {
        return makeError(ErrorCode::InputRejected, tr("You cannot remove your own account while signed in with it."),
                         "self-removal refused");
    }
    if (user->role == core::Role::Admin) {
        auto admins = db.queryInt("SELECT count(*) FROM app_user WHERE role = 'admin' AND deleted_at IS NULL");
        if (!admins) {
            return admins.error();
        }
        if (*admins <= 1) {
            return makeError(ErrorCode::InputRejected, tr("The last administrator cannot be removed."),
                             "last admin removal refused");
        }
    }
    const QString slotsPath = KeyVault::slotsPathFor(session.path());
    SlotsWriteLock writeLock(slotsPath);
    if (!writeLock.held()) {
        return writeLock.busyError();
    }
    auto vault = KeyVault::load(slotsPath);
    if (!vault) {
        return vault.error();
    }
    (void)vault->removeAccount(userName); // a missing slot is fine: removing it is the goal
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto stmt = db.prepare("UPDATE app_user SET deleted_at = ?1, updated_at = ?1, updated_by = ?2 WHERE id = ?3");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, isoNow(clock)).bind(2, session.user().id).bind(3, user->id);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    if (auto status = vault->save(slotsPath); !status) {
        return status;
    }
    if (auto status = tx->commit(); !status) {
        return status;
    }
    core::logger(core::kLogStorage)->info("user id {} removed by user id {}", user->id, session.user().id);
    return {};
}

core::Status DataStore::changeRole(Session& session, const QString& userName, core::Role role,
                                   const core::Clock& clock)
{
    if (auto allowed = core::requirePermission(session.user().role, core::Action::ManageUsers); !allowed) {
        return allowed;
    }
    Database& db = session.db();
    auto user = liveUser(db, userName, nullptr);
    if (!user) {
        return user.error();
    }
    if (user->id == session.user().id) {
        return makeError(ErrorCode::InputRejected,
                         tr("You cannot change your own role while signed in with it. Ask another administrator."),
                         "own role change refused");
    }
    if (user->role == role) {
        return {};
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (user->role == core::Role::Admin) {
        auto admins = db.queryInt("SELECT count(*) FROM app_user WHERE role = 'admin' AND deleted_at IS NULL");
        if (!admins) {
            return admins.error();
        }
        if (*admins <= 1) {
            return makeError(ErrorCode::InputRejected,
                             tr("The last administrator keeps that role: make someone else an administrator first."),
                             "last admin demotion refused");
        }
    }
    auto stmt = db.prepare("UPDATE app_user SET role = ?1, updated_at = ?2, updated_by = ?3 WHERE id = ?4");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, core::roleCode(role)).bind(2, isoNow(clock)).bind(3, session.user().id).bind(4, user->id);
    if (auto status = stmt->run(); !status) {
        return status;
    }
    if (auto status = tx->commit(); !status) {
        return status;
    }
    core::logger(core::kLogStorage)->info("role of user id {} changed by user id {}", user->id, session.user().id);
    return {};
}

core::Result<std::vector<DataStore::Account>> DataStore::accounts(Session& session)
{
    auto stmt = session.db().prepare("SELECT id, uuid, user_name, display_name, role, created_at FROM app_user "
                                     "WHERE deleted_at IS NULL ORDER BY user_name");
    if (!stmt) {
        return stmt.error();
    }
    return collect<Account>(*stmt, [](const Statement& row) {
        Account account;
        account.user.id = row.int64At(0);
        account.user.uuid = row.textAt(1);
        account.user.userName = row.textAt(2);
        account.user.displayName = row.textAt(3);
        account.user.role = core::roleFromCode(row.textAt(4)).value_or(core::Role::CaseManager);
        account.createdAt = timeAt(row, 5);
        return account;
    });
}

core::Status DataStore::rekey(Session& session)
{
    auto log = core::logger(core::kLogStorage);
    if (auto allowed = core::requirePermission(session.user().role, core::Action::RekeyDatabase); !allowed) {
        return allowed;
    }
    const QString path = session.path();
    const QString slotsPath = KeyVault::slotsPathFor(path);
    const QString newPath = path + u".rekey-new"_s;
    if (session.sharedWithLocalProcess()) {
        return makeError(ErrorCode::InUse,
                         tr("Relais is also open in another window or program on this computer. Close it, then change "
                            "the key again."),
                         "rekey refused: database shared with another local process");
    }
    SlotsWriteLock writeLock(slotsPath);
    if (!writeLock.held()) {
        return writeLock.busyError();
    }
    removeDatabaseFiles(newPath);
    auto vault = KeyVault::load(slotsPath);
    if (!vault) {
        return vault.error();
    }
    if (vault->generation() != session.generation()) {
        return makeError(ErrorCode::InputRejected, tr("The key file changed since you signed in. Sign in again."),
                         "generation changed under the session");
    }
    const quint64 newGeneration = session.generation() + 1;
    SecureBytes newKey = SecureBytes::random(Database::kKeySize);
    Database& db = session.db();
    auto cleanup = [&](core::Error error) -> core::Error {
        (void)db.exec("DETACH DATABASE rekeyed");
        removeDatabaseFiles(newPath);
        log->error("re-key failed: {}", error.detail);
        return error;
    };

    // 1. Copy everything into a new file under the new key. Never PRAGMA rekey:
    //    on SQLCipher 3.x it can report success without re-encrypting every page.
    // The main connection was opened without SQLITE_OPEN_CREATE, so ATTACH cannot
    // create the file: make it empty and encrypted first.
    if (auto created = Database::open(newPath, newKey, Database::Mode::CreateNew); !created) {
        return cleanup(created.error());
    }
    if (auto status = db.attach(newPath, u"rekeyed"_s, newKey); !status) {
        return cleanup(status.error());
    }
    auto schema = Migrator::currentVersion(db);
    if (!schema) {
        return cleanup(schema.error());
    }
    if (auto status = db.exec("SELECT sqlcipher_export('rekeyed')"); !status) {
        return cleanup(status.error());
    }
    if (auto status = db.exec("PRAGMA rekeyed.user_version = " + std::to_string(*schema)); !status) {
        return cleanup(status.error());
    }
    if (auto status = db.exec("UPDATE rekeyed.meta SET value = '" + std::to_string(newGeneration)
                              + "' WHERE key = 'key_generation'");
        !status) {
        return cleanup(status.error());
    }
    if (auto status = db.detach(u"rekeyed"_s); !status) {
        return cleanup(status.error());
    }

    // 2. Verify the copy opens with the new key and holds the same data.
    {
        auto copy = Database::open(newPath, newKey, Database::Mode::OpenExisting);
        if (!copy) {
            return cleanup(copy.error());
        }
        auto integrity = copy->integrityCheck();
        if (!integrity || *integrity != u"ok"_s) {
            return cleanup(makeError(ErrorCode::Internal, StorageText::internal(), "re-keyed copy fails integrity"));
        }
        auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        if (!tables) {
            return cleanup(tables.error());
        }
        auto names = collect<QString>(*tables, [](const Statement& row) { return row.textAt(0); });
        if (!names) {
            return cleanup(names.error());
        }
        names->push_back(u"sqlite_master"_s);
        for (const QString& table : *names) {
            const std::string count = "SELECT count(*) FROM \"" + table.toStdString() + "\"";
            auto before = db.queryInt(count);
            auto after = copy->queryInt(count);
            if (!before || !after || *before != *after) {
                return cleanup(makeError(ErrorCode::Internal, StorageText::internal(), "re-keyed copy differs"));
            }
        }
        auto version = Migrator::currentVersion(*copy);
        if (!version || *version != *schema) {
            return cleanup(makeError(ErrorCode::Internal, StorageText::internal(), "re-keyed copy lost user_version"));
        }
        if (auto status = copy->close(); !status) {
            return cleanup(status.error());
        }
    }

    // 3. Slots with both generations, then the swap, then slots with the new one only.
    //    Whatever step a crash interrupts, some key in the slots opens the file on disk.
    if (auto status = vault->beginRekey(session.dataKey(), newKey); !status) {
        return cleanup(status.error());
    }
    if (auto status = vault->save(slotsPath); !status) {
        return cleanup(status.error());
    }
    if (auto status = session.closeDatabase(); !status) {
        vault->abandonRekey();
        (void)vault->save(slotsPath);
        removeDatabaseFiles(newPath);
        auto reopened = Database::open(path, session.dataKey(), Database::Mode::OpenExisting);
        if (reopened) {
            session.replaceDatabase(std::move(*reopened), SecureBytes::copyOf(session.dataKey().data(), 32),
                                    session.generation());
        }
        return status;
    }
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    QFile::remove(newPath + u"-wal"_s);
    QFile::remove(newPath + u"-shm"_s);
    if (std::rename(QFile::encodeName(newPath).constData(), QFile::encodeName(path).constData()) != 0) {
        vault->abandonRekey();
        (void)vault->save(slotsPath);
        removeDatabaseFiles(newPath);
        auto reopened = Database::open(path, session.dataKey(), Database::Mode::OpenExisting);
        if (reopened) {
            session.replaceDatabase(std::move(*reopened), SecureBytes::copyOf(session.dataKey().data(), 32),
                                    session.generation());
        }
        return makeError(ErrorCode::Io, StorageText::ioFailure(), "rename of the re-keyed database failed");
    }
    syncPath(QFileInfo(path).absolutePath());
    vault->finishRekey();
    if (auto status = vault->save(slotsPath); !status) {
        log->warn("slots not finalised after re-key; the next sign-in finishes it");
    }
    auto reopened = Database::open(path, newKey, Database::Mode::OpenExisting);
    if (!reopened) {
        return reopened.error();
    }
    session.replaceDatabase(std::move(*reopened), std::move(newKey), newGeneration);
    log->info("database re-keyed to generation {}", newGeneration);
    return {};
}

} // namespace relais::storage
