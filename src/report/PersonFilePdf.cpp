#include "PersonFilePdf.h"

#include "PdfBlocks.h"
#include "ReportFile.h"
#include "ReportPdf.h"
#include "core/domain/CaseService.h"
#include "core/domain/OutreachService.h"
#include "core/domain/PeopleService.h"
#include "core/domain/ReferenceService.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relais::report {

using pdf::Block;
using pdf::Caption;
using pdf::Style;
using pdf::TableBlock;
using pdf::TextBlock;

namespace {

constexpr double kMargin = 50;
constexpr double kMarginTop = 66;
constexpr double kMarginBottom = 58;
constexpr double kTitleSize = 20;
constexpr double kHeadingSize = 14;

template <typename T> QString nameIn(const std::vector<T>& list, qint64 id, QString T::*field)
{
    const auto found = std::find_if(list.begin(), list.end(), [id](const T& item) { return item.id == id; });
    return found == list.end() ? QString::number(id) : (*found).*field;
}

// Text of the file's values in the options' language.
class Words
{
public:
    Words(const PersonFile& file, const ReportOptions& options)
        : m_file(file), m_locale(options.locale), m_language(options.language())
    {
    }

    QString date(const QDate& day) const
    {
        return day.isValid() ? m_locale.toString(day, u"d MMMM yyyy"_s) : QString();
    }
    QString date(const std::optional<QDate>& day) const { return day ? date(*day) : QString(); }
    // Stored in UTC, shown in the computer's local time, as the window shows it.
    QString moment(const QDateTime& at) const
    {
        return at.isValid() ? m_locale.toString(at.toLocalTime(), u"d MMMM yyyy HH:mm"_s) : QString();
    }
    template <typename E> QString label(E value) const { return core::labelOf(value, m_language); }
    template <typename E> QString label(const std::optional<E>& value) const
    {
        return value ? label(*value) : QString();
    }
    QString yesNo(bool value) const { return value ? PersonFilePdf::tr("Yes") : PersonFilePdf::tr("No"); }

    QString territory(const std::optional<qint64>& id) const
    {
        return id ? nameIn(m_file.territories, *id, &core::Territory::name) : QString();
    }
    QString problems(const std::vector<qint64>& ids) const
    {
        QStringList names;
        for (qint64 id : ids) {
            names << nameIn(m_file.problems, id, &core::Problem::label);
        }
        return names.join(u", "_s);
    }
    QString types(const std::vector<qint64>& ids) const
    {
        QStringList names;
        for (qint64 id : ids) {
            const auto& list = m_file.interventionTypes;
            const auto found = std::find_if(list.begin(), list.end(), [id](const auto& type) { return type.id == id; });
            if (found == list.end()) {
                names << QString::number(id);
            } else {
                names << (m_language == core::LabelLanguage::French ? found->labelFr : found->labelEn);
            }
        }
        return names.join(u", "_s);
    }
    QString partner(qint64 id) const { return nameIn(m_file.partners, id, &core::PartnerOrganisation::name); }
    QString partners(const std::vector<qint64>& ids) const
    {
        QStringList names;
        for (qint64 id : ids) {
            names << partner(id);
        }
        return names.join(u", "_s);
    }
    QString programme(qint64 id) const { return nameIn(m_file.programmes, id, &core::Programme::name); }
    QString user(qint64 id) const
    {
        const auto& list = m_file.users;
        const auto found = std::find_if(list.begin(), list.end(), [id](const auto& user) { return user.id == id; });
        if (found == list.end()) {
            return id == 0 ? QString() : PersonFilePdf::tr("account %1 (removed)").arg(id);
        }
        return found->displayName.isEmpty() ? found->userName
                                            : PersonFilePdf::tr("%1 (%2)").arg(found->displayName, found->userName);
    }
    QString count(qint64 value) const { return m_locale.toString(value); }

private:
    const PersonFile& m_file;
    QLocale m_locale;
    core::LabelLanguage m_language;
};

// Builds the document as blocks, section after section.
class FileBuilder
{
public:
    FileBuilder(const PersonFile& file, const Words& words, const Style& style, const ReportOptions& options)
        : m_file(file), m_words(words), m_style(style), m_options(options)
    {
    }

    std::vector<std::unique_ptr<Block>> build()
    {
        title();
        identity();
        cases();
        interventions();
        referrals();
        notes();
        return std::move(m_blocks);
    }

private:
    template <typename T> T& add(std::unique_ptr<T> block)
    {
        T& ref = *block;
        m_blocks.push_back(std::move(block));
        return ref;
    }

    void text(const QString& value, double size, bool bold, const QColor& colour, double spaceAfter)
    {
        add(std::make_unique<TextBlock>(value, size, bold, colour)).spaceAfter = spaceAfter;
    }

    void heading(const QString& value)
    {
        auto& block = add(std::make_unique<TextBlock>(value, kHeadingSize, true, m_style.text));
        block.keepWithNext = true;
        block.spaceAfter = 8;
    }

    static Caption caption(const QString& value)
    {
        return Caption {value, value.isEmpty() ? QString() : PersonFilePdf::tr("%1 (continued)").arg(value)};
    }

    // Field | value, leaving out what is not recorded.
    TableBlock& fields(const QString& title, const std::vector<std::pair<QString, QString>>& rows)
    {
        auto& table = add(
            std::make_unique<TableBlock>(caption(title),
                                         std::vector<TableBlock::Column> {{PersonFilePdf::tr("Field"), 30, false},
                                                                          {PersonFilePdf::tr("Recorded"), 70, false}},
                                         PersonFilePdf::tr("Nothing recorded.")));
        for (const auto& [field, value] : rows) {
            if (!value.trimmed().isEmpty()) {
                table.addRow({field, value});
            }
        }
        table.spaceAfter = 14;
        return table;
    }

    void title()
    {
        text(PersonFilePdf::tr("Personal file"), 12, true, m_style.accent, 6);
        text(m_file.person.displayName(), kTitleSize, true, m_style.text, 8);
        QString intro = PersonFilePdf::tr("Everything Relais holds about this person that the account which made "
                                          "this document may read: identity, housing, consent, cases with their "
                                          "stage history and goals, interventions, referrals and notes.");
        if (m_options.generatedOn.isValid()) {
            intro += u" "_s + PersonFilePdf::tr("Generated on %1.").arg(m_words.date(m_options.generatedOn));
        }
        text(intro, m_style.bodySize, false, m_style.muted, 4);
        text(PersonFilePdf::tr("This document is not encrypted: hand it to the person, keep it in a safe place, and "
                               "delete it when it is no longer needed."),
             m_style.bodySize, true, m_style.muted, 16);
    }

    void identity()
    {
        const core::Person& person = m_file.person;
        heading(PersonFilePdf::tr("Identity and situation"));
        QString ageBand;
        if (person.ageBand.isSet()) {
            ageBand = PersonFilePdf::tr("%1 to %2 years").arg(person.ageBand.minAge).arg(person.ageBand.maxAge);
        }
        fields(PersonFilePdf::tr("Identity"),
               {
                   {PersonFilePdf::tr("First name"), person.firstName},
                   {PersonFilePdf::tr("Last name"), person.lastName},
                   {PersonFilePdf::tr("Alias"), person.alias},
                   {PersonFilePdf::tr("Description"), person.description},
                   {PersonFilePdf::tr("Birth date"), m_words.date(person.birthDate)},
                   {PersonFilePdf::tr("Estimated birth year"),
                    person.birthYear ? QString::number(*person.birthYear) : QString()},
                   {PersonFilePdf::tr("Approximate age"), ageBand},
                   {PersonFilePdf::tr("Gender"), m_words.label(person.gender)},
                   {PersonFilePdf::tr("Language"), m_words.label(person.language)},
                   {PersonFilePdf::tr("Phone"), person.phone},
                   {PersonFilePdf::tr("Safety alert"), person.safetyAlert},
                   {PersonFilePdf::tr("Record created"), m_words.moment(person.createdAt)},
                   {PersonFilePdf::tr("Last changed"), m_words.moment(person.updatedAt)},
                   {PersonFilePdf::tr("Identifier"), person.uuid},
               });
        fields(PersonFilePdf::tr("Situation"),
               {
                   {PersonFilePdf::tr("Territory"), m_words.territory(person.territoryId)},
                   {PersonFilePdf::tr("Housing situation"), m_words.label(person.housingSituation)},
                   {PersonFilePdf::tr("Housing situation since"), m_words.date(person.housingSince)},
                   {PersonFilePdf::tr("Residence permit"), m_words.label(person.residencePermit)},
                   {PersonFilePdf::tr("Problems"), m_words.problems(person.problemIds)},
               });
        fields(PersonFilePdf::tr("Consent"),
               {
                   {PersonFilePdf::tr("Given on"), m_words.date(person.consent.givenOn)},
                   {PersonFilePdf::tr("Scope"), person.consent.scope},
                   {PersonFilePdf::tr("Expires on"), m_words.date(person.consent.expiresOn)},
               });
    }

    void cases()
    {
        heading(PersonFilePdf::tr("Cases"));
        if (m_file.cases.empty()) {
            text(PersonFilePdf::tr("No case."), m_style.bodySize, false, m_style.muted, 16);
            return;
        }
        for (const PersonFile::CaseFile& file : m_file.cases) {
            const core::Case& value = file.value;
            QString satisfaction;
            if (value.satisfaction) {
                satisfaction = PersonFilePdf::tr("%1 out of 5").arg(*value.satisfaction);
            }
            fields(PersonFilePdf::tr("Case in “%1”, opened on %2")
                       .arg(m_words.programme(value.programmeId), m_words.date(value.openedOn)),
                   {
                       {PersonFilePdf::tr("Stage"), m_words.label(value.stage)},
                       {PersonFilePdf::tr("Status"), m_words.label(value.status)},
                       {PersonFilePdf::tr("Cycle"), QString::number(value.cycle)},
                       {PersonFilePdf::tr("Case manager"),
                        value.caseManagerId ? m_words.user(*value.caseManagerId) : QString()},
                       {PersonFilePdf::tr("Opened on"), m_words.date(value.openedOn)},
                       {PersonFilePdf::tr("Asked for by the person"), m_words.yesNo(value.personRequested)},
                       {PersonFilePdf::tr("On the waiting list since"), m_words.date(value.waitingSince)},
                       {PersonFilePdf::tr("Admitted on"), m_words.date(value.admittedOn)},
                       {PersonFilePdf::tr("Eligibility exception"), value.eligibilityOverrideReason},
                       {PersonFilePdf::tr("Reason for declining"), value.declineReason},
                       {PersonFilePdf::tr("Problems and weaknesses"), value.assessmentSummary},
                       {PersonFilePdf::tr("Strengths"), value.strengths},
                       {PersonFilePdf::tr("Resources"), value.resources},
                       {PersonFilePdf::tr("Next contact due"), m_words.date(value.nextContactDue)},
                       {PersonFilePdf::tr("Satisfaction"), satisfaction},
                       {PersonFilePdf::tr("Closed on"), m_words.date(value.closedOn)},
                       {PersonFilePdf::tr("Exit reason"), m_words.label(value.exitReason)},
                       {PersonFilePdf::tr("Housing on leaving"), m_words.label(value.exitHousing)},
                       {PersonFilePdf::tr("Exit note"), value.exitNote},
                   });

            auto& goals = add(std::make_unique<TableBlock>(
                caption(PersonFilePdf::tr("Goals")),
                std::vector<TableBlock::Column> {{PersonFilePdf::tr("Cycle"), 8, true},
                                                 {PersonFilePdf::tr("Goal"), 34, false},
                                                 {PersonFilePdf::tr("Means"), 30, false},
                                                 {PersonFilePdf::tr("Target date"), 14, false},
                                                 {PersonFilePdf::tr("Outcome"), 14, false}},
                PersonFilePdf::tr("No goal.")));
            for (const core::Goal& goal : file.goals) {
                goals.addRow({QString::number(goal.cycle), goal.description, goal.means, m_words.date(goal.targetDate),
                              m_words.label(goal.outcome)});
            }
            goals.spaceAfter = 14;

            auto& history = add(
                std::make_unique<TableBlock>(caption(PersonFilePdf::tr("Stage history")),
                                             std::vector<TableBlock::Column> {{PersonFilePdf::tr("When"), 20, false},
                                                                              {PersonFilePdf::tr("From"), 14, false},
                                                                              {PersonFilePdf::tr("To"), 14, false},
                                                                              {PersonFilePdf::tr("Step"), 12, false},
                                                                              {PersonFilePdf::tr("Reason"), 22, false},
                                                                              {PersonFilePdf::tr("By"), 18, false}},
                                             PersonFilePdf::tr("No stage recorded.")));
            for (const core::StageTransition& step : file.history) {
                history.addRow({m_words.moment(step.at), m_words.label(step.fromStage), m_words.label(step.toStage),
                                step.action, step.reason, m_words.user(step.byUserId)});
            }
            history.spaceAfter = 20;
        }
    }

    void interventions()
    {
        heading(PersonFilePdf::tr("Interventions"));
        auto& table = add(std::make_unique<TableBlock>(
            caption(PersonFilePdf::tr("Interventions (%1)").arg(m_words.count(qint64(m_file.interventions.size())))),
            std::vector<TableBlock::Column> {{PersonFilePdf::tr("When"), 13, false},
                                             {PersonFilePdf::tr("Worker"), 11, false},
                                             {PersonFilePdf::tr("Where"), 13, false},
                                             {PersonFilePdf::tr("Types"), 15, false},
                                             {PersonFilePdf::tr("Problems"), 12, false},
                                             {PersonFilePdf::tr("Referred to"), 11, false},
                                             {PersonFilePdf::tr("Note"), 25, false}},
            PersonFilePdf::tr("No intervention.")));
        for (const core::Intervention& intervention : m_file.interventions) {
            QStringList where {m_words.label(intervention.placeKind)};
            if (!intervention.placeName.isEmpty()) {
                where << intervention.placeName;
            }
            if (intervention.territoryId) {
                where << m_words.territory(intervention.territoryId);
            }
            QString when = m_words.moment(intervention.occurredAt);
            if (intervention.durationMinutes) {
                when += u"\n"_s + PersonFilePdf::tr("%1 min").arg(*intervention.durationMinutes);
            }
            table.addRow({when, m_words.user(intervention.workerId), where.join(u", "_s),
                          m_words.types(intervention.typeIds), m_words.problems(intervention.problemIds),
                          m_words.partners(intervention.referredPartnerIds), intervention.note});
        }
        table.spaceAfter = 20;
    }

    void referrals()
    {
        heading(PersonFilePdf::tr("Referrals"));
        auto& table = add(std::make_unique<TableBlock>(
            caption(QString()),
            std::vector<TableBlock::Column> {{PersonFilePdf::tr("Date"), 15, false},
                                             {PersonFilePdf::tr("Direction"), 12, false},
                                             {PersonFilePdf::tr("Partner organisation"), 22, false},
                                             {PersonFilePdf::tr("Programme"), 14, false},
                                             {PersonFilePdf::tr("Reason"), 25, false},
                                             {PersonFilePdf::tr("Status"), 12, false}},
            PersonFilePdf::tr("No referral.")));
        for (const core::Referral& referral : m_file.referrals) {
            table.addRow({m_words.date(referral.referredOn), m_words.label(referral.direction),
                          m_words.partner(referral.partnerId),
                          referral.programmeId ? m_words.programme(*referral.programmeId) : QString(), referral.reason,
                          m_words.label(referral.status)});
        }
        table.spaceAfter = 20;
    }

    void notes()
    {
        heading(PersonFilePdf::tr("Notes"));
        auto& table = add(
            std::make_unique<TableBlock>(caption(QString()),
                                         std::vector<TableBlock::Column> {{PersonFilePdf::tr("When"), 18, false},
                                                                          {PersonFilePdf::tr("Author"), 16, false},
                                                                          {PersonFilePdf::tr("Private"), 8, false},
                                                                          {PersonFilePdf::tr("Note"), 58, false}},
                                         PersonFilePdf::tr("No note.")));
        for (const core::PersonNote& note : m_file.notes) {
            table.addRow({m_words.moment(note.createdAt), m_words.user(note.authorId), m_words.yesNo(note.isPrivate),
                          note.body});
        }
    }

    const PersonFile& m_file;
    const Words& m_words;
    const Style& m_style;
    const ReportOptions& m_options;
    std::vector<std::unique_ptr<Block>> m_blocks;
};

// The running head (the person) and foot (confidential, page numbers) of every page.
class PageFrame
{
public:
    PageFrame(const Style& style, QSizeF page, QString person)
        : m_style(style), m_page(page), m_person(std::move(person))
    {
    }

    QRectF content() const
    {
        return QRectF(m_style.pt(kMargin), m_style.pt(kMarginTop), m_page.width() - m_style.pt(2 * kMargin),
                      m_page.height() - m_style.pt(kMarginTop + kMarginBottom));
    }

    void draw(QPainter& painter, int page, int pages) const
    {
        const QRectF area = content();
        const QFont font = m_style.font(m_style.smallSize);
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        painter.setPen(m_style.muted);
        if (page > 1) { // the first page has the title
            drawHead(painter, area, metrics);
        }
        painter.setPen(m_style.muted);
        const QRectF foot(area.left(), m_page.height() - m_style.pt(36), area.width(), metrics.height());
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter,
                         PersonFilePdf::tr("Confidential: personal information, not encrypted"));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         PersonFilePdf::tr("Page %1 of %2").arg(page).arg(pages));
    }

private:
    void drawHead(QPainter& painter, const QRectF& area, const QFontMetricsF& metrics) const
    {
        const QRectF head(area.left(), m_style.pt(30), area.width(), metrics.height());
        const double half = area.width() / 2 - m_style.pt(6);
        painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(PersonFilePdf::tr("Personal file"), Qt::ElideRight, half));
        painter.drawText(head, Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(m_person, Qt::ElideRight, half));
        painter.setPen(QPen(m_style.rule, m_style.pt(0.5)));
        painter.drawLine(QPointF(area.left(), head.bottom() + m_style.pt(4)),
                         QPointF(area.right(), head.bottom() + m_style.pt(4)));
    }

    const Style& m_style;
    QSizeF m_page;
    QString m_person;
};

} // namespace

core::Result<PersonFile> PersonFilePdf::collect(const Sources& sources, const core::UserAccount& actor, qint64 personId)
{
    PersonFile file;
    auto person = sources.people.openFile(actor, personId);
    if (!person) {
        return person.error();
    }
    file.person = std::move(*person);
    auto notes = sources.people.notes(actor, personId);
    if (!notes) {
        return notes.error();
    }
    file.notes = std::move(*notes);
    auto cases = sources.cases.casesOfPerson(actor, personId);
    if (!cases) {
        return cases.error();
    }
    for (core::Case& value : *cases) {
        auto history = sources.cases.history(actor, value.id);
        if (!history) {
            return history.error();
        }
        auto goals = sources.cases.goals(actor, value.id);
        if (!goals) {
            return goals.error();
        }
        file.cases.push_back({std::move(value), std::move(*history), std::move(*goals)});
    }
    auto interventions = sources.outreach.interventionsOf(actor, personId);
    if (!interventions) {
        return interventions.error();
    }
    file.interventions = std::move(*interventions);
    auto referrals = sources.outreach.referralsOf(actor, personId);
    if (!referrals) {
        return referrals.error();
    }
    file.referrals = std::move(*referrals);

    auto territories = sources.reference.territories();
    if (!territories) {
        return territories.error();
    }
    auto problems = sources.reference.problems();
    if (!problems) {
        return problems.error();
    }
    auto types = sources.reference.interventionTypes();
    if (!types) {
        return types.error();
    }
    auto partners = sources.reference.partners();
    if (!partners) {
        return partners.error();
    }
    auto programmes = sources.reference.programmes();
    if (!programmes) {
        return programmes.error();
    }
    auto users = sources.reference.users();
    if (!users) {
        return users.error();
    }
    file.territories = std::move(*territories);
    file.problems = std::move(*problems);
    file.interventionTypes = std::move(*types);
    file.partners = std::move(*partners);
    file.programmes = std::move(*programmes);
    file.users = std::move(*users);
    return file;
}

core::Status PersonFilePdf::write(const PersonFile& file, const QString& path, const ReportOptions& options,
                                  const Progress& progress)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return core::makeError(core::ErrorCode::Internal,
                               tr("The PDF cannot be drawn in this mode of Relais (no graphical application)."),
                               "PersonFilePdf::write needs a QGuiApplication (offscreen platform is enough)");
    }
    QSaveFile out(path);
    if (auto opened = ReportFile::open(out); !opened) {
        return opened;
    }
    QPdfWriter writer(&out);
    // No name in the metadata: file managers show it without opening the file.
    pdf::setUpWriter(writer, tr("Personal file"));

    Style style;
    style.unit = pdf::kResolution / 72.0;
    style.family = ReportPdf::fontFamily();
    const Words words(file, options);
    const PageFrame frame(style, QSizeF(writer.width(), writer.height()), file.person.displayName());
    const QRectF content = frame.content();
    const auto blocks = FileBuilder(file, words, style, options).build();
    const auto pages = pdf::paginate(blocks, style, content.width(), content.height());
    const int pageCount = static_cast<int>(pages.size());

    QPainter painter;
    if (!painter.begin(&writer)) {
        out.cancelWriting();
        return core::makeError(core::ErrorCode::Io, tr("Could not write %1.").arg(path),
                               "QPainter::begin failed on PDF");
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0) {
            writer.newPage();
        }
        pdf::drawPage(painter, style, content, pages[static_cast<std::size_t>(p)]);
        frame.draw(painter, p + 1, pageCount);
        if (progress && !progress((p + 1) * 100 / pageCount)) {
            painter.end();
            out.cancelWriting();
            return core::makeError(core::ErrorCode::InputRejected, tr("The export was cancelled; no file was written."),
                                   "person file cancelled");
        }
    }
    if (!painter.end()) {
        out.cancelWriting();
        return core::makeError(core::ErrorCode::Io, tr("Could not write %1.").arg(path), "QPainter::end failed on PDF");
    }
    return ReportFile::commit(out);
}

} // namespace relais::report
