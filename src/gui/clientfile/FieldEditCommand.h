#pragma once

#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace relais::gui {

// One change of one field of the client file (a name, an alias, the assessment
// text...), undoable until the file is saved (Tiled: every edit an undo command).
// Consecutive changes of the same field merge, so typing a word is one step.
// `apply` puts a value back into the form; nothing is written to the database.
class FieldEditCommand : public QUndoCommand
{
public:
    FieldEditCommand(int field, const QString& fieldName, QVariant before, QVariant after,
                     std::function<void(int field, const QVariant& value)> apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    int field() const { return m_field; }

private:
    int m_field;
    QVariant m_before;
    QVariant m_after;
    std::function<void(int, const QVariant&)> m_apply;
};

} // namespace relais::gui
