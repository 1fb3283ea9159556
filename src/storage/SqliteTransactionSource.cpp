#include "SqliteTransactionSource.h"

#include "Database.h"
#include "Transaction.h"

namespace relais::storage {

namespace {

class SqliteUnitOfWork final : public core::UnitOfWork
{
public:
    SqliteUnitOfWork(Transaction transaction, SqliteTransactionSource& source)
        : m_transaction(std::move(transaction))
        , m_source(source)
    {
    }

    ~SqliteUnitOfWork() override
    {
        if (!m_done) {
            const bool outermost = m_transaction.isOutermost();
            m_transaction.rollback();
            if (outermost && m_source.afterRollback) {
                m_source.afterRollback();
            }
        }
    }

    core::Status commit() override
    {
        const bool outermost = m_transaction.isOutermost();
        auto status = m_transaction.commit();
        m_done = true;
        if (!status) {
            if (outermost && m_source.afterRollback) {
                m_source.afterRollback();
            }
            return status;
        }
        if (outermost && m_source.afterCommit) {
            m_source.afterCommit();
        }
        return {};
    }

private:
    Transaction m_transaction;
    SqliteTransactionSource& m_source;
    bool m_done = false;
};

} // namespace

SqliteTransactionSource::SqliteTransactionSource(Database& db)
    : m_db(db)
{
}

core::Result<std::unique_ptr<core::UnitOfWork>> SqliteTransactionSource::begin()
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    return std::unique_ptr<core::UnitOfWork>(std::make_unique<SqliteUnitOfWork>(std::move(*transaction), *this));
}

} // namespace relais::storage
