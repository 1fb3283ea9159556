#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// The window's side of the files that leave or come back into Relais, over
// core's ExportService, storage's Backup and report's PersonFilePdf: the
// questions (where, and "these files are not encrypted"), progress and the
// answers. Each choose...() asks and then calls the function beside it, which
// tests call with a path.
class DataExchange
{
    Q_DECLARE_TR_FUNCTIONS(DataExchange)
public:
    // File → Export everything to a folder: the folder, then a confirmation that
    // the files will not be encrypted.
    static void chooseAndExport(QWidget* parent, storage::Workspace& workspace);
    // Writes partners.csv, people.csv, interventions.csv and cases.csv into
    // `folder` (created if needed) and says what was written. False, with the
    // message shown, on failure.
    static bool exportTo(QWidget* parent, storage::Workspace& workspace, const QString& folder);

    // File → Restore a backup: the backup, then the new database file.
    // `openDatabase` is the database open now, if any (never overwritten).
    // Returns the restored database's path, or empty.
    static QString chooseAndRestore(QWidget* parent, const QString& openDatabase);
    // Checks the backup, restores it to `newDatabase` (which must not exist) and
    // checks the copy, then explains how to open it. False, with the message
    // shown, on failure.
    static bool restore(QWidget* parent, const QString& backupPath, const QString& newDatabase,
                        const QString& openDatabase);

    // The client file's "Export this person's file (PDF)": a confirmation that
    // the PDF will not be encrypted, then where.
    static void chooseAndExportPersonFile(QWidget* parent, storage::Workspace& workspace, qint64 personId);
    // Writes everything Relais holds about the person that this user may read as
    // a PDF, and records the export in the audit trail (the person's UUID only).
    static bool exportPersonFile(QWidget* parent, storage::Workspace& workspace, qint64 personId, const QString& path);
};

} // namespace relais::gui
