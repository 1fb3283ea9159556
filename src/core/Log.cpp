#include "Log.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>

#include <cstdlib>
#include <mutex>

namespace relais::core {

namespace {

constexpr const char* kModules[] = {kLogCore, kLogStorage, kLogReport, kLogGui, kLogApp};
constexpr std::size_t kMaxFileBytes = 1024 * 1024;
constexpr std::size_t kMaxFiles = 5;

std::mutex& registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

} // namespace

std::shared_ptr<spdlog::logger> logger(const char* module)
{
    std::lock_guard lock(registryMutex());
    if (auto existing = spdlog::get(module)) {
        return existing;
    }
    auto silent = std::make_shared<spdlog::logger>(module, std::make_shared<spdlog::sinks::null_sink_mt>());
    spdlog::register_logger(silent);
    return silent;
}

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

bool initLogging(const QString& directory, const QString& level)
{
    QString chosen = level;
    if (const char* env = std::getenv("RELAIS_LOG_LEVEL"); env && *env) {
        chosen = QString::fromLocal8Bit(env);
    }
    const auto spdLevel = spdlog::level::from_str(chosen.trimmed().toLower().toStdString());

    if (!QDir().mkpath(directory)) {
        return false;
    }
    std::shared_ptr<spdlog::sinks::rotating_file_sink_mt> sink;
    try {
        sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir(directory).filePath(QStringLiteral("relais.log")).toStdString(), kMaxFileBytes, kMaxFiles);
    } catch (const spdlog::spdlog_ex&) {
        return false;
    }
    sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%n] %l: %v");

    std::lock_guard lock(registryMutex());
    for (const char* module : kModules) {
        spdlog::drop(module);
        auto log = std::make_shared<spdlog::logger>(module, sink);
        log->set_level(spdLevel);
        log->flush_on(spdlog::level::warn);
        spdlog::register_logger(log);
    }
    return true;
}

} // namespace relais::core
