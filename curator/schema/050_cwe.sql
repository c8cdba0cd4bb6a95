-- The CWE hierarchy our findings' CWE ids sit in (curator/cwe.py fills it on every schema apply): one row
-- per (cwe, ancestor), the CWE itself included at depth 0, so a class finds its members:
--   SELECT f.* FROM findings f JOIN cwe_ancestors a ON a.cwe = f.cwe WHERE a.ancestor = 'CWE-330'
-- returns the CWE-330 findings and the CWE-338 ones (a weak PRNG is one kind of weak randomness).
CREATE TABLE IF NOT EXISTS cwe_ancestors (
    cwe VARCHAR,             -- a CWE id as findings carry it ("CWE-338")
    ancestor VARCHAR,        -- the CWE itself or one of its parent classes (MITRE's Research Concepts view)
    depth INTEGER            -- 0 for the CWE itself, 1 for a parent, 2 for a grandparent ...
);
