"""Where each normalized message of a record lives in its JSON object, so its text can be replaced in place.

The walk mirrors `curator.corpus.shapes.parse_record`: message i here is message i there. A message that
is not one plain string in the record (a list of content parts, tool-call arguments, alpaca's joined
instruction and input) has no slot: transforms may read it but never rewrite it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable

from curator.corpus.shapes import PROMPT_PAIRS


@dataclass
class Slot:
    container: Any  # the dict holding the text
    key: str
    commit: Callable[[], None] | None = None  # re-encodes an enclosing JSON string (CSV cells)

    def set(self, text: str) -> None:
        self.container[self.key] = text
        if self.commit is not None:
            self.commit()


def _decoded(obj: dict, key: str) -> tuple[Any, Callable[[], None] | None]:
    """obj[key], parsed when it is JSON text (then a commit function writes it back)."""
    value = obj.get(key)
    if isinstance(value, str) and value.lstrip()[:1] in ("[", "{"):
        try:
            parsed = json.loads(value)
        except ValueError:
            return value, None

        def commit() -> None:
            obj[key] = json.dumps(parsed, ensure_ascii=False)

        return parsed, commit
    return value, None


def message_slots(obj: Any, shape: str, text_field: str | None = None) -> list[Slot | None]:
    """One entry per normalized message: a Slot to rewrite its text, or None when it cannot be rewritten."""
    if not isinstance(obj, dict):
        return []
    slots: list[Slot | None] = []
    if shape == "openai":
        turns, commit = _decoded(obj, "messages")
        for turn in turns if isinstance(turns, list) else []:
            content = turn.get("content")
            calls = turn.get("tool_calls", turn.get("function_call"))
            calls = [calls] if isinstance(calls, dict) else (calls or [])
            has_text = bool(content) if not isinstance(content, list) else any(
                isinstance(p, str) or (isinstance(p, dict) and isinstance(p.get("text", p.get("content")), str))
                for p in content)
            if has_text or not calls:
                slots.append(Slot(turn, "content", commit) if isinstance(content, str) else None)
            slots.extend([None] * len(calls))
    elif shape == "sharegpt":
        key = "conversations" if "conversations" in obj else "conversation"
        turns, commit = _decoded(obj, key)
        if isinstance(obj.get("system"), str) and obj["system"]:
            slots.append(Slot(obj, "system"))
        for turn in turns if isinstance(turns, list) else []:
            field = "value" if "value" in turn else "content"
            slots.append(Slot(turn, field, commit) if isinstance(turn.get(field), str) else None)
    elif shape == "alpaca":
        if isinstance(obj.get("system"), str) and obj["system"]:
            slots.append(Slot(obj, "system"))
        slots.append(None if obj.get("input") else Slot(obj, "instruction"))
        slots.append(Slot(obj, "output"))
    elif shape == "prompt_completion":
        for prompt_key, answer_key in PROMPT_PAIRS:
            if prompt_key in obj and answer_key in obj:
                slots.extend([Slot(obj, prompt_key), Slot(obj, answer_key)])
                break
    elif shape == "text":
        slots.append(Slot(obj, text_field or "text"))
    elif shape in ("preference", "kto"):
        # mirrors shapes._preference / shapes._kto: system, prompt turns, then each answer's turns
        if shape == "preference" and isinstance(obj.get("system"), str) and obj["system"]:
            slots.append(Slot(obj, "system"))
        keys = ("prompt", "chosen", "rejected") if shape == "preference" else ("prompt", "completion")
        for key in keys:
            field_slots = _pair_field_slots(obj, key)
            # a rejected answer's flaw is the point of the pair: it is never rewritten
            if key == "rejected" or (key == "completion" and obj.get("label") is False):
                field_slots = [None] * len(field_slots)
            slots.extend(field_slots)
    return slots


def _pair_field_slots(obj: dict, key: str) -> list[Slot | None]:
    """A preference/KTO field: one plain string is one slot; a list of turns, one slot per turn; a
    Human/Assistant transcript (several messages in one string) cannot be rewritten in place."""
    from curator.corpus.shapes import _side_messages

    value = obj.get(key)
    if value is None:
        return []
    count = len(_side_messages(value, key, "user" if key == "prompt" else "assistant", ""))
    if isinstance(value, str) and value.lstrip()[:1] != "[":
        return [Slot(obj, key)] if count == 1 else [None] * count
    turns, commit = _decoded(obj, key)
    if not isinstance(turns, list) or len(turns) != count:
        return [None] * count
    out: list[Slot | None] = []
    for turn in turns:
        field = "content" if "content" in turn else "value"
        out.append(Slot(turn, field, commit) if isinstance(turn.get(field), str) else None)
    return out


def json_style(raw: bytes, obj: Any) -> dict:
    """The json.dumps settings that reproduce `raw` from `obj`, so a rewritten line keeps its look."""
    text = raw.decode("utf-8", "replace").lstrip("\ufeff")
    for style in ({"ensure_ascii": False}, {"ensure_ascii": False, "separators": (",", ":")},
                  {"ensure_ascii": True}, {"ensure_ascii": True, "separators": (",", ":")}):
        if json.dumps(obj, **style) == text:
            return style
    return {"ensure_ascii": False}


def dump_line(obj: Any, style: dict) -> bytes:
    return json.dumps(obj, **style).encode("utf-8")
