#include "ProgrammeDialog.h"

#include "AdminUi.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais::gui {

ProgrammeDialog::ProgrammeDialog(storage::Workspace& workspace, const core::Programme& programme, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_programme(programme)
    , m_name(new QLineEdit(programme.name, this))
    , m_cap(new QSpinBox(this))
    , m_maxMonths(new QSpinBox(this))
    , m_permit(new QCheckBox(tr("A &residence permit is required"), this))
    , m_message(admin::messageLabel(QStringLiteral("programmeMessageLabel"), this))
{
    setObjectName(QStringLiteral("programmeDialog"));
    setWindowTitle(programme.id ? tr("Edit programme") : tr("New programme"));
    m_name->setObjectName(QStringLiteral("programmeNameLineEdit"));
    m_name->setAccessibleName(tr("Programme name"));
    // The service has the last word on the range; the spin box only keeps typing sensible.
    m_cap->setObjectName(QStringLiteral("caseloadCapSpinBox"));
    m_cap->setAccessibleName(tr("Caseload cap: active cases per case manager"));
    m_cap->setRange(1, 200);
    m_cap->setValue(programme.caseloadCap);
    m_maxMonths->setObjectName(QStringLiteral("maxMonthsHomelessSpinBox"));
    m_maxMonths->setAccessibleName(tr("Maximum months on the street, 0 for not checked"));
    m_maxMonths->setRange(0, 240);
    m_maxMonths->setSpecialValueText(tr("Not checked"));
    m_maxMonths->setSuffix(tr(" months"));
    m_maxMonths->setValue(programme.eligibility.maxMonthsHomeless);
    m_permit->setObjectName(QStringLiteral("residencePermitCheckBox"));
    m_permit->setAccessibleName(tr("A residence permit is required"));
    m_permit->setChecked(programme.eligibility.requiresResidencePermit);

    auto* explanation = new QLabel(tr("Admission checks these rules; a team lead may admit someone who does not "
                                      "meet them by giving a reason."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Caseload &cap:"), m_cap);
    form->addRow(tr("On the street for less &than:"), m_maxMonths);
    form->addRow(QString(), m_permit);
    if (auto* capLabel = qobject_cast<QLabel*>(form->labelForField(m_cap))) {
        capLabel->setToolTip(tr("Active cases per case manager in this programme"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(admin::dialogButtons(this, tr("&Save"), QStringLiteral("programmeOkPushButton")));
}

void ProgrammeDialog::accept()
{
    core::Programme edited = m_programme;
    edited.name = m_name->text().trimmed();
    edited.caseloadCap = m_cap->value();
    edited.eligibility.maxMonthsHomeless = m_maxMonths->value();
    edited.eligibility.requiresResidencePermit = m_permit->isChecked();
    auto saved = m_workspace.reference().saveProgramme(m_workspace.user(), edited);
    if (!saved) {
        admin::showMessage(m_message, saved.error().userMessage, true);
        return;
    }
    m_programme = *saved;
    QDialog::accept();
}

} // namespace relais::gui
