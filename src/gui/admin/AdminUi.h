#pragma once

#include <QString>
#include <QStringList>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

namespace relais::gui {

// The wait cursor while a long operation runs on the GUI thread (Argon2id for a
// new password, a re-key copying the whole database); restored when it goes.
class BusyCursor
{
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

// Small pieces the administration screens share, so they look and behave alike.
namespace admin {

// A word-wrapped label for what just happened or why it was refused.
QLabel* messageLabel(const QString& objectName, QWidget* parent);
// Shows `text` in `label`, in the error colour when `error`.
void showMessage(QLabel* label, const QString& text, bool error);
// A table of whole rows, read-only, fixed row heights; `multiple` allows
// Ctrl/Shift-selection of several rows.
QTableWidget* listTable(const QString& objectName, const QString& accessibleName, const QStringList& headers,
                        bool multiple, QWidget* parent);
// A push button with an object name and the same accessible name as its text.
QPushButton* actionButton(const QString& text, const QString& objectName, QWidget* parent);
// OK/Cancel wired to the dialog's accept()/reject(); the OK button gets `okText`
// and the object name `okObjectName`.
QDialogButtonBox* dialogButtons(QDialog* dialog, const QString& okText, const QString& okObjectName);

} // namespace admin

} // namespace relais::gui
