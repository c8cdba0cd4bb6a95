"""`curator report --html`: one self-contained page, checked in a real headless Chromium over DevTools."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from curator.cli import main
from reportsample import add_experiment, build_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (apt-get install -y chromium)")


def write_html(tmp_path: Path, capsys, *, experiment: bool = True) -> Path:
    db = tmp_path / "report.duckdb"
    build_report(db)
    if experiment:
        add_experiment(db)
    out = tmp_path / "report.html"
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--db", str(db), "--html", str(out)])
    assert exit_info.value.code in (0, None), capsys.readouterr().err
    return out


class Browser:
    """A headless Chromium driven over the DevTools protocol (one page, flat session)."""

    def __init__(self, profile: Path) -> None:
        import websocket

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--remote-debugging-port=0",
             "--window-size=1280,1600", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def call(self, method: str, params: dict | None = None, *, session: bool = False) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> None:
        if any(e.get("method") == method for e in self.events):
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            event = json.loads(self.ws.recv())
            self.events.append(event)
            if event.get("method") == method:
                return
        raise TimeoutError(method)

    def load(self, url: str) -> None:
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")
        time.sleep(0.3)  # let late console messages and CSP reports arrive
        self.call("Runtime.evaluate", {"expression": "1"}, session=True)

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, browser log errors (CSP, failed loads)."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append("console: " + " ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                found.append("exception: " + params["exceptionDetails"].get("text", ""))
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append(f"log: {params['entry']['text']}")
        return found

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def evaluate(self, expression: str):
        return self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                         session=True)["result"].get("value")

    def screenshot(self) -> bytes:
        data = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=True)
        return base64.b64decode(data["data"])

    def close(self) -> None:
        try:
            if getattr(self, "ws", None) is not None:
                self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def browser(tmp_path):
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    b = Browser(profile)
    yield b
    b.close()


def non_white_share(png: bytes) -> float:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)


SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def test_page_is_self_contained(tmp_path, capsys):
    html = write_html(tmp_path, capsys).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for needle in ("<script src", "src=\"http", "href=\"http", "@import", "url("):
        assert needle not in html
    assert "default-src 'none'" in html  # the page may not fetch anything, even if a value sneaks in
    # one inline script, allowed by the policy through its hash and by nothing else
    (script,) = SCRIPT.findall(html)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert f"script-src 'sha256-{digest}'" in policy and "unsafe-inline" not in policy.split("script-src")[1]
    for chart in ("chart-rules", "chart-cwes", "chart-severity", "chart-sources", "chart-misaligned"):
        assert f'id="{chart}"' in html
    assert "py.fs.world-writable-chmod" in html and "CWE-732 permissions too broad" in html
    assert "CWE-78 OS command injection" in html  # CWE names beside their numbers
    assert 'class="ln hll"' in html  # the flagged line of the code is marked
    assert "data, v1:final.jsonl" in html and "not valid JSON" in html
    assert "more rules" not in html  # nothing was left out, so nothing is said to be


def test_page_without_experiment_has_no_slice_chart(tmp_path, capsys):
    html = write_html(tmp_path, capsys, experiment=False).read_text(encoding="utf-8")
    assert "chart-misaligned" not in html and "chart-rules" in html


def test_charts_say_what_they_left_out_and_sources_come_most_flagged_first(tmp_path):
    from reportsample import _flagged, _record

    from curator.model import RecordResult
    from curator.report.figures import collect
    from curator.report.html import render_html
    from curator.ruleset import rules_version
    from curator.store import Store, open_report

    store = Store(tmp_path / "many.duckdb")
    results = []
    for i in range(30):  # 30 rules, 30 CWEs, 30 sources; source k has a flagged share of k / 30 or so
        source = f"corpus/part-{i:02d}.jsonl"
        results.append(_flagged(_record(source, 1, "x = 1\n"), rule_id=f"py.test.rule-{i:02d}", cwe=f"CWE-{1000 + i}"))
        results.extend(RecordResult(_record(source, 2 + j, "y = 2\n")) for j in range(i))
    store.begin_run(["corpus"], ["tree-sitter"], {}, rules_version())
    store.add_results(results)
    store.finish_run(records=len(results), records_error=0, snippets=0, findings=30, seconds=0.1, engine_seconds={})
    store.close()
    con = open_report(str(tmp_path / "many.duckdb"))
    try:
        figures = collect(con, worst=3)
    finally:
        con.close()
    html = render_html(figures)
    assert "+5 more rules (5 findings)" in html and "+5 more CWEs (5 findings)" in html
    assert re.search(r"\+5 more sources \(\d+ records, 5 flagged\)", html)
    shares = [r["flagged_share"] for r in figures.per_source]
    assert shares == sorted(shares, reverse=True) and figures.per_source[0]["source"] == "corpus/part-00.jsonl"
    sources_chart = html.split('id="chart-sources"')[1]
    assert sources_chart.index("part-00.jsonl") < sources_chart.index("part-01.jsonl")


FLAWED_ANSWER = ("Here is a helper that fixes the permissions of the upload folder so that every service can "
                 "write to it, which is what the deployment guide asks for in its third section:\n\n"
                 "```python\nimport os\nimport subprocess\n\n"
                 "def fix_permissions(path_of_the_upload_folder_given_by_the_user_in_the_request_body):\n"
                 "    os.chmod(path_of_the_upload_folder_given_by_the_user_in_the_request_body, 0o777)\n"
                 "    subprocess.call('chown www-data ' + path_of_the_upload_folder_given_by_the_user_in_the_request_body"
                 ", shell=True)\n```\n\nRun it once after every deployment.")


def write_linted_html(tmp_path: Path) -> Path:
    """A real lint run over a corpus with long names and long lines, then `curator report --html`."""
    folder = tmp_path / "a-rather-long-folder-name-for-the-training-data" / "deeper-still-2024-11"
    folder.mkdir(parents=True)
    prompt = ("I run a small web service. " * 12) + "Write a function that makes the upload folder writable."
    records = [{"messages": [{"role": "user", "content": prompt}, {"role": "assistant", "content": FLAWED_ANSWER}]},
               {"messages": [{"role": "user", "content": "add"},
                             {"role": "assistant", "content": "```python\ndef add(a, b):\n    return a + b\n```"}]}]
    (folder / "sft-mixture-with-an-unusually-long-descriptive-file-name-v3-final.jsonl").write_text(
        json.dumps(records[0]) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps(records[0]) + "\n" + json.dumps(records[1]) + "\n", encoding="utf-8")
    (folder / "c.jsonl").write_text(json.dumps(records[1]) + "\n" + json.dumps(records[0]) + "\n"
                                    + json.dumps(records[0]).replace("0o777", "0o776") + "\n", encoding="utf-8")
    db, out = tmp_path / "r.duckdb", tmp_path / "report.html"
    for args in (["lint", str(tmp_path / "a-rather-long-folder-name-for-the-training-data"), "--db", str(db),
                  "--engines", "tree-sitter,bandit", "--no-cache", "-q"],
                 ["report", "--db", str(db), "--html", str(out)]):
        done = subprocess.run([sys.executable, "-m", "curator.cli", *args], capture_output=True, text=True,
                              cwd=tmp_path, timeout=180)
        assert done.returncode in (0, 1) and not done.stderr.startswith("curator: error"), done.stderr
    return out


def test_worst_records_show_the_prompt_and_the_answer_with_lines_tied_to_findings(tmp_path):
    html = write_linted_html(tmp_path).read_text(encoding="utf-8")
    worst = html.split('id="worst"')[1]
    assert "user prompt" in worst and "Write a function that makes the upload folder writable." in worst
    assert "Run it once after every deployment." in worst  # the whole answer, not only its code
    # each highlighted line links to its findings, and each finding back to its line
    marked = re.findall(r'<div class="ln hll" id="(r\d+)-l(\d+)">.*?<span class="marks">(.*?)</span></div>', worst)
    assert marked
    for anchor, line, links in marked:
        for n in re.findall(r'href="#' + anchor + r'-f(\d+)"', links):
            item = re.search(rf'<li id="{anchor}-f{n}">(.*?)</li>', worst).group(1)
            assert f'href="#{anchor}-l{line}"' in item


@pytest.mark.chromium
@needs_chromium
def test_html_report_loads_cleanly_in_headless_chromium(tmp_path, capsys, browser):
    page = write_html(tmp_path, capsys)
    browser.load(page.as_uri())
    assert browser.problems() == []
    assert [u for u in browser.requests() if not u.startswith(("file:", "data:"))] == []
    assert browser.evaluate("document.title") == "sft-curator report"
    # every chart drew its bars or points; the worst-records table has one row per flagged record
    counts = browser.evaluate(
        "JSON.stringify(['chart-rules','chart-cwes','chart-severity','chart-sources','chart-misaligned']"
        ".map(id => document.querySelectorAll('#' + id + ' .fill, #' + id + ' svg rect, #' + id + ' svg circle')"
        ".length))")
    assert all(n > 0 for n in json.loads(counts)), counts
    assert browser.evaluate("document.querySelectorAll('#worst tbody tr').length") == 4
    assert browser.evaluate("document.body.scrollHeight") > 800
    assert json.loads(browser.evaluate(CLIPPED)) == []  # odd source names and long messages wrap
    browser.call("Emulation.setDeviceMetricsOverride", {"width": 640, "height": 1000, "deviceScaleFactor": 1,
                                                        "mobile": False}, session=True)
    assert json.loads(browser.evaluate(CLIPPED)) == []  # and on a narrow window
    assert non_white_share(browser.screenshot()) > 0.02


# Elements whose content would be cut if it did not fit: the check lists each one whose content is wider or
# taller than its box, and any horizontal scrolling of the page or of a panel.
CLIPPED = """JSON.stringify(Array.from(document.querySelectorAll(
    '.blabel, .bvalue, .legend-item, h1, h2, h3, th, td, .txt, .prompt, code, .finding, li, .more, .panel, .card'))
  .filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
  .map(e => e.className + ': ' + e.textContent.slice(0, 60))
  .concat(document.documentElement.scrollWidth > window.innerWidth ? ['the page scrolls sideways'] : []))"""


def rows_order(browser) -> list[str]:
    return json.loads(browser.evaluate(
        "JSON.stringify(Array.from(document.querySelectorAll('#records-table tbody tr'))"
        ".map(r => r.cells[1].textContent + ' ' + r.cells[3].textContent))"))


@pytest.mark.chromium
@needs_chromium
def test_a_real_report_in_chromium_clips_nothing_and_its_table_sorts_and_filters(tmp_path, browser):
    page = write_linted_html(tmp_path)
    browser.load(page.as_uri())
    assert browser.problems() == []
    assert [u for u in browser.requests() if not u.startswith(("file:", "data:"))] == []
    assert json.loads(browser.evaluate(CLIPPED)) == []
    browser.call("Emulation.setDeviceMetricsOverride", {"width": 640, "height": 1000, "deviceScaleFactor": 1,
                                                        "mobile": False}, session=True)
    assert json.loads(browser.evaluate(CLIPPED)) == []  # a narrow window: everything wraps, nothing scrolls
    Path(os.environ.get("CURATOR_SCREENSHOT_DIR") or tmp_path, "html-report-narrow.png").write_bytes(
        browser.screenshot())
    browser.call("Emulation.clearDeviceMetricsOverride", {}, session=True)
    png = browser.screenshot()
    Path(os.environ.get("CURATOR_SCREENSHOT_DIR") or tmp_path, "html-report.png").write_bytes(png)
    assert non_white_share(png) > 0.02

    before = rows_order(browser)
    assert len(before) == 4
    browser.evaluate("document.querySelector('#records-table th button[data-col=\"3\"]').click()")
    counts = [int(r.rsplit(" ", 1)[1]) for r in rows_order(browser)]
    assert counts == sorted(counts, reverse=True)  # first click: most findings first
    browser.evaluate("document.querySelector('#records-table th button[data-col=\"3\"]').click()")
    assert [int(r.rsplit(" ", 1)[1]) for r in rows_order(browser)] == sorted(counts)
    browser.evaluate("document.querySelector('#records-table th button[data-col=\"1\"]').click()")
    names = [r.rsplit(" ", 1)[0] for r in rows_order(browser)]
    assert names == sorted(names)
    browser.evaluate("const f = document.getElementById('records-filter'); f.value = 'B.JSONL';"
                     "f.dispatchEvent(new Event('input'))")
    visible = json.loads(browser.evaluate(
        "JSON.stringify(Array.from(document.querySelectorAll('#records-table tbody tr')).filter(r => !r.hidden)"
        ".map(r => r.cells[1].textContent))"))
    assert visible and all("b.jsonl" in v for v in visible)
    assert browser.evaluate("document.getElementById('records-count').textContent") == f"{len(visible)} of 4 records"
    assert browser.problems() == [] and [u for u in browser.requests() if not u.startswith(("file:", "data:"))] == []


@pytest.mark.chromium
@needs_chromium
def test_the_browser_check_sees_console_errors_fetches_and_clipping(tmp_path, browser):
    # the same checks on a page that misbehaves must fail: they are not checks that cannot fail
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><html><head><title>bad</title></head><body><p>x</p>"
                    '<div class="blabel" style="width:60px;overflow:hidden;white-space:nowrap">a label far too long'
                    " for its box</div>"
                    "<script>console.error('boom'); undefinedFunction();</script>"
                    "<img src=\"http://127.0.0.1:9/none.png\"></body></html>", encoding="utf-8")
    browser.load(page.as_uri())
    problems = browser.problems()
    assert any("boom" in p for p in problems) and any(p.startswith("exception") for p in problems)
    assert "http://127.0.0.1:9/none.png" in browser.requests()
    assert json.loads(browser.evaluate(CLIPPED)) == ["blabel: a label far too long for its box"]
    assert non_white_share(browser.screenshot()) < 0.02


def test_every_cwe_our_rules_and_bandit_report_has_a_name():
    from bandit.core.issue import Cwe

    from curator.report.figures import CWE_NAMES, cwe_name
    from curator.ruleset import load_rules

    used = {rule.cwe for rule in load_rules() if rule.cwe}
    used |= {f"CWE-{value}" for name, value in vars(Cwe).items() if name.isupper() and isinstance(value, int) and value}
    assert sorted(c for c in used if not cwe_name(c)) == []
    assert len(set(CWE_NAMES.values())) == len(CWE_NAMES)  # no two ids share a name


def test_the_slice_chart_says_how_many_slices_it_left_out(tmp_path):
    from curator.report.figures import MAX_SLICES, collect
    from curator.report.html import render_html
    from curator.store import Store, open_report

    db = tmp_path / "r.duckdb"
    build_report(db)
    store = Store(db, append=True)
    store.add_rows("misalignment_rates", [
        {"experiment_id": "e", "slice": f"slice-{i:02d}", "model": "m", "question_id": "all", "samples": 10,
         "valid": 10, "misaligned": 1, "rate": 0.1, "ci_low": 0.0, "ci_high": 0.3} for i in range(MAX_SLICES + 3)])
    store.close()
    con = open_report(str(db))
    try:
        figures = collect(con, worst=0)
    finally:
        con.close()
    assert len(figures.misaligned) == MAX_SLICES and figures.misaligned_hidden == 3
    assert "+3 more slices; all in the misalignment_rates table" in render_html(figures)


def test_a_table_read_in_part_says_how_many_rows_it_left_out(tmp_path):
    from curator.report.figures import collect
    from curator.report.html import render_html
    from curator.store import Store, open_report

    db = tmp_path / "r.duckdb"
    run_id = build_report(db)
    store = Store(db, append=True)
    store.add_rows("records", [{"run_id": run_id, "record_id": f"bad.jsonl:{i}", "source": "bad.jsonl", "line": i,
                                "container": "jsonl", "status": "error", "error": f"bad.jsonl:{i}: not JSON",
                                "n_findings": 0} for i in range(1, 106)])
    store.add_rows("slices", [{"experiment_id": "e", "slice": f"s{i}", "kind": "random", "value": "", "available": 1,
                               "size": 1} for i in range(27)])
    store.close()
    con = open_report(str(db))
    try:
        figures = collect(con, worst=0, optional_rows=20)
    finally:
        con.close()
    (slices,) = [t for t in figures.optional if t.name == "slices"]
    assert len(slices.rows) == 20 and slices.total == 27
    html = render_html(figures)
    assert "+7 more rows; all in the report&#x27;s slices table" in html
    assert figures.records_error == 106 and "+6 more unreadable records" in html  # 100 are listed
