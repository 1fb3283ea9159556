#include "ReferenceEntryDialog.h"

#include "AdminUi.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace relais::gui {

namespace {

QLineEdit* field(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

ReferenceEntryDialog::ReferenceEntryDialog(storage::Workspace& workspace, List list, const Entry& entry,
                                           QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(list)
    , m_entry(entry)
    , m_message(admin::messageLabel(QStringLiteral("referenceEntryMessageLabel"), this))
{
    setObjectName(QStringLiteral("referenceEntryDialog"));
    const bool adding = entry.id == 0;
    auto* form = new QFormLayout;
    switch (list) {
    case List::Territory:
        setWindowTitle(adding ? tr("New territory") : tr("Rename territory"));
        m_name = field(entry.name, QStringLiteral("nameLineEdit"), tr("Territory name"), this);
        form->addRow(tr("&Name:"), m_name);
        break;
    case List::Problem:
        setWindowTitle(adding ? tr("New problem") : tr("Rename problem"));
        m_name = field(entry.name, QStringLiteral("nameLineEdit"), tr("Problem label"), this);
        form->addRow(tr("&Label:"), m_name);
        break;
    case List::Partner: // PartnerDialog edits partners
        break;
    case List::InterventionType:
        setWindowTitle(adding ? tr("New intervention type") : tr("Rename intervention type"));
        m_code = field(entry.code, QStringLiteral("codeLineEdit"), tr("Code"), this);
        m_code->setReadOnly(!adding);
        m_code->setToolTip(tr("A stable code for exports: lower-case letters, digits and underscores. It cannot be "
                              "changed later."));
        m_labelFr = field(entry.labelFr, QStringLiteral("labelFrLineEdit"), tr("French label"), this);
        m_labelEn = field(entry.labelEn, QStringLiteral("labelEnLineEdit"), tr("English label"), this);
        form->addRow(tr("&Code:"), m_code);
        form->addRow(tr("&French label:"), m_labelFr);
        form->addRow(tr("&English label:"), m_labelEn);
        break;
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(
        admin::dialogButtons(this, adding ? tr("&Add") : tr("&Save"), QStringLiteral("referenceEntryOkPushButton")));
}

void ReferenceEntryDialog::accept()
{
    const core::UserAccount& me = m_workspace.user();
    core::ReferenceService& reference = m_workspace.reference();
    const bool adding = m_entry.id == 0;
    QString problem;
    switch (m_list) {
    case List::Territory: {
        auto saved = adding ? reference.territoryNamed(me, m_name->text())
                            : reference.renameTerritory(me, m_entry.id, m_name->text());
        if (saved) {
            m_savedName = saved->name;
        } else {
            problem = saved.error().userMessage;
        }
        break;
    }
    case List::Problem: {
        auto saved = adding ? reference.problemNamed(me, m_name->text())
                            : reference.renameProblem(me, m_entry.id, m_name->text());
        if (saved) {
            m_savedName = saved->label;
        } else {
            problem = saved.error().userMessage;
        }
        break;
    }
    case List::Partner:
        QDialog::reject();
        return;
    case List::InterventionType: {
        auto saved = adding
            ? reference.addInterventionType(me, m_code->text().trimmed(), m_labelFr->text(), m_labelEn->text())
            : reference.relabelInterventionType(me, m_entry.id, m_labelFr->text(), m_labelEn->text());
        if (saved) {
            m_savedName = saved->code;
        } else {
            problem = saved.error().userMessage;
        }
        break;
    }
    }
    if (!problem.isEmpty()) {
        admin::showMessage(m_message, problem, true);
        return;
    }
    QDialog::accept();
}

} // namespace relais::gui
