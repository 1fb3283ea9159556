#include "ImportDialog.h"

#include "gui/MessageBox.h"
#include "storage/SqliteExchangeRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relais::gui {

namespace {

QString kindTitle(core::ExchangeKind kind)
{
    switch (kind) {
    case core::ExchangeKind::Partners:
        return ImportDialog::tr("Partner organisations");
    case core::ExchangeKind::People:
        return ImportDialog::tr("People");
    case core::ExchangeKind::Interventions:
        return ImportDialog::tr("Interventions");
    case core::ExchangeKind::Cases:
        return ImportDialog::tr("Cases");
    }
    return {};
}

QString kindDescription(core::ExchangeKind kind)
{
    switch (kind) {
    case core::ExchangeKind::Partners:
        return ImportDialog::tr("One row per partner organisation, matched by its code.");
    case core::ExchangeKind::People:
        return ImportDialog::tr("One row per person; “ref” is the file's own key, which interventions and cases "
                                "use. A row with only an alias is an anonymous person.");
    case core::ExchangeKind::Interventions:
        return ImportDialog::tr("One row per intervention; “person_ref” names a person imported before, "
                                "“worker” a user name, “types”, “problems” and “referred_to” are lists "
                                "separated by “;”.");
    case core::ExchangeKind::Cases:
        return ImportDialog::tr("One row per case, matched by person, programme and opening day; placed at its "
                                "stage directly. The caseload cap applies.");
    }
    return {};
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

ImportDialog::ImportDialog(storage::Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import from a spreadsheet"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kindComboBox"_s);
    m_kind->setAccessibleName(tr("Kind of file"));
    for (const core::ExchangeKind kind : core::exchange::kAllKinds) {
        m_kind->addItem(kindTitle(kind), static_cast<int>(kind));
    }
    m_columns = new QLabel(this);
    m_columns->setObjectName(u"columnsLabel"_s);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_file = new QLineEdit(this);
    m_file->setObjectName(u"fileLineEdit"_s);
    m_file->setAccessibleName(tr("Spreadsheet file (CSV)"));
    m_file->setPlaceholderText(tr("A CSV file saved from the spreadsheet"));
    auto* browse = new QPushButton(tr("C&hoose…"), this);
    browse->setObjectName(u"browsePushButton"_s);
    browse->setAccessibleName(tr("Choose the spreadsheet file"));
    m_check = new QPushButton(tr("Chec&k the file"), this);
    m_check->setObjectName(u"checkPushButton"_s);
    m_check->setAccessibleName(tr("Check the file without importing it"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(m_check);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_columns);
    form->addRow(tr("&File:"), fileRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(u"problemsTableWidget"_s);
    m_problems->setAccessibleName(tr("Problems found in the file"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->setVisible(false);
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importPushButton"_s);
    m_import->setEnabled(false);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closePushButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        describeKind();
        invalidate();
        if (!m_file->text().trimmed().isEmpty()) {
            preview();
        }
    });
    connect(m_file, &QLineEdit::textEdited, this, &ImportDialog::invalidate);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::preview);
    // The Import button does not close the dialog (the counts are shown in it), and
    // Return checks the file, never imports it.
    m_import->setAutoDefault(false);
    close->setAutoDefault(false);
    browse->setAutoDefault(false);
    m_check->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    describeKind();
    invalidate();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setKind(core::ExchangeKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

core::ExchangeKind ImportDialog::kind() const
{
    return static_cast<core::ExchangeKind>(m_kind->currentData().toInt());
}

void ImportDialog::setFilePath(const QString& path)
{
    m_file->setText(path);
    invalidate();
}

void ImportDialog::describeKind()
{
    QStringList names;
    for (const core::ExchangeColumn& column : core::exchange::columns(kind())) {
        names << QString::fromLatin1(column.name) + (column.required ? u"*"_s : QString());
    }
    m_columns->setText(kindDescription(kind()) + u"\n"_s
                       + tr("Columns, in any order (* required): %1.").arg(names.join(u", "_s)));
}

void ImportDialog::chooseFile()
{
    const QString start = m_file->text().trimmed().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_file->text().trimmed()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the spreadsheet to import"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    setFilePath(path);
    preview();
}

void ImportDialog::invalidate()
{
    m_previewAccepted = false;
    m_import->setEnabled(false);
    m_problems->setRowCount(0);
    m_summary->setText(m_file->text().trimmed().isEmpty()
                           ? tr("Choose the kind of file and the file: Relais checks it before anything is imported.")
                           : tr("Check the file to see what the import would change."));
}

QString ImportDialog::counts(const core::ImportReport& report) const
{
    QString text = report.dryRun
        ? tr("%n row(s): %1 to create, %2 to update, %3 unchanged; new territories: %4, new problems: %5.", nullptr,
             report.rows)
        : tr("%n row(s): %1 created, %2 updated, %3 unchanged; new territories: %4, new problems: %5.", nullptr,
             report.rows);
    text = text.arg(report.created)
               .arg(report.updated)
               .arg(report.unchanged)
               .arg(report.newTerritories)
               .arg(report.newProblems);
    text += core::ImportService::newEntriesText(report);
    if (!report.ignoredColumns.isEmpty()) {
        text += u"\n"_s + tr("Ignored columns (unknown to Relais): %1.").arg(report.ignoredColumns.join(u", "_s));
    }
    return text;
}

std::optional<core::ImportReport> ImportDialog::run(bool dryRun)
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_summary->setText(tr("Choose the file to import first."));
        return std::nullopt;
    }
    QProgressDialog progress(dryRun ? tr("Checking the file…") : tr("Importing…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoClose(false);
    progress.setValue(0);
    core::ImportOptions options;
    options.dryRun = dryRun;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(std::min<qint64>(99, done * 100 / total)) : 0);
        return !progress.wasCanceled();
    };
    storage::SqliteExchangeRepository repository(m_workspace.session());
    core::ImportService importer(m_workspace.context(), repository);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto report = importer.importFile(m_workspace.user(), kind(), path, options);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_problems->setRowCount(0);
        m_summary->setText(report.error().userMessage);
        return std::nullopt;
    }
    return std::move(*report);
}

void ImportDialog::showProblems(const core::ImportReport& report)
{
    m_problems->setRowCount(0);
    m_problems->setRowCount(static_cast<int>(report.problems.size()));
    int row = 0;
    for (const core::ImportProblem& problem : report.problems) {
        auto* line = readOnlyItem(QString::number(problem.line));
        line->setData(Qt::DisplayRole, problem.line); // sorts as a number
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, readOnlyItem(problem.column));
        m_problems->setItem(row, 2, readOnlyItem(problem.reason));
        ++row;
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
}

bool ImportDialog::preview()
{
    invalidate();
    const auto report = run(true);
    if (!report) {
        return false;
    }
    showProblems(*report);
    const QString file = QFileInfo(m_file->text().trimmed()).fileName();
    if (!report->accepted()) {
        QString text = tr("%1 cannot be imported: %n problem(s) found. Correct them in the spreadsheet, save it "
                          "as CSV and check it again. Nothing was changed.",
                          nullptr, static_cast<int>(report->problemCount))
                           .arg(file);
        if (report->problemCount > static_cast<qint64>(report->problems.size())) {
            text += u" "_s + tr("Only the first %1 are listed.").arg(report->problems.size());
        }
        m_summary->setText(text);
        return false;
    }
    m_summary->setText(tr("%1 has no problems. Importing it would change:").arg(file) + u"\n"_s + counts(*report)
                       + u"\n"_s + tr("Nothing has been changed yet."));
    m_previewAccepted = true;
    m_import->setEnabled(true);
    return true;
}

bool ImportDialog::importFile()
{
    if (!m_previewAccepted) {
        return false;
    }
    m_import->setEnabled(false);
    m_previewAccepted = false;
    const auto report = run(false);
    if (!report) {
        return false;
    }
    showProblems(*report);
    const QString file = QFileInfo(m_file->text().trimmed()).fileName();
    if (!report->accepted()) {
        // The file changed since it was checked: refused whole, and on the record.
        m_summary->setText(tr("%1 was not imported: %n problem(s) found (the file changed since it was checked). "
                              "Nothing was changed.",
                              nullptr, static_cast<int>(report->problemCount))
                               .arg(file));
        return false;
    }
    m_imported = true;
    const QString text = tr("Imported %1.").arg(file) + u"\n"_s + counts(*report);
    m_summary->setText(text);
    MessageBox::information(this, tr("Import"), text);
    return true;
}

} // namespace relais::gui
