#pragma once

#include "CliRunner.h"
#include "WorkspaceFixture.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace relais::test {

// A WorkspaceFixture (admin, lea the team lead, marie and paul the case managers,
// zone America/Montreal, clock at 2026-03-02 09:30 UTC) driven through the real
// `relais` command line in-process, as a user would: import, export, and a dump
// of the database to compare before and after.
struct ExchangeFixture
{
    WorkspaceFixture fixture;

    ExchangeFixture();

    // Runs `relais ARGS --db <this database> --as USER`, answering the password prompt.
    CliRun run(const QString& user, QStringList arguments);
    CliRun import(const QString& user, const QString& kind, const QString& file, bool dryRun = false);
    CliRun exportTo(const QString& user, const QString& folder);
    // Imports the four test files (tests/data/csv) as lea; REQUIREs success.
    void importSamples();

    // Every row of every table but audit_log, as sorted text: equal dumps mean
    // equal data.
    QStringList dump();
    QStringList auditActions();
    // One value from a query run as the administrator.
    QString query(const char* sql);
    // Sets meta.language (what export's delimiter follows).
    void setLanguage(const char* code);

    // A file in the fixture's folder.
    QString writeFile(const QString& name, const QByteArray& bytes);
    static QString sample(const char* name);
    static QByteArray readFile(const QString& path);
};

} // namespace relais::test
