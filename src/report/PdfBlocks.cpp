#include "PdfBlocks.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace relais::report::pdf {

namespace {

constexpr double kCaptionSize = 10.5;
constexpr double kTableHeaderHeight = 22.0; // two lines of small text
constexpr double kTableRowHeight = 14.5;
constexpr double kCellPadding = 4.0;
constexpr double kBarRowHeight = 15.0;
constexpr double kColumnChartHeight = 175.0;
// A table or chart starts on a page only if this many of its rows fit there.
constexpr int kMinimumRowsTogether = 3;

double captionHeight(const Style& style, const Caption& caption)
{
    if (caption.text.isEmpty()) {
        return 0;
    }
    return QFontMetricsF(style.font(kCaptionSize, true)).height() + style.pt(5);
}

void drawCaption(QPainter& painter, const Style& style, const QRectF& rect, const Caption& caption, bool continued)
{
    if (caption.text.isEmpty()) {
        return;
    }
    painter.setFont(style.font(kCaptionSize, true));
    painter.setPen(style.accent);
    const QString text = continued && !caption.continued.isEmpty() ? caption.continued : caption.text;
    const double height = QFontMetricsF(painter.font()).height();
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, rect.width()));
}

void drawEmptyText(QPainter& painter, const Style& style, const QRectF& rect, const QString& text)
{
    painter.setFont(style.font(style.bodySize));
    painter.setPen(style.muted);
    painter.drawText(rect.adjusted(style.pt(kCellPadding), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
}

// A step of 1, 2 or 5 times a power of ten giving about `ticks` intervals up to `maximum`.
double niceStep(double maximum, int ticks)
{
    if (maximum <= 0) {
        return 1;
    }
    const double raw = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double residual = raw / magnitude;
    const double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
    return std::max(1.0, nice * magnitude); // counts: never a fractional step
}

} // namespace

QFont Style::font(double pointSize, bool bold) const
{
    QFont font(family);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pt(pointSize)))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No shaping, so no ligatures: "ﬁgures" would read back from the PDF (search,
    // copy, pdftotext, screen readers) as a different word.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// --- Block

double Block::height(const Style& style, double width, int first, int count) const
{
    double total = fixedHeight(style, width);
    for (int row = first; row < first + count; ++row) {
        total += rowHeight(style, width, row);
    }
    return total;
}

// --- TextBlock

TextBlock::TextBlock(QString text, double pointSize, bool bold, QColor colour)
    : m_text(std::move(text)), m_size(pointSize), m_bold(bold), m_colour(colour)
{
}

double TextBlock::fixedHeight(const Style& style, double width) const
{
    const QFontMetricsF metrics(style.font(m_size, m_bold));
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::AlignLeft, m_text).height();
}

void TextBlock::draw(QPainter& painter, const Style& style, const QRectF& rect, int, int) const
{
    painter.setFont(style.font(m_size, m_bold));
    painter.setPen(m_colour);
    painter.drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_text);
}

// --- TableBlock

TableBlock::TableBlock(Caption caption, std::vector<Column> columns, QString emptyText)
    : m_caption(std::move(caption)), m_columns(std::move(columns)), m_emptyText(std::move(emptyText))
{
}

void TableBlock::addRow(QStringList cells, bool emphasised)
{
    m_rows.push_back(std::move(cells));
    m_emphasised.push_back(emphasised);
}

int TableBlock::rowCount() const
{
    return std::max<int>(1, static_cast<int>(m_rows.size())); // an empty table shows one "none" row
}

std::vector<double> TableBlock::columnWidths(double width) const
{
    double totalWeight = 0;
    for (const Column& column : m_columns) {
        totalWeight += column.weight;
    }
    std::vector<double> widths;
    for (const Column& column : m_columns) {
        widths.push_back(width * column.weight / totalWeight);
    }
    return widths;
}

double TableBlock::fixedHeight(const Style& style, double) const
{
    return captionHeight(style, m_caption) + style.pt(kTableHeaderHeight);
}

double TableBlock::rowHeight(const Style& style, double width, int row) const
{
    const double minimum = style.pt(kTableRowHeight);
    if (m_rows.empty()) {
        return minimum;
    }
    if (width != m_measuredWidth) {
        m_measuredWidth = width;
        m_rowHeights.assign(m_rows.size(), minimum);
        const QFontMetricsF bodyMetrics(style.font(style.bodySize));
        const QFontMetricsF boldMetrics(style.font(style.bodySize, true));
        const std::vector<double> widths = columnWidths(width);
        const double padding = style.pt(kCellPadding);
        for (std::size_t r = 0; r < m_rows.size(); ++r) {
            const QFontMetricsF& metrics = m_emphasised[r] ? boldMetrics : bodyMetrics;
            const QStringList& cells = m_rows[r];
            for (std::size_t c = 0; c < m_columns.size() && c < static_cast<std::size_t>(cells.size()); ++c) {
                const QString& text = cells.at(static_cast<qsizetype>(c));
                const double available = widths[c] - 2 * padding;
                // Most cells fit on one line: measuring a wrapped box is only for those that do not.
                if (m_columns[c].numeric || metrics.horizontalAdvance(text) <= available) {
                    continue;
                }
                const QRectF box = metrics.boundingRect(QRectF(0, 0, available, 1e9), Qt::TextWordWrap, text);
                m_rowHeights[r] = std::max(m_rowHeights[r], box.height() + style.pt(4));
            }
        }
    }
    return m_rowHeights[static_cast<std::size_t>(row)];
}

void TableBlock::draw(QPainter& painter, const Style& style, const QRectF& rect, int first, int count) const
{
    drawCaption(painter, style, rect, m_caption, first > 0);
    double y = rect.top() + captionHeight(style, m_caption);

    const std::vector<double> widths = columnWidths(rect.width());
    std::vector<double> lefts;
    double x = rect.left();
    for (double width : widths) {
        lefts.push_back(x);
        x += width;
    }
    const double padding = style.pt(kCellPadding);
    auto cellRect = [&](std::size_t column, double top, double height) {
        return QRectF(lefts[column] + padding, top, widths[column] - 2 * padding, height);
    };

    // Header: small bold labels over an accent rule, wrapped rather than cut
    // ("Période précédente" in a narrow numeric column).
    const double headerHeight = style.pt(kTableHeaderHeight);
    painter.setFont(style.font(style.smallSize, true));
    painter.setPen(style.muted);
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        const QRectF cell = cellRect(c, y, headerHeight - style.pt(2));
        painter.drawText(cell,
                         (m_columns[c].numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom | Qt::TextWordWrap,
                         m_columns[c].title);
    }
    y += headerHeight;
    painter.setPen(QPen(style.accent, style.pt(0.8)));
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));

    if (m_rows.empty()) {
        const double rowHeight = style.pt(kTableRowHeight);
        drawEmptyText(painter, style, QRectF(rect.left(), y, rect.width(), rowHeight), m_emptyText);
        y += rowHeight;
    } else {
        const QFont bodyFont = style.font(style.bodySize);
        const QFont boldFont = style.font(style.bodySize, true);
        const QFontMetricsF bodyMetrics(bodyFont);
        const QFontMetricsF boldMetrics(boldFont);
        const int end = std::min<int>(first + count, static_cast<int>(m_rows.size()));
        for (int r = first; r < end; ++r) {
            const double height = rowHeight(style, rect.width(), r);
            if ((r - first) % 2 == 1) {
                painter.fillRect(QRectF(rect.left(), y, rect.width(), height), style.band);
            }
            const bool bold = m_emphasised[static_cast<std::size_t>(r)];
            painter.setFont(bold ? boldFont : bodyFont);
            painter.setPen(style.text);
            const QStringList& cells = m_rows[static_cast<std::size_t>(r)];
            for (std::size_t c = 0; c < m_columns.size() && c < static_cast<std::size_t>(cells.size()); ++c) {
                const QRectF cell = cellRect(c, y, height);
                const QString& text = cells.at(static_cast<qsizetype>(c));
                if (m_columns[c].numeric) {
                    painter.drawText(cell, Qt::AlignRight | Qt::AlignVCenter,
                                     (bold ? boldMetrics : bodyMetrics).elidedText(text, Qt::ElideLeft, cell.width()));
                } else {
                    painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
                }
            }
            y += height;
        }
    }
    painter.setPen(QPen(style.rule, style.pt(0.5)));
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
}

// --- BarChartBlock

BarChartBlock::BarChartBlock(Caption caption, QString emptyText)
    : m_caption(std::move(caption)), m_emptyText(std::move(emptyText))
{
}

void BarChartBlock::addBar(Bar bar)
{
    if (!bar.hidden) {
        m_max = std::max(m_max, bar.value);
    }
    m_bars.push_back(std::move(bar));
}

int BarChartBlock::rowCount() const
{
    return std::max<int>(1, static_cast<int>(m_bars.size()));
}

double BarChartBlock::fixedHeight(const Style& style, double) const
{
    return captionHeight(style, m_caption) + style.pt(2);
}

double BarChartBlock::rowHeight(const Style& style, double, int) const
{
    return style.pt(kBarRowHeight);
}

void BarChartBlock::draw(QPainter& painter, const Style& style, const QRectF& rect, int first, int count) const
{
    drawCaption(painter, style, rect, m_caption, first > 0);
    double y = rect.top() + captionHeight(style, m_caption);
    const double rowHeight = style.pt(kBarRowHeight);
    if (m_bars.empty()) {
        drawEmptyText(painter, style, QRectF(rect.left(), y, rect.width(), rowHeight), m_emptyText);
        return;
    }
    const double labelWidth = rect.width() * 0.36;
    const double valueWidth = style.pt(84);
    const double gap = style.pt(6);
    const double barLeft = rect.left() + labelWidth + gap;
    const double barWidth = std::max(0.0, rect.width() - labelWidth - valueWidth - 2 * gap);
    const QFont font = style.font(style.bodySize);
    const QFontMetricsF metrics(font);
    painter.setFont(font);

    const int end = std::min<int>(first + count, static_cast<int>(m_bars.size()));
    const double top = y;
    for (int i = first; i < end; ++i) {
        const Bar& bar = m_bars[static_cast<std::size_t>(i)];
        painter.setPen(style.text);
        const QRectF labelRect(rect.left(), y, labelWidth, rowHeight);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelRect.width()));
        if (!bar.hidden && m_max > 0 && bar.value > 0) {
            // At least a sliver, so a small but non-zero value does not read as zero.
            const double length = std::max(style.pt(1.5), barWidth * bar.value / m_max);
            const double barHeight = rowHeight * 0.62;
            painter.fillRect(QRectF(barLeft, y + (rowHeight - barHeight) / 2, length, barHeight), style.accent);
        }
        painter.setPen(bar.hidden ? style.muted : style.text);
        painter.drawText(QRectF(rect.right() - valueWidth, y, valueWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         bar.valueText);
        y += rowHeight;
    }
    painter.setPen(QPen(style.rule, style.pt(0.6)));
    painter.drawLine(QPointF(barLeft, top), QPointF(barLeft, y));
}

// --- ColumnChartBlock

ColumnChartBlock::ColumnChartBlock(Caption caption, QString emptyText, std::function<QString(double)> axisText)
    : m_caption(std::move(caption)), m_emptyText(std::move(emptyText)), m_axisText(std::move(axisText))
{
}

void ColumnChartBlock::addColumn(Column column)
{
    m_columns.push_back(std::move(column));
}

double ColumnChartBlock::fixedHeight(const Style& style, double) const
{
    return captionHeight(style, m_caption) + style.pt(kColumnChartHeight);
}

void ColumnChartBlock::draw(QPainter& painter, const Style& style, const QRectF& rect, int, int) const
{
    drawCaption(painter, style, rect, m_caption, false);
    const double top = rect.top() + captionHeight(style, m_caption);
    if (m_columns.empty()) {
        drawEmptyText(painter, style, QRectF(rect.left(), top, rect.width(), style.pt(kTableRowHeight)), m_emptyText);
        return;
    }
    const QFont small = style.font(style.smallSize);
    const QFontMetricsF smallMetrics(small);
    painter.setFont(small);

    double maximum = 0;
    for (const Column& column : m_columns) {
        maximum = std::max(maximum, column.value);
    }
    const double step = niceStep(maximum, 4);
    const double axisMax = std::max(step, std::ceil(maximum / step) * step);

    const double axisWidth = style.pt(36);
    const double labelHeight = style.pt(14);
    const double valueHeight = style.pt(11);
    const QRectF plot(rect.left() + axisWidth, top + valueHeight, rect.width() - axisWidth,
                      style.pt(kColumnChartHeight) - valueHeight - labelHeight);

    // Horizontal grid with the axis values.
    for (double value = 0; value <= axisMax + step / 2; value += step) {
        const double y = plot.bottom() - plot.height() * value / axisMax;
        painter.setPen(QPen(value == 0 ? style.muted : style.rule, style.pt(value == 0 ? 0.8 : 0.4)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.muted);
        painter.drawText(QRectF(rect.left(), y - labelHeight / 2, axisWidth - style.pt(4), labelHeight),
                         Qt::AlignRight | Qt::AlignVCenter, m_axisText(value));
    }

    const auto n = static_cast<int>(m_columns.size());
    const double slot = plot.width() / n;
    const double columnWidth = slot * 0.68;
    // Label every k-th month so labels never overlap.
    double widestLabel = 0;
    double widestValue = 0;
    for (const Column& column : m_columns) {
        widestLabel = std::max(widestLabel, smallMetrics.horizontalAdvance(column.label));
        widestValue = std::max(widestValue, smallMetrics.horizontalAdvance(column.valueText));
    }
    const int labelEvery = std::max(1, static_cast<int>(std::ceil((widestLabel + style.pt(4)) / slot)));
    const bool showValues = widestValue + style.pt(2) <= slot;
    for (int i = 0; i < n; ++i) {
        const Column& column = m_columns[static_cast<std::size_t>(i)];
        const double x = plot.left() + slot * i + (slot - columnWidth) / 2;
        const double height = plot.height() * column.value / axisMax;
        painter.fillRect(QRectF(x, plot.bottom() - height, columnWidth, height), style.accent);
        painter.setPen(style.text);
        if (showValues) {
            painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() - height - valueHeight, slot, valueHeight),
                             Qt::AlignHCenter | Qt::AlignBottom, column.valueText);
        }
        if (i % labelEvery == 0) {
            painter.setPen(style.muted);
            const double centre = plot.left() + slot * i + slot / 2;
            const double width = slot * labelEvery;
            painter.drawText(QRectF(centre - width / 2, plot.bottom() + style.pt(2), width, labelHeight),
                             Qt::AlignHCenter | Qt::AlignTop, column.label);
        }
    }
}

// --- paginate

std::vector<Page> paginate(const std::vector<std::unique_ptr<Block>>& blocks, const Style& style, double contentWidth,
                           double contentHeight)
{
    std::vector<Page> pages(1);
    double y = 0;
    auto newPage = [&pages, &y] {
        pages.emplace_back();
        y = 0;
    };
    // The height the start of `block` needs on a page.
    auto minimumStart = [&](const Block& block) {
        return block.height(style, contentWidth, 0, std::min(block.rowCount(), kMinimumRowsTogether));
    };

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const Block& block = *blocks[i];
        if (block.breakBefore && !pages.back().empty()) {
            newPage();
        }
        const double spaceAfter = style.pt(block.spaceAfter);
        const int rows = block.rowCount();
        if (rows == 0) {
            double needed = block.fixedHeight(style, contentWidth);
            if (block.keepWithNext && i + 1 < blocks.size()) {
                needed += spaceAfter + minimumStart(*blocks[i + 1]);
            }
            if (y + needed > contentHeight && !pages.back().empty()) {
                newPage();
            }
            pages.back().push_back(Piece {&block, 0, 0, y});
            y += block.fixedHeight(style, contentWidth) + spaceAfter;
            continue;
        }
        int first = 0;
        while (first < rows) {
            const int remaining = rows - first;
            // As many rows as fit under the repeated caption and header.
            double used = block.fixedHeight(style, contentWidth);
            int fit = 0;
            while (fit < remaining) {
                const double next = block.rowHeight(style, contentWidth, first + fit);
                if (y + used + next > contentHeight) {
                    break;
                }
                used += next;
                ++fit;
            }
            if (fit < std::min(remaining, kMinimumRowsTogether) && !pages.back().empty()) {
                newPage();
                continue;
            }
            if (fit == 0) {
                // A row taller than a page still makes progress.
                fit = 1;
                used += block.rowHeight(style, contentWidth, first);
            }
            pages.back().push_back(Piece {&block, first, fit, y});
            y += used + spaceAfter;
            first += fit;
            if (first < rows) {
                newPage();
            }
        }
    }
    if (pages.back().empty() && pages.size() > 1) {
        pages.pop_back();
    }
    return pages;
}

void setUpWriter(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(QStringLiteral("Relais"));
    writer.setTitle(title);
}

void drawPage(QPainter& painter, const Style& style, const QRectF& content, const Page& page)
{
    for (const Piece& piece : page) {
        const double height = piece.block->height(style, content.width(), piece.first, piece.count);
        piece.block->draw(painter, style, QRectF(content.left(), content.top() + piece.y, content.width(), height),
                          piece.first, piece.count);
    }
}

} // namespace relais::report::pdf
