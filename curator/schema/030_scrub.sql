-- Scrub runs and every change a scrub made (or reported and did not make), one row per action.
CREATE TABLE IF NOT EXISTS scrub_runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    recipe VARCHAR,          -- the recipe's name
    recipe_path VARCHAR,
    recipe_sha256 VARCHAR,   -- of the recipe file's text
    steps VARCHAR,           -- the recipe's steps, as JSON
    inputs VARCHAR[],
    outputs VARCHAR[],
    in_place BOOLEAN,
    dry_run BOOLEAN,
    records_in BIGINT,
    records_out BIGINT,
    records_dropped BIGINT,
    records_changed BIGINT
);

CREATE TABLE IF NOT EXISTS scrub_actions (
    run_id VARCHAR,
    record_id VARCHAR,       -- "<source>:<line>" of the record as read
    source VARCHAR,
    line BIGINT,
    step INTEGER,            -- 1-based step of the recipe
    transform VARCHAR,       -- drop-findings, strip-comments, remediate:safe-mode, ...
    rule_id VARCHAR,         -- the rule the action answers, when there is one
    applied BOOLEAN,         -- false: reported and not done (e.g. a fix that did not clear its finding)
    sha256_before VARCHAR,   -- of the record's bytes before this step
    sha256_after VARCHAR,    -- after this step; NULL when the step dropped the record
    detail VARCHAR
);

CREATE OR REPLACE VIEW scrub_actions_per_transform AS
    SELECT run_id, transform, count(*) FILTER (WHERE applied) AS applied,
           count(*) FILTER (WHERE NOT applied) AS not_applied, count(DISTINCT record_id) AS records
    FROM scrub_actions GROUP BY run_id, transform ORDER BY run_id, applied DESC, transform;
