#include "Transaction.h"

#include "Database.h"

#include <utility>

namespace relais::storage {

Transaction::Transaction(Database& db)
    : m_db(&db)
{
}

core::Result<Transaction> Transaction::begin(Database& db)
{
    if (auto status = db.exec("BEGIN IMMEDIATE"); !status) {
        return status.error();
    }
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
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
    auto status = m_db->exec("COMMIT");
    if (status) {
        m_db = nullptr;
    } else {
        rollback();
    }
    return status;
}

void Transaction::rollback()
{
    if (m_db) {
        (void)m_db->exec("ROLLBACK");
        m_db = nullptr;
    }
}

} // namespace relais::storage
