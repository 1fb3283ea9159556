#include "Session.h"

#include <utility>

namespace relais::storage {

Session::Session(QString path, DatabaseLock lock, Database db, SecureBytes dataKey, quint64 generation,
                 core::UserAccount user)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_dataKey(std::move(dataKey))
    , m_generation(generation)
    , m_user(std::move(user))
{
    m_warnings = m_lock.warnings();
}

Session::~Session()
{
    lock();
}

void Session::lock()
{
    (void)m_db.close();
    m_dataKey.clear();
    m_lock.release();
}

void Session::replaceDatabase(Database db, SecureBytes dataKey, quint64 generation)
{
    m_db = std::move(db);
    m_dataKey = std::move(dataKey);
    m_generation = generation;
}

core::Status Session::closeDatabase()
{
    return m_db.close();
}

} // namespace relais::storage
