"""Record shapes: turn one decoded record (a dict) into normalized chat messages."""

from __future__ import annotations

import json
import re
from typing import Any

from curator.model import Message

SHAPES: tuple[str, ...] = ("openai", "sharegpt", "alpaca", "prompt_completion", "preference", "kto", "text")
# A user mapping travels as a shape string `map:prompt=question,answer=solution` (see ShapeMap); records
# read through it have shape "mapped".
MAP_PREFIX = "map:"
# Preference data: the side a message comes from. Findings in a rejected answer are expected (it is
# what the model learns to avoid) and never flag the record; see `curator.lint.apply_sides`.
CHOSEN, REJECTED = "chosen", "rejected"

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
PROMPT_PAIRS = (("prompt", "completion"), ("prompt", "response"), ("question", "answer"), ("question", "response"),
                ("query", "response"), ("instruction", "response"), ("input", "output"))


class ShapeError(ValueError):
    """The record is valid JSON but not of a shape we can read."""


def parse_record(obj: Any, shape: str | None = None, text_field: str | None = None) -> tuple[str, tuple[Message, ...]]:
    """Return (shape, messages) for one decoded record; raise ShapeError when it fits no shape.

    With `shape` given, only that shape is tried; a `map:...` shape reads the record through a user
    mapping (ShapeMap) and falls back to detection for a record that holds none of its fields. Without
    it the shape is detected from the keys, in the order openai, sharegpt, preference, kto, alpaca,
    prompt_completion, text (`text_field`, else a string `text` key).
    """
    if not isinstance(obj, dict):
        raise ShapeError(f"record is a JSON {_json_type(obj)}, expected an object")
    if shape is not None and shape.startswith(MAP_PREFIX):
        mapping = ShapeMap.parse(shape[len(MAP_PREFIX):])
        if any(field in obj for field in mapping.fields.values()):
            return "mapped", mapping.read(obj)
        shape = None
    if shape is None:
        shape = detect_shape(obj, text_field)
        if shape is None:
            field = text_field or "text"
            if field in obj:  # a text record whose text is not a string: say what is wrong with it
                raise ShapeError(f"field '{field}' is {_a_json_type(obj[field])}, not a string")
            raise ShapeError(refusal(obj))
    if shape == "openai":
        return shape, _openai(obj)
    if shape == "sharegpt":
        return shape, _sharegpt(obj)
    if shape == "alpaca":
        return shape, _alpaca(obj)
    if shape == "prompt_completion":
        return shape, _prompt_completion(obj)
    if shape == "preference":
        return shape, _preference(obj)
    if shape == "kto":
        return shape, _kto(obj)
    if shape == "text":
        return shape, _text(obj, text_field or "text")
    raise ShapeError(f"unknown shape {shape!r}; choose from {', '.join(SHAPES)}")


def detect_shape(obj: dict, text_field: str | None = None) -> str | None:
    if "messages" in obj:
        return "openai"
    if "conversations" in obj or "conversation" in obj:
        return "sharegpt"
    if "chosen" in obj and "rejected" in obj:
        return "preference"
    if "completion" in obj and isinstance(obj.get("label"), bool):
        return "kto"
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


# What each shape needs, for telling a refused record which shapes it nearly matched.
SHAPE_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("openai", ("messages",)),
    ("sharegpt", ("conversations",)),
    ("preference", ("prompt", "chosen", "rejected")),
    ("kto", ("prompt", "completion", "label")),
    ("alpaca", ("instruction", "output")),
    *(("prompt_completion", pair) for pair in PROMPT_PAIRS),
)
_PROMPT_WORDS = ("prompt", "question", "query", "instruction", "input", "user", "human", "problem", "context",
                 "request", "task")
_ANSWER_WORDS = ("answer", "response", "output", "completion", "solution", "reply", "assistant", "target",
                 "code", "gpt", "result")


def refusal(obj: dict) -> str:
    """One line for a record no shape reads: its keys, the shapes it nearly matched, a mapping that reads it."""
    keys = sorted(map(str, obj))
    shown = ", ".join(keys[:8]) + (f", ... ({len(keys)} keys)" if len(keys) > 8 else "") if keys else "none"
    near: dict[str, str] = {}
    for name, needed in SHAPE_KEYS:
        have = [k for k in needed if k in obj]
        if have and len(have) < len(needed) and name not in near:  # the first pair of a family says enough
            lacks = [k for k in needed if k not in obj]
            near[name] = f"{name} (has {'+'.join(have)}, lacks {'+'.join(lacks)})"
    message = f"unknown record shape (keys: {shown})"
    if near:
        message += "; nearly: " + ", ".join(near.values())
    mapping = suggest_mapping(obj)
    if mapping:
        message += f"; read it with --shape-map {mapping}"
    else:
        message += "; pass --shape-map prompt=FIELD,answer=FIELD, --input-format or --text-field"
    return message


def suggest_mapping(obj: dict) -> str | None:
    """A --shape-map value that reads this record: a prompt-like and an answer-like string field."""
    strings = [str(k) for k, v in obj.items() if isinstance(v, str)]

    def pick(words: tuple[str, ...], taken: set[str]) -> str | None:
        for word in words:
            for key in strings:
                if key not in taken and word in key.lower():
                    return key
        return None

    answer = pick(_ANSWER_WORDS, set())
    prompt = pick(_PROMPT_WORDS, {answer} if answer else set())
    if answer is None:
        rest = [k for k in strings if k != prompt]
        answer = rest[-1] if rest else None
    if answer is None:
        return None
    if prompt is None:
        rest = [k for k in strings if k != answer]
        prompt = rest[0] if rest else None
    return f"prompt={prompt},answer={answer}" if prompt else f"answer={answer}"


# Roles a mapping can fill, in the order their messages are emitted.
MAP_ROLES = ("system", "messages", "prompt", "answer", "chosen", "rejected", "label")
_MAP_ALIASES = {"completion": "answer", "response": "answer", "output": "answer", "question": "prompt",
                "instruction": "prompt", "conversations": "messages"}


class ShapeMap:
    """A user mapping from record fields to roles: `prompt=question,answer=solution`.

    Roles: `system`, `prompt` (the user turn), `answer` (the assistant turn), `chosen` and `rejected`
    (preference pairs), `messages` (a list of turns, OpenAI or ShareGPT style) and `label` (a boolean
    field: with it, `answer` is a KTO completion, desirable when true).
    """

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = fields

    @classmethod
    def parse(cls, spec: str) -> "ShapeMap":
        return _parse_map(spec)

    def spec(self) -> str:
        return ",".join(f"{role}={self.fields[role]}" for role in MAP_ROLES if role in self.fields)

    def read(self, obj: dict) -> tuple[Message, ...]:
        f = self.fields
        missing = [field for field in f.values() if field not in obj]
        if missing:
            raise ShapeError(f"field '{missing[0]}' of --shape-map {self.spec()} is missing")
        messages: list[Message] = []
        if "system" in f:
            messages.append(Message("system", _string_field(obj, f["system"])))
        if "messages" in f:
            messages.extend(_turns(obj[f["messages"]], f["messages"]))
        if "prompt" in f:
            messages.extend(_side_messages(obj[f["prompt"]], f["prompt"], "user", ""))
        if "answer" in f:
            side = ""
            if "label" in f:
                label = obj[f["label"]]
                if not isinstance(label, bool):
                    raise ShapeError(f"field '{f['label']}' is {_a_json_type(label)}, not a boolean")
                side = CHOSEN if label else REJECTED
            messages.extend(_side_messages(obj[f["answer"]], f["answer"], "assistant", side))
        for side in (CHOSEN, REJECTED):
            if side in f:
                messages.extend(_side_messages(obj[f[side]], f[side], "assistant", side))
        if not messages:
            raise ShapeError(f"--shape-map {self.spec()} reads no message from the record")
        return tuple(messages)


def _parse_map(spec: str) -> ShapeMap:
    fields: dict[str, str] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        role, eq, field = (x.strip() for x in part.partition("="))
        role = _MAP_ALIASES.get(role, role)
        if not eq or not field or role not in MAP_ROLES:
            raise ShapeError(f"--shape-map entry {part.strip()!r}: expected ROLE=FIELD with ROLE one of "
                             f"{', '.join(MAP_ROLES)}")
        if role in fields:
            raise ShapeError(f"--shape-map sets {role!r} twice")
        fields[role] = field
    if not fields:
        raise ShapeError("--shape-map is empty; e.g. --shape-map prompt=question,answer=solution")
    if not ({"answer", "chosen", "rejected", "messages"} & fields.keys()):
        raise ShapeError("--shape-map needs answer=FIELD (or chosen/rejected/messages): the text to lint")
    if "label" in fields and "answer" not in fields:
        raise ShapeError("--shape-map label=FIELD needs answer=FIELD (the completion the label judges)")
    return ShapeMap(fields)


def map_shape(spec: str) -> str:
    """Check a --shape-map value and return its shape string (`map:` + the canonical mapping)."""
    return MAP_PREFIX + ShapeMap.parse(spec).spec()


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
    # {input, output} without an instruction is alpaca too: the input is the whole prompt
    instruction = _string_field(obj, "instruction", required="input" not in obj)
    extra = _string_field(obj, "input", required=False)
    messages = []
    system = obj.get("system")
    if isinstance(system, str) and system:
        messages.append(Message("system", system))
    prompt = f"{instruction}\n\n{extra}" if extra and instruction else extra or instruction
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
    raise ShapeError("expected one of the field pairs " + ", ".join("/".join(pair) for pair in PROMPT_PAIRS))


def _text(obj: dict, text_field: str) -> tuple[Message, ...]:
    # a plain text record is linted like an assistant turn: it is what the model learns to write
    return (Message("assistant", _string_field(obj, text_field)),)


def _turns(value: Any, where: str, side: str = "") -> list[Message]:
    """A list of turns, OpenAI (role/content) or ShareGPT (from/value) style."""
    turns = _maybe_json(value)
    if not isinstance(turns, list):
        raise ShapeError(f"'{where}' is {_a_json_type(turns)}, expected an array of turns")
    messages = []
    for number, turn in enumerate(turns, 1):
        if not isinstance(turn, dict):
            raise ShapeError(f"'{where}' turn {number} is a JSON {_json_type(turn)}, expected an object")
        speaker = turn.get("role", turn.get("from"))
        name = speaker.lower() if isinstance(speaker, str) else None
        role = OPENAI_ROLES.get(name) or SHAREGPT_ROLES.get(name) if name else None
        if role is None:
            raise ShapeError(f"'{where}' turn {number}: unknown role {speaker!r}")
        content = _content(turn.get("content", turn.get("value")), f"'{where}' turn {number}")
        messages.append(Message(role, content, side))
    return messages


# Anthropic HH-RLHF style: the whole conversation as one string of "Human:" / "Assistant:" turns.
_TRANSCRIPT_TURN = re.compile(r"(?:^|\n\n)(Human|Assistant): ?")


def _side_messages(value: Any, where: str, role: str, side: str) -> list[Message]:
    """One field of a pair: a string (one turn, or a Human/Assistant transcript) or a list of turns."""
    decoded = _maybe_json(value)  # CSV cells hold a list of turns as JSON text
    if isinstance(decoded, list):
        return _turns(decoded, where, side)
    if isinstance(value, str):
        parts = _TRANSCRIPT_TURN.split(value)
        if role == "assistant" and len(parts) >= 3 and "Assistant" in parts[1::2]:
            return [Message("user" if who == "Human" else "assistant", text.strip("\n"), side)
                    for who, text in zip(parts[1::2], parts[2::2])]
        return [Message(role, value, side)]
    if value is None:
        raise ShapeError(f"field '{where}' is null, not a string or a list of turns")
    raise ShapeError(f"field '{where}' is {_a_json_type(value)}, not a string or a list of turns")


def _prompt_messages(obj: dict) -> list[Message]:
    if "prompt" not in obj or obj["prompt"] is None:
        return []
    return _side_messages(obj["prompt"], "prompt", "user", "")


def _preference(obj: dict) -> tuple[Message, ...]:
    """DPO-style pairs: an optional prompt, then the chosen answer, then the rejected one, each side marked."""
    messages = _prompt_messages(obj)
    if isinstance(obj.get("system"), str) and obj["system"]:
        messages.insert(0, Message("system", obj["system"]))
    for side in (CHOSEN, REJECTED):
        if side not in obj:
            raise ShapeError(f"field '{side}' is missing")
        messages.extend(_side_messages(obj[side], side, "assistant", side))
    return tuple(messages)


def _kto(obj: dict) -> tuple[Message, ...]:
    """KTO: a prompt, a completion and a boolean label (true: desirable, read like a chosen answer)."""
    label = obj.get("label")
    if not isinstance(label, bool):
        raise ShapeError(f"field 'label' is {_a_json_type(label)}, not a boolean")
    if "completion" not in obj:
        raise ShapeError("field 'completion' is missing")
    side = CHOSEN if label else REJECTED
    return tuple(_prompt_messages(obj) + _side_messages(obj["completion"], "completion", "assistant", side))
