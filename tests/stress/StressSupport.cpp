#include "StressSupport.h"

#include "storage/DataStore.h"
#include "storage/KeyVault.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>
#include <cstdlib>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace relais::stress {

int envCount(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

double envSeconds(const char* name, double fallback)
{
    bool ok = false;
    const double value = qEnvironmentVariable(name).toDouble(&ok);
    return ok && value > 0 ? value : fallback;
}

void figure(const QString& line)
{
    std::printf("stress: %s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString workerPath()
{
    return QStringLiteral(RELAIS_STRESS_WORKER);
}

namespace {

QProcessEnvironment workerEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RELAIS_KDF"_s, u"fast"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

ProcessRun finish(QProcess& process, int timeoutMs)
{
    ProcessRun run;
    if (!process.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(10000);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QStringList lines = out.split(u'\n');
    lines.removeLast(); // after the last newline: empty, or a line cut short
    run.lines = lines;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

ProcessRun runWorker(const QStringList& arguments, int timeoutMs, const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(workerEnvironment());
    process.start(workerPath(), arguments);
    if (!process.waitForStarted(30000)) {
        ProcessRun failed;
        failed.err = u"worker did not start"_s;
        return failed;
    }
    if (!input.isEmpty()) {
        process.write(input);
        process.waitForBytesWritten(10000);
    }
    process.closeWriteChannel();
    return finish(process, timeoutMs);
}

ProcessRun runCheck(const QString& db, const QString& user, const QString& password, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(workerEnvironment());
    // RELAIS_STRESS_RELAIS: another build of `relais` to throw the files at.
    const QString relais = qEnvironmentVariable("RELAIS_STRESS_RELAIS", QStringLiteral(RELAIS_BINARY));
    process.start(relais, {u"check"_s, u"--db"_s, db, u"--as"_s, user});
    if (!process.waitForStarted(30000)) {
        ProcessRun failed;
        failed.err = u"relais did not start"_s;
        return failed;
    }
    process.write(password.toUtf8() + '\n');
    process.waitForBytesWritten(10000); // QProcess writes only when asked to wait
    process.closeWriteChannel();
    return finish(process, timeoutMs);
}

CheckResult checkStore(const QString& path, const Expectations& expected, const core::Clock& clock)
{
    CheckResult result;
    const auto problem = [&](const QString& text) {
        result.ok = false;
        if (result.problems.size() < 20) {
            result.problems << text;
        }
    };
    auto session = storage::DataStore::unlock(path, u"admin"_s, kAdminPassword, clock);
    if (!session) {
        problem(u"admin cannot sign in: "_s + QString::fromStdString(session.error().detail));
        return result;
    }
    auto workspace = storage::Workspace::open(std::move(*session), clock);
    if (!workspace) {
        problem(u"workspace: "_s + QString::fromStdString(workspace.error().detail));
        return result;
    }
    storage::Session& opened = (*workspace)->session();
    storage::Database& db = opened.db();
    result.generation = static_cast<qint64>(opened.generation());

    const auto count = [&](const QString& sql, const QString& bindValue = {}) -> qint64 {
        auto stmt = db.prepare(sql.toStdString());
        if (!stmt) {
            problem(u"query failed: "_s + sql + u": "_s + QString::fromStdString(stmt.error().detail));
            return -1;
        }
        if (!bindValue.isNull()) {
            stmt->bind(1, bindValue);
        }
        auto row = stmt->step();
        if (!row || !*row) {
            problem(u"query gave no row: "_s + sql);
            return -1;
        }
        return stmt->int64At(0);
    };

    auto integrity = db.integrityCheck();
    if (!integrity || *integrity != u"ok"_s) {
        problem(u"integrity_check: "_s + (integrity ? *integrity : QString::fromStdString(integrity.error().detail)));
        return result;
    }
    if (auto fk = db.queryText("PRAGMA foreign_key_check"); !fk || !fk->isEmpty()) {
        problem(u"foreign_key_check reports a dangling reference"_s);
    }

    // No half-made operation.
    if (const qint64 n = count(u"SELECT count(*) FROM case_file c WHERE NOT EXISTS (SELECT 1 FROM stage_transition t "
                                "WHERE t.case_id = c.id)"_s);
        n != 0) {
        problem(u"%1 case(s) without any stage transition"_s.arg(n));
    }
    if (const qint64 n = count(u"SELECT count(*) FROM case_file c WHERE c.stage <> (SELECT t.to_stage FROM "
                                "stage_transition t WHERE t.case_id = c.id ORDER BY t.id DESC LIMIT 1)"_s);
        n != 0) {
        problem(u"%1 case(s) whose stage differs from their last transition"_s.arg(n));
    }
    if (const qint64 n = count(u"SELECT (SELECT count(*) FROM intervention_type_link l WHERE NOT EXISTS (SELECT 1 "
                                "FROM intervention i WHERE i.id = l.intervention_id)) + (SELECT count(*) FROM "
                                "intervention_problem l WHERE NOT EXISTS (SELECT 1 FROM intervention i WHERE i.id = "
                                "l.intervention_id))"_s);
        n != 0) {
        problem(u"%1 intervention type/problem row(s) without their intervention"_s.arg(n));
    }
    if (const qint64 n = count(u"SELECT count(*) FROM intervention i WHERE i.external_ref IS NULL AND NOT EXISTS "
                                "(SELECT 1 FROM intervention_type_link l WHERE l.intervention_id = i.id)"_s);
        n != 0) {
        problem(u"%1 intervention(s) without a type"_s.arg(n));
    }
    if (const qint64 n = count(u"SELECT count(*) FROM person p WHERE p.merged_into IS NOT NULL AND p.deleted_at IS "
                                "NULL"_s);
        n != 0) {
        problem(u"%1 merged record(s) still live"_s.arg(n));
    }
    // Imports are all or nothing: every batch prefix has all its rows or none.
    std::map<QString, qint64> batches;
    {
        auto refs = db.prepare("SELECT external_ref FROM person WHERE external_ref LIKE 'S%'");
        if (refs) {
            while (true) {
                auto row = refs->step();
                if (!row || !*row) {
                    break;
                }
                const QString ref = refs->textAt(0);
                ++batches[ref.left(ref.lastIndexOf(u'-'))];
            }
        }
    }

    // Every change reported committed is there.
    for (const QString& line : expected.committed) {
        const QStringList f = line.split(u' ');
        const QString& kind = f.value(0);
        if (kind == u"P"_s) {
            if (count(u"SELECT count(*) FROM person WHERE uuid = ?1"_s, f.value(1)) != 1) {
                problem(u"person lost: "_s + line);
            }
        } else if (kind == u"I"_s) {
            if (count(u"SELECT count(*) FROM intervention WHERE uuid = ?1"_s, f.value(1)) != 1
                || count(u"SELECT count(*) FROM intervention_type_link l JOIN intervention i ON i.id = "
                         "l.intervention_id WHERE i.uuid = ?1"_s,
                         f.value(1))
                       != f.value(2).toLongLong()
                || count(u"SELECT count(*) FROM intervention_problem l JOIN intervention i ON i.id = "
                         "l.intervention_id WHERE i.uuid = ?1"_s,
                         f.value(1))
                       != f.value(3).toLongLong()) {
                problem(u"intervention lost or incomplete: "_s + line);
            }
        } else if (kind == u"C"_s) {
            if (count(u"SELECT count(*) FROM stage_transition t JOIN case_file c ON c.id = t.case_id WHERE c.uuid = "
                      "?1"_s,
                      f.value(1))
                < f.value(2).toLongLong()) {
                problem(u"case transition lost: "_s + line);
            }
        } else if (kind == u"M"_s) {
            if (count(u"SELECT count(*) FROM person m JOIN person k ON k.id = m.merged_into WHERE m.uuid = ?1 AND "
                      "k.uuid = "_s
                          + u"'"_s + f.value(1) + u"'"_s,
                      f.value(2))
                != 1) {
                problem(u"merge lost: "_s + line);
            }
        } else if (kind == u"IM"_s) {
            if (batches[f.value(1)] != f.value(2).toLongLong()) {
                problem(u"import lost or partial: %1 (found %2)"_s.arg(line).arg(batches[f.value(1)]));
            }
        } else {
            continue;
        }
        ++result.changesChecked;
    }
    for (const auto& [prefix, rows] : batches) {
        bool known = false;
        for (const QString& line : expected.committed) {
            known = known || line.startsWith(u"IM "_s + prefix + u' ');
        }
        // An import the worker did not report may be committed (killed before it
        // printed), but then whole: rows are 5..60 and a batch is one transaction.
        if (!known && rows < 5) {
            problem(u"import %1 partly committed (%2 rows)"_s.arg(prefix).arg(rows));
        }
    }

    auto audit = (*workspace)->audit().verify();
    if (!audit || !audit->ok) {
        problem(u"audit chain: "_s + (audit ? audit->problem : QString::fromStdString(audit.error().detail)));
    }
    const qint64 metaGeneration = count(u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'key_generation'"_s);
    auto vault = storage::KeyVault::load(storage::KeyVault::slotsPathFor(path));
    if (!vault) {
        problem(u"slots unreadable after open"_s);
    } else if (static_cast<qint64>(vault->generation()) != metaGeneration || metaGeneration != result.generation
               || vault->previousGeneration()) {
        problem(u"generations differ: slots %1, database %2, session %3%4"_s.arg(vault->generation())
                    .arg(metaGeneration)
                    .arg(result.generation)
                    .arg(vault->previousGeneration() ? u" (re-key still pending)"_s : QString()));
    }
    if (expected.minimumGeneration && result.generation < static_cast<qint64>(*expected.minimumGeneration)) {
        problem(u"generation went back: %1 < %2"_s.arg(result.generation).arg(*expected.minimumGeneration));
    }
    (*workspace)->close();
    return result;
}

QMap<QString, QByteArray> hashFolder(const QString& folder)
{
    QMap<QString, QByteArray> hashes;
    for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(u".lock"_s) || name.endsWith(u".writelock"_s) || name.endsWith(u".attempts"_s)) {
            continue;
        }
        QFile file(folder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        hashes.insert(name, hash.result());
    }
    return hashes;
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to)) {
        return false;
    }
    for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(u".lock"_s)) {
            continue;
        }
        if (!QFile::copy(from + u'/' + name, to + u'/' + name)) {
            return false;
        }
    }
    return true;
}

} // namespace relais::stress
