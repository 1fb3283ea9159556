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

// BEGIN (deferred: no write lock) ... end, for reads that run many statements:
// one snapshot, and the WAL's read locks taken once instead of once per
// statement (a client file's 200 interventions ran ~600 statements, each its
// own read transaction with its lock calls). Inside an open transaction it does
// nothing. Ends when destroyed, or by end().
class ReadTransaction
{
public:
    static core::Result<ReadTransaction> begin(Database& db);
    ~ReadTransaction();
    ReadTransaction(ReadTransaction&& other) noexcept;
    ReadTransaction& operator=(ReadTransaction&&) = delete;
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    core::Status end();

private:
    explicit ReadTransaction(Database* db);
    Database* m_db = nullptr; // null: nothing to end
};

} // namespace relais::storage
