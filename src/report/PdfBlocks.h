#pragma once

// The building blocks of the report's PDF and the paginator that lays them out:
// every block is drawn with QPainter (no QTextDocument: a table of thousands of
// rows would take seconds), tables and bar charts split between pages by rows
// with their caption and header repeated. Pagination runs before anything is
// drawn, so the page count is known for "Page 2 of 7" and for the progress.

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;

namespace relais::report::pdf {

// Sizes are given in points and drawn in device units (QPdfWriter's resolution,
// 1200 dpi): fonts get a pixel size in device units, so their metrics need no
// paint device and text is positioned finely.
struct Style
{
    double unit = 1.0; // device units per point
    QString family;

    double pt(double points) const { return points * unit; }
    QFont font(double pointSize, bool bold = false) const;

    QColor text {0x1d, 0x23, 0x2b};
    QColor muted {0x5f, 0x6b, 0x78};
    QColor accent {0x1f, 0x5f, 0x8b};
    QColor accentLight {0x9c, 0xbf, 0xd9};
    QColor rule {0xc9, 0xd1, 0xd9};
    QColor band {0xf0, 0xf4, 0xf7};

    double bodySize = 9.0;
    double smallSize = 7.5;
};

// A table's or chart's caption, and the wording when it goes on over a page break.
struct Caption
{
    QString text;
    QString continued; // "Referrals (continued)"
};

class Block
{
public:
    virtual ~Block() = default;
    // Rows the block may be split between; 0 for a block that is never split.
    virtual int rowCount() const { return 0; }
    // The whole block when it has no rows; else what every piece repeats (caption, header).
    virtual double fixedHeight(const Style& style, double width) const = 0;
    virtual double rowHeight(const Style& /*style*/, double /*width*/, int /*row*/) const { return 0; }
    // Height of the piece holding rows [first, first + count).
    double height(const Style& style, double width, int first, int count) const;
    virtual void draw(QPainter& painter, const Style& style, const QRectF& rect, int first, int count) const = 0;

    bool keepWithNext = false; // a heading: never left alone at the bottom of a page
    bool breakBefore = false; // starts a new page
    double spaceAfter = 10.0; // points
};

// A heading or a paragraph, wrapped to the width.
class TextBlock final : public Block
{
public:
    TextBlock(QString text, double pointSize, bool bold, QColor colour);
    double fixedHeight(const Style& style, double width) const override;
    void draw(QPainter& painter, const Style& style, const QRectF& rect, int first, int count) const override;

private:
    QString m_text;
    double m_size;
    bool m_bold;
    QColor m_colour;
};

// A table with a caption, a header row and rows; split by rows. Text columns wrap
// (a long French label takes two lines), numbers stay on one.
class TableBlock final : public Block
{
public:
    struct Column
    {
        QString title;
        double weight = 1.0; // share of the width
        bool numeric = false; // right-aligned
    };

    TableBlock(Caption caption, std::vector<Column> columns, QString emptyText);
    void addRow(QStringList cells, bool emphasised = false);

    int rowCount() const override;
    double fixedHeight(const Style& style, double width) const override;
    double rowHeight(const Style& style, double width, int row) const override;
    void draw(QPainter& painter, const Style& style, const QRectF& rect, int first, int count) const override;

private:
    std::vector<double> columnWidths(double width) const;

    Caption m_caption;
    std::vector<Column> m_columns;
    QString m_emptyText;
    std::vector<QStringList> m_rows;
    std::vector<bool> m_emphasised;
    // Row heights for one width, measured once: pagination and drawing ask for
    // each row several times, and a table may have thousands.
    mutable std::vector<double> m_rowHeights;
    mutable double m_measuredWidth = -1;
};

// Horizontal bars, one per category, the value written beside each; split by rows.
// A hidden value (a small count) gets no bar, only its text.
class BarChartBlock final : public Block
{
public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText;
        bool hidden = false;
    };

    BarChartBlock(Caption caption, QString emptyText);
    void addBar(Bar bar);

    int rowCount() const override;
    double fixedHeight(const Style& style, double width) const override;
    double rowHeight(const Style& style, double width, int row) const override;
    void draw(QPainter& painter, const Style& style, const QRectF& rect, int first, int count) const override;

private:
    Caption m_caption;
    QString m_emptyText;
    std::vector<Bar> m_bars;
    double m_max = 0;
};

// Vertical columns over time (encounters per month) with a value axis; never split.
class ColumnChartBlock final : public Block
{
public:
    struct Column
    {
        QString label;
        double value = 0;
        QString valueText;
    };

    // `axisText` formats an axis value for the report's language.
    ColumnChartBlock(Caption caption, QString emptyText, std::function<QString(double)> axisText);
    void addColumn(Column column);

    double fixedHeight(const Style& style, double width) const override;
    void draw(QPainter& painter, const Style& style, const QRectF& rect, int first, int count) const override;

private:
    Caption m_caption;
    QString m_emptyText;
    std::function<QString(double)> m_axisText;
    std::vector<Column> m_columns;
};

// Where a piece of a block goes.
struct Piece
{
    const Block* block = nullptr;
    int first = 0;
    int count = 0;
    double y = 0; // device units from the top of the content area
};

using Page = std::vector<Piece>;

// Lays `blocks` out on pages of `contentWidth` x `contentHeight` device units.
std::vector<Page> paginate(const std::vector<std::unique_ptr<Block>>& blocks, const Style& style, double contentWidth,
                           double contentHeight);

// Every Relais PDF: A4 portrait at kResolution dots per inch, no printer margins (the
// page frame draws its own), made by Relais, with `title` as its only metadata.
constexpr int kResolution = 1200;
void setUpWriter(QPdfWriter& writer, const QString& title);

// Draws the pieces of one page into the content area.
void drawPage(QPainter& painter, const Style& style, const QRectF& content, const Page& page);

} // namespace relais::report::pdf
