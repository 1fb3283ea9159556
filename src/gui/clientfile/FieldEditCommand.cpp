#include "FieldEditCommand.h"

#include <QCoreApplication>

namespace relais::gui {

namespace {

// Ids of QUndoCommand merging: one per field, above those of other commands.
constexpr int kFieldIdBase = 1000;

} // namespace

FieldEditCommand::FieldEditCommand(int field, const QString& fieldName, QVariant before, QVariant after,
                                   std::function<void(int, const QVariant&)> apply)
    : m_field(field), m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply))
{
    setText(QCoreApplication::translate("relais::gui::FieldEditCommand", "Edit %1").arg(fieldName));
}

void FieldEditCommand::undo()
{
    m_apply(m_field, m_before);
}

void FieldEditCommand::redo()
{
    m_apply(m_field, m_after);
}

int FieldEditCommand::id() const
{
    return kFieldIdBase + m_field;
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const FieldEditCommand*>(other);
    if (edit->m_field != m_field) {
        return false;
    }
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace relais::gui
