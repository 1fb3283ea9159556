#pragma once

#include "BenchOptions.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "core/UserAccount.h"
#include "storage/SecureBytes.h"
#include "storage/Workspace.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace relais::bench {

// The generated data of one scale and seed, cached in a folder of its own:
// the encrypted database (`relais demo`'s bulk path), its unencrypted copy
// (sqlcipher_export into a plaintext ATTACHed file: benchmark baselines only),
// the spreadsheets it was loaded from, and a database holding only the accounts,
// partners and people, encrypted and not, into which the import is timed.
class BenchStore
{
public:
    static core::Result<BenchStore> prepare(const BenchOptions& options, int people, int interventions,
                                            const core::Clock& clock, QTextStream& log);

    QString folder;
    QString encryptedPath;
    QString plainPath;
    QString csvFolder;
    QString importBaseEncrypted;
    QString importBasePlain;
    storage::SecureBytes key; // the data key of encryptedPath
    quint64 generation = 0;
    core::UserAccount lead;

    // A signed-in workspace over the encrypted file or its unencrypted copy, opened
    // with the raw data key (no password hashing).
    core::Result<std::unique_ptr<storage::Workspace>> open(bool encrypted, const core::Clock& clock) const;
    static core::Result<std::unique_ptr<storage::Workspace>> openFile(const QString& path, bool encrypted,
                                                                      const storage::SecureBytes& key,
                                                                      quint64 generation,
                                                                      const core::UserAccount& user,
                                                                      const core::Clock& clock);
    // Copies an encrypted database with sqlcipher_export into a new plaintext file.
    static core::Status exportPlaintext(storage::Database& db, const QString& target);
};

} // namespace relais::bench
