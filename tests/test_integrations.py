"""The pipeline integrations against the real libraries: a datatrove pipeline under its
LocalPipelineExecutor (real reader, filter, writers, files), and Ray Data actors (slow: starts Ray)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

FLAWED = "```python\nimport os\nos.chmod('/srv/data', 0o777)\n```"
SAFE = "print('hello')"
ENGINES = ["tree-sitter"]


def _datatrove():
    pytest.importorskip("datatrove", reason="datatrove is in the dev extra; .ci/run installs it")
    pytest.importorskip("orjson", reason="datatrove's JsonlReader needs orjson (the datatrove extra)")


def read_docs(folder: Path) -> list[dict]:
    docs = []
    for file in sorted(folder.iterdir()):
        data = file.read_bytes()
        text = gzip.decompress(data).decode() if file.name.endswith(".gz") else data.decode()
        docs.extend(json.loads(line) for line in text.splitlines() if line)
    return docs


def raw_corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    with open(raw / "part.jsonl", "w") as f:
        for i in range(8):
            f.write(json.dumps({"id": str(i), "text": FLAWED if i % 4 == 1 else f"{SAFE} # {i}"}) + "\n")
    return raw


def test_datatrove_filter_drops_flagged_documents(tmp_path: Path) -> None:
    _datatrove()
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from curator.integrations.datatrove import CuratorFilter

    raw = raw_corpus(tmp_path)
    LocalPipelineExecutor(pipeline=[
        JsonlReader(str(raw)),
        CuratorFilter(engines=ENGINES, exclusion_writer=JsonlWriter(str(tmp_path / "flagged"))),
        JsonlWriter(str(tmp_path / "clean")),
    ], tasks=1, logging_dir=str(tmp_path / "logs")).run()
    clean, flagged = read_docs(tmp_path / "clean"), read_docs(tmp_path / "flagged")
    assert [d["id"] for d in clean] == ["0", "2", "3", "4", "6", "7"]
    assert [d["id"] for d in flagged] == ["1", "5"]
    assert flagged[0]["metadata"]["curator_rules"] == ["py.fs.world-writable-chmod"]
    assert flagged[0]["metadata"]["curator_max_severity"] == "high"
    assert all(d["metadata"]["curator_flagged"] is False for d in clean)
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    assert "curator_flagged" in json.dumps(stats)


def test_datatrove_tag_mode_keeps_everything_and_reads_metadata_shapes(tmp_path: Path) -> None:
    _datatrove()
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from curator.integrations.datatrove import CuratorFilter

    raw = tmp_path / "raw"
    raw.mkdir()
    rows = [{"id": "a", "text": "Share it.", "prompt": "Share it.", "chosen": SAFE, "rejected": FLAWED},
            {"id": "b", "text": "Share it.", "prompt": "Share it.", "chosen": FLAWED, "rejected": SAFE}]
    (raw / "pairs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    LocalPipelineExecutor(pipeline=[
        JsonlReader(str(raw)),
        CuratorFilter(mode="tag", from_metadata=True, engines=ENGINES),
        JsonlWriter(str(tmp_path / "out")),
    ], tasks=1, logging_dir=str(tmp_path / "logs")).run()
    docs = read_docs(tmp_path / "out")
    assert [(d["id"], d["metadata"]["curator_flagged"]) for d in docs] == [("a", False), ("b", True)]
    assert docs[0]["metadata"]["curator_max_severity"] == "info"  # the rejected side's flaw, reported


def test_datatrove_rejects_an_unknown_mode() -> None:
    _datatrove()
    import curator
    from curator.integrations.datatrove import CuratorFilter

    with pytest.raises(curator.UsageError, match="mode must be one of filter, tag"):
        CuratorFilter(mode="drop")


@pytest.mark.slow
def test_ray_data_recipe_scales_flag_over_actors_in_order() -> None:
    ray = pytest.importorskip("ray")
    datasets = pytest.importorskip("datasets")
    from curator.integrations.ray_data import flag_ray

    import curator

    rows = [{"n": i, "prompt": f"task {i}", "completion": FLAWED if i % 3 == 0 else SAFE} for i in range(120)]
    hf = datasets.Dataset.from_list(rows)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        out = flag_ray(hf, concurrency=2, batch_size=16, engines=ENGINES).to_pandas()
        from_ray_dataset = flag_ray(ray.data.from_items(rows[:6]), concurrency=1, engines=ENGINES).to_pandas()
    finally:
        ray.shutdown()
    assert out["n"].tolist() == list(range(120))
    assert out["curator_flagged"].tolist() == curator.flag(hf, engines=ENGINES)["curator_flagged"]
    assert out["curator_flagged"].tolist() == [i % 3 == 0 for i in range(120)]
    assert from_ray_dataset["curator_flagged"].tolist() == [i % 3 == 0 for i in range(6)]
