#pragma once

#include <spdlog/spdlog.h>

#include <QString>

#include <memory>
#include <string>

namespace relais::core {

// Module names of the named loggers; one per layer (style guide: spdlog::get("storage")).
inline constexpr const char* kLogCore = "core";
inline constexpr const char* kLogStorage = "storage";
inline constexpr const char* kLogReport = "report";
inline constexpr const char* kLogGui = "gui";
inline constexpr const char* kLogApp = "app";

// The named logger; a silent one when logging was not set up (tests, tools).
// Callers log ids and counts only, never names, aliases or notes.
std::shared_ptr<spdlog::logger> logger(const char* module);

// Sets up rotating files in `directory` (created if needed) shared by every module
// logger. Level: RELAIS_LOG_LEVEL if set, else `level` (trace, debug, info, warn, error, off).
// Returns false when the folder cannot be written; logging then stays silent.
bool initLogging(const QString& directory, const QString& level);

// Where the logs go: the per-user application data folder.
QString defaultLogDirectory();

} // namespace relais::core
