#pragma once

#include "core/Result.h"

#include <string>

namespace relais::storage {

class Database;

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless committed, so
// an error anywhere leaves no partial write. Inside an open transaction it nests
// as a SAVEPOINT, so a service may call another that opens its own unit.
class Transaction
{
public:
    static core::Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    core::Status commit();
    void rollback();
    bool isOutermost() const { return m_savepoint.empty(); }

private:
    Transaction(Database& db, std::string savepoint);
    Database* m_db = nullptr;
    std::string m_savepoint; // empty for the outermost transaction
};

} // namespace relais::storage
