#pragma once

#include "core/domain/Repositories.h"

#include <functional>

namespace relais::storage {

class Database;

// Units of work over one connection (Transaction: BEGIN IMMEDIATE, or a savepoint
// when nested). After the outermost commit it runs `afterCommit` (the audit
// anchor), after a rollback `afterRollback`.
class SqliteTransactionSource final : public core::TransactionSource
{
public:
    explicit SqliteTransactionSource(Database& db);
    core::Result<std::unique_ptr<core::UnitOfWork>> begin() override;

    std::function<void()> afterCommit;
    std::function<void()> afterRollback;

private:
    Database& m_db;
};

} // namespace relais::storage
