#pragma once

#include "SecureBytes.h"
#include "Statement.h"
#include "core/Result.h"

#include <QString>

#include <memory>
#include <string_view>

struct sqlite3;

namespace relais::storage {

namespace testing {
class UnencryptedDatabases;
}

// One SQLCipher connection (RAII). open() applies the platform's rules every
// time: raw 256-bit key, cipher_page_size 4096 (SQLCipher 3.x does not store it),
// a check that SQLCipher answers, WAL, foreign keys, busy timeout, a large cache,
// temp store in memory (never FILE: SQLCipher's temp files are plaintext).
// Closing checkpoints the WAL with TRUNCATE so nothing rests in it.
class Database
{
public:
    enum class Mode {
        OpenExisting,
        CreateNew,
    };

    static constexpr int kPageSize = 4096;
    static constexpr int kCacheKiB = 64 * 1024;
    static constexpr int kBusyTimeoutMs = 10000;
    static constexpr std::size_t kKeySize = 32;

    // A wrong key or a damaged file gives ErrorCode::Damaged and leaves the file untouched.
    static core::Result<Database> open(const QString& path, const SecureBytes& key, Mode mode);

    // Opens an existing unencrypted SQLite file with every other setting of open()
    // (WAL, foreign keys, synchronous, memory temp store, cache). For relais-bench's
    // baselines only (docs/performance.md): the application never opens one.
    static core::Result<Database> openPlaintextForBenchmark(const QString& path);

    Database();
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const;
    const QString& path() const { return m_path; }
    sqlite3* handle() const;

    // Runs one or more statements that return no rows.
    core::Status exec(std::string_view sql);
    core::Result<Statement> prepare(std::string_view sql);

    // One integer from a query such as "PRAGMA user_version" or "SELECT count(*) ...".
    core::Result<qint64> queryInt(std::string_view sql);
    core::Result<QString> queryText(std::string_view sql);

    qint64 lastInsertRowId() const;
    int changes() const;

    // Attaches another encrypted file under `alias` with its own key and page size.
    core::Status attach(const QString& path, const QString& alias, const SecureBytes& key);
    core::Status detach(const QString& alias);

    // "ok", or the first problems PRAGMA integrity_check reports.
    core::Result<QString> integrityCheck();
    // Checkpoints the WAL (TRUNCATE) now.
    core::Status checkpoint();
    // Checkpoints and closes; the destructor does the same, ignoring errors.
    core::Status close();

    // True when the file on disk starts with SQLite's plaintext header.
    static bool fileLooksPlaintext(const QString& path);

private:
    // TESTS ONLY, set through storage/testing/UnencryptedDatabases.h (a header no
    // application code includes; no option, variable or setting reaches it): open
    // and create files without the SQLCipher key, so a test can search the bytes.
    friend class testing::UnencryptedDatabases;
    static bool s_unencryptedForTests;

    // The settings every connection gets after its first read.
    core::Status applySettings();

    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_path;
};

} // namespace relais::storage
