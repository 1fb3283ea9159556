#include "SignInAttempts.h"

#include "AtomicFile.h"
#include "core/Log.h"
#include "core/SignInThrottle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relais::storage {

namespace {
constexpr std::size_t kMaxUnrecorded = 200;
}

SignInAttempts::SignInAttempts(const QString& databasePath)
    : m_path(databasePath + u".attempts"_s)
{
    load();
}

void SignInAttempts::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    // A damaged counter file is not worth refusing a sign-in over: start again.
    const QJsonObject root = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    m_consecutive = std::max(0, root.value("consecutiveFailures"_L1).toInt());
    m_lastFailure = QDateTime::fromString(root.value("lastFailure"_L1).toString(), Qt::ISODate);
    for (const QJsonValue& value : root.value("unrecorded"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        m_unrecorded.push_back(
            {entry.value("user"_L1).toString(), QDateTime::fromString(entry.value("at"_L1).toString(), Qt::ISODate)});
    }
}

void SignInAttempts::save() const
{
    if (m_consecutive == 0 && m_unrecorded.empty()) {
        QFile::remove(m_path);
        return;
    }
    QJsonObject root;
    root.insert("consecutiveFailures"_L1, m_consecutive);
    root.insert("lastFailure"_L1, m_lastFailure.toString(Qt::ISODate));
    QJsonArray list;
    for (const Failure& failure : m_unrecorded) {
        list.append(QJsonObject{{"user"_L1, failure.userName}, {"at"_L1, failure.at.toString(Qt::ISODate)}});
    }
    root.insert("unrecorded"_L1, list);
    if (auto status = writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact)); !status) {
        core::logger(core::kLogStorage)->warn("could not save sign-in attempts: {}", status.error().detail);
    }
}

std::chrono::seconds SignInAttempts::waitRemaining(const core::Clock& clock) const
{
    const auto delay = core::signInDelayAfter(m_consecutive);
    if (delay.count() == 0 || !m_lastFailure.isValid()) {
        return std::chrono::seconds(0);
    }
    const qint64 elapsed = m_lastFailure.secsTo(clock.nowUtc());
    if (elapsed < 0) {
        return delay; // the clock went back: wait the full delay
    }
    return std::chrono::seconds(std::max<qint64>(0, delay.count() - elapsed));
}

void SignInAttempts::recordFailure(const QString& userName, const core::Clock& clock)
{
    ++m_consecutive;
    m_lastFailure = clock.nowUtc();
    if (m_unrecorded.size() < kMaxUnrecorded) {
        m_unrecorded.push_back({userName.left(64), m_lastFailure});
    }
    save();
}

void SignInAttempts::resetCount()
{
    m_consecutive = 0;
    m_lastFailure = {};
    save();
}

std::vector<SignInAttempts::Failure> SignInAttempts::takeFailures()
{
    std::vector<Failure> failures = std::move(m_unrecorded);
    m_unrecorded.clear();
    m_consecutive = 0;
    m_lastFailure = {};
    save();
    return failures;
}

} // namespace relais::storage
