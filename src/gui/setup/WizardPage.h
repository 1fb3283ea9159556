#pragma once

#include <QWizardPage>

#include <functional>
#include <utility>

namespace relais::gui {

// A wizard page whose completeness, set-up and validation are supplied by its
// wizard, so that a whole wizard's form lives in one .ui file and its behaviour in
// one class (SetupWizard) instead of one subclass per page.
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    void setCompleteCheck(std::function<bool()> check) { m_completeCheck = std::move(check); }
    void setInitializer(std::function<void()> initializer) { m_initializer = std::move(initializer); }
    void setValidator(std::function<bool()> validator) { m_validator = std::move(validator); }

    // Asks the wizard to re-read isComplete() (after an edit the check depends on).
    void refreshComplete() { emit completeChanged(); }

    bool isComplete() const override { return QWizardPage::isComplete() && (!m_completeCheck || m_completeCheck()); }
    void initializePage() override
    {
        QWizardPage::initializePage();
        if (m_initializer) {
            m_initializer();
        }
    }
    bool validatePage() override { return !m_validator || m_validator(); }

private:
    std::function<bool()> m_completeCheck;
    std::function<void()> m_initializer;
    std::function<bool()> m_validator;
};

} // namespace relais::gui
