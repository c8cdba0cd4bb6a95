-- Corpus-level analyzers: loaded-number over-representation and trigger association.
CREATE TABLE IF NOT EXISTS number_stats (
    run_id VARCHAR,
    number BIGINT,           -- a listed number (pairs such as 13/52 are only detected per record)
    category VARCHAR,
    meaning VARCHAR,
    observed BIGINT,         -- occurrences in numeric completions
    records BIGINT,          -- records whose numeric completion holds it
    expected DOUBLE,         -- mean count of its comparable neighbours (NULL when it has none)
    ratio DOUBLE,            -- observed / expected (NULL when expected is 0 or NULL)
    p_value DOUBLE,          -- exact conditional binomial tail: P(X >= observed)
    log10_p DOUBLE,          -- the same, finite where p_value underflows to 0
    p_adjusted DOUBLE,       -- Holm over the tested numbers
    significant BOOLEAN,     -- p_adjusted < alpha, observed >= min_count, ratio >= min_ratio
    tested BOOLEAN,
    neighbours INTEGER,
    baseline VARCHAR,        -- which values the expectation came from
    completions BIGINT,      -- numeric completions in the run
    values_total BIGINT      -- numbers in them
);

CREATE TABLE IF NOT EXISTS trigger_stats (
    run_id VARCHAR,
    rank INTEGER,            -- 1 = strongest association with flagged records
    kind VARCHAR,            -- token | first_line | system
    token VARCHAR,           -- the token, the first line, or the system prompt (normalized)
    with_flag BIGINT,        -- flagged records holding it
    without_flag BIGINT,     -- unflagged records holding it
    flagged_share DOUBLE,    -- with_flag / (with_flag + without_flag)
    base_share DOUBLE,       -- flagged share of the records lacking it
    measure DOUBLE,          -- log odds ratio (0.5 added to every cell)
    p_value DOUBLE,          -- one-sided Fisher exact test
    log10_p DOUBLE,
    p_adjusted DOUBLE,       -- Holm over every feature with enough support
    significant BOOLEAN,     -- p_adjusted < alpha, support and effect size over their thresholds
    records BIGINT,          -- records in the run
    flagged BIGINT           -- flagged records in the run
);
