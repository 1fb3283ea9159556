#pragma once

#include "ListPage.h"

class QComboBox;
class QPushButton;

namespace relais::gui {

// My caseload: cases by next contact due, overdue in red, and the cap indicator
// ("7 / 10") per programme. Team leads choose whose caseload to see.
class CaseloadPage final : public ListPage
{
    Q_OBJECT
public:
    explicit CaseloadPage(storage::Workspace& workspace, QWidget* parent = nullptr);
    void refresh() override;

private:
    QComboBox* m_manager = nullptr;
};

// Candidates in intake (incoming referrals included) and the waiting list.
class IntakePage final : public ListPage
{
    Q_OBJECT
public:
    explicit IntakePage(storage::Workspace& workspace, QWidget* parent = nullptr);
    void refresh() override;
};

// The latest outreach contacts (mine, or everyone's for a team lead).
class OutreachPage final : public ListPage
{
    Q_OBJECT
public:
    explicit OutreachPage(storage::Workspace& workspace, QWidget* parent = nullptr);
    void refresh() override;

signals:
    void newContactRequested();
};

// Partner organisations (organismes partenaires).
class PartnersPage final : public ListPage
{
    Q_OBJECT
public:
    explicit PartnersPage(storage::Workspace& workspace, QWidget* parent = nullptr);
    void refresh() override;
};

// Group sessions (open or closed groups) with attendance.
class GroupsPage final : public ListPage
{
    Q_OBJECT
public:
    explicit GroupsPage(storage::Workspace& workspace, QWidget* parent = nullptr);
    void refresh() override;

signals:
    void newGroupSessionRequested();
};

} // namespace relais::gui
