#include "KeyVault.h"

#include "AtomicFile.h"
#include "Sodium.h"
#include "core/Log.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <cstdlib>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace relais::storage {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr int kFormatVersion = 1;
constexpr auto kFormatName = "relais-key-slots";
constexpr std::size_t kSaltSize = crypto_pwhash_SALTBYTES;
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kSealedKeySize = kKeySize + crypto_box_SEALBYTES;
constexpr std::size_t kWrappedSecretSize = crypto_box_SECRETKEYBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

const unsigned char* uchars(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

core::Error sodiumFailure(const char* what)
{
    return makeError(ErrorCode::Internal,
                     VaultText::tr("The encryption library failed (out of memory?). Nothing was changed."), what);
}

// Binds a wrapped secret to its user name and public key, so a slot copied under
// another name no longer decrypts.
QByteArray associatedData(const QString& userName, const QByteArray& publicKey)
{
    return QByteArray("relais-slot-v1") + '\0' + userName.toCaseFolded().toUtf8() + '\0' + publicKey;
}

core::Result<SecureBytes> deriveWrappingKey(std::string_view password, const QByteArray& salt, quint64 ops,
                                            quint64 mem)
{
    SecureBytes key(kKeySize);
    if (crypto_pwhash(key.data(), key.size(), password.data(), password.size(), uchars(salt), ops,
                      static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return sodiumFailure("crypto_pwhash");
    }
    return key;
}

QByteArray seal(const SecureBytes& dataKey, const QByteArray& publicKey)
{
    QByteArray sealed(static_cast<qsizetype>(kSealedKeySize), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), dataKey.data(), dataKey.size(),
                    uchars(publicKey));
    return sealed;
}

std::optional<SecureBytes> openSeal(const QByteArray& sealed, const QByteArray& publicKey, const SecureBytes& secretKey)
{
    if (sealed.size() != static_cast<qsizetype>(kSealedKeySize)) {
        return std::nullopt;
    }
    SecureBytes key(kKeySize);
    if (crypto_box_seal_open(key.data(), uchars(sealed), kSealedKeySize, uchars(publicKey), secretKey.data()) != 0) {
        return std::nullopt;
    }
    return key;
}

// New key pair; the secret wrapped under Argon2id(password).
core::Result<KeyVault::Account> makeAccount(const QString& userName, std::string_view password, const KdfParams& kdf)
{
    KeyVault::Account account;
    account.userName = userName;
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    account.publicKey = publicKey;
    account.salt = QByteArray(static_cast<qsizetype>(kSaltSize), '\0');
    randombytes_buf(account.salt.data(), kSaltSize);
    account.nonce = QByteArray(static_cast<qsizetype>(kNonceSize), '\0');
    randombytes_buf(account.nonce.data(), kNonceSize);
    account.opsLimit = kdf.opsLimit;
    account.memLimitBytes = kdf.memLimitBytes;
    auto wrappingKey = deriveWrappingKey(password, account.salt, kdf.opsLimit, kdf.memLimitBytes);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    const QByteArray ad = associatedData(userName, publicKey);
    account.wrappedSecretKey = QByteArray(static_cast<qsizetype>(kWrappedSecretSize), '\0');
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(account.wrappedSecretKey.data()),
                                               &length, secretKey.data(), secretKey.size(), uchars(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr,
                                               uchars(account.nonce), wrappingKey->data());
    return account;
}

std::optional<SecureBytes> unwrapSecret(const KeyVault::Account& account, std::string_view password)
{
    auto wrappingKey = deriveWrappingKey(password, account.salt, account.opsLimit, account.memLimitBytes);
    if (!wrappingKey) {
        return std::nullopt;
    }
    const QByteArray ad = associatedData(account.userName, account.publicKey);
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(secretKey.data(), &length, nullptr,
                                                   uchars(account.wrappedSecretKey),
                                                   static_cast<unsigned long long>(account.wrappedSecretKey.size()),
                                                   uchars(ad), static_cast<unsigned long long>(ad.size()),
                                                   uchars(account.nonce), wrappingKey->data())
            != 0
        || length != crypto_box_SECRETKEYBYTES) {
        return std::nullopt;
    }
    return secretKey;
}

QString base32(const SecureBytes& data)
{
    QString out;
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < data.size(); ++i) {
        buffer = (buffer << 8) | data.data()[i];
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 31]);
    }
    buffer = 0;
    QString grouped;
    for (qsizetype i = 0; i < out.size(); i += 4) {
        if (!grouped.isEmpty()) {
            grouped += QLatin1Char('-');
        }
        grouped += out.mid(i, 4);
    }
    return grouped;
}

std::optional<SecureBytes> fromBase32(const QString& text, std::size_t expectedSize)
{
    SecureBytes out(expectedSize);
    std::size_t produced = 0;
    unsigned buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-')) {
            continue;
        }
        const char upper = static_cast<char>(c.toUpper().toLatin1());
        const char* position = upper ? std::strchr(kBase32Alphabet, upper) : nullptr;
        if (!position) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | static_cast<unsigned>(position - kBase32Alphabet);
        bits += 5;
        if (bits >= 8) {
            if (produced == expectedSize) {
                return std::nullopt;
            }
            out.data()[produced++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    if (produced != expectedSize) {
        return std::nullopt;
    }
    return out;
}

QString b64(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

bool readB64(const QJsonObject& object, const char* name, std::size_t size, QByteArray& out, bool optional = false)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull()) {
        out.clear();
        return optional;
    }
    if (!value.isString()) {
        return false;
    }
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != static_cast<qsizetype>(size)) {
        return false;
    }
    out = decoded.decoded;
    return true;
}

bool readCount(const QJsonObject& object, const char* name, quint64& out)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isDouble() || value.toDouble() < 0) {
        return false;
    }
    out = static_cast<quint64>(value.toDouble());
    return true;
}

} // namespace

KdfParams KdfParams::standard()
{
    return {4, 256ULL * 1024 * 1024};
}

KdfParams KdfParams::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfParams KdfParams::fromEnvironment()
{
    const char* env = std::getenv("RELAIS_KDF");
    if (env && std::strcmp(env, "fast") == 0) {
        core::logger(core::kLogStorage)->warn("RELAIS_KDF=fast: new passwords use the minimal test cost");
        return fastForTests();
    }
    return standard();
}

QString KeyVault::slotsPathFor(const QString& databasePath)
{
    return databasePath + u".slots"_s;
}

const KeyVault::Account* KeyVault::findAccount(const QString& userName) const
{
    const QString folded = userName.trimmed().toCaseFolded();
    for (const Account& account : m_accounts) {
        if (account.userName.toCaseFolded() == folded) {
            return &account;
        }
    }
    return nullptr;
}

core::Result<KeyVault> KeyVault::create(const QString& databaseUuid, const SecureBytes& dataKey, quint64 generation,
                                        RecoveryKey& recoveryOut)
{
    if (!sodiumReady()) {
        return sodiumFailure("sodium_init");
    }
    KeyVault vault;
    vault.m_databaseUuid = databaseUuid;
    vault.m_generation = generation;
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    vault.m_recoveryPublicKey = publicKey;
    vault.m_recoverySealedDataKey = seal(dataKey, publicKey);
    recoveryOut.text = base32(secretKey);
    return vault;
}

core::Result<KeyVault> KeyVault::load(const QString& path)
{
    if (!sodiumReady()) {
        return sodiumFailure("sodium_init");
    }
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::Damaged,
                         VaultText::tr("The key file %1 is missing, so the database cannot be opened. Restore it from "
                                       "your latest backup.")
                             .arg(QFileInfo(path).fileName()),
                         "slots file missing");
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, VaultText::tr("Relais could not read the key file %1.").arg(path),
                         "slots file unreadable");
    }
    constexpr qint64 kMaxSlotsFileSize = 4 * 1024 * 1024;
    if (file.size() > kMaxSlotsFileSize) {
        return makeError(ErrorCode::Damaged, VaultText::damagedSlots(path), "slots file too large");
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    auto damaged = [&](const char* why) { return makeError(ErrorCode::Damaged, VaultText::damagedSlots(path), why); };
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged("slots file is not a JSON object");
    }
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != QLatin1String(kFormatName)) {
        return damaged("slots file has the wrong format name");
    }
    if (root.value("version"_L1).toInt() != kFormatVersion) {
        return damaged("slots file has an unknown version");
    }
    KeyVault vault;
    vault.m_databaseUuid = root.value("databaseUuid"_L1).toString();
    if (vault.m_databaseUuid.isEmpty() || !readCount(root, "generation", vault.m_generation)) {
        return damaged("slots file lacks database uuid or generation");
    }
    if (root.contains("previousGeneration"_L1) && !root.value("previousGeneration"_L1).isNull()) {
        quint64 previous = 0;
        if (!readCount(root, "previousGeneration", previous)) {
            return damaged("bad previous generation");
        }
        vault.m_previousGeneration = previous;
    }
    const bool rekeying = vault.m_previousGeneration.has_value();
    const QJsonObject recovery = root.value("recovery"_L1).toObject();
    if (!readB64(recovery, "publicKey", crypto_box_PUBLICKEYBYTES, vault.m_recoveryPublicKey)
        || !readB64(recovery, "sealedDataKey", kSealedKeySize, vault.m_recoverySealedDataKey)
        || !readB64(recovery, "previousSealedDataKey", kSealedKeySize, vault.m_recoveryPreviousSealedDataKey,
                    !rekeying)) {
        return damaged("bad recovery slot");
    }
    const QJsonValue accounts = root.value("accounts"_L1);
    if (!accounts.isArray()) {
        return damaged("accounts is not an array");
    }
    for (const QJsonValue& value : accounts.toArray()) {
        const QJsonObject object = value.toObject();
        Account account;
        account.userName = object.value("userName"_L1).toString();
        if (account.userName.trimmed().isEmpty() || vault.findAccount(account.userName)
            || !readB64(object, "publicKey", crypto_box_PUBLICKEYBYTES, account.publicKey)
            || !readB64(object, "salt", kSaltSize, account.salt)
            || !readB64(object, "nonce", kNonceSize, account.nonce)
            || !readB64(object, "wrappedSecretKey", kWrappedSecretSize, account.wrappedSecretKey)
            || !readB64(object, "sealedDataKey", kSealedKeySize, account.sealedDataKey)
            || !readB64(object, "previousSealedDataKey", kSealedKeySize, account.previousSealedDataKey, true)
            || !readCount(object, "opsLimit", account.opsLimit)
            || !readCount(object, "memLimitBytes", account.memLimitBytes)) {
            return damaged("bad account slot");
        }
        // Refuse costs that would hang or exhaust memory (a hostile file), or that libsodium rejects.
        if (account.opsLimit < crypto_pwhash_OPSLIMIT_MIN || account.opsLimit > 64
            || account.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN || account.memLimitBytes > (4ULL << 30)) {
            return damaged("account slot has an out-of-range cost");
        }
        vault.m_accounts.push_back(std::move(account));
    }
    return vault;
}

core::Status KeyVault::save(const QString& path) const
{
    QJsonObject root;
    root.insert("format"_L1, QLatin1String(kFormatName));
    root.insert("version"_L1, kFormatVersion);
    root.insert("databaseUuid"_L1, m_databaseUuid);
    root.insert("generation"_L1, static_cast<double>(m_generation));
    if (m_previousGeneration) {
        root.insert("previousGeneration"_L1, static_cast<double>(*m_previousGeneration));
    }
    QJsonObject recovery;
    recovery.insert("publicKey"_L1, b64(m_recoveryPublicKey));
    recovery.insert("sealedDataKey"_L1, b64(m_recoverySealedDataKey));
    if (m_previousGeneration) {
        recovery.insert("previousSealedDataKey"_L1, b64(m_recoveryPreviousSealedDataKey));
    }
    root.insert("recovery"_L1, recovery);
    QJsonArray accounts;
    for (const Account& account : m_accounts) {
        QJsonObject object;
        object.insert("userName"_L1, account.userName);
        object.insert("publicKey"_L1, b64(account.publicKey));
        object.insert("salt"_L1, b64(account.salt));
        object.insert("opsLimit"_L1, static_cast<double>(account.opsLimit));
        object.insert("memLimitBytes"_L1, static_cast<double>(account.memLimitBytes));
        object.insert("nonce"_L1, b64(account.nonce));
        object.insert("wrappedSecretKey"_L1, b64(account.wrappedSecretKey));
        object.insert("sealedDataKey"_L1, b64(account.sealedDataKey));
        if (m_previousGeneration && !account.previousSealedDataKey.isEmpty()) {
            object.insert("previousSealedDataKey"_L1, b64(account.previousSealedDataKey));
        }
        accounts.append(object);
    }
    root.insert("accounts"_L1, accounts);
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

core::Result<std::vector<DataKeyCandidate>> KeyVault::unlock(const QString& userName, std::string_view password) const
{
    const Account* account = findAccount(userName);
    if (!account) {
        // Spend the same effort as a real attempt, so timing does not reveal which names exist.
        const QByteArray salt(static_cast<qsizetype>(kSaltSize), '\0');
        const KdfParams cost = m_accounts.empty() ? KdfParams::standard()
                                                  : KdfParams{m_accounts.front().opsLimit,
                                                              m_accounts.front().memLimitBytes};
        (void)deriveWrappingKey(password, salt, cost.opsLimit, cost.memLimitBytes);
        return makeError(ErrorCode::AuthenticationFailed, VaultText::wrongCredentials(), "unknown user name");
    }
    auto secretKey = unwrapSecret(*account, password);
    if (!secretKey) {
        return makeError(ErrorCode::AuthenticationFailed, VaultText::wrongCredentials(), "password does not unwrap");
    }
    std::vector<DataKeyCandidate> candidates;
    if (auto key = openSeal(account->sealedDataKey, account->publicKey, *secretKey)) {
        candidates.push_back({m_generation, std::move(*key)});
    }
    if (m_previousGeneration && !account->previousSealedDataKey.isEmpty()) {
        if (auto key = openSeal(account->previousSealedDataKey, account->publicKey, *secretKey)) {
            candidates.push_back({*m_previousGeneration, std::move(*key)});
        }
    }
    if (candidates.empty()) {
        return makeError(ErrorCode::Damaged, VaultText::tr("Your key slot is damaged. Ask an administrator to reset "
                                                           "your password, or restore a backup."),
                         "sealed data key does not open");
    }
    return candidates;
}

core::Result<std::vector<DataKeyCandidate>> KeyVault::unlockWithRecoveryKey(const QString& recoveryKeyText) const
{
    auto secretKey = fromBase32(recoveryKeyText, crypto_box_SECRETKEYBYTES);
    if (!secretKey) {
        return makeError(ErrorCode::AuthenticationFailed, VaultText::wrongRecoveryKey(), "recovery key malformed");
    }
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey->data());
    if (sodium_memcmp(publicKey.constData(), m_recoveryPublicKey.constData(), crypto_box_PUBLICKEYBYTES) != 0) {
        return makeError(ErrorCode::AuthenticationFailed, VaultText::wrongRecoveryKey(), "recovery key mismatch");
    }
    std::vector<DataKeyCandidate> candidates;
    if (auto key = openSeal(m_recoverySealedDataKey, publicKey, *secretKey)) {
        candidates.push_back({m_generation, std::move(*key)});
    }
    if (m_previousGeneration) {
        if (auto key = openSeal(m_recoveryPreviousSealedDataKey, publicKey, *secretKey)) {
            candidates.push_back({*m_previousGeneration, std::move(*key)});
        }
    }
    if (candidates.empty()) {
        return makeError(ErrorCode::Damaged, VaultText::damagedSlots(QString()), "recovery seal does not open");
    }
    return candidates;
}

core::Result<QByteArray> KeyVault::addAccount(const QString& userName, std::string_view password,
                                              const SecureBytes& dataKey, const KdfParams& kdf)
{
    if (findAccount(userName)) {
        return makeError(ErrorCode::InputRejected,
                         VaultText::tr("A user named %1 already exists.").arg(userName.trimmed()),
                         "duplicate user name");
    }
    auto account = makeAccount(userName.trimmed(), password, kdf);
    if (!account) {
        return account.error();
    }
    account->sealedDataKey = seal(dataKey, account->publicKey);
    const QByteArray publicKey = account->publicKey;
    m_accounts.push_back(std::move(*account));
    return publicKey;
}

core::Status KeyVault::changePassword(const QString& userName, std::string_view oldPassword,
                                      std::string_view newPassword, const KdfParams& kdf)
{
    auto it = std::find_if(m_accounts.begin(), m_accounts.end(), [&](const Account& account) {
        return account.userName.toCaseFolded() == userName.trimmed().toCaseFolded();
    });
    if (it == m_accounts.end()) {
        return makeError(ErrorCode::AuthenticationFailed, VaultText::wrongCredentials(), "unknown user name");
    }
    auto secretKey = unwrapSecret(*it, oldPassword);
    if (!secretKey) {
        return makeError(ErrorCode::AuthenticationFailed, VaultText::wrongCredentials(), "old password wrong");
    }
    Account updated = *it;
    updated.salt = QByteArray(static_cast<qsizetype>(kSaltSize), '\0');
    randombytes_buf(updated.salt.data(), kSaltSize);
    updated.nonce = QByteArray(static_cast<qsizetype>(kNonceSize), '\0');
    randombytes_buf(updated.nonce.data(), kNonceSize);
    updated.opsLimit = kdf.opsLimit;
    updated.memLimitBytes = kdf.memLimitBytes;
    auto wrappingKey = deriveWrappingKey(newPassword, updated.salt, kdf.opsLimit, kdf.memLimitBytes);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    const QByteArray ad = associatedData(updated.userName, updated.publicKey);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(updated.wrappedSecretKey.data()),
                                               &length, secretKey->data(), secretKey->size(), uchars(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr,
                                               uchars(updated.nonce), wrappingKey->data());
    *it = std::move(updated);
    return {};
}

core::Result<QByteArray> KeyVault::resetAccount(const QString& userName, std::string_view newPassword,
                                                const SecureBytes& dataKey, const KdfParams& kdf)
{
    const Account* existing = findAccount(userName);
    if (!existing) {
        return makeError(ErrorCode::NotFound, VaultText::tr("There is no user named %1.").arg(userName.trimmed()),
                         "reset of unknown user");
    }
    auto account = makeAccount(existing->userName, newPassword, kdf);
    if (!account) {
        return account.error();
    }
    account->sealedDataKey = seal(dataKey, account->publicKey);
    const QByteArray publicKey = account->publicKey;
    for (Account& slot : m_accounts) {
        if (&slot == existing) {
            slot = std::move(*account);
        }
    }
    return publicKey;
}

core::Status KeyVault::removeAccount(const QString& userName)
{
    const Account* existing = findAccount(userName);
    if (!existing) {
        return makeError(ErrorCode::NotFound, VaultText::tr("There is no user named %1.").arg(userName.trimmed()),
                         "remove of unknown user");
    }
    m_accounts.erase(m_accounts.begin() + (existing - m_accounts.data()));
    return {};
}

core::Status KeyVault::beginRekey(const SecureBytes& currentKey, const SecureBytes& newKey)
{
    if (m_previousGeneration) {
        return makeError(ErrorCode::InputRejected,
                         VaultText::tr("A change of database key is already in progress. Sign in again to finish it."),
                         "rekey already pending");
    }
    m_previousGeneration = m_generation;
    m_generation += 1;
    m_recoveryPreviousSealedDataKey = seal(currentKey, m_recoveryPublicKey);
    m_recoverySealedDataKey = seal(newKey, m_recoveryPublicKey);
    for (Account& account : m_accounts) {
        account.previousSealedDataKey = seal(currentKey, account.publicKey);
        account.sealedDataKey = seal(newKey, account.publicKey);
    }
    return {};
}

void KeyVault::finishRekey()
{
    m_previousGeneration.reset();
    m_recoveryPreviousSealedDataKey.clear();
    for (Account& account : m_accounts) {
        account.previousSealedDataKey.clear();
    }
}

void KeyVault::abandonRekey()
{
    if (!m_previousGeneration) {
        return;
    }
    m_generation = *m_previousGeneration;
    m_previousGeneration.reset();
    m_recoverySealedDataKey = m_recoveryPreviousSealedDataKey;
    m_recoveryPreviousSealedDataKey.clear();
    for (Account& account : m_accounts) {
        account.sealedDataKey = account.previousSealedDataKey;
        account.previousSealedDataKey.clear();
    }
}

QString VaultText::wrongCredentials()
{
    return tr("The user name or password is not correct.");
}

QString VaultText::wrongRecoveryKey()
{
    return tr("This recovery key is not correct. Check each group of letters and try again.");
}

QString VaultText::damagedSlots(const QString& path)
{
    return tr("The key file %1 is damaged, so the database cannot be opened. Nothing was changed. Restore the key file "
              "and database from your latest backup.")
        .arg(QFileInfo(path).fileName());
}

} // namespace relais::storage
