-- 0006: the problem links by problem, as the type links already are
-- (intervention_type_link_by_type), so that the statistics ask "was this problem
-- named in this run of interventions?" with one index seek instead of reading
-- every link of the period (docs/performance.md). Interventions are entered in
-- date order, so each problem's entries grow at their end during an import.
CREATE INDEX intervention_problem_by_problem ON intervention_problem (problem_id, intervention_id);
