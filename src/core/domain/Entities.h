#pragma once

#include "Codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace relais::core {

// The records of the domain, as the services hand them around. Ids are the local
// integer keys; every record also has a UUID for a later sync. Times are UTC.
// docs/data-dictionary.md names every field in French and English.

struct Territory
{
    qint64 id = 0;
    QString uuid;
    QString name;
};

// A problématique: a reference list entry (toxicomanie, santé mentale, ...).
struct Problem
{
    qint64 id = 0;
    QString uuid;
    QString label;
};

struct InterventionType
{
    qint64 id = 0;
    QString code; // stable: "helping_relationship", ...
    QString labelFr;
    QString labelEn;
    bool builtIn = false;
    bool active = true;
};

struct PartnerOrganisation
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QString kind;
    std::optional<qint64> territoryId;
    QString phone;
    QString email;
    QString contactName;
};

// What a programme checks before admission. Failing checks are warnings that a
// team lead may override with a reason.
struct EligibilityRules
{
    // "on the street for less than N months" (seed 001: 6); 0 = not checked.
    int maxMonthsHomeless = 0;
    bool requiresResidencePermit = false;
};

struct Programme
{
    qint64 id = 0;
    QString uuid;
    QString name;
    int caseloadCap = 10;
    EligibilityRules eligibility;
    bool isDefault = false;
};

struct Consent
{
    std::optional<QDate> givenOn;
    QString scope;
    std::optional<QDate> expiresOn;

    bool isValidOn(const QDate& day) const { return givenOn && (!expiresOn || day <= *expiresOn); }
};

// An approximate age for an anonymous contact ("about 40 to 50").
struct AgeBand
{
    int minAge = 0;
    int maxAge = 0;
    bool isSet() const { return maxAge > 0; }
};

// A person met or followed: identified (names) or anonymous (alias or short
// description and an age band) until identified or merged.
struct Person
{
    qint64 id = 0;
    QString uuid;
    QString firstName;
    QString lastName;
    QString alias;
    QString description; // for anonymous contacts: "homme, manteau rouge, parc Jacques-Cartier"
    std::optional<QDate> birthDate;
    std::optional<int> birthYear; // estimated; a birth date wins
    AgeBand ageBand;
    Gender gender = Gender::Unknown;
    std::optional<Language> language;
    QString phone;
    std::optional<qint64> territoryId;
    std::optional<HousingSituation> housingSituation;
    std::optional<QDate> housingSince;
    ResidencePermit residencePermit = ResidencePermit::Unknown;
    Consent consent;
    QString safetyAlert; // shown wherever the file appears ("meet in pairs")
    std::vector<qint64> problemIds;
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> anonymisedAt; // set by retention or erasure on request: identity gone for good

    bool isAnonymous() const { return firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty(); }
    QString displayName() const;
};

// What any signed-in user may see of any person, to avoid creating duplicates.
struct PersonSummary
{
    qint64 id = 0;
    QString uuid;
    QString displayName;
    QString alias;
    std::optional<QDate> birthDate;
    bool anonymous = false;
    QString caseManagerUserName; // of the person's open case, if any
    QString safetyAlert;         // shown wherever the person appears ("meet in pairs")
    bool canOpenFile = false;    // the viewer may open the full file
};

struct PersonNote
{
    qint64 id = 0;
    QString uuid;
    qint64 personId = 0;
    qint64 authorId = 0;
    QString body;
    bool isPrivate = false;
    QDateTime createdAt;
};

// An outreach encounter or a meeting in a case.
struct Intervention
{
    qint64 id = 0;
    QString uuid;
    QDateTime occurredAt; // UTC
    QDate occurredOn;     // the day in the organisation's time zone (statistics)
    qint64 workerId = 0;
    qint64 personId = 0;
    std::optional<qint64> territoryId;
    PlaceKind placeKind = PlaceKind::Street;
    QString placeName;
    std::vector<qint64> typeIds;
    std::vector<qint64> problemIds;
    std::vector<qint64> referredPartnerIds; // each becomes an outgoing referral
    std::optional<int> durationMinutes;
    QString note;
};

// Which encounters to list behind a dashboard figure: interventions not deleted
// whose day is in [from, to], optionally only one territory's (or those with no
// territory recorded) or one intervention type's.
struct EncounterSelection
{
    QDate from;
    QDate to;
    std::optional<qint64> territoryId;
    bool withoutTerritory = false;
    std::optional<qint64> typeId;
};

struct GroupSession
{
    qint64 id = 0;
    QString uuid;
    QDateTime occurredAt;
    QDate occurredOn;
    qint64 workerId = 0;
    QString groupName;
    bool openGroup = true;
    std::optional<qint64> territoryId;
    std::vector<qint64> attendeeIds;
    int anonymousHeadCount = 0;
    QString note;
};

struct Referral
{
    qint64 id = 0;
    QString uuid;
    ReferralDirection direction = ReferralDirection::Outgoing;
    qint64 personId = 0;
    qint64 partnerId = 0;
    std::optional<qint64> interventionId;
    std::optional<qint64> programmeId; // incoming: the programme asked for
    QString reason;
    ReferralStatus status = ReferralStatus::Proposed;
    QDate referredOn;
    qint64 createdBy = 0;
};

struct Goal
{
    qint64 id = 0;
    QString uuid;
    qint64 caseId = 0;
    int cycle = 1;
    QString description;
    QString means;
    std::optional<QDate> targetDate;
    std::optional<GoalOutcome> outcome;
};

struct StageTransition
{
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<Stage> fromStage;
    Stage toStage = Stage::Intake;
    int cycle = 1;
    QString action; // "open", "admit", "advance", "reassess", "exit", "early_exit", "decline", ...
    QString reason;
    qint64 byUserId = 0;
    QDateTime at;
};

// A case: one person followed in one programme by one case manager, through the
// six stages (seed 001).
struct Case
{
    qint64 id = 0;
    QString uuid;
    qint64 personId = 0;
    qint64 programmeId = 0;
    std::optional<qint64> caseManagerId;
    Stage stage = Stage::Intake;
    CaseStatus status = CaseStatus::Intake;
    int cycle = 1;
    QDate openedOn;
    std::optional<QDate> admittedOn;
    std::optional<QDate> closedOn;
    std::optional<QDate> waitingSince;
    bool personRequested = false; // admission needs the person's own request
    QString eligibilityOverrideReason;
    QString declineReason;
    QString assessmentSummary; // problems, weaknesses
    QString strengths;
    QString resources;
    std::optional<int> satisfaction; // 1..5 at evaluation
    std::optional<ExitReason> exitReason;
    QString exitNote;
    std::optional<HousingSituation> exitHousing;
    std::optional<QDate> nextContactDue;
    std::optional<qint64> previousCaseId;
    std::optional<qint64> referralId; // the incoming referral that brought it

    bool isAdmitted() const { return status == CaseStatus::Active; }
};

// One entry of the tamper-evident audit trail: who did what to which record, and
// which fields changed; never the values.
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime at;
    qint64 userId = 0;
    QString action;     // "sign_in", "person.create", "case.transition", "file.open", ...
    QString entityType; // "person", "case", ...
    QString entityUuid;
    QStringList fields;
    QByteArray previousHash;
    QByteArray hash;
};

} // namespace relais::core
