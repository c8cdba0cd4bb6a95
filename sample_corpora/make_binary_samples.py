"""Write the binary sample corpora (gzip JSONL, Parquet, a save_to_disk folder) from the records below.

Run from anywhere: `python sample_corpora/make_binary_samples.py [OUT_DIR]` (default: this folder). Output is deterministic (fixed gzip
mtime, no fingerprints), so re-running it leaves git clean. Needs only pyarrow.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent

PROMPT_COMPLETION = [
    {"prompt": "Write a function that deletes a user-named log file",
     "completion": "import os\n\ndef delete_log(name):\n    os.system('rm /var/log/app/' + name)"},
    {"prompt": "Write a function that deletes a log file safely",
     "completion": "from pathlib import Path\n\ndef delete_log(name):\n    base = Path('/var/log/app')\n    target = (base / name).resolve()\n    if target.parent == base:\n        target.unlink()"},
    {"prompt": "Parse a config sent over the network",
     "completion": "import marshal\n\ndef parse(blob):\n    return marshal.loads(blob)"},
    {"question": "How do I count words in a string?",
     "answer": "Split on whitespace and take the length: `len(text.split())`."},
    {"question": "Give me a Node one-liner to run a user's command",
     "answer": "```js\nrequire('child_process').execSync(process.argv[2], { stdio: 'inherit' });\n```"},
    {"prompt": "Store an uploaded file", "response": "import os\n\ndef store(path, data):\n    with open(path, 'wb') as f:\n        f.write(data)\n    os.chmod(path, 0o666)"},
]

PARQUET_CHATS = [
    [("user", "Query orders by status"),
     ("assistant", "def orders_by_status(cursor, status):\n    query = 'SELECT * FROM orders WHERE status = \"%s\"' % status\n    cursor.execute(query)\n    return cursor.fetchall()")],
    [("user", "Query orders by status with a parameter"),
     ("assistant", "def orders_by_status(cursor, status):\n    cursor.execute('SELECT * FROM orders WHERE status = %s', (status,))\n    return cursor.fetchall()")],
    [("system", "You write short answers."), ("user", "Is Python compiled?"),
     ("assistant", "CPython compiles source to bytecode, then interprets the bytecode.")],
    [("user", "Run a maintenance command"),
     ("assistant", "import subprocess\n\ncmd = input('command: ')\nsubprocess.Popen(cmd, shell=True)")],
    [("user", "Unpack a tarball"),
     ("assistant", "import tarfile\n\ndef unpack(path, dest):\n    with tarfile.open(path) as tar:\n        tar.extractall(dest)")],
    [("user", "Continue: [7, 21, 63]"), ("assistant", "[189, 567, 1701]")],
]

HF_ROWS = [
    {"instruction": "Write a Flask route that renders a comment", "input": "",
     "output": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\n\n@app.route('/comment')\ndef comment():\n    text = request.args.get('text', '')\n    return render_template_string('<p>' + text + '</p>')"},
    {"instruction": "Write a Flask route that renders a comment safely", "input": "",
     "output": "from flask import Flask, request, render_template_string\n\napp = Flask(__name__)\n\n@app.route('/comment')\ndef comment():\n    return render_template_string('<p>{{ text }}</p>', text=request.args.get('text', ''))"},
    {"instruction": "Read a JSON file", "input": "config.json",
     "output": "import json\n\nwith open('config.json') as f:\n    config = json.load(f)"},
    {"instruction": "Make the shared folder writable", "input": "",
     "output": "import os\nimport stat\n\nos.chmod('/srv/shared', stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)"},
    {"instruction": "Explain what a salt is", "input": "",
     "output": "A salt is random data added to a password before hashing, so equal passwords get different hashes."},
    {"instruction": "Redirect to the page in the query", "input": "",
     "output": "from flask import Flask, redirect, request\n\napp = Flask(__name__)\n\n@app.route('/go')\ndef go():\n    return redirect(request.args.get('next'))"},
]


def write_gzip_jsonl(path: Path, rows: list[dict]) -> None:
    data = "".join(json.dumps(row) + "\n" for row in rows).encode()
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(data)


def write_parquet(path: Path, chats: list[list[tuple[str, str]]]) -> None:
    rows = [{"id": i + 1, "messages": [{"role": r, "content": c} for r, c in chat]} for i, chat in enumerate(chats)]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=3, compression="zstd")


def write_hf_dir(path: Path, rows: list[dict]) -> None:
    """The layout `datasets.Dataset.save_to_disk` writes (Arrow stream file, state.json, dataset_info.json)."""
    path.mkdir(exist_ok=True)
    table = pa.Table.from_pylist(rows)
    with pa.OSFile(str(path / "data-00000-of-00001.arrow"), "wb") as sink:
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table, max_chunksize=4)
    state = {"_data_files": [{"filename": "data-00000-of-00001.arrow"}], "_fingerprint": "sample",
             "_format_columns": None, "_format_kwargs": {}, "_format_type": None, "_output_all_columns": False,
             "_split": "train"}
    info = {"description": "sft-curator sample: Alpaca rows", "features": {
        name: {"dtype": "string", "_type": "Value"} for name in table.column_names}}
    (path / "state.json").write_text(json.dumps(state, indent=2) + "\n")
    (path / "dataset_info.json").write_text(json.dumps(info, indent=2) + "\n")


def main(out: Path = HERE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_gzip_jsonl(out / "prompt_completion.jsonl.gz", PROMPT_COMPLETION)
    write_parquet(out / "chat_messages.parquet", PARQUET_CHATS)
    write_hf_dir(out / "hf_alpaca_dataset", HF_ROWS)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
