#include "UnlockWidget.h"

#include "storage/DataStore.h"
#include "ui_UnlockWidget.h"

#include <QFileDialog>

namespace relais::gui {

UnlockWidget::UnlockWidget(const core::Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UnlockWidget>())
    , m_clock(clock)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    m_ui->titleLabel->setFont(title);
    m_ui->browseToolButton->setAccessibleName(tr("Choose the database file"));
    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &UnlockWidget::signIn);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &UnlockWidget::signIn);
    connect(m_ui->browseToolButton, &QToolButton::clicked, this, &UnlockWidget::browse);
}

UnlockWidget::~UnlockWidget() = default;

void UnlockWidget::setDatabasePath(const QString& path)
{
    m_ui->databaseLineEdit->setText(path);
    m_ui->userLineEdit->setFocus();
}

void UnlockWidget::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Relais database"), m_ui->databaseLineEdit->text(),
                                                      tr("Relais databases (*.db);;All files (*)"));
    if (!path.isEmpty()) {
        setDatabasePath(path);
    }
}

void UnlockWidget::signIn()
{
    const QString path = m_ui->databaseLineEdit->text().trimmed();
    const auto wait = storage::DataStore::signInWait(path, m_clock);
    if (wait.count() > 0) {
        m_ui->messageLabel->setText(
            tr("Too many failed attempts. Please wait %n second(s) before trying again.", nullptr,
               static_cast<int>(wait.count())));
        return;
    }
    QByteArray password = m_ui->passwordLineEdit->text().toUtf8();
    m_ui->passwordLineEdit->clear();
    auto session = storage::DataStore::unlock(path, m_ui->userLineEdit->text(),
                                              std::string_view(password.constData(), password.size()), m_clock);
    storage::wipe(password);
    if (!session) {
        m_ui->messageLabel->setText(session.error().userMessage);
        return;
    }
    auto workspace = storage::Workspace::open(std::move(*session), m_clock);
    if (!workspace) {
        m_ui->messageLabel->setText(workspace.error().userMessage);
        return;
    }
    m_workspace = std::move(*workspace);
    m_ui->messageLabel->clear();
    emit signedIn();
}

} // namespace relais::gui
