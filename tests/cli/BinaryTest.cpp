// Runs the built `relais` binary as a script would: no display, passwords piped in.

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace relais;

namespace {

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runRelais(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("RELAIS_KDF"), QStringLiteral("fast"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RELAIS_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    ProcessRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST_CASE("relais --version prints a version without any display", "[cli][binary]")
{
    const ProcessRun run = runRelais({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("relais ")));
    CHECK(run.out.contains(QStringLiteral("SQLCipher")));
}

TEST_CASE("relais init and check work from a script with piped passwords", "[cli][binary]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("org.db"));
    const ProcessRun init = runRelais({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--org"),
                                       QStringLiteral("Pech"), QStringLiteral("--admin"), QStringLiteral("admin")},
                                      "s3cret-password\n");
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.trimmed().size() == 64); // 13 groups of 4 letters and 12 dashes
    const ProcessRun check = runRelais({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                                        QStringLiteral("admin")},
                                       "s3cret-password\n");
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));

    const QByteArray before = test::fileHash(db);
    const ProcessRun wrong = runRelais({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                                        QStringLiteral("admin")},
                                       "wrong-password\n");
    CHECK(wrong.exitCode == 2);
    CHECK(test::fileHash(db) == before);
    CHECK(test::filesContaining(dir.path(), QStringLiteral("Pech")).isEmpty());
}
