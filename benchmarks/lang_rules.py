"""Speed of the tree-sitter rules of each non-Python language: milliseconds per 30-line snippet.

Each language's rules run as the engine runs them, compiled into one query. The snippets are 30-line
windows of the language's own rule fixtures (code written for the project), so every rule has
something to look at. Prints parse time and parse+query time per snippet, and the implied snippets/s.

    python benchmarks/lang_rules.py [--repeat 200]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curator.engines import EngineConfig  # noqa: E402
from curator.engines.languages import parser  # noqa: E402
from curator.engines.treesitter import TreeSitterEngine  # noqa: E402
from curator.model import Record, RecordResult, Snippet  # noqa: E402

LANGUAGES = {"javascript": "js", "typescript": "ts", "bash": "sh", "go": "go", "java": "java",
             "ruby": "rb", "php": "php", "c": "c"}


def windows(language: str, size: int = 30) -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "rules" / language / "fixtures").glob(f"*.{LANGUAGES[language]}")):
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    return ["\n".join(lines[i : i + size]) for i in range(0, max(len(lines) - size, 1), size)]


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--repeat", type=int, default=200)
    options = args.parse_args()
    engine = TreeSitterEngine(EngineConfig())
    print(f"{'language':<11} {'rules':>5} {'snippets':>8} {'parse ms':>9} {'scan ms':>8} {'snippets/s':>10}")
    for language in LANGUAGES:
        texts = windows(language)
        batch = []
        for index, text in enumerate(texts):
            record = Record("bench", index + 1, text.encode(), "jsonl")
            batch.append(RecordResult(record, [Snippet(record.record_id, 0, 1, "assistant", language, text, 1, True)]))
        rules = len(engine.compiled[language].owners and {o.rule.id for o in engine.compiled[language].owners})
        runs = max(1, options.repeat // len(texts))
        start = time.perf_counter()
        for _ in range(runs):
            for text in texts:
                parser(language).parse(text.encode())
        parse_ms = (time.perf_counter() - start) * 1000 / (runs * len(texts))
        start = time.perf_counter()
        for _ in range(runs):
            engine.scan(batch)
        scan_ms = (time.perf_counter() - start) * 1000 / (runs * len(texts))
        print(f"{language:<11} {rules:>5} {len(texts):>8} {parse_ms:>9.3f} {scan_ms:>8.3f} {1000 / scan_ms:>10.0f}")


if __name__ == "__main__":
    main()
