#include "MergePersonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::gui {

MergePersonDialog::MergePersonDialog(storage::Workspace& workspace, qint64 keptPersonId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_keptPersonId(keptPersonId)
    , m_searchLineEdit(new QLineEdit(this))
    , m_resultsListWidget(new QListWidget(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Merge with another record"));
    setObjectName(QStringLiteral("mergePersonDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Find the duplicate record (name or alias):"), this);
    label->setBuddy(m_searchLineEdit);
    layout->addWidget(label);
    m_searchLineEdit->setObjectName(QStringLiteral("mergeSearchLineEdit"));
    m_searchLineEdit->setAccessibleName(tr("Search people"));
    m_searchLineEdit->setClearButtonEnabled(true);
    layout->addWidget(m_searchLineEdit);
    m_resultsListWidget->setObjectName(QStringLiteral("mergeResultsListWidget"));
    m_resultsListWidget->setAccessibleName(tr("Matching people"));
    layout->addWidget(m_resultsListWidget);
    auto* hint = new QLabel(tr("Everything recorded for the chosen record moves into this file."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Merge…"));
    m_buttonBox->setObjectName(QStringLiteral("mergeButtonBox"));
    layout->addWidget(m_buttonBox);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &MergePersonDialog::search);
    connect(m_resultsListWidget, &QListWidget::currentRowChanged, this, &MergePersonDialog::updateButtons);
    connect(m_resultsListWidget, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void MergePersonDialog::search()
{
    m_resultsListWidget->clear();
    const QString text = m_searchLineEdit->text().trimmed();
    if (!text.isEmpty()) {
        auto found = m_workspace.people().search(m_workspace.user(), text);
        if (found) {
            for (const core::PersonSummary& person : *found) {
                if (person.id == m_keptPersonId) {
                    continue;
                }
                QString shown = person.displayName;
                if (person.birthDate) {
                    shown += QStringLiteral(" \u2014 ") + QLocale().toString(*person.birthDate, QLocale::ShortFormat);
                }
                if (!person.caseManagerUserName.isEmpty()) {
                    shown += QStringLiteral(" \u2014 ") + tr("followed by %1").arg(person.caseManagerUserName);
                }
                auto* item = new QListWidgetItem(shown, m_resultsListWidget);
                item->setData(Qt::UserRole, person.id);
                item->setData(Qt::UserRole + 1, person.displayName);
            }
        }
    }
    if (m_resultsListWidget->count() > 0) {
        m_resultsListWidget->setCurrentRow(0);
    }
    updateButtons();
}

std::optional<qint64> MergePersonDialog::selectedPersonId() const
{
    const QListWidgetItem* item = m_resultsListWidget->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return item->data(Qt::UserRole).toLongLong();
}

QString MergePersonDialog::selectedName() const
{
    const QListWidgetItem* item = m_resultsListWidget->currentItem();
    return item == nullptr ? QString() : item->data(Qt::UserRole + 1).toString();
}

void MergePersonDialog::updateButtons()
{
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_resultsListWidget->currentItem() != nullptr);
}

} // namespace relais::gui
