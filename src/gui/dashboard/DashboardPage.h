#pragma once

#include "core/UserAccount.h"
#include "core/domain/Entities.h"
#include "core/domain/Statistics.h"

#include <QWidget>

#include <optional>

class QChartView;
class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace relais::storage {
class Workspace;
}

namespace relais::gui {

// The team lead's dashboard: per case manager, active cases against the cap
// (bars), the stage distribution, overdue follow-ups and the waiting list; and
// the last twelve months' encounters per month, by territory and by intervention
// type. The figures are StatisticsService's activity report for those twelve
// months (the same code as the annual report); the lists behind them come from
// CaseService. Clicking a bar, a slice or a count opens the list behind it.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(storage::Workspace& workspace, QWidget* parent = nullptr);

    // Reloads every figure.
    void refresh();

    // What the dashboard shows, for tests and screenshots.
    const std::optional<core::ActivityReport>& figures() const { return m_report; }
    core::ReportPeriod period() const;
    QTableWidget* caseloadTable() const { return m_caseload; }
    int overdueCount() const { return static_cast<int>(m_overdue.size()); }
    int waitingListCount() const { return static_cast<int>(m_waiting.size()); }

    // The cases behind a figure: a case manager's active cases, the active cases
    // at a stage, the overdue follow-ups, the waiting list.
    std::vector<core::Case> casesOfManager(const QString& userName) const;
    std::vector<core::Case> casesAtStage(core::Stage stage) const;
    const std::vector<core::Case>& overdueCases() const { return m_overdue; }
    const std::vector<core::Case>& waitingList() const { return m_waiting; }
    // The encounters behind a month, territory or type bar (the latest ones).
    core::EncounterSelection territorySelection(const QString& territoryName) const;
    core::EncounterSelection typeSelection(const QString& typeCode) const;
    std::vector<core::Intervention> encountersBehind(const core::EncounterSelection& selection) const;
    static constexpr int kEncounterListLimit = 500;

signals:
    void failed(const QString& message);
    void openPersonRequested(qint64 personId);
    // A list behind a figure is about to be shown (modal); for tests.
    void listShown(QDialog* dialog);

private:
    struct ListRow
    {
        QStringList cells;
        qint64 personId = 0;
    };
    void showCases(const QString& title, const std::vector<core::Case>& cases);
    void showEncounters(const QString& title, const core::EncounterSelection& selection);
    void showList(const QString& title, const QStringList& headers, const QString& summary,
                  const std::vector<ListRow>& rows);
    QString personName(qint64 personId) const;
    QString userName(qint64 userId) const;
    void fillCaseload();
    void fillCharts();

    storage::Workspace& m_workspace;
    std::optional<core::ActivityReport> m_report;
    std::vector<core::UserAccount> m_users;
    std::vector<core::Territory> m_territories;
    std::vector<core::InterventionType> m_types;
    std::vector<core::Case> m_active;
    std::vector<core::Case> m_overdue;
    std::vector<core::Case> m_waiting;
    QLabel* m_period = nullptr;
    QPushButton* m_overdueButton = nullptr;
    QPushButton* m_waitingButton = nullptr;
    QTableWidget* m_caseload = nullptr;
    QChartView* m_caseloadChart = nullptr;
    QChartView* m_stageChart = nullptr;
    QChartView* m_monthChart = nullptr;
    QChartView* m_territoryChart = nullptr;
    QChartView* m_typeChart = nullptr;
};

} // namespace relais::gui
