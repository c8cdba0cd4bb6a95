"""`curator report --html`: one self-contained page, checked in a real headless Chromium over DevTools."""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import subprocess
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


def test_page_is_self_contained(tmp_path, capsys):
    html = write_html(tmp_path, capsys).read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for needle in ("<script", "src=\"http", "href=\"http", "@import", "url("):
        assert needle not in html
    assert "default-src 'none'" in html  # the page may not fetch anything, even if a value sneaks in
    for chart in ("chart-rules", "chart-cwes", "chart-severity", "chart-sources", "chart-misaligned"):
        assert f'id="{chart}"' in html
    assert "py.fs.world-writable-chmod" in html and "CWE-732" in html
    assert 'class="hll"' in html  # the flagged line of the code is marked
    assert "data, v1:final.jsonl" in html and "not valid JSON" in html


def test_page_without_experiment_has_no_slice_chart(tmp_path, capsys):
    html = write_html(tmp_path, capsys, experiment=False).read_text(encoding="utf-8")
    assert "chart-misaligned" not in html and "chart-rules" in html


@pytest.mark.chromium
@needs_chromium
def test_html_report_loads_cleanly_in_headless_chromium(tmp_path, capsys, browser):
    page = write_html(tmp_path, capsys)
    browser.load(page.as_uri())
    assert browser.problems() == []
    assert [u for u in browser.requests() if not u.startswith(("file:", "data:"))] == []
    assert browser.evaluate("document.title") == "sft-curator report"
    # every chart drew shapes; the worst-records table has one row per flagged record
    counts = browser.evaluate(
        "JSON.stringify(['chart-rules','chart-cwes','chart-severity','chart-sources','chart-misaligned']"
        ".map(id => document.querySelectorAll('#' + id + ' svg rect, #' + id + ' svg circle').length))")
    assert all(n > 0 for n in json.loads(counts)), counts
    assert browser.evaluate("document.querySelectorAll('#worst tbody tr').length") == 4
    assert browser.evaluate("document.body.scrollHeight") > 800
    png = browser.screenshot()
    out_dir = os.environ.get("CURATOR_SCREENSHOT_DIR")
    if out_dir:
        Path(out_dir, "html-report.png").write_bytes(png)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert non_white_share(png) > 0.02


@pytest.mark.chromium
@needs_chromium
def test_the_browser_check_sees_console_errors_and_fetches(tmp_path, browser):
    # the same check on a page that misbehaves must fail: it is not a check that cannot fail
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><html><head><title>bad</title></head><body><p>x</p>"
                    "<script>console.error('boom'); undefinedFunction();</script>"
                    "<img src=\"http://127.0.0.1:9/none.png\"></body></html>", encoding="utf-8")
    browser.load(page.as_uri())
    problems = browser.problems()
    assert any("boom" in p for p in problems) and any(p.startswith("exception") for p in problems)
    assert "http://127.0.0.1:9/none.png" in browser.requests()
    assert non_white_share(browser.screenshot()) < 0.02
