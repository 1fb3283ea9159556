#include "Transaction.h"

#include "Database.h"

#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <utility>

namespace relais::storage {

Transaction::Transaction(Database& db, std::string savepoint)
    : m_db(&db)
    , m_savepoint(std::move(savepoint))
{
}

core::Result<Transaction> Transaction::begin(Database& db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0) {
        static std::atomic<unsigned> counter{0};
        std::string name = "relais_sp_" + std::to_string(++counter);
        if (auto status = db.exec("SAVEPOINT " + name); !status) {
            return status.error();
        }
        return Transaction(db, std::move(name));
    }
    if (auto status = db.exec("BEGIN IMMEDIATE"); !status) {
        return status.error();
    }
    return Transaction(db, {});
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
{
}

Transaction::~Transaction()
{
    rollback();
}

core::Status Transaction::commit()
{
    if (!m_db) {
        return {};
    }
    auto status = m_db->exec(m_savepoint.empty() ? std::string("COMMIT") : "RELEASE " + m_savepoint);
    if (status) {
        m_db = nullptr;
    } else {
        rollback();
    }
    return status;
}

void Transaction::rollback()
{
    if (!m_db) {
        return;
    }
    if (m_savepoint.empty()) {
        (void)m_db->exec("ROLLBACK");
    } else {
        (void)m_db->exec("ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint);
    }
    m_db = nullptr;
}

ReadTransaction::ReadTransaction(Database* db) : m_db(db) { }

core::Result<ReadTransaction> ReadTransaction::begin(Database& db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0) {
        return ReadTransaction(nullptr); // already inside one: it is the snapshot
    }
    if (auto status = db.exec("BEGIN"); !status) {
        return status.error();
    }
    return ReadTransaction(&db);
}

ReadTransaction::ReadTransaction(ReadTransaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }

ReadTransaction::~ReadTransaction()
{
    (void)end();
}

core::Status ReadTransaction::end()
{
    if (!m_db) {
        return {};
    }
    // Nothing was written: COMMIT only releases the locks.
    return std::exchange(m_db, nullptr)->exec("COMMIT");
}

} // namespace relais::storage
