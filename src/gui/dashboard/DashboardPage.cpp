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
#include <QCursor>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

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
    // Charts share a third of the window: give the room to the data, not to margins.
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    return chart;
}

// Axis labels a little smaller than the text around them, so that names fit.
void useSmallLabels(QAbstractAxis* axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
}

// A horizontal bar chart of (label, count), largest first, at most `limit` bars.
// Clicking a bar calls `clicked` with that value's index in `values`.
QChart* barChart(const QString& title, const std::vector<std::pair<QString, qint64>>& values, int limit,
                 const std::function<void(std::size_t)>& clicked)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t {0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a].second > values[b].second; });
    if (static_cast<int>(order.size()) > limit) {
        order.resize(static_cast<std::size_t>(limit));
    }
    std::reverse(order.begin(), order.end()); // the largest on top
    auto* set = new QBarSet(title);
    QStringList categories;
    qint64 maximum = 1;
    for (std::size_t index : order) {
        const auto& [label, count] = values[index];
        categories << (label.isEmpty() ? DashboardPage::tr("(not recorded)") : label);
        *set << static_cast<qreal>(count);
        maximum = std::max(maximum, count);
    }
    QObject::connect(set, &QBarSet::clicked, set, [order, clicked](int bar) {
        if (bar >= 0 && static_cast<std::size_t>(bar) < order.size()) {
            clicked(order[static_cast<std::size_t>(bar)]);
        }
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    // Outside the bar: a short bar's count stays readable (room is left on the axis).
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12); // counts past a million in full, not as 1.2e+06
    QChart* chart = newChart(title);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    useSmallLabels(axisY);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, static_cast<qreal>(maximum) * 1.2);
    axisX->setLabelFormat(u"%d"_s);
    axisX->setTickCount(5);
    axisX->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    // Outside the bar the count is drawn on the chart's background: in its text colour.
    set->setLabelColor(axisX->labelsBrush().color());
    // A long name is cut on the axis: the whole name and count on hover.
    QObject::connect(set, &QBarSet::hovered, set, [categories, set](bool entered, int bar) {
        if (entered && bar >= 0 && bar < categories.size()) {
            QToolTip::showText(QCursor::pos(), u"%1: %2"_s.arg(categories.at(bar)).arg(set->at(bar)));
        } else {
            QToolTip::hideText();
        }
    });
    return chart;
}

} // namespace

DashboardPage::DashboardPage(storage::Workspace& workspace, QWidget* parent) : QWidget(parent), m_workspace(workspace)
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
    connect(m_overdueButton, &QPushButton::clicked, this, [this] { showCases(tr("Overdue follow-ups"), m_overdue); });
    connect(m_waitingButton, &QPushButton::clicked, this, [this] { showCases(tr("Waiting list"), m_waiting); });

    m_caseload = new QTableWidget(0, 4, this);
    m_caseload->setObjectName(u"caseloadTableWidget"_s);
    m_caseload->setAccessibleName(tr("Caseload per case manager"));
    m_caseload->setHorizontalHeaderLabels({tr("Case manager"), tr("Active"), tr("Cap"), tr("Overdue")});
    m_caseload->verticalHeader()->hide();
    m_caseload->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_caseload->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseload->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_caseload->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_caseload->setMinimumWidth(320);
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
    auto report = m_workspace.statistics().periodFigures(actor, period());
    if (!report) {
        emit failed(report.error().userMessage);
        return;
    }
    m_report = std::move(*report);
    auto users = m_workspace.reference().users();
    m_users = users ? std::move(*users) : std::vector<core::UserAccount> {};
    auto territories = m_workspace.reference().territories();
    m_territories = territories ? std::move(*territories) : std::vector<core::Territory> {};
    auto types = m_workspace.reference().interventionTypes();
    m_types = types ? std::move(*types) : std::vector<core::InterventionType> {};
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
    m_overdue = overdue ? std::move(*overdue) : std::vector<core::Case> {};
    auto waiting = m_workspace.cases().waitingList(actor);
    m_waiting = waiting ? std::move(*waiting) : std::vector<core::Case> {};

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
        axisY->applyNiceNumbers();
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
            // The legend has little room: "Monitoring (suivi du plan)" is shown as "Monitoring".
            const QString shortLabel = label.section(u" ("_s, 0, 0);
            QPieSlice* slice
                = series->append(u"%1 (%2)"_s.arg(shortLabel).arg(stage.count), static_cast<qreal>(stage.count));
            if (value) {
                connect(slice, &QPieSlice::clicked, this, [this, label, stage = *value] {
                    showCases(tr("Active cases at the stage %1").arg(label), casesAtStage(stage));
                });
            }
        }
        QChart* chart = newChart(tr("Active cases by stage"));
        chart->addSeries(series);
        // The stage names go in the legend: slice labels around a small pie get cut off.
        chart->legend()->show();
        chart->legend()->setAlignment(Qt::AlignRight);
        QChart* old = m_stageChart->chart();
        m_stageChart->setChart(chart);
        delete old;
    }
    // Encounters per month: a line over the twelve months (twelve bar labels do not
    // fit a third of the window; a date axis labels only a few of them).
    {
        auto* line = new QLineSeries;
        line->setName(tr("Encounters"));
        line->setPointsVisible(true);
        qint64 maximum = 1;
        const QLocale locale;
        std::vector<QDate> firstDays;
        QStringList monthTitles;
        for (const core::MonthCount& month : figures.encountersByMonth) {
            const QDate first = QDate::fromString(month.month + u"-01"_s, Qt::ISODate);
            firstDays.push_back(first);
            monthTitles << locale.toString(first, u"MMMM yyyy"_s);
            line->append(static_cast<qreal>(first.startOfDay().toMSecsSinceEpoch()), static_cast<qreal>(month.count));
            maximum = std::max(maximum, month.count);
        }
        // The month nearest to a point of the line.
        auto monthAt = [firstDays](const QPointF& point) {
            std::size_t nearest = 0;
            for (std::size_t index = 1; index < firstDays.size(); ++index) {
                const auto distance = [&](std::size_t at) {
                    return std::abs(static_cast<qreal>(firstDays[at].startOfDay().toMSecsSinceEpoch()) - point.x());
                };
                if (distance(index) < distance(nearest)) {
                    nearest = index;
                }
            }
            return nearest;
        };
        connect(line, &QLineSeries::clicked, this, [this, firstDays, monthTitles, monthAt](const QPointF& point) {
            if (firstDays.empty()) {
                return;
            }
            const std::size_t index = monthAt(point);
            core::EncounterSelection selection;
            selection.from = std::max(firstDays[index], m_report->period.from);
            selection.to = std::min(firstDays[index].addMonths(1).addDays(-1), m_report->period.to);
            showEncounters(tr("Encounters in the month of %1").arg(monthTitles.at(static_cast<int>(index))), selection);
        });
        connect(line, &QLineSeries::hovered, this, [line, monthTitles, monthAt](const QPointF& point, bool entered) {
            if (!entered || line->count() == 0) {
                QToolTip::hideText();
                return;
            }
            const int index = static_cast<int>(monthAt(point));
            QToolTip::showText(QCursor::pos(), u"%1: %2"_s.arg(monthTitles.at(index)).arg(line->at(index).y()));
        });
        QChart* chart = newChart(tr("Encounters per month"));
        chart->setLocale(locale); // month names on the date axis in the window's language
        chart->addSeries(line);
        auto* axisX = new QDateTimeAxis;
        axisX->setFormat(u"MMM yy"_s);
        axisX->setTickCount(4);
        if (!firstDays.empty()) {
            axisX->setRange(firstDays.front().startOfDay(), firstDays.back().startOfDay());
        }
        useSmallLabels(axisX);
        chart->addAxis(axisX, Qt::AlignBottom);
        line->attachAxis(axisX);
        auto* axisY = new QValueAxis;
        axisY->setRange(0, static_cast<qreal>(maximum) * 1.1);
        axisY->setLabelFormat(u"%d"_s);
        axisY->applyNiceNumbers();
        chart->addAxis(axisY, Qt::AlignLeft);
        line->attachAxis(axisY);
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
        m_territoryChart->setChart(
            barChart(tr("Encounters by territory"), values, 8, [this, values](std::size_t index) {
                showEncounters(values[index].first.isEmpty()
                                   ? tr("Encounters with no territory recorded")
                                   : tr("Encounters in the territory %1").arg(values[index].first),
                               territorySelection(values[index].first));
            }));
        delete old;
    }
    {
        std::vector<std::pair<QString, qint64>> values;
        QStringList codes;
        for (const core::TypeCount& type : figures.interventionTypes) {
            values.emplace_back(language == core::LabelLanguage::French ? type.labelFr : type.labelEn, type.count);
            codes << type.code;
        }
        QChart* old = m_typeChart->chart();
        m_typeChart->setChart(
            barChart(tr("Encounters by type of intervention"), values, 8, [this, values, codes](std::size_t index) {
                showEncounters(tr("Encounters of type %1").arg(values[index].first),
                               typeSelection(codes.at(static_cast<int>(index))));
            }));
        delete old;
    }
}

void DashboardPage::showCases(const QString& title, const std::vector<core::Case>& cases)
{
    const core::LabelLanguage language = interfaceLabelLanguage();
    const QLocale locale;
    std::vector<ListRow> rows;
    for (const core::Case& value : cases) {
        rows.push_back(
            {{personName(value.personId), core::labelOf(value.stage, language),
              userName(value.caseManagerId.value_or(0)),
              value.nextContactDue ? locale.toString(*value.nextContactDue, QLocale::ShortFormat) : QString()},
             value.personId});
    }
    showList(title, {tr("Person"), tr("Stage"), tr("Case manager"), tr("Next contact due")},
             tr("%n case(s). Double-click a row to open the client file.", nullptr, static_cast<int>(cases.size())),
             rows);
}

core::EncounterSelection DashboardPage::territorySelection(const QString& territoryName) const
{
    core::EncounterSelection selection;
    selection.from = m_report->period.from;
    selection.to = m_report->period.to;
    if (territoryName.isEmpty()) {
        selection.withoutTerritory = true;
        return selection;
    }
    selection.territoryId = -1; // a name no longer in the list: nothing to show
    for (const core::Territory& territory : m_territories) {
        if (territory.name == territoryName) {
            selection.territoryId = territory.id;
        }
    }
    return selection;
}

core::EncounterSelection DashboardPage::typeSelection(const QString& typeCode) const
{
    core::EncounterSelection selection;
    selection.from = m_report->period.from;
    selection.to = m_report->period.to;
    selection.typeId = -1;
    for (const core::InterventionType& type : m_types) {
        if (type.code == typeCode) {
            selection.typeId = type.id;
        }
    }
    return selection;
}

std::vector<core::Intervention> DashboardPage::encountersBehind(const core::EncounterSelection& selection) const
{
    auto list = m_workspace.outreach().encounters(m_workspace.user(), selection, kEncounterListLimit);
    return list ? std::move(*list) : std::vector<core::Intervention> {};
}

void DashboardPage::showEncounters(const QString& title, const core::EncounterSelection& selection)
{
    auto list = m_workspace.outreach().encounters(m_workspace.user(), selection, kEncounterListLimit + 1);
    if (!list) {
        emit failed(list.error().userMessage);
        return;
    }
    const bool more = static_cast<int>(list->size()) > kEncounterListLimit;
    if (more) {
        list->pop_back();
    }
    const core::LabelLanguage language = interfaceLabelLanguage();
    const QLocale locale;
    std::vector<ListRow> rows;
    for (const core::Intervention& encounter : *list) {
        QString territory;
        for (const core::Territory& value : m_territories) {
            if (encounter.territoryId && value.id == *encounter.territoryId) {
                territory = value.name;
            }
        }
        QStringList types;
        for (qint64 typeId : encounter.typeIds) {
            for (const core::InterventionType& type : m_types) {
                if (type.id == typeId) {
                    types << (language == core::LabelLanguage::French ? type.labelFr : type.labelEn);
                }
            }
        }
        rows.push_back({{locale.toString(encounter.occurredOn, QLocale::ShortFormat), personName(encounter.personId),
                         userName(encounter.workerId), territory, types.join(u", "_s)},
                        encounter.personId});
    }
    const int count = static_cast<int>(rows.size());
    const QString summary = more
        ? tr("The latest %1 encounters. Double-click a row to open the client file.").arg(kEncounterListLimit)
        : tr("%n encounter(s). Double-click a row to open the client file.", nullptr, count);
    showList(title, {tr("Day"), tr("Person"), tr("Worker"), tr("Territory"), tr("Types of intervention")}, summary,
             rows);
}

QString DashboardPage::personName(qint64 personId) const
{
    auto summary = m_workspace.people().summary(m_workspace.user(), personId);
    return summary ? summary->displayName : tr("(not visible)");
}

QString DashboardPage::userName(qint64 userId) const
{
    for (const core::UserAccount& user : m_users) {
        if (user.id == userId) {
            return user.userName;
        }
    }
    return {};
}

void DashboardPage::showList(const QString& title, const QStringList& headers, const QString& summary,
                             const std::vector<ListRow>& rows)
{
    QDialog dialog(this);
    dialog.setObjectName(u"listBehindDialog"_s);
    dialog.setWindowTitle(title);
    auto* table = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(headers.size()), &dialog);
    table->setObjectName(u"listBehindTableWidget"_s);
    table->setAccessibleName(title);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const ListRow& value : rows) {
        for (int column = 0; column < value.cells.size(); ++column) {
            auto* item = new QTableWidgetItem(value.cells.at(column));
            item->setData(kPersonIdRole, value.personId);
            table->setItem(row, column, item);
        }
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
    layout->addWidget(new QLabel(summary, &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    emit listShown(&dialog);
    dialog.exec();
}

} // namespace relais::gui
