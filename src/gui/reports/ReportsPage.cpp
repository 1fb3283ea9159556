#include "ReportsPage.h"

#include "gui/MessageBox.h"
#include "i18n/Translations.h"
#include "core/domain/ReportPeriods.h"
#include "core/domain/StatisticsService.h"
#include "report/NumberFormat.h"
#include "report/ReportCsv.h"
#include "report/ReportJson.h"
#include "report/ReportOptions.h"
#include "report/ReportPdf.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relais::gui {

namespace {

// A progress dialog that appears only for work longer than half a second.
class Progress
{
public:
    Progress(const QString& text, QWidget* parent)
        : m_dialog(text, ReportsPage::tr("Cancel"), 0, 100, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(500);
        m_dialog.setAutoClose(false);
        m_dialog.setValue(0);
    }
    // For the services' callbacks: false once the user cancelled.
    bool operator()(int percent)
    {
        m_dialog.setValue(std::clamp(percent, 0, 99));
        return !m_dialog.wasCanceled();
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
};

QString signedChange(qint64 now, qint64 before, const report::NumberFormat& format)
{
    const qint64 change = now - before;
    QString text = (change > 0 ? u"+"_s : QString()) + format.count(change);
    if (before > 0) {
        text += u" ("_s + (change > 0 ? u"+"_s : QString())
                + format.percent(static_cast<double>(change) / static_cast<double>(before), 0) + u")"_s;
    }
    return text;
}

} // namespace

ReportsPage::ReportsPage(storage::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"reportsPage"_s);
    auto* title = new QLabel(tr("Activity report"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"periodKindComboBox"_s);
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->addItem(tr("Calendar year"), static_cast<int>(PeriodKind::CalendarYear));
    m_kind->addItem(tr("Fiscal year (April to March)"), static_cast<int>(PeriodKind::FiscalYear));
    m_kind->addItem(tr("Custom period"), static_cast<int>(PeriodKind::Custom));
    const QDate today = m_workspace.context().calendar.today(m_workspace.context().clock);
    m_year = new QSpinBox(this);
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(2000, today.year() + 1);
    m_year->setValue(today.year() - 1);
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"fromDateEdit"_s);
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"toDateEdit"_s);
    m_to->setAccessibleName(tr("Last day"));
    m_to->setCalendarPopup(true);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setDate(QDate(today.year() - 1, 1, 1));
    m_to->setDate(QDate(today.year() - 1, 12, 31));

    m_programme = new QComboBox(this);
    m_programme->setObjectName(u"programmeComboBox"_s);
    m_programme->setAccessibleName(tr("Programme"));
    m_programme->addItem(tr("All programmes"), 0);
    if (auto programmes = m_workspace.reference().programmes()) {
        for (const core::Programme& programme : *programmes) {
            m_programme->addItem(programme.name, programme.id);
        }
    }
    m_territory = new QComboBox(this);
    m_territory->setObjectName(u"territoryComboBox"_s);
    m_territory->setAccessibleName(tr("Territory"));
    m_territory->addItem(tr("All territories"), 0);
    if (auto territories = m_workspace.reference().territories()) {
        for (const core::Territory& territory : *territories) {
            m_territory->addItem(territory.name, territory.id);
        }
    }
    m_language = new QComboBox(this);
    m_language->setObjectName(u"reportLanguageComboBox"_s);
    m_language->setAccessibleName(tr("Language of the report"));
    m_language->addItem(u"Français"_s, static_cast<int>(QLocale::French));
    m_language->addItem(u"English"_s, static_cast<int>(QLocale::English));
    m_language->setCurrentIndex(i18n::currentLanguage() == QLocale::French ? 0 : 1);
    m_suppressSmall = new QCheckBox(tr("Show counts under %1 as “< %1” in tables (small communities are easy to "
                                       "recognise)")
                                        .arg(report::kDefaultSmallCountThreshold),
                                    this);
    m_suppressSmall->setObjectName(u"suppressSmallCheckBox"_s);

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_kind);
    periodRow->addWidget(m_year);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), periodRow);
    form->addRow(tr("P&rogramme:"), m_programme);
    form->addRow(tr("&Territory:"), m_territory);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_suppressSmall);

    auto* previewButton = new QPushButton(tr("&Preview"), this);
    previewButton->setObjectName(u"previewPushButton"_s);
    previewButton->setShortcut(QKeySequence(Qt::Key_F5));
    previewButton->setToolTip(tr("Compute the figures (F5)"));
    auto* pdfButton = new QPushButton(tr("Export P&DF…"), this);
    pdfButton->setObjectName(u"exportPdfPushButton"_s);
    auto* jsonButton = new QPushButton(tr("Export &JSON…"), this);
    jsonButton->setObjectName(u"exportJsonPushButton"_s);
    auto* csvButton = new QPushButton(tr("Export &CSV…"), this);
    csvButton->setObjectName(u"exportCsvPushButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previewButton);
    buttons->addStretch(1);
    buttons->addWidget(pdfButton);
    buttons->addWidget(jsonButton);
    buttons->addWidget(csvButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    m_keyFigures = new QTableWidget(0, 4, this);
    m_keyFigures->setObjectName(u"keyFiguresTableWidget"_s);
    m_keyFigures->setAccessibleName(tr("Key figures"));
    m_keyFigures->setHorizontalHeaderLabels({tr("Measure"), tr("Period"), tr("Previous period"), tr("Change")});
    m_keyFigures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_keyFigures->verticalHeader()->hide();
    m_keyFigures->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_keyFigures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keyFigures->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* privacy = new QLabel(tr("Reports hold figures only: no name, alias or note. Exported files are not "
                                  "encrypted: keep them in a safe place."),
                               this);
    privacy->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_keyFigures, 1);
    layout->addWidget(privacy);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::periodKindChanged);
    connect(previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(pdfButton, &QPushButton::clicked, this, &ReportsPage::choosePdf);
    connect(jsonButton, &QPushButton::clicked, this, &ReportsPage::chooseJson);
    connect(csvButton, &QPushButton::clicked, this, &ReportsPage::chooseCsv);
    // Any change of what is asked makes the preview stale.
    auto stale = [this] {
        m_report.reset();
        m_keyFigures->setRowCount(0);
        m_summary->clear();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, stale);
    connect(m_year, &QSpinBox::valueChanged, this, stale);
    connect(m_from, &QDateEdit::dateChanged, this, stale);
    connect(m_to, &QDateEdit::dateChanged, this, stale);
    connect(m_programme, &QComboBox::currentIndexChanged, this, stale);
    connect(m_territory, &QComboBox::currentIndexChanged, this, stale);
    periodKindChanged();
}

void ReportsPage::periodKindChanged()
{
    const bool custom = static_cast<PeriodKind>(m_kind->currentData().toInt()) == PeriodKind::Custom;
    m_year->setVisible(!custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

void ReportsPage::setPeriod(PeriodKind kind, int year)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_year->setValue(year);
}

void ReportsPage::setCustomPeriod(const QDate& from, const QDate& to)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(PeriodKind::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
}

core::ReportPeriod ReportsPage::period() const
{
    switch (static_cast<PeriodKind>(m_kind->currentData().toInt())) {
    case PeriodKind::CalendarYear:
        return core::calendarYear(m_year->value());
    case PeriodKind::FiscalYear:
        return core::fiscalYear(m_year->value());
    case PeriodKind::Custom:
        break;
    }
    return {m_from->date(), m_to->date()};
}

bool ReportsPage::preview()
{
    m_report.reset();
    m_message->clear();
    core::StatisticsFilter filter;
    if (const qint64 programme = m_programme->currentData().toLongLong(); programme != 0) {
        filter.programmeId = programme;
    }
    if (const qint64 territory = m_territory->currentData().toLongLong(); territory != 0) {
        filter.territoryId = territory;
    }
    Progress progress(tr("Computing the figures…"), this);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto computed = m_workspace.statistics().activityReport(m_workspace.user(), period(), filter,
                                                            [&progress](int percent) { return progress(percent); });
    QApplication::restoreOverrideCursor();
    if (!computed) {
        m_message->setText(computed.error().userMessage);
        emit failed(computed.error().userMessage);
        return false;
    }
    m_report = std::move(*computed);
    fillKeyFigures();
    return true;
}

void ReportsPage::refresh()
{
    if (m_report) {
        preview();
    }
}

void ReportsPage::fillKeyFigures()
{
    const core::ActivityReport& report = *m_report;
    const report::NumberFormat format{QLocale()};
    const core::ActivityFigures& now = report.current;
    const core::ActivityFigures& before = report.previous;
    const QLocale locale;
    m_summary->setText(tr("%1 to %2, compared with %3 to %4%5")
                           .arg(locale.toString(report.period.from, QLocale::LongFormat),
                                locale.toString(report.period.to, QLocale::LongFormat),
                                locale.toString(report.previousPeriod.from, QLocale::ShortFormat),
                                locale.toString(report.previousPeriod.to, QLocale::ShortFormat),
                                report.filterLabel.isEmpty() ? QString() : u" — "_s + report.filterLabel));
    struct Row
    {
        QString measure;
        qint64 now;
        qint64 before;
    };
    const std::vector<Row> counts = {
        {tr("Persons reached"), now.personsReached, before.personsReached},
        {tr("Encounters"), now.encounters, before.encounters},
        {tr("Encounters with people aged 65 or more"), now.encounters65Plus, before.encounters65Plus},
        {tr("Encounters whose age is unknown"), now.encountersAgeUnknown, before.encountersAgeUnknown},
        {tr("Different problems addressed"), now.distinctProblems, before.distinctProblems},
        {tr("Partner organisations referred to"), now.distinctPartnerOrganisations,
         before.distinctPartnerOrganisations},
        {tr("Group sessions"), now.groups.sessions, before.groups.sessions},
        {tr("Cases opened"), now.cases.opened, before.cases.opened},
        {tr("Cases admitted"), now.cases.admitted, before.cases.admitted},
        {tr("Case exits"), now.cases.exits, before.cases.exits},
    };
    m_keyFigures->setRowCount(0);
    auto addRow = [this](const QString& measure, const QString& a, const QString& b, const QString& change) {
        const int row = m_keyFigures->rowCount();
        m_keyFigures->insertRow(row);
        m_keyFigures->setItem(row, 0, new QTableWidgetItem(measure));
        for (int column = 1; column <= 3; ++column) {
            const QString& text = column == 1 ? a : (column == 2 ? b : change);
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_keyFigures->setItem(row, column, item);
        }
    };
    for (const Row& row : counts) {
        addRow(row.measure, format.count(row.now), format.count(row.before), signedChange(row.now, row.before, format));
    }
    auto share = [&format](const std::optional<double>& value) {
        return value ? format.percent(*value) : tr("not known");
    };
    addRow(tr("Share of encounters with people aged 65 or more"), share(now.encounters65PlusShare),
           share(before.encounters65PlusShare), QString());
    m_keyFigures->resizeColumnsToContents();
    m_keyFigures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

bool ReportsPage::ensureReport()
{
    return m_report.has_value() || preview();
}

void ReportsPage::exported(const QString& where)
{
    m_message->setText(tr("Saved: %1").arg(where));
    MessageBox::information(this, tr("Report exported"),
                            tr("The report was saved to %1.\n\nExported files are not encrypted: keep them in a safe "
                               "place, and delete them when they are no longer needed.")
                                .arg(where));
}

namespace {

report::ReportOptions optionsFrom(QComboBox* language, QCheckBox* suppress, const QDate& today)
{
    report::ReportOptions options;
    options.locale = i18n::localeFor(static_cast<QLocale::Language>(language->currentData().toInt()));
    options.smallCountThreshold = suppress->isChecked() ? report::kDefaultSmallCountThreshold : 0;
    options.generatedOn = today;
    return options;
}

} // namespace

bool ReportsPage::exportWith(const QString& where, const std::function<core::Status(const report::ReportOptions&)>& write)
{
    if (!ensureReport()) {
        return false;
    }
    const QDate today = m_workspace.context().calendar.today(m_workspace.context().clock);
    const report::ReportOptions options = optionsFrom(m_language, m_suppressSmall, today);
    core::Status written;
    {
        // The report's language, even when the interface speaks the other one.
        const i18n::ScopedLanguage language(options.locale.language());
        written = write(options);
    }
    if (!written) {
        m_message->setText(written.error().userMessage);
        emit failed(written.error().userMessage);
        return false;
    }
    (void)m_workspace.audit().record(m_workspace.user(), u"report.export"_s);
    exported(where);
    return true;
}

bool ReportsPage::exportPdf(const QString& path)
{
    return exportWith(path, [this, &path](const report::ReportOptions& options) {
        Progress progress(tr("Drawing the PDF…"), this);
        return report::ReportPdf::write(*m_report, path, options,
                                        [&progress](int percent) { return progress(percent); });
    });
}

bool ReportsPage::exportJson(const QString& path)
{
    return exportWith(path, [this, &path](const report::ReportOptions& options) {
        return report::ReportJson::write(*m_report, path, options);
    });
}

bool ReportsPage::exportCsv(const QString& folder)
{
    return exportWith(folder, [this, &folder](const report::ReportOptions& options) -> core::Status {
        auto written = report::ReportCsv::write(*m_report, folder, options);
        if (!written) {
            return written.error();
        }
        return {};
    });
}

void ReportsPage::choosePdf()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                                      documents + u"/"_s + tr("activity-report.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        exportPdf(path);
    }
}

void ReportsPage::chooseJson()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the figures as JSON"),
                                                      documents + u"/"_s + tr("activity-report.json"),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty()) {
        exportJson(path);
    }
}

void ReportsPage::chooseCsv()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the tables as CSV into a folder"),
                                                             documents);
    if (!folder.isEmpty()) {
        exportCsv(folder);
    }
}

} // namespace relais::gui
