#pragma once

#include "core/Result.h"

namespace relais::storage {

class Database;

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless committed, so
// an error anywhere leaves no partial write.
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

private:
    explicit Transaction(Database& db);
    Database* m_db = nullptr;
};

} // namespace relais::storage
