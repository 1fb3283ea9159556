#include "Codes.h"

#include <array>

namespace relais::core {

namespace {

// Vocabulary of the seeds: usager, gauche-droite, organisme partenaire, orientation...
constexpr std::array kHousing = {
    CodedValue<HousingSituation>{HousingSituation::Street, "street", "En rue", "On the street"},
    CodedValue<HousingSituation>{HousingSituation::CouchSurfing, "couch_surfing", "Gauche-droite",
                                 "Couch-surfing"},
    CodedValue<HousingSituation>{HousingSituation::ThirdParty, "third_party", "Chez un tiers",
                                 "Staying with a third party"},
    CodedValue<HousingSituation>{HousingSituation::Shelter, "shelter", "Maison d’accueil ou hébergement",
                                 "Shelter or hostel"},
    CodedValue<HousingSituation>{HousingSituation::LeavingInstitution, "leaving_institution",
                                 "Sortie de prison ou d’hospitalisation", "Leaving prison or hospital"},
    CodedValue<HousingSituation>{HousingSituation::Squat, "squat", "Squat", "Squat"},
    CodedValue<HousingSituation>{HousingSituation::Housed, "housed", "Logé", "Housed"},
    CodedValue<HousingSituation>{HousingSituation::Other, "other", "Autre", "Other"},
};

constexpr std::array kGenders = {
    CodedValue<Gender>{Gender::Female, "female", "Femme", "Woman"},
    CodedValue<Gender>{Gender::Male, "male", "Homme", "Man"},
    CodedValue<Gender>{Gender::NonBinary, "non_binary", "Non binaire", "Non-binary"},
    CodedValue<Gender>{Gender::Unknown, "unknown", "Non précisé", "Not stated"},
};

constexpr std::array kLanguages = {
    CodedValue<Language>{Language::French, "fr", "Français", "French"},
    CodedValue<Language>{Language::English, "en", "Anglais", "English"},
    CodedValue<Language>{Language::Other, "other", "Autre", "Other"},
};

constexpr std::array kPermits = {
    CodedValue<ResidencePermit>{ResidencePermit::Yes, "yes", "Oui", "Yes"},
    CodedValue<ResidencePermit>{ResidencePermit::No, "no", "Non", "No"},
    CodedValue<ResidencePermit>{ResidencePermit::Unknown, "unknown", "Inconnu", "Unknown"},
};

constexpr std::array kPlaces = {
    CodedValue<PlaceKind>{PlaceKind::Street, "street", "Rue", "Street"},
    CodedValue<PlaceKind>{PlaceKind::Park, "park", "Parc", "Park"},
    CodedValue<PlaceKind>{PlaceKind::Cafe, "cafe", "Café ou commerce", "Café or shop"},
    CodedValue<PlaceKind>{PlaceKind::Shelter, "shelter", "Ressource d’hébergement", "Shelter"},
    CodedValue<PlaceKind>{PlaceKind::Home, "home", "Domicile", "Home"},
    CodedValue<PlaceKind>{PlaceKind::Office, "office", "Bureau", "Office"},
    CodedValue<PlaceKind>{PlaceKind::Phone, "phone", "Téléphone", "Phone"},
    CodedValue<PlaceKind>{PlaceKind::CommunityCentre, "community_centre", "Local communautaire",
                          "Community centre"},
    CodedValue<PlaceKind>{PlaceKind::Other, "other", "Autre lieu", "Other place"},
};

constexpr std::array kStages = {
    CodedValue<Stage>{Stage::Intake, "intake", "Intake (admission)", "Intake"},
    CodedValue<Stage>{Stage::Assessment, "assessment", "Assessment (évaluation globale)", "Assessment"},
    CodedValue<Stage>{Stage::Planning, "planning", "Planification", "Planning"},
    CodedValue<Stage>{Stage::Monitoring, "monitoring", "Monitoring (suivi du plan)", "Monitoring"},
    CodedValue<Stage>{Stage::Evaluation, "evaluation", "Évaluation", "Evaluation"},
    CodedValue<Stage>{Stage::Exit, "exit", "Sortie ou reassessment", "Exit or reassessment"},
};

constexpr std::array kReferralStatuses = {
    CodedValue<ReferralStatus>{ReferralStatus::Proposed, "proposed", "Proposée", "Proposed"},
    CodedValue<ReferralStatus>{ReferralStatus::Accepted, "accepted", "Acceptée", "Accepted"},
    CodedValue<ReferralStatus>{ReferralStatus::Completed, "completed", "Réalisée", "Completed"},
    CodedValue<ReferralStatus>{ReferralStatus::Refused, "refused", "Refusée", "Refused"},
};

constexpr std::array kReferralDirections = {
    CodedValue<ReferralDirection>{ReferralDirection::Outgoing, "outgoing", "Référence vers un organisme",
                                  "Referral to a partner"},
    CodedValue<ReferralDirection>{ReferralDirection::Incoming, "incoming", "Orientation reçue",
                                  "Incoming referral"},
};

constexpr std::array kGoalOutcomes = {
    CodedValue<GoalOutcome>{GoalOutcome::Achieved, "achieved", "Atteint", "Achieved"},
    CodedValue<GoalOutcome>{GoalOutcome::Partly, "partly", "Partiellement atteint", "Partly achieved"},
    CodedValue<GoalOutcome>{GoalOutcome::NotAchieved, "not_achieved", "Non atteint", "Not achieved"},
};

constexpr std::array kExitReasons = {
    CodedValue<ExitReason>{ExitReason::GoalsMet, "goals_met", "Objectifs atteints", "Goals met"},
    CodedValue<ExitReason>{ExitReason::LostContact, "lost_contact", "Perte de contact", "Lost contact"},
    CodedValue<ExitReason>{ExitReason::Moved, "moved", "Déménagement", "Moved away"},
    CodedValue<ExitReason>{ExitReason::Refused, "refused", "Refus de l’usager", "Refused by the person"},
    CodedValue<ExitReason>{ExitReason::Deceased, "deceased", "Décès", "Deceased"},
    CodedValue<ExitReason>{ExitReason::Other, "other", "Autre", "Other"},
};

constexpr std::array kCaseStatuses = {
    CodedValue<CaseStatus>{CaseStatus::Intake, "intake", "En intake", "In intake"},
    CodedValue<CaseStatus>{CaseStatus::WaitingList, "waiting_list", "Liste d’attente", "Waiting list"},
    CodedValue<CaseStatus>{CaseStatus::Active, "active", "Actif", "Active"},
    CodedValue<CaseStatus>{CaseStatus::Declined, "declined", "Non admis", "Declined"},
    CodedValue<CaseStatus>{CaseStatus::Closed, "closed", "Fermé", "Closed"},
};

} // namespace

template <>
std::span<const CodedValue<HousingSituation>> codedValues<HousingSituation>() { return kHousing; }
template <>
std::span<const CodedValue<Gender>> codedValues<Gender>() { return kGenders; }
template <>
std::span<const CodedValue<Language>> codedValues<Language>() { return kLanguages; }
template <>
std::span<const CodedValue<ResidencePermit>> codedValues<ResidencePermit>() { return kPermits; }
template <>
std::span<const CodedValue<PlaceKind>> codedValues<PlaceKind>() { return kPlaces; }
template <>
std::span<const CodedValue<Stage>> codedValues<Stage>() { return kStages; }
template <>
std::span<const CodedValue<ReferralStatus>> codedValues<ReferralStatus>() { return kReferralStatuses; }
template <>
std::span<const CodedValue<ReferralDirection>> codedValues<ReferralDirection>() { return kReferralDirections; }
template <>
std::span<const CodedValue<GoalOutcome>> codedValues<GoalOutcome>() { return kGoalOutcomes; }
template <>
std::span<const CodedValue<ExitReason>> codedValues<ExitReason>() { return kExitReasons; }
template <>
std::span<const CodedValue<CaseStatus>> codedValues<CaseStatus>() { return kCaseStatuses; }

} // namespace relais::core
