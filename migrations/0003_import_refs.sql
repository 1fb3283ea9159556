-- 0003: the spreadsheet's own key of each imported person and intervention.
-- `relais import` stores the file's `ref` here, so that importing the same file
-- again changes nothing and a re-imported ref with changed values updates its
-- record instead of creating a second one. NULL for records created in Relais
-- (their UUID serves as their ref in exports) and for records whose ref was a
-- free UUID (then kept as the record's own UUID).
-- The partial unique indexes serve the lookup `external_ref = ?` (SQLite knows
-- that an equality implies IS NOT NULL) and cost nothing for rows without a ref.

ALTER TABLE person ADD COLUMN external_ref TEXT;
ALTER TABLE intervention ADD COLUMN external_ref TEXT;
CREATE UNIQUE INDEX person_external_ref ON person (external_ref) WHERE external_ref IS NOT NULL;
CREATE UNIQUE INDEX intervention_external_ref ON intervention (external_ref) WHERE external_ref IS NOT NULL;
