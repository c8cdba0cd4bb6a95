"""Every file sft-curator writes goes through here: never over an input, never over a file that is not
ours, written whole or not at all, with the modes the user's umask asks for.

`guard_outputs` runs before any work. It refuses (UsageError, exit 2, one line):
- an output that is one of the inputs (the same file by device and inode, or by real path), even with
  --force: replacing the corpus being read is never what a flag should do;
- an output whose folder does not exist, an output that is a folder, the same path named twice;
- an existing file that is not an sft-curator output of that kind, unless `force`. Each kind has a
  recognizer: a DuckDB report has our `meta` table with a `schema_version`; a baseline has our
  `"format"`; SARIF names `sft-curator` as its tool; the JSON, JSONL, GitHub, text and HTML renderings
  have the shape only we write; a split manifest says `"tool": "curator split"`. A corpus output
  (split, scrub) is never "ours" by content, so an existing one always needs --force. An empty file
  holds nothing to lose and may be replaced.

Writers: `atomic_text` / `AtomicWrite` (a temp file beside the target, renamed over it when complete) and
`new_temp_file` / `new_temp_folder`, which give the temp the mode a plain `open()` would (0666 or 0777
minus the umask) instead of mkstemp's 0600.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence, TextIO

from curator.errors import UsageError

# What each kind is called in messages.
KIND_NAMES = {
    "report": "DuckDB report",
    "baseline": "baseline",
    "sarif": "SARIF output",
    "json": "JSON output",
    "jsonl": "JSONL output",
    "github": "GitHub annotations output",
    "text": "text output",
    "html": "HTML report",
    "manifest": "split manifest",
    "corpus": "corpus output",
}


@dataclass(frozen=True)
class Output:
    """A file about to be written: where, what kind (a key of KIND_NAMES), and the flag that named it."""

    path: str | None
    kind: str
    flag: str


# -- modes ----------------------------------------------------------------------------------------------
def current_umask() -> int:
    """The process umask, read without changing it where the OS allows (Linux /proc); else set and restored."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode `open(path, "w")` would give a new file."""
    return 0o666 & ~current_umask()


def folder_mode() -> int:
    return 0o777 & ~current_umask()


def new_temp_file(target: str | os.PathLike, *, suffix: str = ".tmp") -> tuple[int, str]:
    """A new, empty temp file beside `target` (same folder, so the rename is atomic), with the umask's mode.
    Returns (fd, path) like tempfile.mkstemp."""
    target = os.fspath(target)
    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=suffix, dir=folder)
    try:
        os.fchmod(fd, file_mode())
    except (AttributeError, OSError):  # no fchmod on this platform: mkstemp's mode stays
        pass
    return fd, tmp


def new_temp_folder(target: str | os.PathLike, *, suffix: str = ".tmp") -> str:
    target = os.fspath(target)
    folder = os.path.dirname(os.path.abspath(target))
    tmp = tempfile.mkdtemp(prefix=f".{os.path.basename(target)}.", suffix=suffix, dir=folder)
    with contextlib.suppress(OSError):
        os.chmod(tmp, folder_mode())
    return tmp


def give_default_modes(path: str | os.PathLike) -> None:
    """Files and folders under `path` (a folder written by a library into a temp folder) get the umask's modes."""
    path = os.fspath(path)
    if not os.path.isdir(path):
        with contextlib.suppress(OSError):
            os.chmod(path, file_mode())
        return
    with contextlib.suppress(OSError):
        os.chmod(path, folder_mode())
    for root, dirs, files in os.walk(path):
        for name in dirs:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(root, name), folder_mode())
        for name in files:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(root, name), file_mode())


def keep_mode_of(target: str | os.PathLike, tmp: str | os.PathLike) -> None:
    """A file that replaces an existing one keeps that file's permission bits (an in-place rewrite of a
    0600 corpus must not make it world-readable); a new file keeps the umask's mode it was created with."""
    try:
        st = os.stat(target)
    except OSError:
        return
    if not os.path.isdir(target):
        with contextlib.suppress(OSError):
            os.chmod(tmp, stat.S_IMODE(st.st_mode))


class AtomicWrite:
    """A text or binary file that appears at `path` only on `commit()`; `discard()` leaves no trace."""

    def __init__(self, path: str | os.PathLike, *, binary: bool = False, encoding: str = "utf-8") -> None:
        self.path = os.fspath(path)
        fd, self.tmp = new_temp_file(self.path)
        self.stream = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline="")

    def commit(self) -> None:
        self.stream.close()
        keep_mode_of(self.path, self.tmp)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.stream.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.tmp)


@contextlib.contextmanager
def atomic_text(path: str | os.PathLike, encoding: str = "utf-8") -> Iterator[TextIO]:
    """`with atomic_text(p) as out: out.write(...)`: `p` is replaced only when the block ends without error."""
    writer = AtomicWrite(path, encoding=encoding)
    try:
        yield writer.stream  # type: ignore[misc]
    except BaseException:
        writer.discard()
        raise
    writer.commit()


# -- recognizers: is this existing file an sft-curator output of that kind? --------------------------------
def _head(path: str, size: int = 1 << 16) -> bytes:
    with open(path, "rb") as f:
        return f.read(size)


def _tail(path: str, size: int = 1 << 16) -> bytes:
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        f.seek(max(0, end - size))
        return f.read()


def _json_document(path: str, limit: int = 512 << 20) -> object:
    """The JSON in `path`, or None when it is not JSON (or too large to be one of our small documents)."""
    if os.path.getsize(path) > limit:
        return None
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def is_report(path: str) -> tuple[bool, str]:
    head = _head(path, 16)
    if head[8:12] != b"DUCK":
        return False, "not a DuckDB file"
    import duckdb

    try:
        con = duckdb.connect(path, read_only=True)
    except duckdb.Error as exc:
        return False, f"cannot be opened: {_first_line(exc)}"
    try:
        has_meta = con.execute("SELECT count(*) FROM information_schema.tables"
                               " WHERE table_name = 'meta' AND table_schema = 'main'").fetchone()[0]
        if not has_meta:
            tables = [name for (name,) in con.execute(
                "SELECT table_name FROM information_schema.tables ORDER BY 1 LIMIT 3").fetchall()]
            held = f"holding {', '.join(tables)}" if tables else "holding no table"
            return False, f"a DuckDB database {held}, without sft-curator's meta table"
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return (True, "") if row is not None else (False, "its meta table has no schema_version")
    except duckdb.Error as exc:
        return False, f"cannot be read: {_first_line(exc)}"
    finally:
        con.close()


def is_baseline(path: str) -> tuple[bool, str]:
    from curator.suppress import BASELINE_FORMAT

    data = _json_document(path)
    if isinstance(data, dict) and data.get("format") == BASELINE_FORMAT:
        return True, ""
    return False, f'no "format": "{BASELINE_FORMAT}"'


def is_sarif(path: str) -> tuple[bool, str]:
    data = _json_document(path)
    runs = data.get("runs") if isinstance(data, dict) else None
    if isinstance(runs, list) and runs and all(
            isinstance(run, dict) and ((run.get("tool") or {}).get("driver") or {}).get("name") == "sft-curator"
            for run in runs):
        return True, ""
    return False, "not SARIF written by sft-curator"


def is_json_output(path: str) -> tuple[bool, str]:
    data = _json_document(path)
    run = data.get("run") if isinstance(data, dict) else None
    if isinstance(run, dict) and "run_id" in run and "curator_version" in run and "findings" in data:
        return True, ""
    return False, "not a `curator lint --format json` document"


def is_jsonl_output(path: str) -> tuple[bool, str]:
    lines = [line for line in (_head(path).split(b"\n")[:1] + _tail(path).split(b"\n")[-2:]) if line.strip()]
    kinds = []
    for line in lines:
        try:
            kinds.append(json.loads(line).get("type"))
        except (ValueError, AttributeError, UnicodeDecodeError):
            return False, "not `curator lint --format jsonl` lines"
    if lines and kinds[-1] == "run" and all(k in ("finding", "record_error", "run") for k in kinds):
        return True, ""
    return False, "not `curator lint --format jsonl` lines"


def is_github_output(path: str) -> tuple[bool, str]:
    """Workflow commands are one line each (line breaks in a message are escaped as %0A); the rendering
    ends with a `curator: ...` summary line."""
    lines = [line for line in _head(path).splitlines()[:200] + _tail(path, 4096).splitlines()[-1:] if line.strip()]
    if lines and lines[-1].startswith(b"curator: ") and all(line.startswith((b"::", b"curator: ")) for line in lines):
        return True, ""
    return False, "not `curator lint --format github` annotations"


# The summary line of a lint run ("12 records · 3 snippets · ..."), which ends every text rendering.
_SUMMARY_LINE = re.compile(rb"^\d[\d,]* records( \([^)\n]*\))? \xc2\xb7 \d[\d,]* snippets\b", re.M)


def is_text_output(path: str) -> tuple[bool, str]:
    if _SUMMARY_LINE.search(_tail(path, 8192)):
        return True, ""
    return False, "no curator summary line in it"


def is_html_report(path: str) -> tuple[bool, str]:
    head = _head(path, 1 << 19)
    if head.lstrip().lower().startswith(b"<!doctype html") and (
            re.search(rb"by sft-curator \d", head) or b'name="generator" content="sft-curator' in head):
        return True, ""
    return False, "not an HTML report written by sft-curator"


def is_manifest(path: str) -> tuple[bool, str]:
    data = _json_document(path)
    if isinstance(data, dict) and str(data.get("tool", "")).startswith("curator "):
        return True, ""
    return False, "not a manifest written by sft-curator"


def is_never_ours(path: str) -> tuple[bool, str]:
    return False, "already exists"


RECOGNIZERS: dict[str, Callable[[str], tuple[bool, str]]] = {
    "report": is_report,
    "baseline": is_baseline,
    "sarif": is_sarif,
    "json": is_json_output,
    "jsonl": is_jsonl_output,
    "github": is_github_output,
    "text": is_text_output,
    "html": is_html_report,
    "manifest": is_manifest,
    "corpus": is_never_ours,
}


def recognize(path: str, kind: str) -> tuple[bool, str]:
    """(True, "") when `path` is an sft-curator output of `kind` (or an empty file); else (False, why not)."""
    try:
        if os.path.getsize(path) == 0 and kind != "corpus":
            return True, ""
        return RECOGNIZERS[kind](path)
    except OSError as exc:
        return False, f"cannot be read ({exc.strerror or exc})"


# -- the guard ----------------------------------------------------------------------------------------------
def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def input_files(inputs: Sequence[str]) -> dict[tuple[int, int] | str, str]:
    """The local files the inputs name (folders and globs expanded the way lint reads them), keyed by
    (device, inode) and by real path, each mapped to the name to show."""
    from curator.corpus.sources import expand, is_hub_id, is_url

    found: dict[tuple[int, int] | str, str] = {}

    def add(path: str, shown: str) -> None:
        found[os.path.realpath(path)] = shown
        ident = _identity(path)
        if ident is not None:
            found[ident] = shown

    for name in inputs:
        if not name or name == "-" or is_hub_id(name) or is_url(name):
            continue
        local = name[len("file://"):] if name.startswith("file://") else name
        add(local, name)  # the path itself (a file, or a folder an output must not replace)
        if os.path.isdir(local) or not os.path.exists(local):
            try:
                for source, _ in expand(name):
                    add(source, source)
            except UsageError:
                continue  # a missing input is reported by the reader, with its own message
    return found


def guard_outputs(outputs: Sequence[Output], inputs: Sequence[str] = (), *, force: bool = False) -> None:
    """Refuse, before any work, outputs that would destroy an input or a file that is not ours."""
    wanted = [o for o in outputs if o.path]
    if not wanted:
        return
    inputs_seen = input_files([os.fspath(p) for p in inputs])
    named: dict[str, Output] = {}
    for out in wanted:
        path = os.fspath(out.path)
        where = f"{out.flag} {path}" if out.flag else path
        real = os.path.realpath(path)
        if real in named:
            raise UsageError(f"{where}: also given as {named[real].flag}; give each output its own path")
        named[real] = out
        hit = inputs_seen.get(_identity(path) or real) or inputs_seen.get(real)
        if hit is not None:
            raise UsageError(f"{where}: is the input {hit}; an output never replaces an input, write it elsewhere")
        if os.path.isdir(path):
            raise UsageError(f"{where}: is a folder; name a file")
        parent = Path(path).parent
        if not parent.is_dir():
            raise UsageError(f"{where}: folder {parent} does not exist")
        if os.path.lexists(path) and not force:
            ours, why = recognize(path, out.kind)
            if not ours:
                if out.kind == "corpus":
                    raise UsageError(f"{where}: already exists; pass --force to overwrite it")
                raise UsageError(f"{where}: exists and is not an sft-curator {KIND_NAMES[out.kind]} ({why}); "
                                 "pass --force to replace it, or choose another path")


def guard_report_to_append(path: str, flag: str, inputs: Sequence[str] = ()) -> None:
    """A report that a command adds to (scrub --db): not an input, and when it exists, one of ours."""
    guard_outputs([Output(path, "report", flag)], inputs, force=True)
    if os.path.exists(path) and os.path.getsize(path) > 0:
        ours, why = is_report(path)
        if not ours:
            raise UsageError(f"{flag} {path}: is not an sft-curator report ({why}); a report is added to "
                             "here, so give a new path or an existing report")


# -- output names against the container written --------------------------------------------------------------
CONTAINER_NAMES = {"jsonl": "JSON Lines", "json": "a JSON array", "csv": "CSV", "parquet": "Parquet",
                   "hf": "a datasets folder"}


def check_output_container(path: str | None, flag: str, container: str) -> None:
    """Refuse an output name whose extension names another container than the one that will be written
    (split and scrub write each input back in its own container)."""
    if not path:
        return
    from curator.corpus.sources import container_of

    named = container_of(path)
    if container == "hf":
        if named is not None:
            raise UsageError(f"{flag} {path}: the input is a datasets folder and is written back as one; "
                             f"give a folder name without a {os.path.splitext(path)[1]} extension")
        return
    if named is not None and named != container:
        suffix = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "parquet": ".parquet"}[container]
        raise UsageError(f"{flag} {path}: the input is {CONTAINER_NAMES[container]}, which is written back as "
                         f"{CONTAINER_NAMES[container]}, not {CONTAINER_NAMES.get(named, named)}; "
                         f"name the output with {suffix}")
