"""`.json` files: a top-level array streamed element by element, or one object, or JSON lines misnamed .json."""

from __future__ import annotations

import codecs
import json
import re
from typing import BinaryIO, Iterator

from curator.corpus.jsonl import read_jsonl
from curator.corpus.records import MAX_RECORD_BYTES, error_record, json_problem, limit_text, record_from_json_bytes, record_from_obj
from curator.corpus.sources import DECOMPRESS_ERRORS, looks_binary, open_binary
from curator.model import Record

CHUNK = 1 << 20
_WHITESPACE = " \t\n\r"
_BAD_UTF8 = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a byte that is not UTF-8


def read_json(path: str, *, shape: str | None = None, text_field: str | None = None,
              max_record_bytes: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    """Yield one Record per element of a top-level array (position = 1-based element index).

    The array is decoded incrementally, so memory holds one element (plus a 1 MiB read buffer), not
    the file. A file whose first line is a complete JSON object is JSON lines under a .json name and is
    read as such; a single pretty-printed object is one record. An element with a syntax error, or
    one over `max_record_bytes` before its end is seen, ends the file with one error record naming it: without a valid element
    there is no safe place to resume inside an array.
    """
    with open_binary(path) as f:
        try:
            head = f.peek(8192)[:8192]  # type: ignore[attr-defined]
        except DECOMPRESS_ERRORS as exc:
            yield error_record(path, 0, b"", "json", f"cannot read the file: {exc}")
            return
        if looks_binary(head):
            yield error_record(path, 0, head[:4096], "json", "binary file (not text), not JSON")
            return
        first = head.lstrip(b" \t\r\n\xef\xbb\xbf")[:1]
        if not first:
            yield error_record(path, 0, b"", "json", "empty file (no records)")
            return
        if first == b"[":
            yield from _ArrayReader(f, path, shape, text_field, max_record_bytes).records()
            return
        if first != b"{":
            yield error_record(path, 0, head[:4096], "json", "expected a JSON array or object at the top level")
            return
        first_line = f.readline(max_record_bytes + 1)
        whole_first_line = _is_json_object(first_line)
        rest = b"" if whole_first_line else f.read(max_record_bytes + 1 - len(first_line))
    if whole_first_line:
        yield from read_jsonl(path, path, shape=shape, text_field=text_field, max_record_bytes=max_record_bytes)
        return
    data = (first_line + rest).strip()
    if len(data) > max_record_bytes:
        yield error_record(path, 1, data[:4096], "json", f"object is over the {limit_text(max_record_bytes)} record limit")
        return
    yield record_from_json_bytes(path, 1, data, "json", shape, text_field)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return False


class _ArrayReader:
    """Incremental decoding of `[elem, elem, ...]` with json's raw_decode on a sliding text buffer."""

    def __init__(self, f: BinaryIO, source: str, shape: str | None, text_field: str | None,
                 max_record_bytes: int = MAX_RECORD_BYTES) -> None:
        self.f = f
        self.limit = max_record_bytes
        self.source = source
        self.shape = shape
        self.text_field = text_field
        # bad UTF-8 decodes to lone surrogates, so it is found in the one element that holds it
        self.utf8 = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
        self.decoder = json.JSONDecoder()
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _fill(self, at_least: int = CHUNK) -> None:
        chunk = self.f.read(max(at_least, CHUNK))
        self.eof = not chunk
        self.buf = self.buf[self.pos :] + self.utf8.decode(chunk, final=self.eof)
        self.pos = 0

    def _next_char(self) -> str:
        """Skip whitespace; return the next character without consuming it ("" at the end)."""
        while True:
            buf, pos, n = self.buf, self.pos, len(self.buf)
            while pos < n and buf[pos] in _WHITESPACE:
                pos += 1
            self.pos = pos
            if pos < n:
                return buf[pos]
            if self.eof:
                return ""
            self._fill()

    def records(self) -> Iterator[Record]:
        index = 0
        try:
            self._next_char()
            if self.buf.startswith("\ufeff", self.pos):  # a BOM, maybe followed by whitespace
                self.pos += 1
                self._next_char()
            self.pos += 1  # the "[" the caller saw
            expect_element = True
            while True:
                char = self._next_char()
                if char == "]" and (index == 0 or not expect_element):
                    self.pos += 1
                    break
                if not expect_element:
                    if char != ",":
                        raise _Broken(index, f"expected ',' or ']' after element {index}, found {char!r}" if char
                                      else "the array is not closed (file ends early)")
                    self.pos += 1
                    expect_element = True
                    continue
                if char == "":
                    raise _Broken(index, "the array is not closed (file ends early)")
                index += 1
                yield self._element(index)
                expect_element = False
            if self._next_char():
                yield error_record(self.source, 0, b"", "json", f"extra data after the array's {index} elements")
            elif index == 0:
                yield error_record(self.source, 0, b"", "json", "empty array (no records)")
        except _Broken as broken:
            yield error_record(self.source, broken.index + 1, b"", "json", broken.problem)
        except UnicodeDecodeError as exc:
            yield error_record(self.source, index + 1, b"", "json", f"invalid UTF-8 ({exc.reason}); the rest of the file is skipped")
        except DECOMPRESS_ERRORS as exc:
            yield error_record(self.source, index + 1, b"", "json", f"cannot read the file past element {index}: {exc}")

    def _element(self, index: int) -> Record:
        while True:
            start = self.pos
            try:
                obj, end = self.decoder.raw_decode(self.buf, start)
            except json.JSONDecodeError as exc:
                obj, end, problem = None, -1, exc
            except RecursionError:
                raise _Broken(index - 1, f"element {index}: invalid JSON: nested too deeply") from None
            # a value that reaches the end of the buffer may continue in the next chunk (a number, say)
            if end != -1 and (end < len(self.buf) or self.eof):
                text = self.buf[start:end]
                raw = text.encode("utf-8", "surrogateescape")
                self.pos = end
                if len(raw) > self.limit:  # decoded whole from the buffer, but still too big to keep
                    return error_record(self.source, index, raw[:4096], "json",
                                        f"element {index} is {len(raw):,} bytes, over the {limit_text(self.limit)} record limit")
                bad = _BAD_UTF8.search(text)
                if bad is not None:
                    at = len(text[: bad.start()].encode("utf-8", "surrogateescape")) + 1
                    return error_record(self.source, index, raw, "json", f"element {index}: invalid UTF-8 at byte {at}")
                return record_from_obj(self.source, index, raw, "json", obj, self.shape, self.text_field)
            if len(self.buf) - start > self.limit:
                raise _Broken(index - 1, f"element {index} is over the {limit_text(self.limit)} record limit; "
                                         "the rest of the file is skipped")
            if self.eof:
                raise _Broken(index - 1, f"invalid JSON in element {index}: {json_problem(problem, start)} of the "
                                         "element; the rest of the file is skipped")
            self._fill(len(self.buf) - start)  # grow geometrically: no quadratic re-decoding


class _Broken(Exception):
    def __init__(self, index: int, problem: str) -> None:
        super().__init__(problem)
        self.index = index
        self.problem = problem
