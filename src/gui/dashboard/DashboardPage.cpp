#include "DashboardPage.h"

#include "core/domain/StatisticsService.h"
#include "gui/clientfile/LabelLanguage.h"
#include "report/NumberFormat.h"
#include "storage/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relais::gui {

namespace {

constexpr int kPersonIdRole = Qt::UserRole + 1;

QChartView* makeChartView(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    return chart;
}

// A horizontal bar chart of (label, count), largest first, at most `limit` bars.
QChart* barChart(const QString& title, std::vector<std::pair<QString, qint64>> values, int limit)
{
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (static_cast<int>(values.size()) > limit) {
        values.resize(static_cast<std::size_t>(limit));
    }
    std::reverse(values.begin(), values.end()); // the largest on top
    auto* set = new QBarSet(title);
    QStringList categories;
    qint64 maximum = 1;
    for (const auto& [label, count] : values) {
        categories << (label.isEmpty() ? DashboardPage::tr("(not recorded)") : label);
        *set << static_cast<qreal>(count);
        maximum = std::max(maximum, count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    QChart* chart = newChart(title);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, static_cast<qreal>(maximum) * 1.1);
    axisX->setLabelFormat(u"%d"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

} // namespace

DashboardPage::DashboardPage(storage::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(u"dashboardPage"_s);
    auto* title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_period = new QLabel(this);
    m_period->setObjectName(u"periodLabel"_s);

    m_overdueButton = new QPushButton(this);
    m_overdueButton->setObjectName(u"overduePushButton"_s);
    m_overdueButton->setToolTip(tr("Show the cases whose follow-up is overdue"));
    m_waitingButton = new QPushButton(this);
    m_waitingButton->setObjectName(u"waitingListPushButton"_s);
    m_waitingButton->setToolTip(tr("Show the waiting list"));
    connect(m_overdueButton, &QPushButton::clicked, this,
            [this] { showCases(tr("Overdue follow-ups"), m_overdue); });
    connect(m_waitingButton, &QPushButton::clicked, this, [this] { showCases(tr("Waiting list"), m_waiting); });

    m_caseload = new QTableWidget(0, 4, this);
    m_caseload->setObjectName(u"caseloadTableWidget"_s);
    m_caseload->setAccessibleName(tr("Caseload per case manager"));
    m_caseload->setHorizontalHeaderLabels({tr("Case manager"), tr("Active cases"), tr("Cap"), tr("Overdue")});
    m_caseload->verticalHeader()->hide();
    m_caseload->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseload->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseload->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_caseload->setToolTip(tr("Double-click a case manager to see their cases"));
    connect(m_caseload, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QString name = m_caseload->item(row, 0)->text();
        showCases(tr("Active cases of %1").arg(name), casesOfManager(name));
    });

    m_caseloadChart = makeChartView(u"caseloadChartView"_s, tr("Active cases per case manager against the cap"), this);
    m_stageChart = makeChartView(u"stageChartView"_s, tr("Active cases by stage"), this);
    m_monthChart = makeChartView(u"monthChartView"_s, tr("Encounters per month"), this);
    m_territoryChart = makeChartView(u"territoryChartView"_s, tr("Encounters by territory"), this);
    m_typeChart = makeChartView(u"typeChartView"_s, tr("Encounters by type of intervention"), this);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_period, 1);
    top->addWidget(m_overdueButton);
    top->addWidget(m_waitingButton);
    auto* grid = new QGridLayout;
    grid->addWidget(m_caseloadChart, 0, 0);
    grid->addWidget(m_stageChart, 0, 1);
    grid->addWidget(m_caseload, 0, 2);
    grid->addWidget(m_monthChart, 1, 0);
    grid->addWidget(m_territoryChart, 1, 1);
    grid->addWidget(m_typeChart, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
}

core::ReportPeriod DashboardPage::period() const
{
    // The last twelve months, this one included.
    const QDate today = m_workspace.context().calendar.today(m_workspace.context().clock);
    const QDate firstOfMonth(today.year(), today.month(), 1);
    return {firstOfMonth.addMonths(-11), today};
}

void DashboardPage::refresh()
{
    const core::UserAccount& actor = m_workspace.user();
    auto report = m_workspace.statistics().activityReport(actor, period());
    if (!report) {
        emit failed(report.error().userMessage);
        return;
    }
    m_report = std::move(*report);
    auto users = m_workspace.reference().users();
    m_users = users ? std::move(*users) : std::vector<core::UserAccount>{};
    m_active.clear();
    for (const core::UserAccount& user : m_users) {
        if (user.role != core::Role::CaseManager) {
            continue;
        }
        if (auto cases = m_workspace.cases().caseload(actor, user.id)) {
            for (const core::Case& value : *cases) {
                if (value.isAdmitted()) {
                    m_active.push_back(value);
                }
            }
        }
    }
    auto overdue = m_workspace.cases().overdueCases(actor);
    m_overdue = overdue ? std::move(*overdue) : std::vector<core::Case>{};
    auto waiting = m_workspace.cases().waitingList(actor);
    m_waiting = waiting ? std::move(*waiting) : std::vector<core::Case>{};

    const QLocale locale;
    m_period->setText(tr("Last twelve months: %1 to %2")
                          .arg(locale.toString(m_report->period.from, QLocale::ShortFormat),
                               locale.toString(m_report->period.to, QLocale::ShortFormat)));
    m_overdueButton->setText(tr("Overdue follow-ups: %1").arg(overdueCount()));
    m_overdueButton->setAccessibleName(m_overdueButton->text());
    m_waitingButton->setText(tr("Waiting list: %1").arg(m_report->current.cases.waitingList));
    m_waitingButton->setAccessibleName(m_waitingButton->text());
    fillCaseload();
    fillCharts();
}

std::vector<core::Case> DashboardPage::casesOfManager(const QString& userName) const
{
    std::vector<core::Case> result;
    for (const core::UserAccount& user : m_users) {
        if (user.userName != userName) {
            continue;
        }
        for (const core::Case& value : m_active) {
            if (value.caseManagerId == user.id) {
                result.push_back(value);
            }
        }
    }
    return result;
}

std::vector<core::Case> DashboardPage::casesAtStage(core::Stage stage) const
{
    std::vector<core::Case> result;
    std::copy_if(m_active.begin(), m_active.end(), std::back_inserter(result),
                 [stage](const core::Case& value) { return value.stage == stage; });
    return result;
}

void DashboardPage::fillCaseload()
{
    const auto& caseload = m_report->current.cases.caseload;
    m_caseload->setRowCount(static_cast<int>(caseload.size()));
    int row = 0;
    for (const core::CaseloadFigure& figure : caseload) {
        qint64 overdue = 0;
        for (const core::Case& value : m_overdue) {
            for (const core::UserAccount& user : m_users) {
                if (user.userName == figure.caseManager && value.caseManagerId == user.id) {
                    ++overdue;
                }
            }
        }
        const QStringList cells = {figure.caseManager, QString::number(figure.active), QString::number(figure.cap),
                                   QString::number(overdue)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_caseload->setItem(row, column, item);
        }
        ++row;
    }
}

void DashboardPage::fillCharts()
{
    const core::ActivityFigures& figures = m_report->current;
    const core::LabelLanguage language = interfaceLabelLanguage();

    // Active cases against the cap: one bar per case manager, the cap as a second bar.
    {
        auto* active = new QBarSet(tr("Active cases"));
        auto* cap = new QBarSet(tr("Cap"));
        cap->setColor(QColor(0xb0, 0xb0, 0xb0));
        QStringList names;
        qint64 maximum = 1;
        for (const core::CaseloadFigure& figure : figures.cases.caseload) {
            names << figure.caseManager;
            *active << static_cast<qreal>(figure.active);
            *cap << static_cast<qreal>(figure.cap);
            maximum = std::max<qint64>(maximum, std::max<qint64>(figure.active, figure.cap));
        }
        auto* series = new QBarSeries;
        series->append(active);
        series->append(cap);
        series->setLabelsVisible(true);
        QChart* chart = newChart(tr("Active cases against the cap"));
        chart->legend()->show();
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->addSeries(series);
        auto* axisX = new QBarCategoryAxis;
        axisX->append(names);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto* axisY = new QValueAxis;
        axisY->setRange(0, static_cast<qreal>(maximum) + 1);
        axisY->setLabelFormat(u"%d"_s);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        connect(active, &QBarSet::clicked, this, [this, names](int index) {
            if (index >= 0 && index < names.size()) {
                showCases(tr("Active cases of %1").arg(names.at(index)), casesOfManager(names.at(index)));
            }
        });
        QChart* old = m_caseloadChart->chart();
        m_caseloadChart->setChart(chart);
        delete old;
    }
    // Stage distribution of the active cases.
    {
        auto* series = new QPieSeries;
        for (const core::CodeCount& stage : figures.cases.activeByStage) {
            if (stage.count == 0) {
                continue;
            }
            const auto value = core::fromCode<core::Stage>(stage.code);
            const QString label = value ? core::labelOf(*value, language) : stage.code;
            QPieSlice* slice = series->append(u"%1 (%2)"_s.arg(label).arg(stage.count), static_cast<qreal>(stage.count));
            slice->setLabelVisible(true);
            if (value) {
                connect(slice, &QPieSlice::clicked, this, [this, label, stage = *value] {
                    showCases(tr("Active cases at the stage %1").arg(label), casesAtStage(stage));
                });
            }
        }
        QChart* chart = newChart(tr("Active cases by stage"));
        chart->addSeries(series);
        QChart* old = m_stageChart->chart();
        m_stageChart->setChart(chart);
        delete old;
    }
    // Encounters per month.
    {
        auto* set = new QBarSet(tr("Encounters"));
        QStringList months;
        qint64 maximum = 1;
        const QLocale locale;
        for (const core::MonthCount& month : figures.encountersByMonth) {
            const QDate first = QDate::fromString(month.month + u"-01"_s, Qt::ISODate);
            months << locale.toString(first, u"MMM yy"_s);
            *set << static_cast<qreal>(month.count);
            maximum = std::max(maximum, month.count);
        }
        auto* series = new QBarSeries;
        series->append(set);
        QChart* chart = newChart(tr("Encounters per month"));
        chart->addSeries(series);
        auto* axisX = new QBarCategoryAxis;
        axisX->append(months);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto* axisY = new QValueAxis;
        axisY->setRange(0, static_cast<qreal>(maximum) * 1.1);
        axisY->setLabelFormat(u"%d"_s);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        QChart* old = m_monthChart->chart();
        m_monthChart->setChart(chart);
        delete old;
    }
    {
        std::vector<std::pair<QString, qint64>> values;
        for (const core::TerritoryCount& territory : figures.encountersByTerritory) {
            values.emplace_back(territory.territory, territory.count);
        }
        QChart* old = m_territoryChart->chart();
        m_territoryChart->setChart(barChart(tr("Encounters by territory"), std::move(values), 8));
        delete old;
    }
    {
        std::vector<std::pair<QString, qint64>> values;
        for (const core::TypeCount& type : figures.interventionTypes) {
            values.emplace_back(language == core::LabelLanguage::French ? type.labelFr : type.labelEn, type.count);
        }
        QChart* old = m_typeChart->chart();
        m_typeChart->setChart(barChart(tr("Encounters by type of intervention"), std::move(values), 8));
        delete old;
    }
}

void DashboardPage::showCases(const QString& title, const std::vector<core::Case>& cases)
{
    QDialog dialog(this);
    dialog.setObjectName(u"casesBehindDialog"_s);
    dialog.setWindowTitle(title);
    auto* table = new QTableWidget(static_cast<int>(cases.size()), 4, &dialog);
    table->setObjectName(u"casesTableWidget"_s);
    table->setAccessibleName(title);
    table->setHorizontalHeaderLabels({tr("Person"), tr("Stage"), tr("Case manager"), tr("Next contact due")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const core::LabelLanguage language = interfaceLabelLanguage();
    const QLocale locale;
    int row = 0;
    for (const core::Case& value : cases) {
        auto summary = m_workspace.people().summary(m_workspace.user(), value.personId);
        auto* person = new QTableWidgetItem(summary ? summary->displayName : tr("(not visible)"));
        person->setData(kPersonIdRole, value.personId);
        table->setItem(row, 0, person);
        table->setItem(row, 1, new QTableWidgetItem(core::labelOf(value.stage, language)));
        QString manager;
        for (const core::UserAccount& user : m_users) {
            if (value.caseManagerId == user.id) {
                manager = user.userName;
            }
        }
        table->setItem(row, 2, new QTableWidgetItem(manager));
        table->setItem(row, 3,
                       new QTableWidgetItem(value.nextContactDue
                                                ? locale.toString(*value.nextContactDue, QLocale::ShortFormat)
                                                : QString()));
        ++row;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(table, &QTableWidget::cellDoubleClicked, &dialog, [this, table, &dialog](int clicked, int) {
        const qint64 personId = table->item(clicked, 0)->data(kPersonIdRole).toLongLong();
        dialog.accept();
        emit openPersonRequested(personId);
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("%n case(s). Double-click a row to open the client file.", nullptr,
                                    static_cast<int>(cases.size())),
                                 &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

} // namespace relais::gui
