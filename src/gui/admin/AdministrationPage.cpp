#include "AdministrationPage.h"

#include "ProgrammesTab.h"
#include "ReferenceListPanel.h"
#include "UsersTab.h"
#include "core/Permissions.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relais::gui {

AdministrationPage::AdministrationPage(storage::Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_listsTab(new QWidget(m_tabs))
    , m_listChooser(new QComboBox(this))
    , m_lists(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("administrationPage"));
    auto* title = new QLabel(tr("Administration"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_tabs->setObjectName(QStringLiteral("administrationTabWidget"));
    m_tabs->setAccessibleName(tr("Administration"));

    if (core::isAllowed(workspace.user().role, core::Action::ManageUsers)) {
        m_users = new UsersTab(workspace, m_tabs);
        m_tabs->addTab(m_users, tr("&Users"));
    }
    m_programmes = new ProgrammesTab(workspace, m_tabs);
    m_tabs->addTab(m_programmes, tr("&Programmes"));

    m_listsTab->setObjectName(QStringLiteral("referenceListsTab"));
    m_listChooser->setObjectName(QStringLiteral("referenceListComboBox"));
    m_listChooser->setAccessibleName(tr("Reference list shown"));
    m_lists->setObjectName(QStringLiteral("referenceListsStackedWidget"));
    using List = ReferenceListPanel::List;
    for (List list : {List::Territory, List::Problem, List::InterventionType, List::Partner}) {
        auto* panel = new ReferenceListPanel(workspace, list, m_lists);
        m_lists->addWidget(panel);
        m_listChooser->addItem(ReferenceListPanel::titleOf(list), ReferenceListPanel::prefixOf(list));
    }
    connect(m_listChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_lists->setCurrentIndex(index);
        if (auto* panel = qobject_cast<ReferenceListPanel*>(m_lists->currentWidget())) {
            panel->refresh();
        }
    });
    auto* chooserForm = new QFormLayout;
    chooserForm->addRow(tr("&List:"), m_listChooser);
    auto* listsLayout = new QVBoxLayout(m_listsTab);
    listsLayout->addLayout(chooserForm);
    listsLayout->addWidget(m_lists, 1);
    m_tabs->addTab(m_listsTab, tr("&Reference lists"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
}

void AdministrationPage::refresh()
{
    if (m_users) {
        m_users->refresh();
    }
    m_programmes->refresh();
    if (auto* panel = qobject_cast<ReferenceListPanel*>(m_lists->currentWidget())) {
        panel->refresh();
    }
}

ReferenceListPanel* AdministrationPage::showReferenceList(const QString& prefix)
{
    const int index = m_listChooser->findData(prefix);
    if (index < 0) {
        return nullptr;
    }
    m_tabs->setCurrentWidget(m_listsTab);
    m_listChooser->setCurrentIndex(index);
    auto* panel = qobject_cast<ReferenceListPanel*>(m_lists->widget(index));
    if (panel) {
        panel->refresh();
    }
    return panel;
}

void AdministrationPage::showEvent(QShowEvent* event)
{
    // Others may have changed accounts or lists since the screen was last shown.
    refresh();
    QWidget::showEvent(event);
}

} // namespace relais::gui
