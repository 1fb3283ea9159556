#pragma once

#include "BenchStore.h"
#include "core/Result.h"

#include <QString>

namespace relais::bench {

// Peak resident memory of the GUI with the people list open over every person:
// a child process (relais-bench --gui-probe) opens the database with the data key
// read from its standard input, shows the real PeoplePage on the offscreen
// platform, fetches and scrolls through all rows, and prints VmHWM from
// /proc/self/status.
class GuiMemoryProbe
{
public:
    // Parent side: the median peak in MB over `runs` child processes.
    static core::Result<double> measure(const QString& program, const BenchStore& store, bool encrypted, int runs);
    // Child side (needs a QApplication); returns the exit code.
    static int runChild(const QString& path, bool encrypted);
};

} // namespace relais::bench
