// The libFuzzer entry points of one fuzz target: RELAIS_FUZZ_TARGET names it
// (tests/fuzz/CMakeLists.txt builds this file once per target).
#include "FuzzHarness.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdint>
#include <cstdlib>
#include <memory>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // Fast Argon2id for the accounts of the store the importers run against.
    setenv("RELAIS_KDF", "fast", 0);
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QStandardPaths::setTestModeEnabled(true);
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto target = relais::fuzz::targetFromName(QStringLiteral(RELAIS_FUZZ_TARGET));
    if (!target) {
        std::abort();
    }
    relais::fuzz::runOne(*target, QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
