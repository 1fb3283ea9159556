-- 0002: the domain: reference lists, partners, programmes, people, interventions,
-- referrals, group sessions, cases through the six stages, goals, history, audit
-- trail, per-user preferences.
-- Every record carries a UUID, UTC created/updated times (ISO 8601), its author
-- and a soft-delete time, so a later sync can replicate changes.
-- Dates without time (birth dates, the day of an encounter in the organisation's
-- time zone) are 'YYYY-MM-DD' text; they sort and compare as dates.

CREATE TABLE territory (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES app_user (id),
    updated_by  INTEGER REFERENCES app_user (id),
    deleted_at  TEXT
);
CREATE UNIQUE INDEX territory_live_name ON territory (name_folded) WHERE deleted_at IS NULL;

CREATE TABLE problem (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    label        TEXT NOT NULL,
    label_folded TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES app_user (id),
    updated_by   INTEGER REFERENCES app_user (id),
    deleted_at   TEXT
);
CREATE UNIQUE INDEX problem_live_label ON problem (label_folded) WHERE deleted_at IS NULL;

CREATE TABLE intervention_type (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    code       TEXT NOT NULL UNIQUE,
    label_fr   TEXT NOT NULL,
    label_en   TEXT NOT NULL,
    built_in   INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by INTEGER REFERENCES app_user (id),
    updated_by INTEGER REFERENCES app_user (id),
    deleted_at TEXT
);

CREATE TABLE partner (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    code         TEXT NOT NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL DEFAULT '',
    territory_id INTEGER REFERENCES territory (id),
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES app_user (id),
    updated_by   INTEGER REFERENCES app_user (id),
    deleted_at   TEXT
);
CREATE UNIQUE INDEX partner_live_code ON partner (code) WHERE deleted_at IS NULL;

CREATE TABLE programme (
    id                        INTEGER PRIMARY KEY,
    uuid                      TEXT NOT NULL UNIQUE,
    name                      TEXT NOT NULL,
    caseload_cap              INTEGER NOT NULL DEFAULT 10 CHECK (caseload_cap > 0),
    max_months_homeless       INTEGER NOT NULL DEFAULT 0,
    requires_residence_permit INTEGER NOT NULL DEFAULT 0,
    is_default                INTEGER NOT NULL DEFAULT 0,
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    created_by                INTEGER REFERENCES app_user (id),
    updated_by                INTEGER REFERENCES app_user (id),
    deleted_at                TEXT
);

CREATE TABLE person (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    first_name         TEXT NOT NULL DEFAULT '',
    last_name          TEXT NOT NULL DEFAULT '',
    alias              TEXT NOT NULL DEFAULT '',
    description        TEXT NOT NULL DEFAULT '',
    -- first name, last name and alias folded (no accents, case folded) for search
    search_text        TEXT NOT NULL DEFAULT '',
    birth_date         TEXT,
    birth_year         INTEGER,
    age_min            INTEGER,
    age_max            INTEGER,
    gender             TEXT NOT NULL DEFAULT 'unknown',
    language           TEXT,
    phone              TEXT NOT NULL DEFAULT '',
    territory_id       INTEGER REFERENCES territory (id),
    housing_situation  TEXT,
    housing_since      TEXT,
    residence_permit   TEXT NOT NULL DEFAULT 'unknown',
    consent_given_on   TEXT,
    consent_scope      TEXT NOT NULL DEFAULT '',
    consent_expires_on TEXT,
    safety_alert       TEXT NOT NULL DEFAULT '',
    merged_into        INTEGER REFERENCES person (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    created_by         INTEGER REFERENCES app_user (id),
    updated_by         INTEGER REFERENCES app_user (id),
    deleted_at         TEXT
);
CREATE INDEX person_birth_date ON person (birth_date) WHERE deleted_at IS NULL;
CREATE INDEX person_created_by ON person (created_by);

CREATE TABLE person_problem (
    person_id  INTEGER NOT NULL REFERENCES person (id),
    problem_id INTEGER NOT NULL REFERENCES problem (id),
    PRIMARY KEY (person_id, problem_id)
) WITHOUT ROWID;

CREATE TABLE person_note (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    author_id  INTEGER NOT NULL REFERENCES app_user (id),
    body       TEXT NOT NULL,
    is_private INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX person_note_person ON person_note (person_id);

CREATE TABLE intervention (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    occurred_at      TEXT NOT NULL,
    -- the day in the organisation's time zone, what reports count by
    occurred_on      TEXT NOT NULL,
    worker_id        INTEGER NOT NULL REFERENCES app_user (id),
    person_id        INTEGER NOT NULL REFERENCES person (id),
    territory_id     INTEGER REFERENCES territory (id),
    place_kind       TEXT NOT NULL,
    place_name       TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER,
    note             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_by       INTEGER REFERENCES app_user (id),
    updated_by       INTEGER REFERENCES app_user (id),
    deleted_at       TEXT
);
-- Date-ordered covering index for the report and dashboard (GUIDE: ~0.3 s for a
-- year over 1M interventions, against ~4 s through joins).
-- deleted_at is a column (not a partial-index condition) so that SQLite 3.15 can
-- answer "not deleted" from the index alone.
CREATE INDEX intervention_by_day ON intervention (occurred_on, person_id, territory_id, deleted_at);
CREATE INDEX intervention_by_person ON intervention (person_id, occurred_on);
CREATE INDEX intervention_by_worker ON intervention (worker_id, person_id);

CREATE TABLE intervention_type_link (
    intervention_id INTEGER NOT NULL REFERENCES intervention (id),
    type_id         INTEGER NOT NULL REFERENCES intervention_type (id),
    PRIMARY KEY (intervention_id, type_id)
) WITHOUT ROWID;
CREATE INDEX intervention_type_link_by_type ON intervention_type_link (type_id, intervention_id);

CREATE TABLE intervention_problem (
    intervention_id INTEGER NOT NULL REFERENCES intervention (id),
    problem_id      INTEGER NOT NULL REFERENCES problem (id),
    PRIMARY KEY (intervention_id, problem_id)
) WITHOUT ROWID;

CREATE TABLE referral (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    direction       TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    person_id       INTEGER NOT NULL REFERENCES person (id),
    partner_id      INTEGER NOT NULL REFERENCES partner (id),
    intervention_id INTEGER REFERENCES intervention (id),
    programme_id    INTEGER REFERENCES programme (id),
    reason          TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'proposed',
    referred_on     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    created_by      INTEGER REFERENCES app_user (id),
    updated_by      INTEGER REFERENCES app_user (id),
    deleted_at      TEXT
);
CREATE INDEX referral_by_person ON referral (person_id);
CREATE INDEX referral_by_intervention ON referral (intervention_id) WHERE intervention_id IS NOT NULL;

CREATE TABLE group_session (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    occurred_at          TEXT NOT NULL,
    occurred_on          TEXT NOT NULL,
    worker_id            INTEGER NOT NULL REFERENCES app_user (id),
    group_name           TEXT NOT NULL,
    open_group           INTEGER NOT NULL DEFAULT 1,
    territory_id         INTEGER REFERENCES territory (id),
    anonymous_head_count INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_head_count >= 0),
    note                 TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    created_by           INTEGER REFERENCES app_user (id),
    updated_by           INTEGER REFERENCES app_user (id),
    deleted_at           TEXT
);
CREATE INDEX group_session_by_day ON group_session (occurred_on, deleted_at);

CREATE TABLE group_attendance (
    session_id INTEGER NOT NULL REFERENCES group_session (id),
    person_id  INTEGER NOT NULL REFERENCES person (id),
    PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
CREATE INDEX group_attendance_by_person ON group_attendance (person_id);

-- "case" is an SQL keyword: the table is case_file.
CREATE TABLE case_file (
    id                          INTEGER PRIMARY KEY,
    uuid                        TEXT NOT NULL UNIQUE,
    person_id                   INTEGER NOT NULL REFERENCES person (id),
    programme_id                INTEGER NOT NULL REFERENCES programme (id),
    case_manager_id             INTEGER REFERENCES app_user (id),
    stage                       TEXT NOT NULL
        CHECK (stage IN ('intake', 'assessment', 'planning', 'monitoring', 'evaluation', 'exit')),
    status                      TEXT NOT NULL
        CHECK (status IN ('intake', 'waiting_list', 'active', 'declined', 'closed')),
    cycle                       INTEGER NOT NULL DEFAULT 1,
    opened_on                   TEXT NOT NULL,
    admitted_on                 TEXT,
    closed_on                   TEXT,
    waiting_since               TEXT,
    person_requested            INTEGER NOT NULL DEFAULT 0,
    eligibility_override_reason TEXT NOT NULL DEFAULT '',
    decline_reason              TEXT NOT NULL DEFAULT '',
    assessment_summary          TEXT NOT NULL DEFAULT '',
    strengths                   TEXT NOT NULL DEFAULT '',
    resources                   TEXT NOT NULL DEFAULT '',
    satisfaction                INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    exit_reason                 TEXT,
    exit_note                   TEXT NOT NULL DEFAULT '',
    exit_housing                TEXT,
    next_contact_due            TEXT,
    previous_case_id            INTEGER REFERENCES case_file (id),
    referral_id                 INTEGER REFERENCES referral (id),
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL,
    created_by                  INTEGER REFERENCES app_user (id),
    updated_by                  INTEGER REFERENCES app_user (id),
    deleted_at                  TEXT
);
CREATE INDEX case_file_caseload ON case_file (case_manager_id, programme_id, status);
CREATE INDEX case_file_by_person ON case_file (person_id);
CREATE INDEX case_file_by_status ON case_file (status, next_contact_due);

CREATE TABLE goal (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES case_file (id),
    cycle       INTEGER NOT NULL DEFAULT 1,
    description TEXT NOT NULL,
    means       TEXT NOT NULL DEFAULT '',
    target_date TEXT,
    outcome     TEXT CHECK (outcome IN ('achieved', 'partly', 'not_achieved')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES app_user (id),
    updated_by  INTEGER REFERENCES app_user (id),
    deleted_at  TEXT
);
CREATE INDEX goal_by_case ON goal (case_id);

-- Every stage change, with who, when and why. Never updated or deleted.
CREATE TABLE stage_transition (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    case_id    INTEGER NOT NULL REFERENCES case_file (id),
    from_stage TEXT,
    to_stage   TEXT NOT NULL,
    cycle      INTEGER NOT NULL,
    action     TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    by_user_id INTEGER NOT NULL REFERENCES app_user (id),
    at         TEXT NOT NULL
);
CREATE INDEX stage_transition_by_case ON stage_transition (case_id);

-- The tamper-evident audit trail: each entry's hash covers the previous hash.
-- Which record and which fields, never the values.
CREATE TABLE audit_log (
    sequence      INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user_id       INTEGER NOT NULL,
    action        TEXT NOT NULL,
    entity_type   TEXT NOT NULL DEFAULT '',
    entity_uuid   TEXT NOT NULL DEFAULT '',
    fields        TEXT NOT NULL DEFAULT '',
    previous_hash BLOB NOT NULL,
    hash          BLOB NOT NULL
);
CREATE INDEX audit_log_by_entity ON audit_log (entity_uuid) WHERE entity_uuid <> '';

-- Preferences that touch client work (my territory, last place, drafts), per user.
CREATE TABLE user_preference (
    user_id    INTEGER NOT NULL REFERENCES app_user (id),
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
) WITHOUT ROWID;

-- Built-in intervention types (seed 002's five most common, and more), stable codes.
INSERT INTO intervention_type (uuid, code, label_fr, label_en, built_in, created_at, updated_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a'
             || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       code, label_fr, label_en, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (SELECT 'helping_relationship' AS code, 'Relation d''aide' AS label_fr, 'Helping relationship' AS label_en
      UNION ALL SELECT 'socialisation', 'Socialisation', 'Socialisation'
      UNION ALL SELECT 'information', 'Information (prévention, éducation, défense des droits)',
                       'Information (prevention, education, rights)'
      UNION ALL SELECT 'referral', 'Référence à des ressources d''aide', 'Referral to support services'
      UNION ALL SELECT 'accompaniment', 'Accompagnement', 'Accompaniment'
      UNION ALL SELECT 'crisis_intervention', 'Intervention de crise', 'Crisis intervention'
      UNION ALL SELECT 'advocacy', 'Défense des droits', 'Advocacy'
      UNION ALL SELECT 'material_help', 'Aide matérielle', 'Material help');

-- The default programme (seed 001): case management for people on the street for
-- less than six months, residence permit required, 10 active cases per case manager.
INSERT INTO programme (uuid, name, caseload_cap, max_months_homeless, requires_residence_permit, is_default,
                       created_at, updated_at)
VALUES (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a'
              || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
        'Case management', 10, 6, 1, 1,
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
