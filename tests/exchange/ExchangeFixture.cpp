#include "ExchangeFixture.h"

#include "app/Cli.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <catch2/catch.hpp>


namespace relais::test {

namespace {

QString cell(const storage::Statement& row, int column)
{
    return row.isNull(column) ? QStringLiteral("<null>") : row.textAt(column);
}

} // namespace

ExchangeFixture::ExchangeFixture()
{
    // The CLI signs in on its own: the fixture's window-side workspace stays closed.
    fixture.workspace.reset();
}

CliRun ExchangeFixture::run(const QString& user, QStringList arguments)
{
    arguments << QStringLiteral("--db") << fixture.store.path << QStringLiteral("--as") << user;
    ScriptedSecrets secrets {user == QStringLiteral("admin") ? kAdminPassword : WorkspaceFixture::kPassword};
    return runCli(arguments, secrets, fixture.store.clock);
}

CliRun ExchangeFixture::import(const QString& user, const QString& kind, const QString& file, bool dryRun)
{
    QStringList arguments {QStringLiteral("import"), kind, file};
    if (dryRun) {
        arguments << QStringLiteral("--dry-run");
    }
    return run(user, arguments);
}

CliRun ExchangeFixture::exportTo(const QString& user, const QString& folder)
{
    return run(user, {QStringLiteral("export"), QStringLiteral("--out"), folder});
}

void ExchangeFixture::importSamples()
{
    for (auto [kind, file] :
         {std::pair {"partners", "partners.csv"}, std::pair {"people", "people.csv"},
          std::pair {"interventions", "interventions-1252.csv"}, std::pair {"cases", "cases.csv"}}) {
        const CliRun imported = import(QStringLiteral("lea"), QString::fromLatin1(kind), sample(file));
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
}

QStringList ExchangeFixture::dump()
{
    auto session = fixture.store.signIn(QStringLiteral("admin"), kAdminPassword);
    storage::Database& db = session->db();
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log' AND name "
                             "NOT LIKE 'sqlite_%' ORDER BY name");
    REQUIRE(tables);
    QStringList names;
    while (*tables->step()) {
        names << tables->textAt(0);
    }
    QStringList rows;
    for (const QString& name : names) {
        auto select = db.prepare("SELECT * FROM \"" + name.toStdString() + "\"");
        REQUIRE(select);
        for (;;) {
            auto row = select->step();
            REQUIRE(row);
            if (!*row) {
                break;
            }
            QStringList cells {name};
            for (int column = 0; column < select->columnCount(); ++column) {
                cells << cell(*select, column);
            }
            rows << cells.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

QStringList ExchangeFixture::auditActions()
{
    auto session = fixture.store.signIn(QStringLiteral("admin"), kAdminPassword);
    auto select = session->db().prepare("SELECT action, entity_type, fields FROM audit_log ORDER BY sequence");
    REQUIRE(select);
    QStringList actions;
    while (*select->step()) {
        actions << select->textAt(0) + QLatin1Char(' ') + select->textAt(1) + QLatin1Char(' ') + select->textAt(2);
    }
    return actions;
}

QString ExchangeFixture::query(const char* sql)
{
    auto session = fixture.store.signIn(QStringLiteral("admin"), kAdminPassword);
    auto value = session->db().queryText(sql);
    REQUIRE(value);
    return *value;
}

void ExchangeFixture::setLanguage(const char* code)
{
    auto session = fixture.store.signIn(QStringLiteral("admin"), kAdminPassword);
    REQUIRE(session->db().exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('language', '" + std::string(code)
                               + "')"));
}

QString ExchangeFixture::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = fixture.store.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    return path;
}

QString ExchangeFixture::sample(const char* name)
{
    return QStringLiteral(RELAIS_TEST_DATA_DIR "/csv/") + QString::fromLatin1(name);
}

QByteArray ExchangeFixture::readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace relais::test
