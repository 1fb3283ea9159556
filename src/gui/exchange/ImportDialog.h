#pragma once

#include "core/exchange/ExchangeFormat.h"
#include "core/exchange/ImportService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// File → Import from a spreadsheet: the kind of file and what its columns are,
// the file, then a preview of what the import would do (a dry run of core's
// ImportService: rows to create and update, new reference entries) and every
// problem by line and column. Import stays disabled until the file has no
// problem; the import itself is the service's, all or nothing, audited by it
// (a refused attempt included). Long files show progress and can be cancelled.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(storage::Workspace& workspace, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setKind(core::ExchangeKind kind);
    core::ExchangeKind kind() const;
    void setFilePath(const QString& path);

    // Checks the file as an import would, changing nothing; shows the counts or
    // the problems. True when the file can be imported as it is.
    bool preview();
    // Imports the previewed file and reports the counts. True when imported.
    bool importFile();
    // Whether anything was imported since the dialog opened (the window refreshes).
    bool hasImported() const { return m_imported; }

private:
    void chooseFile();
    // The file or kind changed: the last preview no longer holds.
    void invalidate();
    void describeKind();
    // Runs the service with progress; the report, or the error shown.
    std::optional<core::ImportReport> run(bool dryRun);
    void showProblems(const core::ImportReport& report);
    QString counts(const core::ImportReport& report) const;

    storage::Workspace& m_workspace;
    QComboBox* m_kind = nullptr;
    QLabel* m_columns = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_problems = nullptr;
    QPushButton* m_import = nullptr;
    bool m_previewAccepted = false;
    bool m_imported = false;
};

} // namespace relais::gui
