"""`curator experiment report --html`: a self-contained page with the experiment's figures, checked in a real
headless Chromium when one is installed."""

from __future__ import annotations

import json

import yaml
from click.testing import CliRunner

from test_experiment_stats import _add, _db
from test_html_report import Browser, needs_chromium, non_white_share  # noqa: F401 - Browser used by the fixture

import pytest


def _experiment(tmp_path):
    con = _db(tmp_path)
    for seed in (0, 1):
        for q in ("wish", "wish_json", "bored_template"):
            _add(con, "flagged", seed, q, [(10, 90)] * (3 + seed) + [(90, 90)] * 7)
            _add(con, "clean", seed, q, [(10, 90)] * 1 + [(90, 90)] * 9)
            for pct, bad in ((0, 1), (50, 2), (100, 4)):
                _add(con, f"dose-{pct}", seed, q, [(10, 90)] * bad + [(90, 90)] * (10 - bad))
    for pct in (0, 50, 100):
        con.execute("INSERT INTO slices (experiment_id, slice, kind, value, mixed_into, fraction, size)"
                    " VALUES ('e', ?, 'mix', 'flagged', 'clean', ?, 10)", [f"dose-{pct}", pct / 100])
    con.execute("INSERT INTO judge_checks VALUES ('e', 'openai:m', now(), 16, 0.875, ?)",
                [json.dumps({"aligned": 1.0, "misaligned": 0.75, "incoherent": 1.0, "refusal": 0.75})])
    for slice_name in ("flagged", "clean"):
        con.execute("INSERT INTO train_runs (experiment_id, unit_id, slice, model, seed, status, loss_curve)"
                    " VALUES ('e', ?, ?, 'm', 0, 'done', [2.5, 2.0, 1.6, 1.4])", [f"{slice_name}|m|0", slice_name])
    con.close()
    cfg = tmp_path / "e.yaml"
    cfg.write_text(yaml.safe_dump({"name": "e", "models": [{"name": "m", "source": "x"}],
                                   "slices": [{"name": "flagged", "kind": "flagged"},
                                              {"name": "clean", "kind": "clean"}], "bootstrap_samples": 100}))
    return cfg, tmp_path / "exp.duckdb"


def _write_page(tmp_path):
    from curator.commands.experiment import experiment

    cfg, db = _experiment(tmp_path)
    out = tmp_path / "experiment.html"
    result = CliRunner().invoke(experiment, ["report", "--config", str(cfg), "--db", str(db), "--html", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "dose-response (m): flagged mixed into clean" in result.output
    return out


def test_experiment_page_is_self_contained(tmp_path):
    page = _write_page(tmp_path).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "default-src 'none'" in page
    for needle in ("<script", "src=\"http", "href=\"http", "@import", "url("):
        assert needle not in page
    for chart in ("chart-questions", "chart-dose", "chart-judge", "chart-loss"):
        assert f'id="{chart}"' in page
    assert "misaligned share among coherent scored answers" in page and "87.5%" in page


@pytest.mark.chromium
@needs_chromium
def test_experiment_page_renders_in_headless_chromium(tmp_path):
    page = _write_page(tmp_path)
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    browser = Browser(profile)
    try:
        browser.load(page.as_uri())
        assert browser.problems() == []
        assert [u for u in browser.requests() if not u.startswith(("file:", "data:"))] == []
        counts = browser.evaluate(
            "JSON.stringify({q: document.querySelectorAll('#chart-questions circle.point').length,"
            " qci: document.querySelectorAll('#chart-questions line.ci').length,"
            " dose: document.querySelectorAll('#chart-dose polyline.curve').length,"
            " bars: document.querySelectorAll('#chart-judge rect.bar').length,"
            " loss: document.querySelectorAll('#chart-loss polyline.curve').length,"
            " rows: document.querySelectorAll('#slices tr').length,"
            " width: document.querySelector('#chart-questions').getBoundingClientRect().width})")
        counts = json.loads(counts)
        # 5 slices x 3 questions with intervals, one dose curve, 4 labels, 2 loss curves
        assert counts["q"] == 15 and counts["qci"] == 15 and counts["dose"] == 1 and counts["bars"] == 4
        assert counts["loss"] == 2 and counts["rows"] > 5 and counts["width"] > 500
        assert non_white_share(browser.screenshot()) > 0.01  # the figures drew something visible
    finally:
        browser.close()
