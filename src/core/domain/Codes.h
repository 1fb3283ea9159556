#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace relais::core {

// The coded values of the domain. Each has a stable code (stored in the database,
// written in exports) and a French and an English label, both always available:
// imports accept either language whatever the interface's language is.

enum class HousingSituation { Street, CouchSurfing, ThirdParty, Shelter, LeavingInstitution, Squat, Housed, Other };
enum class Gender { Female, Male, NonBinary, Unknown };
enum class Language { French, English, Other };
enum class ResidencePermit { Yes, No, Unknown };
enum class PlaceKind { Street, Park, Cafe, Shelter, Home, Office, Phone, CommunityCentre, Other };
enum class Stage { Intake, Assessment, Planning, Monitoring, Evaluation, Exit };
enum class ReferralStatus { Proposed, Accepted, Completed, Refused };
enum class ReferralDirection { Outgoing, Incoming };
enum class GoalOutcome { Achieved, Partly, NotAchieved };
enum class ExitReason { GoalsMet, LostContact, Moved, Refused, Deceased, Other };
enum class CaseStatus { Intake, WaitingList, Active, Declined, Closed };

enum class LabelLanguage { French, English };

template <typename E>
struct CodedValue
{
    E value;
    const char* code;
    const char* labelFr;
    const char* labelEn;
};

// The table of each coded type, in display order: codedValues<Gender>() ...
template <typename E>
std::span<const CodedValue<E>> codedValues();
template <>
std::span<const CodedValue<HousingSituation>> codedValues<HousingSituation>();
template <>
std::span<const CodedValue<Gender>> codedValues<Gender>();
template <>
std::span<const CodedValue<Language>> codedValues<Language>();
template <>
std::span<const CodedValue<ResidencePermit>> codedValues<ResidencePermit>();
template <>
std::span<const CodedValue<PlaceKind>> codedValues<PlaceKind>();
template <>
std::span<const CodedValue<Stage>> codedValues<Stage>();
template <>
std::span<const CodedValue<ReferralStatus>> codedValues<ReferralStatus>();
template <>
std::span<const CodedValue<ReferralDirection>> codedValues<ReferralDirection>();
template <>
std::span<const CodedValue<GoalOutcome>> codedValues<GoalOutcome>();
template <>
std::span<const CodedValue<ExitReason>> codedValues<ExitReason>();
template <>
std::span<const CodedValue<CaseStatus>> codedValues<CaseStatus>();

template <typename E>
QString codeOf(E value)
{
    for (const auto& entry : codedValues<E>()) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.code);
        }
    }
    return {};
}

template <typename E>
QString labelOf(E value, LabelLanguage language)
{
    for (const auto& entry : codedValues<E>()) {
        if (entry.value == value) {
            return QString::fromUtf8(language == LabelLanguage::French ? entry.labelFr : entry.labelEn);
        }
    }
    return {};
}

// Exact code match (as stored).
template <typename E>
std::optional<E> fromCode(const QString& code)
{
    for (const auto& entry : codedValues<E>()) {
        if (code == QLatin1String(entry.code)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

} // namespace relais::core
