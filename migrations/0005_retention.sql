-- 0005: retention and erasure (docs/security.md, "Retention and erasure").
-- When a person's identifying data was removed, by the retention rule or on their
-- request. The row stays so that the interventions, cases and referrals that point
-- at it, and the statistics made from them, are unchanged; only what identifies
-- the person is gone (RetentionService). NULL: not anonymised.
-- The retention period itself is meta 'retention_years' (default 7 when absent).
ALTER TABLE person ADD COLUMN anonymised_at TEXT;
