#include "MergeEntriesDialog.h"

#include "AdminUi.h"
#include "gui/MessageBox.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::gui {

MergeEntriesDialog::MergeEntriesDialog(storage::Workspace& workspace, List list, std::vector<Entry> entries,
                                       QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(list)
    , m_entries(std::move(entries))
    , m_keep(new QComboBox(this))
    , m_message(admin::messageLabel(QStringLiteral("mergeEntriesMessageLabel"), this))
{
    setObjectName(QStringLiteral("mergeEntriesDialog"));
    setWindowTitle(tr("Merge duplicates"));
    m_keep->setObjectName(QStringLiteral("keepComboBox"));
    m_keep->setAccessibleName(tr("Entry to keep"));
    int firstBuiltIn = -1;
    for (const Entry& entry : m_entries) {
        m_keep->addItem(entry.builtIn ? tr("%1 (built-in)").arg(entry.text) : entry.text, entry.id);
        if (entry.builtIn && firstBuiltIn < 0) {
            firstBuiltIn = m_keep->count() - 1;
        }
    }
    // Only a built-in type can be kept when one is among them: start there.
    m_keep->setCurrentIndex(std::max(0, firstBuiltIn));

    QStringList names;
    for (const Entry& entry : m_entries) {
        names << QStringLiteral("• ") + entry.text;
    }
    auto* selected = new QLabel(names.join(QLatin1Char('\n')), this);
    selected->setTextFormat(Qt::PlainText);
    auto* explanation = new QLabel(tr("Choose the entry to keep. Everything recorded with the others (people, "
                                      "contacts, group sessions, partner organisations, referrals) will refer to it "
                                      "instead, and the others leave the list. A merge cannot be undone."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Selected:"), selected);
    form->addRow(tr("&Keep:"), m_keep);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(admin::dialogButtons(this, tr("&Merge"), QStringLiteral("mergeEntriesOkPushButton")));
}

QString MergeEntriesDialog::keptText() const
{
    const qint64 keepId = m_keep->currentData().toLongLong();
    for (const Entry& entry : m_entries) {
        if (entry.id == keepId) {
            return entry.text;
        }
    }
    return {};
}

void MergeEntriesDialog::accept()
{
    const qint64 keepId = m_keep->currentData().toLongLong();
    std::vector<qint64> mergedIds;
    for (const Entry& entry : m_entries) {
        if (entry.id != keepId) {
            mergedIds.push_back(entry.id);
        }
    }
    const auto answer = MessageBox::question(
        this, tr("Merge duplicates"),
        tr("Merge %n other entry(ies) into “%1”? This cannot be undone.", nullptr, static_cast<int>(mergedIds.size()))
            .arg(keptText()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    core::ReferenceService& reference = m_workspace.reference();
    const core::UserAccount& me = m_workspace.user();
    core::Status merged;
    switch (m_list) {
    case List::Territory:
        merged = reference.mergeTerritories(me, keepId, mergedIds);
        break;
    case List::Problem:
        merged = reference.mergeProblems(me, keepId, mergedIds);
        break;
    case List::InterventionType:
        merged = reference.mergeInterventionTypes(me, keepId, mergedIds);
        break;
    case List::Partner:
        merged = reference.mergePartners(me, keepId, mergedIds);
        break;
    }
    if (!merged) {
        admin::showMessage(m_message, merged.error().userMessage, true);
        return;
    }
    QDialog::accept();
}

} // namespace relais::gui
