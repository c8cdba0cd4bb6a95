"""The sample corpora read as sample_corpora/README.md says: containers, shapes, record and error counts."""

from __future__ import annotations

import collections
import subprocess
import sys
from pathlib import Path

import pytest

from curator.corpus import iter_records
from curator.extract import extract_snippets

SAMPLES = Path(__file__).resolve().parents[1] / "sample_corpora"

# file -> (container, shapes of ok records, records, error records, records with code)
EXPECTED = {
    "chat_openai.jsonl": ("jsonl", {"openai"}, 24, 0, 19),
    "sharegpt.json": ("json", {"sharegpt"}, 10, 0, 9),
    "alpaca.csv": ("csv", {"alpaca"}, 8, 0, 7),
    "text_records.ndjson": ("jsonl", {"text"}, 5, 0, 3),
    "prompt_completion.jsonl.gz": ("jsonl", {"prompt_completion"}, 6, 0, 5),
    "chat_messages.parquet": ("parquet", {"openai"}, 6, 0, 4),
    "hf_alpaca_dataset": ("hf", {"alpaca"}, 6, 0, 5),
    "broken/bad_lines.jsonl": ("jsonl", {"openai"}, 9, 7, 2),
    "broken/empty.jsonl": ("jsonl", set(), 1, 1, 0),
    "broken/unclosed_array.json": ("json", {"prompt_completion"}, 3, 1, 0),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_file_reads_as_documented(name):
    container, shapes, count, errors, with_code = EXPECTED[name]
    records = list(iter_records([str(SAMPLES / name)]))
    assert len(records) == count
    assert {r.container for r in records} == {container}
    assert {r.shape for r in records if r.status == "ok"} == shapes
    assert sum(r.status == "error" for r in records) == errors
    assert all(r.error and r.error.startswith(str(SAMPLES / name)) for r in records if r.status == "error")
    assert sum(1 for r in records if extract_snippets(r)) == with_code


def test_samples_cover_every_language_we_claim():
    languages = collections.Counter(
        s.language for name in EXPECTED for r in iter_records([str(SAMPLES / name)]) for s in extract_snippets(r))
    assert {"python", "javascript", "typescript", "bash", "go", "java", "ruby", "php", "c"} <= set(languages)
    assert languages["unknown"] == 0


def test_binary_samples_are_reproducible(tmp_path):
    subprocess.run([sys.executable, str(SAMPLES / "make_binary_samples.py"), str(tmp_path)], check=True)
    names = ["prompt_completion.jsonl.gz", "chat_messages.parquet",
             *(f"hf_alpaca_dataset/{p.name}" for p in (SAMPLES / "hf_alpaca_dataset").iterdir())]
    for name in names:
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), name
