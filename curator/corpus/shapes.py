"""Record shapes: turn one decoded record (a dict) into normalized chat messages."""

from __future__ import annotations

import json
import re
from typing import Any

from curator.model import Message

SHAPES: tuple[str, ...] = ("openai", "sharegpt", "alpaca", "prompt_completion", "text")

# role names seen in the wild -> our four roles
OPENAI_ROLES = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "assistant": "assistant",
    "tool": "tool",
    "function": "tool",
    "ipython": "tool",
}
SHAREGPT_ROLES = {
    "system": "system",
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "chatgpt": "assistant",
    "bard": "assistant",
    "bing": "assistant",
    "model": "assistant",
    "function_call": "assistant",
    "tool": "tool",
    "function": "tool",
    "function_response": "tool",
    "observation": "tool",
    "ipython": "tool",
}
# (prompt key, answer key) pairs of the prompt/completion family, in detection order
PROMPT_PAIRS = (("prompt", "completion"), ("prompt", "response"), ("question", "answer"))


class ShapeError(ValueError):
    """The record is valid JSON but not of a shape we can read."""


def parse_record(obj: Any, shape: str | None = None, text_field: str | None = None) -> tuple[str, tuple[Message, ...]]:
    """Return (shape, messages) for one decoded record; raise ShapeError when it fits no shape.

    With `shape` given, only that shape is tried. Without it the shape is detected from the keys, in the
    order openai, sharegpt, alpaca, prompt_completion, text (`text_field`, else a string `text` key).
    """
    if not isinstance(obj, dict):
        raise ShapeError(f"record is a JSON {_json_type(obj)}, expected an object")
    if shape is None:
        shape = detect_shape(obj, text_field)
        if shape is None:
            field = text_field or "text"
            if field in obj:  # a text record whose text is not a string: say what is wrong with it
                raise ShapeError(f"field '{field}' is {_a_json_type(obj[field])}, not a string")
            keys = ", ".join(sorted(map(str, obj))[:8]) or "none"
            raise ShapeError(f"unknown record shape (keys: {keys}); pass --input-format or --text-field")
    if shape == "openai":
        return shape, _openai(obj)
    if shape == "sharegpt":
        return shape, _sharegpt(obj)
    if shape == "alpaca":
        return shape, _alpaca(obj)
    if shape == "prompt_completion":
        return shape, _prompt_completion(obj)
    if shape == "text":
        return shape, _text(obj, text_field or "text")
    raise ShapeError(f"unknown shape {shape!r}; choose from {', '.join(SHAPES)}")


def detect_shape(obj: dict, text_field: str | None = None) -> str | None:
    if "messages" in obj:
        return "openai"
    if "conversations" in obj or "conversation" in obj:
        return "sharegpt"
    if "instruction" in obj and "output" in obj:
        return "alpaca"
    for prompt_key, answer_key in PROMPT_PAIRS:
        if prompt_key in obj and answer_key in obj:
            return "prompt_completion"
    if text_field is not None:
        return "text" if text_field in obj else None
    if isinstance(obj.get("text"), str):
        return "text"
    return None


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if value is None:
        return "null"
    return "object" if isinstance(value, dict) else type(value).__name__


def _a_json_type(value: Any) -> str:
    kind = _json_type(value)
    return "null" if kind == "null" else f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _maybe_json(value: Any) -> Any:
    # CSV cells and some parquet columns hold the message list as JSON text
    if isinstance(value, str) and value.lstrip()[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _content(value: Any, where: str) -> str:
    """Message content: a string, null, or a list of parts (strings or {type, text})."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        texts = []
        for part in value:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict):
                text = part.get("text", part.get("content"))
                if isinstance(text, str):
                    texts.append(text)
                # image/audio parts carry no text to lint; skip them
            else:
                raise ShapeError(f"{where}: content part is a JSON {_json_type(part)}")
        return "\n".join(texts)
    raise ShapeError(f"{where}: content is a JSON {_json_type(value)}, expected a string or a list of parts")


def _tool_call_messages(calls: Any, where: str) -> list[Message]:
    if calls is None:
        return []
    if isinstance(calls, dict):
        calls = [calls]
    if not isinstance(calls, list):
        raise ShapeError(f"{where}: tool_calls is a JSON {_json_type(calls)}, expected an array")
    out = []
    for call in calls:
        function = call.get("function", call) if isinstance(call, dict) else None
        if not isinstance(function, dict):
            raise ShapeError(f"{where}: a tool call is not an object")
        arguments = function.get("arguments", "")
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments, ensure_ascii=False)
        # the arguments are what the assistant wrote (often code for an interpreter tool)
        out.append(Message("assistant", _with_code_blocks(arguments, function.get("name"))))
    return out


# argument names whose string value is code for the tool (a multi-line string of any name is taken too)
CODE_ARGUMENTS = {"code": "", "script": "", "source": "", "source_code": "", "program": "", "python": "python",
                  "command": "bash", "cmd": "bash", "shell": "bash", "bash": "bash", "sql": "sql", "query": "sql"}
_SQL_START = ("select", "insert", "update", "delete", "create", "drop", "alter", "with", "grant")


def _with_code_blocks(arguments: str, name: Any) -> str:
    """The raw arguments text, then each code-like string argument as a fenced block.

    Tool-call arguments are JSON text (`{"code": "import os\\n..."}`): the code inside is one escaped
    string that no extractor can read. Its decoded value is appended in a fence, tagged with the
    language the argument or tool name implies (else left for the extractor to guess), so its lines
    map to lines of this message.
    """
    if not arguments.lstrip().startswith("{"):
        return arguments
    try:
        decoded = json.loads(arguments)
    except (ValueError, RecursionError):
        return arguments
    if not isinstance(decoded, dict):
        return arguments
    from curator.extract import TAG_ALIASES

    tool_tag = name.lower() if isinstance(name, str) and name.lower() in TAG_ALIASES else ""
    blocks = []
    for key, value in decoded.items():
        if not isinstance(value, str) or not value.strip():
            continue
        kind = CODE_ARGUMENTS.get(str(key).lower())
        if kind is None and "\n" not in value.strip():
            continue
        if kind == "sql" and not value.lstrip().lower().startswith(_SQL_START):
            continue  # a search query, not SQL
        tag = kind or tool_tag
        fence = "`" * max(3, max(map(len, re.findall("`+", value)), default=0) + 1)
        blocks.append(f"{fence}{tag}\n{value.rstrip(chr(10))}\n{fence}")
    return "\n\n".join([arguments, *blocks]) if blocks else arguments



def _openai(obj: dict) -> tuple[Message, ...]:
    turns = _maybe_json(obj.get("messages"))
    if not isinstance(turns, list):
        raise ShapeError(f"'messages' is a JSON {_json_type(turns)}, expected an array")
    messages: list[Message] = []
    for number, turn in enumerate(turns, 1):
        where = f"message {number}"
        if not isinstance(turn, dict):
            raise ShapeError(f"{where} is a JSON {_json_type(turn)}, expected an object")
        role_name = turn.get("role")
        role = OPENAI_ROLES.get(role_name.lower()) if isinstance(role_name, str) else None
        if role is None:
            raise ShapeError(f"{where}: unknown role {role_name!r}")
        content = _content(turn.get("content"), where)
        calls = _tool_call_messages(turn.get("tool_calls", turn.get("function_call")), where)
        if content or not calls:
            messages.append(Message(role, content))
        messages.extend(calls)
    if not messages:
        raise ShapeError("'messages' is empty")
    return tuple(messages)


def _sharegpt(obj: dict) -> tuple[Message, ...]:
    key = "conversation" if "conversation" in obj and "conversations" not in obj else "conversations"
    turns = _maybe_json(obj.get(key))
    if not isinstance(turns, list):
        raise ShapeError(f"'{key}' is a JSON {_json_type(turns)}, expected an array")
    messages: list[Message] = []
    system = obj.get("system")
    if isinstance(system, str) and system:
        messages.append(Message("system", system))
    for number, turn in enumerate(turns, 1):
        where = f"turn {number}"
        if not isinstance(turn, dict):
            raise ShapeError(f"{where} is a JSON {_json_type(turn)}, expected an object")
        speaker = turn.get("from", turn.get("role"))
        role = SHAREGPT_ROLES.get(speaker.lower()) if isinstance(speaker, str) else None
        if role is None:
            raise ShapeError(f"{where}: unknown speaker {speaker!r}")
        messages.append(Message(role, _content(turn.get("value", turn.get("content")), where)))
    if not messages:
        raise ShapeError(f"'{key}' is empty")
    return tuple(messages)


def _string_field(obj: dict, key: str, *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        if key not in obj:
            raise ShapeError(f"field '{key}' is missing")
        raise ShapeError(f"field '{key}' is {_a_json_type(value)}, not a string")
    return value


def _alpaca(obj: dict) -> tuple[Message, ...]:
    instruction = _string_field(obj, "instruction")
    extra = _string_field(obj, "input", required=False)
    messages = []
    system = obj.get("system")
    if isinstance(system, str) and system:
        messages.append(Message("system", system))
    prompt = f"{instruction}\n\n{extra}" if extra else instruction
    messages.append(Message("user", prompt))
    messages.append(Message("assistant", _string_field(obj, "output")))
    return tuple(messages)


def _prompt_completion(obj: dict) -> tuple[Message, ...]:
    for prompt_key, answer_key in PROMPT_PAIRS:
        if prompt_key in obj and answer_key in obj:
            return (
                Message("user", _string_field(obj, prompt_key)),
                Message("assistant", _string_field(obj, answer_key)),
            )
    raise ShapeError("expected prompt/completion, prompt/response or question/answer fields")


def _text(obj: dict, text_field: str) -> tuple[Message, ...]:
    # a plain text record is linted like an assistant turn: it is what the model learns to write
    return (Message("assistant", _string_field(obj, text_field)),)
