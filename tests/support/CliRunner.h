#pragma once

// Runs `relais` commands in-process through app::Cli, answering its secret
// prompts from a list as piped standard input would. Header-only: only the test
// programs that link relais_cli include it.

#include "TestSupport.h"
#include "app/Cli.h"
#include "app/SecretInput.h"

#include <QStringList>
#include <QTextStream>

#include <deque>
#include <initializer_list>
#include <optional>
#include <string>

namespace relais::test {

class ScriptedSecrets final : public app::SecretInput
{
public:
    ScriptedSecrets(std::initializer_list<const char*> lines)
        : m_lines(lines.begin(), lines.end())
    {
    }
    explicit ScriptedSecrets(std::deque<std::string> lines)
        : m_lines(std::move(lines))
    {
    }
    std::optional<std::string> read(const QString&) override
    {
        if (m_lines.empty()) {
            return std::nullopt;
        }
        std::string line = m_lines.front();
        m_lines.pop_front();
        return line;
    }
    bool interactive() const override { return false; }

private:
    std::deque<std::string> m_lines;
};

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& arguments, app::SecretInput& secrets, const core::Clock& clock)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    app::Cli cli(out, err, secrets, clock);
    run.exitCode = cli.run(arguments);
    out.flush();
    err.flush();
    return run;
}

inline CliRun runCli(const QStringList& arguments, std::initializer_list<const char*> stdinLines = {})
{
    ScriptedSecrets secrets(stdinLines);
    const MockClock clock;
    return runCli(arguments, secrets, clock);
}

} // namespace relais::test
