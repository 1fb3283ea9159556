#pragma once

#include <QString>

#include <optional>
#include <string>

namespace relais::app {

// Where the CLI reads passwords and recovery keys: one line of standard input when
// it is not a terminal (scripts), a prompt without echo when it is.
class SecretInput
{
public:
    virtual ~SecretInput() = default;
    // The next secret, without its line ending; nullopt at end of input.
    virtual std::optional<std::string> read(const QString& prompt) = 0;
    // True when a person types (prompts and confirmations make sense).
    virtual bool interactive() const = 0;
};

class StdinSecretInput final : public SecretInput
{
public:
    std::optional<std::string> read(const QString& prompt) override;
    bool interactive() const override;
};

} // namespace relais::app
