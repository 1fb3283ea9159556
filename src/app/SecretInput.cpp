#include "SecretInput.h"

#include <cstdio>
#include <iostream>
#include <termios.h>
#include <unistd.h>

namespace relais::app {

bool StdinSecretInput::interactive() const
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<std::string> StdinSecretInput::read(const QString& prompt)
{
    const bool tty = interactive();
    termios saved{};
    if (tty) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!got) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

} // namespace relais::app
