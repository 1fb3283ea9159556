#include "RowImporters.h"

namespace relais::core {

namespace {

// partners.csv: matched by code (case ignored); a known code is updated.
class PartnerImporter final : public RowImporter
{
public:
    // In the order of exchange::columns(ExchangeKind::Partners).
    enum Column { Code, Name, Kind, TerritoryName, Phone, Email, ContactName };

    using RowImporter::RowImporter;

    Status importRow(const ImportRow& row) override
    {
        const qint64 problemsBefore = m_context.report().problemCount;
        const QString code = row.value(Code);
        if (code.isEmpty()) {
            problem(row, Code, ImportContext::tr("A partner organisation needs a code."));
            return {};
        }
        const QString key = code.toCaseFolded();
        if (const int first = m_seen.value(key); first > 0) {
            problem(row, Code, ImportContext::tr("The code “%1” is already on line %2.").arg(code).arg(first));
            return {};
        }
        m_seen.insert(key, row.line());

        PartnerOrganisation* known = m_context.partnerWithCode(code);
        PartnerOrganisation partner = known ? *known : PartnerOrganisation {};
        if (!known) {
            partner.code = code;
        }
        partner.name = row.value(Name);
        if (partner.name.isEmpty()) {
            problem(row, Name, ImportContext::tr("A partner organisation needs a name."));
        }
        if (row.has(Kind)) {
            partner.kind = row.value(Kind);
        }
        if (row.has(TerritoryName)) {
            auto territory = m_context.territory(row.value(TerritoryName));
            if (!territory) {
                return territory.error();
            }
            partner.territoryId = *territory;
        }
        if (row.has(Phone)) {
            partner.phone = row.value(Phone);
        }
        if (row.has(Email)) {
            partner.email = row.value(Email);
        }
        if (row.has(ContactName)) {
            partner.contactName = row.value(ContactName);
        }
        if (m_context.report().problemCount != problemsBefore) {
            return {};
        }

        ImportReport& report = m_context.report();
        if (known) {
            if (same(*known, partner)) {
                ++report.unchanged;
                return {};
            }
            ++report.updated;
            if (m_context.writing()) {
                if (auto status
                    = m_context.services().reference.updatePartner(partner, m_context.actor().id, m_context.now());
                    !status) {
                    return status;
                }
            }
        } else {
            ++report.created;
            if (m_context.writing()) {
                if (auto status
                    = m_context.services().reference.insertPartner(partner, m_context.actor().id, m_context.now());
                    !status) {
                    return status;
                }
            }
        }
        m_context.rememberPartner(partner);
        return {};
    }

private:
    static bool same(const PartnerOrganisation& a, const PartnerOrganisation& b)
    {
        return a.code == b.code && a.name == b.name && a.kind == b.kind && a.territoryId == b.territoryId
            && a.phone == b.phone && a.email == b.email && a.contactName == b.contactName;
    }

    QHash<QString, int> m_seen; // case-folded code -> line
};

} // namespace

std::unique_ptr<RowImporter> makePartnerImporter(ImportContext& context)
{
    return std::make_unique<PartnerImporter>(context);
}

} // namespace relais::core
