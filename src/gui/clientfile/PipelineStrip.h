#pragma once

#include "core/domain/Codes.h"

#include <QWidget>

#include <optional>

namespace relais::gui {

// The six stages of seed 001 (intake -> exit or reassessment) painted as one row
// of boxes: the current stage highlighted, the stages before it marked done.
// Display only; which stage a case is at comes from core's Case.
class PipelineStrip : public QWidget
{
    Q_OBJECT
public:
    explicit PipelineStrip(QWidget* parent = nullptr);

    // No stage: no case to show (every box plain).
    void setCurrentStage(std::optional<core::Stage> stage);
    std::optional<core::Stage> currentStage() const { return m_stage; }
    // A closed case: the last stage counts as done too.
    void setClosed(bool closed);
    bool isClosed() const { return m_closed; }
    void setLabelLanguage(core::LabelLanguage language);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString stageText(core::Stage stage) const;
    void updateAccessibleDescription();

    std::optional<core::Stage> m_stage;
    bool m_closed = false;
    core::LabelLanguage m_language;
};

} // namespace relais::gui
