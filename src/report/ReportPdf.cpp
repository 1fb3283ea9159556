#include "ReportPdf.h"

#include "NumberFormat.h"
#include "PdfBlocks.h"
#include "ReportFile.h"
#include "ReportTables.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace relais::report {

using core::ActivityReport;
using pdf::BarChartBlock;
using pdf::Block;
using pdf::Caption;
using pdf::ColumnChartBlock;
using pdf::Style;
using pdf::TableBlock;
using pdf::TextBlock;

namespace {

// 1200 dpi is QPdfWriter's default; coordinates are device units of it.
constexpr double kMarginLeft = 50;
constexpr double kMarginRight = 50;
constexpr double kMarginTop = 66;
constexpr double kMarginBottom = 58;
constexpr double kHeadingSize = 15;

// Text of a report's figures in its language, with small counts hidden where asked.
class Figures
{
public:
    explicit Figures(const ReportOptions& options) : m_options(options), m_numbers(options.locale) { }

    QString count(qint64 value) const { return m_numbers.count(value); }
    // A count of a cross-table: "< 5" when the options hide it.
    QString crossCount(qint64 value) const
    {
        // A no-break space: "< 5" stays one piece, and reads back as such from the PDF.
        return m_options.hides(value) ? ReportPdf::tr("<\u00a0%1").arg(m_options.smallCountThreshold) : count(value);
    }
    QString share(const std::optional<double>& fraction) const
    {
        return fraction ? m_numbers.percent(*fraction) : ReportPdf::tr("n/a");
    }
    QString days(const std::optional<double>& value) const
    {
        return value ? m_options.locale.toString(*value, 'f', 1) : ReportPdf::tr("n/a");
    }
    QString date(const QDate& day) const { return m_options.locale.toString(day, u"d MMMM yyyy"_s); }
    QString period(const core::ReportPeriod& period) const
    {
        return ReportPdf::tr("%1 to %2").arg(date(period.from), date(period.to));
    }
    QString month(const QString& yearMonth) const
    {
        return m_options.locale.toString(QDate::fromString(yearMonth + u"-01"_s, Qt::ISODate), u"MMM yy"_s);
    }

    // "+12 (+3.4%)", "−5 (−10.0%)", "+12" from nothing, "0".
    QString change(const FigureRow& row) const
    {
        if (row.isShare) {
            if (!row.currentShare || !row.previousShare) {
                return ReportPdf::tr("n/a");
            }
            const double points = (*row.currentShare - *row.previousShare) * 100.0;
            return ReportPdf::tr("%1 pts").arg(
                signedNumber(m_options.locale.toString(std::abs(points), 'f', 1), points));
        }
        const qint64 difference = row.current - row.previous;
        if (difference == 0) {
            return count(0);
        }
        const QString absolute = signedNumber(count(difference < 0 ? -difference : difference), double(difference));
        if (row.previous <= 0) {
            return absolute;
        }
        const double relative = double(difference) / double(row.previous);
        return u"%1 (%2)"_s.arg(absolute, signedNumber(m_numbers.percent(std::abs(relative)), relative));
    }

    const ReportOptions& options() const { return m_options; }

private:
    static QString signedNumber(const QString& magnitude, double sign)
    {
        if (sign > 0) {
            return u"+"_s + magnitude;
        }
        if (sign < 0) {
            return QString(QChar(0x2212)) + magnitude; // the minus sign, not a hyphen
        }
        return magnitude;
    }

    const ReportOptions& m_options;
    NumberFormat m_numbers;
};

// Builds the flowing part of the report (everything after the cover) as blocks.
class ContentBuilder
{
public:
    ContentBuilder(const ActivityReport& report, const Figures& figures, const Style& style)
        : m_report(report), m_figures(figures), m_style(style), m_language(figures.options().language())
    {
    }

    std::vector<std::unique_ptr<Block>> build()
    {
        keyFigures();
        encounters();
        caseManagement();
        referrals();
        return std::move(m_blocks);
    }

private:
    template <typename T> T& add(std::unique_ptr<T> block)
    {
        T& ref = *block;
        m_blocks.push_back(std::move(block));
        return ref;
    }

    void heading(const QString& text, bool newPage)
    {
        auto& block = add(std::make_unique<TextBlock>(text, kHeadingSize, true, m_style.text));
        block.keepWithNext = true;
        block.breakBefore = newPage;
        block.spaceAfter = 8;
    }

    void note(const QString& text)
    {
        auto& block = add(std::make_unique<TextBlock>(text, m_style.smallSize, false, m_style.muted));
        block.spaceAfter = 14;
    }

    static Caption caption(const QString& text) { return Caption {text, ReportPdf::tr("%1 (continued)").arg(text)}; }

    QString none() const { return ReportPdf::tr("None in this period."); }

    // Measure | this period | previous period | change: headline figures, never hidden.
    void figureTable(const QString& title, const std::vector<FigureRow>& rows)
    {
        auto& table = add(
            std::make_unique<TableBlock>(caption(title),
                                         std::vector<TableBlock::Column> {{ReportPdf::tr("Measure"), 50, false},
                                                                          {ReportPdf::tr("This period"), 15, true},
                                                                          {ReportPdf::tr("Previous period"), 15, true},
                                                                          {ReportPdf::tr("Change"), 20, true}},
                                         none()));
        for (const FigureRow& row : rows) {
            if (row.isShare) {
                table.addRow({row.label, m_figures.share(row.currentShare), m_figures.share(row.previousShare),
                              m_figures.change(row)});
            } else {
                table.addRow(
                    {row.label, m_figures.count(row.current), m_figures.count(row.previous), m_figures.change(row)});
            }
        }
        table.spaceAfter = 16;
    }

    // Category | this period | previous period: a cross-table, small counts hidden.
    void countTable(const QString& title, const QString& categoryTitle, const std::vector<CountRow>& rows,
                    const QString& currentTitle = {}, const QString& previousTitle = {})
    {
        auto& table = add(std::make_unique<TableBlock>(
            caption(title),
            std::vector<TableBlock::Column> {
                {categoryTitle, 56, false},
                {currentTitle.isEmpty() ? ReportPdf::tr("This period") : currentTitle, 22, true},
                {previousTitle.isEmpty() ? ReportPdf::tr("Previous period") : previousTitle, 22, true}},
            none()));
        for (const CountRow& row : rows) {
            table.addRow({row.label, m_figures.crossCount(row.current), m_figures.crossCount(row.previous)});
        }
        table.spaceAfter = 16;
    }

    // `everyRow`: draw categories with no encounter too (the age bands, a fixed scale).
    void bars(const QString& title, const std::vector<CountRow>& rows, bool withShare, bool everyRow = false)
    {
        auto& chart
            = add(std::make_unique<BarChartBlock>(caption(title), ReportPdf::tr("No encounters in this period.")));
        for (const CountRow& row : rows) {
            if (row.current == 0 && !everyRow) {
                continue; // a category met only in the previous period
            }
            BarChartBlock::Bar bar;
            bar.label = row.label;
            bar.value = double(row.current);
            bar.hidden = m_figures.options().hides(row.current);
            bar.valueText = m_figures.crossCount(row.current);
            if (withShare && !bar.hidden && row.currentShare) {
                bar.valueText = ReportPdf::tr("%1 (%2)").arg(bar.valueText, m_figures.share(row.currentShare));
            }
            chart.addBar(std::move(bar));
        }
        chart.spaceAfter = 14;
    }

    void keyFigures()
    {
        heading(ReportPdf::tr("Key figures"), true);
        figureTable(ReportPdf::tr("Outreach"), keyFigureRows(m_report));
        countTable(ReportPdf::tr("Persons reached by gender"), ReportPdf::tr("Gender"),
                   genderRows(m_report, m_language));
        countTable(ReportPdf::tr("Persons reached by language"), ReportPdf::tr("Language"),
                   languageRows(m_report, m_language));
        figureTable(ReportPdf::tr("Group sessions"), groupSessionRows(m_report));
        note(ReportPdf::tr("The previous period is %1, of the same length. The share of encounters with people "
                           "aged 65 or over counts only encounters where the person's age on that day is known.")
                 .arg(m_figures.period(m_report.previousPeriod)));
    }

    void encounters()
    {
        heading(ReportPdf::tr("Encounters"), true);
        bars(ReportPdf::tr("Encounters by territory"), territoryRows(m_report), true);
        bars(ReportPdf::tr("Intervention types"), interventionTypeRows(m_report, m_language), false);
        note(ReportPdf::tr("An encounter with several intervention types counts once for each."));
        bars(ReportPdf::tr("Encounters by age band (age on the day of the encounter)"), ageBandRows(m_report), false,
             m_report.current.encounters > 0);

        auto& months = add(std::make_unique<ColumnChartBlock>(
            caption(ReportPdf::tr("Encounters per month")), ReportPdf::tr("No encounters in this period."),
            // Figures outlives the blocks; this builder does not.
            [figures = &m_figures](double value) { return figures->count(static_cast<qint64>(value)); }));
        for (const core::MonthCount& month : m_report.current.encountersByMonth) {
            months.addColumn({m_figures.month(month.month), double(month.count), m_figures.count(month.count)});
        }
        months.spaceAfter = 16;
    }

    void caseManagement()
    {
        heading(ReportPdf::tr("Case management"), true);
        figureTable(ReportPdf::tr("Cases"), caseSummaryRows(m_report));
        const QString atEnd = ReportPdf::tr("End of this period");
        const QString atPreviousEnd = ReportPdf::tr("End of previous period");
        countTable(ReportPdf::tr("Active cases by stage at the end of the period"), ReportPdf::tr("Stage"),
                   activeByStageRows(m_report, m_language), atEnd, atPreviousEnd);
        countTable(ReportPdf::tr("Exits by reason"), ReportPdf::tr("Reason"), exitReasonRows(m_report, m_language));
        countTable(ReportPdf::tr("Exits by housing situation on leaving"), ReportPdf::tr("Housing situation"),
                   exitDestinationRows(m_report, m_language));
        countTable(ReportPdf::tr("Goals of the cases closed in the period"), ReportPdf::tr("Outcome"),
                   goalRows(m_report, m_language));

        auto& days = add(
            std::make_unique<TableBlock>(caption(ReportPdf::tr("Mean days in each stage")),
                                         std::vector<TableBlock::Column> {{ReportPdf::tr("Stage"), 36, false},
                                                                          {ReportPdf::tr("Mean days"), 16, true},
                                                                          {ReportPdf::tr("Stays ended"), 16, true},
                                                                          {ReportPdf::tr("Previous mean"), 16, true},
                                                                          {ReportPdf::tr("Previous stays"), 16, true}},
                                         none()));
        for (const StageDaysRow& row : stageDaysRows(m_report, m_language)) {
            days.addRow({row.label, m_figures.days(row.currentDays), m_figures.crossCount(row.currentStays),
                         m_figures.days(row.previousDays), m_figures.crossCount(row.previousStays)});
        }
        days.spaceAfter = 16;

        auto& caseload = add(std::make_unique<TableBlock>(
            caption(ReportPdf::tr("Caseload per case manager at the end of the period")),
            std::vector<TableBlock::Column> {{ReportPdf::tr("Case manager"), 40, false},
                                             {ReportPdf::tr("Active cases"), 20, true},
                                             {ReportPdf::tr("Cap"), 15, true},
                                             {ReportPdf::tr("End of previous period"), 25, true}},
            none()));
        for (const CaseloadRow& row : caseloadRows(m_report)) {
            // Over the cap is what a team lead looks for: the row stands out.
            caseload.addRow({row.caseManager, m_figures.crossCount(row.current), m_figures.count(row.cap),
                             m_figures.crossCount(row.previous)},
                            row.cap > 0 && row.current > row.cap);
        }
        caseload.spaceAfter = 16;
    }

    void referrals()
    {
        heading(ReportPdf::tr("Referrals to partner organisations"), true);
        note(ReportPdf::tr("Referrals made in the period, by partner organisation and by their status today."));

        // One row per partner, one column per status: partners most referred to first.
        struct PartnerRow
        {
            QString name;
            std::map<QString, qint64> byStatus;
            qint64 total = 0;
            qint64 previousTotal = 0;
        };
        std::vector<PartnerRow> partners;
        std::map<std::pair<QString, QString>, std::size_t> index;
        for (const ReferralRow& row : referralRows(m_report, m_language)) {
            const auto key = std::make_pair(row.partnerCode, row.partner);
            auto found = index.find(key);
            if (found == index.end()) {
                found = index.emplace(key, partners.size()).first;
                partners.push_back(PartnerRow {row.partner, {}, 0, 0});
            }
            PartnerRow& partner = partners[found->second];
            partner.byStatus[row.status] += row.current;
            partner.total += row.current;
            partner.previousTotal += row.previous;
        }
        std::stable_sort(partners.begin(), partners.end(), [](const PartnerRow& a, const PartnerRow& b) {
            if (a.total != b.total) {
                return a.total > b.total;
            }
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });

        std::vector<TableBlock::Column> columns {{ReportPdf::tr("Partner organisation"), 34, false}};
        QStringList statuses;
        for (const auto& status : core::codedValues<core::ReferralStatus>()) {
            statuses << QString::fromLatin1(status.code);
            columns.push_back({core::labelOf(status.value, m_language), 10.5, true});
        }
        columns.push_back({ReportPdf::tr("Total"), 9, true});
        columns.push_back({ReportPdf::tr("Previous period"), 15, true});
        auto& table = add(std::make_unique<TableBlock>(caption(ReportPdf::tr("Referrals by partner and status")),
                                                       std::move(columns), none()));
        for (const PartnerRow& partner : partners) {
            QStringList cells {partner.name.isEmpty() ? ReportLabels::unknown() : partner.name};
            for (const QString& status : statuses) {
                const auto found = partner.byStatus.find(status);
                cells << m_figures.crossCount(found == partner.byStatus.end() ? 0 : found->second);
            }
            cells << m_figures.crossCount(partner.total) << m_figures.crossCount(partner.previousTotal);
            table.addRow(std::move(cells));
        }
    }

    const ActivityReport& m_report;
    const Figures& m_figures;
    const Style& m_style;
    core::LabelLanguage m_language;
    std::vector<std::unique_ptr<Block>> m_blocks;
};

QString filterText(const ActivityReport& report)
{
    if (report.filter.programmeId) {
        return ReportPdf::tr("Programme: %1").arg(report.filterLabel);
    }
    if (report.filter.territoryId) {
        return ReportPdf::tr("Territory: %1").arg(report.filterLabel);
    }
    return ReportPdf::tr("All programmes and territories");
}

// The page's furniture: a running head on every page but the cover, page numbers on all.
class PageFrame
{
public:
    PageFrame(const ActivityReport& report, const Figures& figures, const Style& style, QSizeF page)
        : m_style(style)
        , m_page(page)
        , m_runningHead(ReportPdf::tr("Activity report, %1").arg(figures.period(report.period)))
        , m_organisation(report.organisation)
    {
    }

    QRectF content() const
    {
        return QRectF(m_style.pt(kMarginLeft), m_style.pt(kMarginTop),
                      m_page.width() - m_style.pt(kMarginLeft + kMarginRight),
                      m_page.height() - m_style.pt(kMarginTop + kMarginBottom));
    }

    void drawHead(QPainter& painter) const
    {
        const QRectF area = content();
        const QFont font = m_style.font(m_style.smallSize);
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        painter.setPen(m_style.muted);
        const double y = m_style.pt(30);
        const QRectF line(area.left(), y, area.width(), metrics.height());
        const double half = area.width() / 2 - m_style.pt(6);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_organisation, Qt::ElideRight, half));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_runningHead, Qt::ElideRight, half));
        painter.setPen(QPen(m_style.rule, m_style.pt(0.5)));
        painter.drawLine(QPointF(area.left(), line.bottom() + m_style.pt(4)),
                         QPointF(area.right(), line.bottom() + m_style.pt(4)));
    }

    void drawFoot(QPainter& painter, int page, int pages) const
    {
        const QRectF area = content();
        const QFont font = m_style.font(m_style.smallSize);
        painter.setFont(font);
        painter.setPen(m_style.muted);
        const QRectF line(area.left(), m_page.height() - m_style.pt(36), area.width(), QFontMetricsF(font).height());
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, ReportPdf::tr("Aggregate figures only"));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, ReportPdf::tr("Page %1 of %2").arg(page).arg(pages));
    }

private:
    const Style& m_style;
    QSizeF m_page;
    QString m_runningHead;
    QString m_organisation;
};

void drawCover(QPainter& painter, const ActivityReport& report, const Figures& figures, const Style& style,
               const QRectF& area)
{
    auto text = [&](double y, double size, bool bold, const QColor& colour, const QString& line) {
        const QFont font = style.font(size, bold);
        painter.setFont(font);
        painter.setPen(colour);
        const QRectF box = QFontMetricsF(font).boundingRect(QRectF(area.left(), y, area.width(), 1e9),
                                                            Qt::TextWordWrap | Qt::AlignLeft, line);
        painter.drawText(QRectF(area.left(), y, area.width(), box.height()), Qt::TextWordWrap | Qt::AlignLeft, line);
        return y + box.height();
    };

    painter.fillRect(QRectF(area.left(), area.top() + style.pt(90), style.pt(48), style.pt(5)), style.accent);
    double y = area.top() + style.pt(110);
    y = text(y, 13, true, style.accent, ReportPdf::tr("Activity report")) + style.pt(10);
    y = text(y, 26, true, style.text, report.organisation) + style.pt(16);
    y = text(y, 15, false, style.text, figures.period(report.period)) + style.pt(6);
    y = text(y, 10.5, false, style.muted,
             ReportPdf::tr("Compared with the previous period, %1").arg(figures.period(report.previousPeriod)))
        + style.pt(4);
    text(y, 10.5, false, style.muted, filterText(report));

    // The headline figures, as organisations publish them (seed 002).
    struct Tile
    {
        QString value;
        QString label;
    };
    const core::ActivityFigures& now = report.current;
    const std::vector<Tile> tiles {
        {figures.count(now.personsReached), ReportPdf::tr("persons reached")},
        {figures.count(now.encounters), ReportPdf::tr("encounters")},
        {figures.share(now.encounters65PlusShare), ReportPdf::tr("of encounters with people aged 65 or over")},
        {figures.count(now.distinctProblems), ReportPdf::tr("distinct problems addressed")},
        {figures.count(now.distinctPartnerOrganisations), ReportPdf::tr("partner organisations referred to")},
    };
    const double tileTop = area.top() + style.pt(390);
    const double gap = style.pt(8);
    const double tileWidth = (area.width() - gap * double(tiles.size() - 1)) / double(tiles.size());
    const double tileHeight = style.pt(92);
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const QRectF tile(area.left() + double(i) * (tileWidth + gap), tileTop, tileWidth, tileHeight);
        painter.fillRect(tile, style.band);
        painter.fillRect(QRectF(tile.left(), tile.top(), tile.width(), style.pt(3)), style.accent);
        const QRectF inner = tile.adjusted(style.pt(7), style.pt(12), -style.pt(7), -style.pt(6));
        QFont big = style.font(17, true);
        QFontMetricsF bigMetrics(big);
        // A long figure ("100,0 %") shrinks rather than overflow its tile.
        for (double size = 17; size > 9 && bigMetrics.horizontalAdvance(tiles[i].value) > inner.width(); size -= 1) {
            big = style.font(size, true);
            bigMetrics = QFontMetricsF(big);
        }
        painter.setFont(big);
        painter.setPen(style.accent);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), bigMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, tiles[i].value);
        painter.setFont(style.font(style.smallSize + 0.5));
        painter.setPen(style.text);
        painter.drawText(QRectF(inner.left(), inner.top() + bigMetrics.height() + style.pt(4), inner.width(),
                                inner.height() - bigMetrics.height() - style.pt(4)),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, tiles[i].label);
    }

    double noteY = area.bottom() - style.pt(70);
    painter.setPen(QPen(style.rule, style.pt(0.5)));
    painter.drawLine(QPointF(area.left(), noteY - style.pt(8)), QPointF(area.right(), noteY - style.pt(8)));
    QString notes = ReportPdf::tr("This report holds only aggregate figures: no name, alias or note of any person.");
    if (figures.options().smallCountThreshold > 0) {
        notes += u" "_s
            + ReportPdf::tr("In the tables, counts from 1 to %1 are shown as “< %2” so that no one "
                            "can be recognised; totals are exact.")
                  .arg(figures.options().smallCountThreshold - 1)
                  .arg(figures.options().smallCountThreshold);
    }
    noteY = text(noteY, 8.5, false, style.muted, notes) + style.pt(4);
    if (figures.options().generatedOn.isValid()) {
        text(noteY, 8.5, false, style.muted,
             ReportPdf::tr("Generated on %1 with Relais.").arg(figures.date(figures.options().generatedOn)));
    }
}

} // namespace

QString ReportPdf::fontFamily()
{
    // Registered from the files rather than looked up by name: the offscreen
    // platform's font database may not list system fonts, and the PDF must look
    // the same on every computer. DejaVu covers French and the typographic signs.
    static const QString family = [] {
        QString registered;
        for (const char* file : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                 "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id >= 0 && registered.isEmpty()) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                registered = families.isEmpty() ? QString() : families.first();
            }
        }
        return registered.isEmpty() ? u"DejaVu Sans"_s : registered;
    }();
    return family;
}

core::Status ReportPdf::write(const ActivityReport& report, const QString& path, const ReportOptions& options,
                              const Progress& progress)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return core::makeError(core::ErrorCode::Internal,
                               tr("The PDF cannot be drawn in this mode of Relais (no graphical application)."),
                               "ReportPdf::write needs a QGuiApplication (offscreen platform is enough)");
    }
    QSaveFile file(path);
    if (auto opened = ReportFile::open(file); !opened) {
        return opened;
    }
    QPdfWriter writer(&file);
    pdf::setUpWriter(writer, tr("Activity report, %1").arg(report.organisation));

    Style style;
    style.unit = pdf::kResolution / 72.0;
    style.family = fontFamily();
    const Figures figures(options);
    const PageFrame frame(report, figures, style, QSizeF(writer.width(), writer.height()));
    const QRectF content = frame.content();

    const auto blocks = ContentBuilder(report, figures, style).build();
    const auto pages = pdf::paginate(blocks, style, content.width(), content.height());
    const int pageCount = 1 + static_cast<int>(pages.size());

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return core::makeError(core::ErrorCode::Io, tr("Could not write %1.").arg(path),
                               "QPainter::begin failed on PDF");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    auto cancelled = [&](int pagesDone) {
        if (!progress || progress(pagesDone * 100 / pageCount)) {
            return false;
        }
        painter.end();
        file.cancelWriting();
        return true;
    };
    const core::Error cancel = core::makeError(
        core::ErrorCode::InputRejected, tr("The report was cancelled; no file was written."), "report cancelled");

    drawCover(painter, report, figures, style, content);
    frame.drawFoot(painter, 1, pageCount);
    if (cancelled(1)) {
        return cancel;
    }
    for (std::size_t p = 0; p < pages.size(); ++p) {
        writer.newPage();
        frame.drawHead(painter);
        pdf::drawPage(painter, style, content, pages[p]);
        const int done = static_cast<int>(p) + 2;
        frame.drawFoot(painter, done, pageCount);
        if (cancelled(done)) {
            return cancel;
        }
    }
    if (!painter.end()) {
        file.cancelWriting();
        return core::makeError(core::ErrorCode::Io, tr("Could not write %1.").arg(path), "QPainter::end failed on PDF");
    }
    return ReportFile::commit(file);
}

} // namespace relais::report
