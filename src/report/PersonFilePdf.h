#pragma once

#include "ReportOptions.h"
#include "core/Result.h"
#include "core/UserAccount.h"
#include "core/domain/Entities.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace relais::core {
class CaseService;
class OutreachService;
class PeopleService;
class ReferenceService;
} // namespace relais::core

namespace relais::report {

// Everything Relais holds about one person that the reader's account may read,
// as core's services give it: the right of access's answer. The reference lists
// name what the records point at (types, problems, partners, accounts...).
struct PersonFile
{
    struct CaseFile
    {
        core::Case value;
        std::vector<core::StageTransition> history;
        std::vector<core::Goal> goals;
    };

    core::Person person;
    std::vector<core::PersonNote> notes;
    std::vector<CaseFile> cases;
    std::vector<core::Intervention> interventions;
    std::vector<core::Referral> referrals;

    std::vector<core::Territory> territories;
    std::vector<core::Problem> problems;
    std::vector<core::InterventionType> interventionTypes;
    std::vector<core::PartnerOrganisation> partners;
    std::vector<core::Programme> programmes;
    std::vector<core::UserAccount> users;
};

// One person's complete file as an A4 PDF (right of access): identity, housing
// and consent, each case with its stage history and goals, every intervention
// with its types, problems, referrals and note, the referrals and the notes.
// Drawn page by page with QPainter (PdfBlocks), like the activity report. The
// file is not encrypted: callers say so and audit the export.
class PersonFilePdf
{
    Q_DECLARE_TR_FUNCTIONS(PersonFilePdf)
public:
    // The services a file is read through (a storage::Workspace has them all).
    struct Sources
    {
        core::PeopleService& people;
        core::CaseService& cases;
        core::OutreachService& outreach;
        core::ReferenceService& reference;
    };

    // Reads the file with the actor's rights: opening it is audited (`file.open`)
    // and refused when the actor may not read it.
    static core::Result<PersonFile> collect(const Sources& sources, const core::UserAccount& actor, qint64 personId);

    // Writes the PDF to `path` atomically (owner-only permissions). `options`
    // gives the language of labels, dates and the "generated on" day. `progress`
    // is called after each page; returning false cancels and writes nothing.
    // Needs a QGuiApplication, as ReportPdf does.
    static core::Status write(const PersonFile& file, const QString& path, const ReportOptions& options,
                              const Progress& progress = {});
};

} // namespace relais::report
