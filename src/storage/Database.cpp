#include "Database.h"

#include "SqliteError.h"
#include "core/Log.h"

#include <QFile>
#include <QFileInfo>

#include <sqlcipher/sqlite3.h>

#include <string>

namespace relais::storage {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr char kPlainHeader[] = "SQLite format 3";

core::Status pragmaExpect(sqlite3* db, const std::string& set, const std::string& get, const std::string& expected)
{
    char* message = nullptr;
    int rc = sqlite3_exec(db, set.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, db, set.c_str());
    }
    sqlite3_stmt* stmt = nullptr;
    rc = sqlite3_prepare_v2(db, get.c_str(), -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, db, get.c_str());
    }
    rc = sqlite3_step(stmt);
    std::string actual;
    if (rc == SQLITE_ROW && sqlite3_column_text(stmt, 0)) {
        actual = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        return sqliteError(rc, db, get.c_str());
    }
    if (actual != expected) {
        // Pragmas unknown to this SQLite are accepted silently: read back to be sure.
        return makeError(ErrorCode::Internal, StorageText::internal(),
                         get + " answered '" + actual + "', expected '" + expected + "'");
    }
    return {};
}

} // namespace

struct Database::Handle
{
    sqlite3* db = nullptr;
    ~Handle()
    {
        if (db) {
            sqlite3_close_v2(db);
        }
    }
};

Database::Database() = default;
Database::~Database()
{
    if (isOpen()) {
        (void)close();
    }
}
Database::Database(Database&& other) noexcept = default;
Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (isOpen()) {
            (void)close();
        }
        m_handle = std::move(other.m_handle);
        m_path = std::move(other.m_path);
    }
    return *this;
}

bool Database::isOpen() const
{
    return m_handle && m_handle->db;
}

sqlite3* Database::handle() const
{
    return m_handle ? m_handle->db : nullptr;
}

bool Database::s_unencryptedForTests = false;

bool Database::fileLooksPlaintext(const QString& path)
{
    if (s_unencryptedForTests) {
        return false; // tests only: every file is plaintext on purpose
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray head = file.read(sizeof kPlainHeader - 1);
    return head == QByteArray(kPlainHeader);
}

core::Result<Database> Database::open(const QString& path, const SecureBytes& key, Mode mode)
{
    auto log = core::logger(core::kLogStorage);
    if (key.size() != kKeySize) {
        return makeError(ErrorCode::Internal, StorageText::internal(), "data key has the wrong size");
    }
    const QFileInfo info(path);
    if (mode == Mode::OpenExisting && !info.exists()) {
        return makeError(ErrorCode::NotFound, StorageText::tr("There is no database at %1.").arg(path),
                         "database file missing");
    }
    if (mode == Mode::CreateNew && info.exists()) {
        return makeError(ErrorCode::InputRejected,
                         StorageText::tr("A file already exists at %1; Relais will not overwrite it.").arg(path),
                         "create over an existing file refused");
    }
    if (mode == Mode::OpenExisting && fileLooksPlaintext(path)) {
        return makeError(ErrorCode::Damaged, StorageText::damaged(), "file has a plaintext SQLite header");
    }
    // A database is whole pages. An empty or cut file would otherwise be taken for
    // a new, empty database (and written to) or fail later as an I/O error.
    if (mode == Mode::OpenExisting && (info.size() < kPageSize || info.size() % kPageSize != 0)) {
        return makeError(ErrorCode::Damaged, StorageText::damaged(),
                         "file size " + std::to_string(info.size()) + " is not a whole number of pages");
    }

    Database database;
    database.m_path = path;
    database.m_handle = std::make_unique<Handle>();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
                      | (mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &database.m_handle->db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, database.m_handle->db, "open");
    }
    sqlite3* db = database.m_handle->db;
    sqlite3_extended_result_codes(db, 1);
    // Before the first read: opening while another process checkpoints or recovers
    // the WAL must wait, not fail with "database is locked".
    sqlite3_busy_timeout(db, kBusyTimeoutMs);

    if (s_unencryptedForTests) {
        // Tests only: plain SQLite with the page size the size check expects.
        if (auto status = database.exec("PRAGMA page_size = 4096"); !status) {
            return status.error();
        }
        if (auto status = database.applySettings(); !status) {
            return status.error();
        }
        return database;
    }
    // The raw key form x'<64 hex>' skips SQLCipher's own PBKDF2: the key is already random.
    SecureBytes hex = key.toHex();
    SecureBytes rawKey(hex.size() + 3);
    rawKey.data()[0] = 'x';
    rawKey.data()[1] = '\'';
    std::copy(hex.data(), hex.data() + hex.size(), rawKey.data() + 2);
    rawKey.data()[hex.size() + 2] = '\'';
    rc = sqlite3_key(db, rawKey.data(), static_cast<int>(rawKey.size()));
    if (rc != SQLITE_OK) {
        return sqliteError(rc, db, "key");
    }

    // SQLCipher must be the library answering: with system SQLite bound instead,
    // PRAGMA key succeeds and the file is written in plaintext.
    if (auto version = database.queryText("PRAGMA cipher_version"); !version || version->isEmpty()) {
        return makeError(ErrorCode::Internal, StorageText::internal(),
                         "PRAGMA cipher_version gave no answer: SQLCipher is not the SQLite in this process");
    }
    if (auto status = pragmaExpect(db, "PRAGMA cipher_page_size = 4096", "PRAGMA cipher_page_size", "4096");
        !status) {
        return status.error();
    }
    // First read: a wrong key gives SQLITE_NOTADB here, a damaged first page SQLITE_CORRUPT.
    if (auto count = database.queryInt("SELECT count(*) FROM sqlite_master"); !count) {
        log->warn("open refused: {}", count.error().detail);
        return count.error();
    }
    if (auto status = database.applySettings(); !status) {
        return status.error();
    }
    return database;
}

core::Status Database::applySettings()
{
    sqlite3* db = handle();
    if (auto status = pragmaExpect(db, "PRAGMA journal_mode = WAL", "PRAGMA journal_mode", "wal"); !status) {
        return status;
    }
    if (auto status = pragmaExpect(db, "PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", "1"); !status) {
        return status;
    }
    // FULL: a commit reported to the user survives a power cut, not only a crash.
    if (auto status = pragmaExpect(db, "PRAGMA synchronous = FULL", "PRAGMA synchronous", "2"); !status) {
        return status;
    }
    // 2 = MEMORY. Never FILE: SQLCipher writes temporary files unencrypted.
    if (auto status = pragmaExpect(db, "PRAGMA temp_store = MEMORY", "PRAGMA temp_store", "2"); !status) {
        return status;
    }
    const std::string cache = std::to_string(-kCacheKiB);
    if (auto status = pragmaExpect(db, "PRAGMA cache_size = " + cache, "PRAGMA cache_size", cache); !status) {
        return status;
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    core::logger(core::kLogStorage)->debug("database opened (page size {}, cache {} KiB)", kPageSize, kCacheKiB);
    return {};
}

core::Result<Database> Database::openPlaintextForBenchmark(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        return makeError(ErrorCode::NotFound, StorageText::tr("There is no database at %1.").arg(path),
                         "database file missing");
    }
    Database database;
    database.m_path = path;
    database.m_handle = std::make_unique<Handle>();
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &database.m_handle->db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, database.m_handle->db, "open");
    }
    sqlite3_extended_result_codes(database.m_handle->db, 1);
    if (auto count = database.queryInt("SELECT count(*) FROM sqlite_master"); !count) {
        return count.error();
    }
    if (auto status = database.applySettings(); !status) {
        return status.error();
    }
    return database;
}

core::Status Database::exec(std::string_view sql)
{
    if (!isOpen()) {
        return makeError(ErrorCode::Internal, StorageText::internal(), "exec on a closed database");
    }
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(handle(), text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, handle(), "exec");
    }
    return {};
}

core::Result<Statement> Database::prepare(std::string_view sql)
{
    if (!isOpen()) {
        return makeError(ErrorCode::Internal, StorageText::internal(), "prepare on a closed database");
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(handle(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(rc, handle(), "prepare");
    }
    return Statement(handle(), stmt);
}

core::Result<qint64> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::Internal, StorageText::internal(), "query returned no row");
    }
    return stmt->int64At(0);
}

core::Result<QString> Database::queryText(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return QString();
    }
    return stmt->textAt(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(handle());
}

int Database::changes() const
{
    return sqlite3_changes(handle());
}

core::Status Database::attach(const QString& path, const QString& alias, const SecureBytes& key)
{
    // SQLCipher 3.x does not record the page size: set it for the attached file too.
    if (auto set = exec("PRAGMA cipher_default_page_size = 4096"); !set) {
        return set;
    }
    auto stmt = prepare("ATTACH DATABASE ?1 AS " + alias.toStdString() + " KEY ?2");
    if (!stmt) {
        return stmt.error();
    }
    SecureBytes hex = key.toHex();
    QByteArray rawKey = QByteArray("x'") + QByteArray(hex.chars(), static_cast<qsizetype>(hex.size())) + "'";
    stmt->bind(1, path).bind(2, rawKey);
    wipe(rawKey);
    auto status = stmt->run();
    stmt->reset();
    if (!status) {
        return status;
    }
    const std::string schema = alias.toStdString();
    if (auto set = exec("PRAGMA " + schema + ".cipher_page_size = 4096"); !set) {
        return set;
    }
    if (auto count = queryInt("SELECT count(*) FROM " + schema + ".sqlite_master"); !count) {
        (void)detach(alias);
        return count.error();
    }
    return {};
}

core::Status Database::detach(const QString& alias)
{
    return exec("DETACH DATABASE " + alias.toStdString());
}

core::Result<QString> Database::integrityCheck()
{
    auto stmt = prepare("PRAGMA integrity_check(20)");
    if (!stmt) {
        return stmt.error();
    }
    QStringList lines;
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        lines << stmt->textAt(0);
    }
    return lines.join(QLatin1Char('\n'));
}

core::Status Database::checkpoint()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, handle(), "checkpoint");
    }
    return {};
}

core::Status Database::close()
{
    if (!isOpen()) {
        return {};
    }
    core::Status result = checkpoint();
    if (!result) {
        core::logger(core::kLogStorage)->warn("checkpoint on close failed: {}", result.error().detail);
    }
    const int rc = sqlite3_close_v2(m_handle->db);
    m_handle->db = nullptr;
    m_handle.reset();
    if (rc != SQLITE_OK && result) {
        result = sqliteError(rc, nullptr, "close");
    }
    return result;
}

} // namespace relais::storage
