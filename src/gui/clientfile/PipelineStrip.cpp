#include "PipelineStrip.h"

#include "LabelLanguage.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace relais::gui {

namespace {

constexpr int kGap = 6;
constexpr int kHorizontalPadding = 10;
constexpr qreal kRadius = 4.0;

} // namespace

PipelineStrip::PipelineStrip(QWidget* parent) : QWidget(parent), m_language(interfaceLabelLanguage())
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Case stages"));
    updateAccessibleDescription();
}

void PipelineStrip::setCurrentStage(std::optional<core::Stage> stage)
{
    m_stage = stage;
    updateAccessibleDescription();
    update();
}

void PipelineStrip::setClosed(bool closed)
{
    m_closed = closed;
    updateAccessibleDescription();
    update();
}

void PipelineStrip::setLabelLanguage(core::LabelLanguage language)
{
    m_language = language;
    updateAccessibleDescription();
    updateGeometry();
    update();
}

QString PipelineStrip::stageText(core::Stage stage) const
{
    return core::labelOf(stage, m_language);
}

void PipelineStrip::updateAccessibleDescription()
{
    if (!m_stage) {
        setAccessibleDescription(tr("No case"));
        setToolTip({});
        return;
    }
    const QString text
        = m_closed ? tr("Closed at: %1").arg(stageText(*m_stage)) : tr("Current stage: %1").arg(stageText(*m_stage));
    setAccessibleDescription(text);
    setToolTip(text);
}

QSize PipelineStrip::sizeHint() const
{
    const QFontMetrics metrics(font());
    int width = 0;
    for (const auto& entry : core::codedValues<core::Stage>()) {
        width += metrics.horizontalAdvance(QStringLiteral("\u2713 ") + stageText(entry.value)) + 2 * kHorizontalPadding;
    }
    width += kGap * (static_cast<int>(core::codedValues<core::Stage>().size()) - 1);
    return {width, metrics.height() * 2 + 4};
}

QSize PipelineStrip::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    return {static_cast<int>(core::codedValues<core::Stage>().size()) * (metrics.averageCharWidth() * 6 + kGap),
            metrics.height() * 2 + 4};
}

void PipelineStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        updateGeometry();
        updateAccessibleDescription();
    }
    QWidget::changeEvent(event);
}

void PipelineStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto stages = core::codedValues<core::Stage>();
    const int count = static_cast<int>(stages.size());
    const qreal boxWidth = (width() - 1 - kGap * (count - 1)) / static_cast<qreal>(count);
    const QPalette& colours = palette();
    const int current = m_stage ? static_cast<int>(*m_stage) : -1;

    for (int index = 0; index < count; ++index) {
        const QRectF box(0.5 + index * (boxWidth + kGap), 0.5, boxWidth, height() - 1.0);
        const bool isCurrent = index == current;
        const bool isDone = current >= 0 && (index < current || (m_closed && isCurrent));
        QColor fill = colours.color(QPalette::Base);
        QColor text = colours.color(QPalette::Text);
        QColor border = colours.color(QPalette::Mid);
        if (isCurrent) {
            fill = colours.color(QPalette::Highlight);
            text = colours.color(QPalette::HighlightedText);
            border = fill.darker(130);
        } else if (isDone) {
            fill = colours.color(QPalette::Highlight).lighter(180);
            text = colours.color(QPalette::Text);
        }
        QPainterPath path;
        path.addRoundedRect(box, kRadius, kRadius);
        painter.fillPath(path, fill);
        painter.setPen(QPen(border, isCurrent ? 2.0 : 1.0));
        painter.drawPath(path);

        QFont font = painter.font();
        font.setBold(isCurrent);
        painter.setFont(font);
        painter.setPen(text);
        const QString label = (isDone ? QStringLiteral("\u2713 ") : QString()) + stageText(stages[index].value);
        const QRectF textBox = box.adjusted(4, 2, -4, -2);
        const QString shown
            = painter.fontMetrics().elidedText(label, Qt::ElideRight, static_cast<int>(textBox.width()));
        painter.drawText(textBox, Qt::AlignCenter, shown);
    }
}

} // namespace relais::gui
