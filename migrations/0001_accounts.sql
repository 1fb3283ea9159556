-- 0001: database identity and user accounts.
-- Runs on SQLite 3.15.2 (Debian's SQLCipher 3.4.1): see GUIDE.md for the SQL it
-- lacks (upsert, returning clauses, window and JSON functions, strict tables...).

-- Key/value facts about this database: its UUID, the organisation's name, the
-- key generation (must match the slots file), the creation time.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Relais accounts. The key material lives in the slots file; public_key here lets
-- an unlock check that the slot it used really belongs to this user name.
CREATE TABLE app_user (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    user_name    TEXT NOT NULL COLLATE NOCASE,
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL CHECK (role IN ('case_manager', 'team_lead', 'admin')),
    public_key   BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    created_by   INTEGER REFERENCES app_user (id),
    updated_by   INTEGER REFERENCES app_user (id),
    deleted_at   TEXT
);

-- A user name is unique among live accounts; a removed name may be reused.
CREATE UNIQUE INDEX app_user_live_name ON app_user (user_name) WHERE deleted_at IS NULL;
