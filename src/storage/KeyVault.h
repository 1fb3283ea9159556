#pragma once

#include "SecureBytes.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace relais::storage {

// Argon2id cost for deriving a slot's wrapping key from a password.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // About 0.7 s and 256 MiB on the reference 2-core machine (docs/security.md).
    static KdfParams standard();
    // libsodium's minimum; for tests only.
    static KdfParams fastForTests();
    // standard(), or fastForTests() when RELAIS_KDF=fast is set (test scripts).
    static KdfParams fromEnvironment();
};

// The recovery key's secret, shown once at set-up as groups of base32 letters.
struct RecoveryKey
{
    QString text;
};

// One data key the vault can produce, with the database generation it opens.
struct DataKeyCandidate
{
    quint64 generation = 0;
    SecureBytes key;
};

// The key slots file beside the database (LUKS-like, see docs/security.md):
// every account has an X25519 key pair whose secret is wrapped (XChaCha20-Poly1305)
// under Argon2id(password); the random data key is sealed (crypto_box_seal) to each
// account's public key and to the recovery public key. Adding a user or re-keying
// needs the data key, never anyone's password. During a re-key the file also holds
// the previous generation's seals, so a crash between replacing the database and
// the slots leaves a key that opens whichever database is on disk.
class KeyVault
{
public:
    struct Account
    {
        QString userName;
        QByteArray publicKey;
        QByteArray salt;
        quint64 opsLimit = 0;
        quint64 memLimitBytes = 0;
        QByteArray nonce;
        QByteArray wrappedSecretKey;
        QByteArray sealedDataKey;
        QByteArray previousSealedDataKey; // empty unless a re-key is in progress
    };

    // A new vault sealing `dataKey` for `generation`; returns the recovery key's text once.
    static core::Result<KeyVault> create(const QString& databaseUuid, const SecureBytes& dataKey, quint64 generation,
                                         RecoveryKey& recoveryOut);

    static core::Result<KeyVault> load(const QString& path);
    // Written atomically: temporary file, fsync, rename, fsync of the folder.
    core::Status save(const QString& path) const;

    static QString slotsPathFor(const QString& databasePath);

    const QString& databaseUuid() const { return m_databaseUuid; }
    quint64 generation() const { return m_generation; }
    std::optional<quint64> previousGeneration() const { return m_previousGeneration; }
    const std::vector<Account>& accounts() const { return m_accounts; }
    const Account* findAccount(const QString& userName) const;

    // The data keys this password unlocks (current generation first). A wrong user
    // name or password gives one generic AuthenticationFailed error.
    core::Result<std::vector<DataKeyCandidate>> unlock(const QString& userName, std::string_view password) const;
    core::Result<std::vector<DataKeyCandidate>> unlockWithRecoveryKey(const QString& recoveryKeyText) const;

    // Adds an account sealed to `dataKey` (which must be the current generation's); returns its public key.
    core::Result<QByteArray> addAccount(const QString& userName, std::string_view password,
                                        const SecureBytes& dataKey, const KdfParams& kdf);
    // Rewraps the account's secret key under a new password.
    core::Status changePassword(const QString& userName, std::string_view oldPassword, std::string_view newPassword,
                                const KdfParams& kdf);
    // Gives the account a new key pair and password (recovery flow: the old secret
    // is unreachable); returns the new public key.
    core::Result<QByteArray> resetAccount(const QString& userName, std::string_view newPassword,
                                          const SecureBytes& dataKey, const KdfParams& kdf);
    core::Status removeAccount(const QString& userName);

    // Re-key, phase 1: seals `newKey` as generation + 1 for every account and the
    // recovery key, keeping the current seals as "previous".
    core::Status beginRekey(const SecureBytes& currentKey, const SecureBytes& newKey);
    // Phase 2 (after the new database is in place): forgets the previous seals.
    void finishRekey();
    // Undo of phase 1 (the new database never replaced the old one).
    void abandonRekey();

private:
    QString m_databaseUuid;
    quint64 m_generation = 0;
    std::optional<quint64> m_previousGeneration;
    QByteArray m_recoveryPublicKey;
    QByteArray m_recoverySealedDataKey;
    QByteArray m_recoveryPreviousSealedDataKey;
    std::vector<Account> m_accounts;
};

class VaultText
{
    Q_DECLARE_TR_FUNCTIONS(VaultText)
public:
    static QString wrongCredentials();
    static QString wrongRecoveryKey();
    static QString damagedSlots(const QString& path);
};

} // namespace relais::storage
