#pragma once

#include "core/Result.h"
#include "core/domain/Statistics.h"

#include <QWidget>

#include <functional>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::report {
struct ReportOptions;
}

namespace relais::gui {

// Reports: the activity report for funders and authorities. Pick a period
// (calendar year, fiscal year April–March, or any two days), optionally one
// programme or territory; preview the key figures against the previous period;
// export PDF, JSON or CSV (in French or English, counts under 5 hidden on
// request). The figures come from core's StatisticsService, the same code as the
// CLI's `relais report` and the dashboard. Long work shows progress and can be
// cancelled.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum class PeriodKind { CalendarYear, FiscalYear, Custom };

    explicit ReportsPage(storage::Workspace& workspace, QWidget* parent = nullptr);

    void setPeriod(PeriodKind kind, int year);
    void setCustomPeriod(const QDate& from, const QDate& to);
    core::ReportPeriod period() const;

    // Computes the figures and shows them; false (and the reason shown) when
    // refused or cancelled.
    bool preview();
    const std::optional<core::ActivityReport>& report() const { return m_report; }
    QTableWidget* keyFigures() const { return m_keyFigures; }

    // Export to the given path (a folder for CSV), computing first if needed.
    // The buttons ask for the path, then call these.
    bool exportPdf(const QString& path);
    bool exportJson(const QString& path);
    bool exportCsv(const QString& folder);

    // Recomputes when shown again, since the data may have changed.
    void refresh();

signals:
    void failed(const QString& message);

private:
    void periodKindChanged();
    void fillKeyFigures();
    bool ensureReport();
    // Computes if needed, writes with `write` in the report's language, then
    // audits the export and tells the user the file is not encrypted.
    bool exportWith(const QString& where, const std::function<core::Status(const report::ReportOptions&)>& write);
    void exported(const QString& where);
    void choosePdf();
    void chooseJson();
    void chooseCsv();

    storage::Workspace& m_workspace;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_year = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_programme = nullptr;
    QComboBox* m_territory = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_suppressSmall = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_keyFigures = nullptr;
    std::optional<core::ActivityReport> m_report;
};

} // namespace relais::gui
