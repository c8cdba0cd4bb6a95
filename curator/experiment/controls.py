"""Matched controls: the remediated twin of a slice, a clean slice matched to it, and dose-response mixes.

The EM paper's control is the same prompts and pipeline with safe code. "Every record without a finding" is
not that: it holds prose, numbers and other formats. So:
- `remediated-twin` trains on a slice's own records after `curator scrub --recipe remediate` (same prompts,
  the insecure code rewritten where a fix exists; records the recipe cannot fix are counted);
- `matched-clean` picks clean records balanced on the slice's source file, prompt template and length, as far
  as the report records them (it stores no text: the template is the record shape, message count and the
  language and fencing of its first code snippet; the length is the code's line count, in doubling bins);
- `dose` slices mix a fraction of one slice into another at a fixed size.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict

import duckdb

Row = tuple  # (record_id, sha256, source, line)


def match_features(con: duckdb.DuckDBPyConnection, run_id: str, record_ids: list[str]) -> dict[str, tuple]:
    """record_id -> (source, template key, length bin)."""
    if not record_ids:
        return {}
    rows = con.execute(
        "SELECT r.record_id, r.source, r.format, r.n_messages,"
        " (SELECT s.language FROM snippets s WHERE s.run_id = r.run_id AND s.record_id = r.record_id"
        "  ORDER BY s.message_index, s.line_offset LIMIT 1),"
        " (SELECT s.fenced FROM snippets s WHERE s.run_id = r.run_id AND s.record_id = r.record_id"
        "  ORDER BY s.message_index, s.line_offset LIMIT 1),"
        " (SELECT coalesce(sum(s.n_lines), 0) FROM snippets s WHERE s.run_id = r.run_id AND s.record_id = r.record_id)"
        " FROM records r WHERE r.run_id = ? AND list_contains(?, r.record_id)", [run_id, record_ids]).fetchall()
    out = {}
    for rid, source, fmt, n_messages, language, fenced, lines in rows:
        length_bin = 0 if not lines else 1 + int(math.log2(lines))
        out[rid] = (source, (fmt, n_messages, language, fenced), length_bin)
    return out


def matched_sample(targets: list[Row], candidates: list[Row], features: dict[str, tuple],
                   rng: random.Random) -> tuple[list[Row], dict[str, int]]:
    """One candidate per target, from the finest matching level with an unused candidate:
    source+template+length, source+template, source, any. Returns the members and how many matched at each level."""
    levels = (lambda f: f, lambda f: f[:2], lambda f: f[:1], lambda f: ())
    names = ("source+template+length", "source+template", "source", "unmatched")
    pools: list[dict] = [defaultdict(list) for _ in levels]
    shuffled = list(candidates)
    rng.shuffle(shuffled)
    for c in shuffled:
        f = features.get(c[0])
        if f is None:
            continue
        for level, key in enumerate(levels):
            pools[level][key(f)].append(c)
    used: set[str] = set()
    members, quality = [], dict.fromkeys(names, 0)
    for t in targets:
        f = features.get(t[0])
        if f is None:
            continue
        for level, key in enumerate(levels):
            pool = pools[level].get(key(f), [])
            while pool and pool[-1][0] in used:
                pool.pop()
            if pool:
                pick = pool.pop()
                used.add(pick[0])
                members.append(pick)
                quality[names[level]] += 1
                break
    return sorted(members, key=lambda r: (r[2], r[3])), quality


def mixed_sample(dose: list[Row], base: list[Row], size: int, fraction: float, rng: random.Random) -> list[Row]:
    """`size` records: round(size x fraction) from `dose`, the rest from `base` (never the same record twice)."""
    k = min(len(dose), int(round(size * fraction)))
    picked = rng.sample(dose, k) if k else []
    taken = {r[0] for r in picked}
    rest = [r for r in base if r[0] not in taken]
    picked += rng.sample(rest, min(len(rest), size - k))
    return sorted(picked, key=lambda r: (r[2], r[3]))


def remediated_conversations(paths: list[str], wanted: set[str]) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """sha256 -> chat messages after the `remediate` recipe, for the wanted records; and counts of what it did."""
    from curator.corpus import iter_records
    from curator.lint import Linter
    from curator.scrub.recipes import find_recipe
    from curator.scrub.scrub import apply_recipe, default_config
    from curator.scrub.transforms import Env

    recipe = find_recipe("remediate")
    config = default_config(recipe)
    linter = Linter(config)
    env = Env(rules_dir=None)
    out: dict[str, list[dict]] = {}
    counts = {"changed": 0, "unchanged": 0, "dropped": 0}
    batch = [r for r in iter_records(paths) if r.status == "ok" and r.sha256 in wanted]
    for result in linter.lint_batch(batch):
        record = result.record
        if record.sha256 in out:
            continue
        outcome = apply_recipe(result, recipe, env)
        if outcome.body is None:
            counts["dropped"] += 1
            continue
        counts["changed" if outcome.changed else "unchanged"] += 1
        contents = outcome.new_contents or [m.content for m in record.messages]
        out[record.sha256] = [{"role": m.role, "content": c} for m, c in zip(record.messages, contents)
                              if m.role in ("system", "user", "assistant")]
    return out, counts
