-- Core tables of a lint report. Every schema file in this folder is applied in name order.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    curator_version VARCHAR,
    rules_version VARCHAR,
    engines VARCHAR[],
    inputs VARCHAR[],
    args VARCHAR,            -- the effective configuration, as JSON
    records BIGINT,
    records_error BIGINT,
    snippets BIGINT,
    findings BIGINT,
    seconds DOUBLE,
    records_per_s DOUBLE,
    engine_seconds VARCHAR,  -- JSON object: engine -> seconds spent
    peak_rss_mb DOUBLE,      -- largest resident memory of any process that linted records
    fail_on VARCHAR,         -- the threshold its flagged counts used (--fail-on; curator/flagged.py)
    skipped_files VARCHAR[]  -- .json files met that are no corpus (package.json, dataset_info.json), not read
);
-- Reports written by an older curator gain the columns (a NULL threshold reads as the default, low).
ALTER TABLE runs ADD COLUMN IF NOT EXISTS fail_on VARCHAR;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS skipped_files VARCHAR[];

CREATE TABLE IF NOT EXISTS records (
    run_id VARCHAR,
    record_id VARCHAR,       -- "<source>:<line>", stable across runs
    source VARCHAR,          -- the input file as given
    line BIGINT,             -- 1-based line in JSONL; 1-based row in other containers
    sha256 VARCHAR,          -- of the record's raw bytes
    container VARCHAR,       -- jsonl, json, csv, parquet, hf
    format VARCHAR,          -- record shape: openai, sharegpt, alpaca, prompt_completion, text, unknown
    status VARCHAR,          -- ok | error
    error VARCHAR,           -- file, line and problem when status = 'error'
    n_messages INTEGER,
    n_snippets INTEGER,
    n_findings INTEGER,
    max_severity VARCHAR
);

CREATE TABLE IF NOT EXISTS snippets (
    run_id VARCHAR,
    snippet_id VARCHAR,      -- "<record_id>#<index>"
    record_id VARCHAR,
    message_index INTEGER,
    role VARCHAR,
    language VARCHAR,
    line_offset INTEGER,     -- 1-based message line of the snippet's first line
    n_lines INTEGER,
    fenced BOOLEAN,
    tag VARCHAR,
    parse_status VARCHAR,    -- ok | parse_error (worst over engines) | unscanned
    parse_error VARCHAR,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS snippet_status (
    run_id VARCHAR,
    snippet_id VARCHAR,
    engine VARCHAR,
    status VARCHAR,          -- ok | parse_error | skipped | engine_error
    error VARCHAR
);

CREATE TABLE IF NOT EXISTS findings (
    run_id VARCHAR,
    finding_id VARCHAR,
    record_id VARCHAR,
    snippet_id VARCHAR,      -- NULL for findings on a whole message (numbers)
    engine VARCHAR,          -- engines joined by '+' when merged
    engines VARCHAR[],
    rule_id VARCHAR,
    cwe VARCHAR,
    severity VARCHAR,
    confidence VARCHAR,
    message VARCHAR,
    message_index INTEGER,
    line INTEGER,            -- 1-based line in the message
    col INTEGER,
    end_line INTEGER,
    end_col INTEGER,
    excerpt VARCHAR,
    detail VARCHAR,
    fingerprint VARCHAR,
    suppressed VARCHAR       -- NULL, or why: 'inline', 'nosec', 'baseline'
);

CREATE OR REPLACE VIEW active_findings AS SELECT * FROM findings WHERE suppressed IS NULL;

-- The one definition of "flagged" (curator/flagged.py): an active finding at or above the run's threshold;
-- info never flags (--fail-on info counts as low) and --fail-on never flags nothing.
CREATE OR REPLACE VIEW flagged_findings AS
    SELECT f.* FROM active_findings f JOIN runs u ON u.run_id = f.run_id
    WHERE coalesce(u.fail_on, 'low') <> 'never'
      AND list_position(['info', 'low', 'medium', 'high', 'critical'], f.severity)
          >= greatest(2, list_position(['info', 'low', 'medium', 'high', 'critical'], coalesce(u.fail_on, 'low')));

CREATE OR REPLACE VIEW flagged_records AS
    SELECT r.* FROM records r
    WHERE EXISTS (SELECT 1 FROM flagged_findings f WHERE f.run_id = r.run_id AND f.record_id = r.record_id);

-- Snippets that at least one engine could not parse, one row per snippet.
CREATE OR REPLACE VIEW unparsed_snippets AS
    SELECT run_id, snippet_id, string_agg(engine, ',' ORDER BY engine) AS engines
    FROM snippet_status WHERE status = 'parse_error' GROUP BY run_id, snippet_id;

CREATE OR REPLACE VIEW findings_per_rule AS
    SELECT rule_id, any_value(cwe) AS cwe, any_value(severity) AS severity,
           count(*) AS findings, count(DISTINCT record_id) AS records
    FROM active_findings GROUP BY rule_id ORDER BY findings DESC, rule_id;

CREATE OR REPLACE VIEW findings_per_cwe AS
    SELECT cwe, count(*) AS findings, count(DISTINCT record_id) AS records,
           count(DISTINCT rule_id) AS rules
    FROM active_findings GROUP BY cwe ORDER BY findings DESC, cwe;

CREATE OR REPLACE VIEW findings_per_severity AS
    SELECT severity, count(*) AS findings, count(DISTINCT record_id) AS records
    FROM active_findings GROUP BY severity
    ORDER BY list_position(['critical', 'high', 'medium', 'low', 'info'], severity);

CREATE OR REPLACE VIEW findings_per_source AS
    SELECT r.source, count(*) AS records,
           count(*) FILTER (WHERE r.status = 'error') AS errors,
           count(*) FILTER (WHERE f.record_id IS NOT NULL) AS flagged,
           round(count(*) FILTER (WHERE f.record_id IS NOT NULL) / count(*), 4) AS flagged_share
    FROM records r
    LEFT JOIN (SELECT run_id, record_id FROM flagged_records) f USING (run_id, record_id)
    GROUP BY r.source ORDER BY r.source;
