-- 0004: the index behind search-as-you-type and the people list (docs/performance.md).
-- It holds the folded names in order with the id and deleted_at, so that a prefix
-- is a range of it, an infix a scan of it that stops at the list's limit, and a page
-- of the list a walk along it: no table row is read until the rows shown, and
-- nothing is sorted. Partial: soft-deleted people are never listed.
CREATE INDEX person_by_search_text ON person (search_text, id, deleted_at) WHERE deleted_at IS NULL;
