#include "DataExchange.h"

#include "core/exchange/ExportService.h"
#include "gui/MessageBox.h"
#include "report/PersonFilePdf.h"
#include "storage/Backup.h"
#include "storage/SqliteExchangeRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace relais::gui {

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// The busy cursor for work the services do in one call, with no progress to show.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::BusyCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace

// ---- Export everything ------------------------------------------------------

void DataExchange::chooseAndExport(QWidget* parent, storage::Workspace& workspace)
{
    const QString folder
        = QFileDialog::getExistingDirectory(parent, tr("Export everything into a folder"), documentsFolder());
    if (folder.isEmpty()) {
        return;
    }
    const auto answer = MessageBox::question(
        parent, tr("Export everything"),
        tr("The spreadsheet files written to %1 will NOT be encrypted: anyone who can open them sees every record "
           "they hold (names, birth dates, notes). Keep them on an encrypted drive and delete them once they are "
           "no longer needed.\n\nExport now?")
            .arg(QDir::toNativeSeparators(folder)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    exportTo(parent, workspace, folder);
}

bool DataExchange::exportTo(QWidget* parent, storage::Workspace& workspace, const QString& folder)
{
    storage::SqliteExchangeRepository repository(workspace.session());
    core::ExportService exporter(workspace.context(), repository);
    core::Result<core::ExportReport> report = [&] {
        const BusyCursor busy;
        return exporter.exportTo(workspace.user(), folder);
    }();
    if (!report) {
        MessageBox::warning(parent, tr("Export everything"), report.error().userMessage);
        return false;
    }
    QStringList files;
    for (const QString& path : report->files) {
        files << QDir::toNativeSeparators(path);
    }
    MessageBox::information(parent, tr("Export everything"),
                            tr("Exported to %1: %2 partners, %3 people, %4 interventions, %5 cases.")
                                    .arg(QDir::toNativeSeparators(report->folder))
                                    .arg(report->partners)
                                    .arg(report->people)
                                    .arg(report->interventions)
                                    .arg(report->cases)
                                + u"\n\n"_s + files.join(u"\n"_s) + u"\n\n"_s
                                + tr("These files are not encrypted: keep them in a safe place."));
    return true;
}

// ---- Restore a backup -------------------------------------------------------

QString DataExchange::chooseAndRestore(QWidget* parent, const QString& openDatabase)
{
    const QString backup = QFileDialog::getOpenFileName(parent, tr("Choose the backup to restore"), documentsFolder(),
                                                        tr("Relais backups (*.db);;All files (*)"));
    if (backup.isEmpty()) {
        return {};
    }
    const QString suggested
        = QFileInfo(backup).absolutePath() + u"/"_s + tr("restored-%1").arg(QFileInfo(backup).fileName());
    // Restore refuses an existing file itself: no "replace?" question that it would contradict.
    const QString target
        = QFileDialog::getSaveFileName(parent, tr("Restore into a new database file"), suggested,
                                       tr("Relais databases (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty()) {
        return {};
    }
    return restore(parent, backup, target, openDatabase) ? QFileInfo(target).absoluteFilePath() : QString();
}

bool DataExchange::restore(QWidget* parent, const QString& backupPath, const QString& newDatabase,
                           const QString& openDatabase)
{
    const QString target = QFileInfo(newDatabase).absoluteFilePath();
    if (!openDatabase.isEmpty() && QFileInfo(openDatabase).absoluteFilePath() == target) {
        MessageBox::warning(parent, tr("Restore a backup"),
                            tr("%1 is the database open now: a backup is restored into a new file, never over "
                               "the open database. Choose another name.")
                                .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    // Checked before and after the copy by Backup::restore (manifest, sizes, hashes, key file, header).
    auto restored = [&] {
        const BusyCursor busy;
        return storage::Backup::restore(QFileInfo(backupPath).absoluteFilePath(), target);
    }();
    if (!restored) {
        MessageBox::warning(parent, tr("Restore a backup"), restored.error().userMessage);
        return false;
    }
    const QString day = QLocale().toString(restored->createdAt.toLocalTime(), QLocale::LongFormat);
    MessageBox::information(
        parent, tr("Restore a backup"),
        tr("The backup of %1 was checked and restored to %2.").arg(day, QDir::toNativeSeparators(target)) + u"\n\n"_s
            + tr("The database open now is unchanged. To open the restored one, lock Relais (Ctrl+L), choose "
                 "the restored file on the sign-in screen and sign in with an account and password as they were "
                 "on the day of the backup."));
    return true;
}

// ---- A person's file (right of access) --------------------------------------

void DataExchange::chooseAndExportPersonFile(QWidget* parent, storage::Workspace& workspace, qint64 personId)
{
    const auto answer = MessageBox::question(
        parent, tr("Export this person's file"),
        tr("The PDF will hold everything Relais has about this person that you may read, and it will NOT be "
           "encrypted. Give it to the person or keep it in a safe place, and delete it when it is no longer "
           "needed.\n\nContinue?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save the person's file as PDF"),
                                                      documentsFolder() + u"/"_s + tr("personal-file.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    exportPersonFile(parent, workspace, personId, path);
}

bool DataExchange::exportPersonFile(QWidget* parent, storage::Workspace& workspace, qint64 personId,
                                    const QString& path)
{
    auto file = [&] {
        const BusyCursor busy;
        return report::PersonFilePdf::collect(
            {workspace.people(), workspace.cases(), workspace.outreach(), workspace.reference()}, workspace.user(),
            personId);
    }();
    if (!file) {
        MessageBox::warning(parent, tr("Export this person's file"), file.error().userMessage);
        return false;
    }
    report::ReportOptions options;
    options.locale = QLocale();
    options.generatedOn = workspace.context().calendar.today(workspace.context().clock);
    QProgressDialog progress(tr("Drawing the PDF…"), tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setValue(0);
    const core::Status written = report::PersonFilePdf::write(*file, path, options, [&progress](int percent) {
        progress.setValue(std::min(percent, 99));
        return !progress.wasCanceled();
    });
    progress.close();
    if (!written) {
        MessageBox::warning(parent, tr("Export this person's file"), written.error().userMessage);
        return false;
    }
    // Who exported whose file, and nothing of its content.
    if (auto recorded
        = workspace.audit().record(workspace.user(), u"person.export_pdf"_s, u"person"_s, file->person.uuid);
        !recorded) {
        MessageBox::warning(parent, tr("Export this person's file"),
                            tr("The PDF was written, but the export could not be recorded in the audit trail: %1")
                                .arg(recorded.error().userMessage));
        return true;
    }
    MessageBox::information(parent, tr("Export this person's file"),
                            tr("The file was saved to %1.\n\nIt is not encrypted: keep it in a safe place, and "
                               "delete it when it is no longer needed.")
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace relais::gui
