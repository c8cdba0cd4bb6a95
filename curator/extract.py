"""Find the code in a record's messages: fenced blocks, or a message that is code as a whole.

Each snippet keeps the 1-based message line of its first line (`line_offset`), so what an engine
reports on snippet line n is message line `line_offset + n - 1`.
"""

from __future__ import annotations

import json
import re

from curator.model import Record, Snippet

DEFAULT_ROLES = frozenset({"assistant"})
LANGUAGES = ("python", "javascript", "typescript", "bash", "go", "java", "ruby", "php", "c", "cpp", "csharp", "rust",
             "sql", "html", "json", "unknown")

TAG_ALIASES = {
    **dict.fromkeys(("python", "py", "python3", "py3", "python2", "ipython", "pyi", "sage", "pycon"), "python"),
    **dict.fromkeys(("javascript", "js", "node", "nodejs", "jsx", "mjs", "cjs", "es6"), "javascript"),
    **dict.fromkeys(("typescript", "ts", "tsx", "mts", "cts"), "typescript"),
    **dict.fromkeys(("bash", "sh", "shell", "zsh", "ksh", "console", "shell-session", "shellsession",
                     "sh-session", "terminal", "shellscript"), "bash"),
    **dict.fromkeys(("go", "golang"), "go"),
    **dict.fromkeys(("java",), "java"),
    **dict.fromkeys(("ruby", "rb", "erb", "rhtml", "html+erb"), "ruby"),
    **dict.fromkeys(("php", "php3", "php4", "php5", "php7", "php8"), "php"),
    **dict.fromkeys(("c", "h"), "c"),
    # C++ is its own language: no engine reads it as C
    **dict.fromkeys(("cpp", "c++", "cc", "cxx", "hpp", "hxx"), "cpp"),
    **dict.fromkeys(("csharp", "cs", "c#", "dotnet", "aspnet"), "csharp"),
    **dict.fromkeys(("rust", "rs"), "rust"),
    **dict.fromkeys(("sql", "mysql", "postgresql", "postgres", "psql", "sqlite", "sqlite3", "plsql", "tsql",
                     "pgsql"), "sql"),
    **dict.fromkeys(("html", "htm", "xhtml", "html5", "jinja", "jinja2", "django", "j2"), "html"),
    **dict.fromkeys(("json", "jsonc", "json5", "jsonl", "geojson"), "json"),
}

# An opening fence: up to any indentation, 3+ backticks or tildes, an optional info string.
_FENCE_OPEN = re.compile(r"([ \t]*)(`{3,}|~{3,})[ \t]*([^\n]*?)[ \t\r]*\Z")

# Language signals, matched at the start of a (left-stripped) line; the first alternative that
# matches wins, so the order settles conflicts (e.g. `def f():` is Python before it can be Ruby).
_SIGNALS = re.compile(
    r"""(?:
    (?P<python>(?:async\s+)?def\s+\w+\s*\(.*\)\s*(?:->.*)?:\s*$|class\s+\w+.*:\s*$|import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*\s*$
       |from\s+[\w.]+\s+import\s|elif\s.*:\s*$|except\b.*:\s*$|(?:try|else|finally):\s*$|with\s.+:\s*$
       |if\s[^{]+:\s*$|for\s+[\w, ]+\s+in\s[^{]+:\s*$|while\s[^{]+:\s*$|@\w[\w.]*(?:\(.*\))?\s*$|print\(.*\)\s*$)
   |(?P<php><\?php|\$\w+\s*(?:=|->|\[)|echo\s+["'$].*;\s*$|(?:public\s+|private\s+)?function\s+\w+\s*\(\$)
   |(?P<java>(?:public|private|protected)\s+(?:static\s+)?(?:final\s+)?(?:class|interface|void|[\w<>\[\],]+\s+\w+\s*[(=;])
       |import\s+(?:java|javax|org|com)\.[\w.*]+;|System\.(?:out|err)\.|@Override)
   |(?P<typescript>(?:export\s+)?(?:interface|type)\s+\w+(?:<.*>)?\s*[={]|(?:const|let|var)\s+\w+\s*:\s*[\w<>\[\]|]+\s*=
       |(?:export\s+)?(?:async\s+)?function\s+\w+\s*(?:<.*>)?\(.*\w\s*:\s*\w.*\)\s*:)
   |(?P<javascript>(?:const|let|var)\s+[\w{\[$]|(?:export\s+)?(?:async\s+)?function\s*\*?\s*[\w$]*\s*\(|module\.exports
       |export\s+(?:default|const|class)|import\s.+\sfrom\s+['"]|import\s+['"]|console\.\w+\(|document\.\w+|window\.\w+)
   |(?P<go>package\s+\w+\s*$|func\s+(?:\(\s*\w+\s+\*?[\w.]+\s*\)\s*)?\w+\s*\(|\w+(?:\s*,\s*\w+)*\s*:=\s|import\s+\(\s*$|fmt\.\w+\()
   |(?P<c>\#\s*include\s*[<"]|\#\s*define\s|int\s+main\s*\(|(?:unsigned|signed|char|int|long|void|size_t|struct|static|const)\s+[\w\s*]*\w\s*(?:\(.*\)\s*\{?|\[.*\]|=.*;|;)\s*$
       |(?:printf|fprintf|sprintf|snprintf|strcpy|strcat|malloc|free|gets|scanf)\s*\()
   |(?P<ruby>require(?:_relative)?\s+['"]|puts\s|def\s+(?:self\.)?\w+[!?]?(?:\(.*\))?\s*$|end\s*$|attr_\w+\s+:)
   |(?P<bash>\#!.*\b(?:ba|z|k)?sh\b|(?:sudo|apt-get|apt|yum|dnf|brew|cd|ls|rm|cp|mv|curl|wget|chmod|chown|export|grep|cat|mkdir|tar|systemctl
       |git|pip|pip3|npm|npx|docker|source|kubectl|ssh|scp|sed|awk|find|xargs|unzip|touch|ln)\s|echo\s|(?:fi|done|esac|then|do)\s*$
       |[A-Za-z_]\w*=\S*\$)
   |(?P<sql>(?i:select\s.+\sfrom\s|select\s+\*|insert\s+into\s|update\s+\w+\s+set\s|delete\s+from\s|create\s+(?:table|index|view|database)\s
       |drop\s+(?:table|database)\s|alter\s+table\s|grant\s))
   |(?P<html><(?:!doctype|html|head|body|div|span|p|a|script|form|input|table|tr|td|ul|ol|li|h[1-6]|meta|link|style|button|img|br)\b)
    )""",
    re.X,
)
_GROUPS = tuple(name for name, _ in sorted(_SIGNALS.groupindex.items(), key=lambda kv: kv[1]))
_GROUP_OF_INDEX = {index: name for name, index in _SIGNALS.groupindex.items()}

# Lines that read as code, for deciding whether an unfenced message is code as a whole.
_CODE_LINE = re.compile(
    r"""(?:
    .*[;{}\[(,\\]\s*$                                  # ends like a statement or an open bracket
   |[)\]}]                                            # starts by closing a bracket
   |(?:async\s+)?(?:def|class|if|elif|else|for|while|try|except|finally|with|match|case)\b.*:\s*$
   |(?:import|from|return|raise|yield|pass|break|continue|del|global|nonlocal|assert|await|lambda
       |const|let|var|function|export|package|func|public|private|protected|static|void|int|char|struct
       |\#include|\#define|echo|eval|exec|puts|require|include|using|namespace|end|fi|done|then|esac|elif)\b
   |\#!/                                             # a shebang
   |@\w                                               # a decorator or an annotation
   |</?[A-Za-z!][^>]*>                                # an HTML tag
   |\$\w|\$\(                                         # a shell or PHP variable
   |[\w.\[\]'"]+(?:\s*,\s*[\w.\[\]'"]+)*\s*(?:[-+*/%|&^]|//|<<|>>|:)?=(?!=)\s*\S   # an assignment
   |[\w.]+\s*\(.*\)\s*;?\s*(?:(?:\#|//)[^'"]*)?$       # a call as a statement, maybe with a comment
   |(?i:select|insert|update|delete|create|drop|alter)\s.*(?:from|into|set|table|where|values|;)
    )""",
    re.X,
)
_PROSE_WORD = re.compile(r"[A-Za-z][a-z'’-]*[.,;:!?)]?\Z")
_PYTHON_STATEMENT = re.compile(r"""(?:[\w.\[\]'"]+\s*[-+*/]?=\s*[^;{]*|[\w.]+\([^;{]*\))\Z""")
_NUMBER_LIST = re.compile(r"[\s\[\](){},;0-9.+\-]*\Z")


def extract_snippets(record: Record, roles: frozenset[str] = DEFAULT_ROLES) -> list[Snippet]:
    """The code snippets in the messages of `record` whose role is in `roles`, in message order."""
    snippets: list[Snippet] = []
    record_id = record.record_id
    for message_index, message in enumerate(record.messages):
        if message.role not in roles or not message.content:
            continue
        content = message.content
        found = _fenced_blocks(content) if ("```" in content or "~~~" in content) else None
        if found is None:
            bare = _bare_code(content)
            found = [bare] if bare is not None else []
        for text, line_offset, fenced, tag in found:
            language = guess_language(text, tag)
            if language == "ruby" and "<%" in text:
                text = _lift_templates(text, tag)
            snippets.append(
                Snippet(
                    record_id=record_id,
                    index=len(snippets),
                    message_index=message_index,
                    role=message.role,
                    language=language,
                    text=text,
                    line_offset=line_offset,
                    fenced=fenced,
                    tag=tag,
                )
            )
    return snippets


_ERB_TAG = re.compile(r"<%(==|=|#|-)?(.*?)-?%>", re.S)


_MARKUP_LINE = re.compile(r"^[ \t]*<(?![<%=])", re.M)  # a line that starts with a tag (not `<<~HEREDOC`, not `<%`)
_HEREDOC = re.compile(r"<<[~-]?['\"]?[A-Z_]")


def _lift_templates(text: str, tag: str) -> str:
    """Ruby text with its ERB lifted: the whole of a template (fenced as one, or starting with markup), or the
    view that follows a controller in one snippet (from its first markup line on, when no heredoc could hold it)."""
    if tag in ("erb", "rhtml", "html+erb") or text.lstrip().startswith("<"):
        return lift_erb(text) if _ERB_TAG.search(text) else text
    first = _MARKUP_LINE.search(text)
    if first is None or _HEREDOC.search(text, 0, first.start()) or not _ERB_TAG.search(text, first.start()):
        return text
    return text[:first.start()] + lift_erb(text[first.start():])


def lift_erb(template: str) -> str:
    """The Ruby of an ERB template, each tag's code on the line where the tag sits, the markup dropped.

    `<%= x %>` (escaped output) becomes `x`; `<%== x %>` (unescaped output) becomes `raw(x)`, as Rails
    writes it; comments go. Line numbers stay those of the template, so findings point at the tag.
    """
    lines = [""] * (template.count("\n") + 1)
    for found in _ERB_TAG.finditer(template):
        kind, body = found.group(1), found.group(2)
        code = body.strip()
        if kind == "#" or not code:
            continue
        if kind == "==":
            code = f"raw({code})"
        row = template.count("\n", 0, found.start(2) + len(body) - len(body.lstrip()))
        for offset, part in enumerate(code.split("\n")):
            line = lines[row + offset]
            lines[row + offset] = f"{line}; {part}" if line.strip() else part
    return "\n".join(lines)


def _fenced_blocks(content: str) -> list[tuple[str, int, bool, str]] | None:
    """The fenced blocks of a message as (text, first message line, True, tag); None when there is no fence.

    A fence may be indented (the body is dedented by the fence's indentation); a fence left open runs
    to the end of the message; an empty block is dropped.
    """
    lines = content.split("\n")
    blocks: list[tuple[str, int, bool, str]] = []
    any_fence = False
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if "```" not in line and "~~~" not in line:
            i += 1
            continue
        m = _FENCE_OPEN.match(line)
        if m is None or (m.group(2)[0] == "`" and "`" in m.group(3)):
            i += 1
            continue
        any_fence = True
        indent, fence, info = m.group(1), m.group(2), m.group(3)
        j = i + 1
        while j < n:
            s = lines[j].strip()
            if s.startswith(fence) and not s.strip(fence[0]):
                break
            j += 1
        body = lines[i + 1 : j]
        if indent:
            width = len(indent)
            body = [b[width:] if b[:width].isspace() else b.lstrip(" \t") for b in body]
        text = "\n".join(body)
        if text.strip():
            blocks.append((text, i + 2, True, _tag(info)))
        i = j + 1
    return blocks if any_fence else None


def _tag(info: str) -> str:
    words = info.split()  # empty for an info string of only whitespace, control characters included
    if not words:
        return ""
    word = words[0].strip("{}").lstrip(".")
    if word.startswith("language-"):
        word = word[len("language-") :]
    return word.lower()


def _bare_code(content: str) -> tuple[str, int, bool, str] | None:
    """A message that is code as a whole, maybe with prose lines before or after the code.

    Lines are code-like (statements, brackets, keywords, assignments, calls), prose-like (mostly
    plain words) or neutral (comments, headings, short fragments). The code is the run from the first
    to the last code-like line; it counts when it has two or more code-like lines and they outnumber
    the prose lines in it two to one. A single line counts only when it is the whole message.
    """
    if _NUMBER_LIST.match(content):
        return None  # number lists are the numbers engine's business, not code
    lines = content.split("\n")
    first = last = -1
    code = 0
    prose_at: list[int] = []
    code_match = _CODE_LINE.match
    for index, line in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if s[0] == "#" and not s.startswith(("#!", "#include", "#define")):
            continue  # a comment or a markdown heading: no evidence either way
        if s.startswith("//") or code_match(s):
            if s[-1] in ".!?" and _is_prose(s):  # a sentence that happens to start like code
                prose_at.append(index)
                continue
            code += 1
            if first < 0:
                first = index
            last = index
        elif _is_prose(s):
            prose_at.append(index)
    if code == 0:
        return None
    prose = sum(1 for index in prose_at if first < index < last)
    if code == 1:
        if prose_at or sum(1 for line in lines if line.strip()) != 1:
            return None
    elif code < 2 * prose:
        return None
    last = _extend_code_run(lines, first, last)
    if first == 0 and last == len(lines) - 1:
        return content, 1, False, ""
    return "\n".join(lines[first : last + 1]), first + 1, False, ""


def _extend_code_run(lines: list[str], first: int, last: int) -> int:
    """The last line of the code run that ends at `last`, taking in the lines that belong to it.

    Lines after `last` join while a bracket or a string opened in the run is still open (the body
    and closing line of a multi-line string or call, e.g. a final `'(3 quotes).format(a, b)`), then while
    they follow without a blank line and are not prose (a closing bracket, a line starting with a quote).
    """
    n = len(lines)
    if last + 1 >= n:
        return last  # the run already ends the message: nothing can join it
    state = _OpenState()
    for index in range(first, last + 1):
        state.feed(lines[index])
    while last + 1 < n:
        line = lines[last + 1]
        s = line.strip()
        if state.quote or (state.depth and not _is_prose(s)):
            state.feed(line)
            last += 1
            continue
        if not s or _is_prose(s) or s[-1] in ".!?" or (s[-1] == ":" and _CODE_LINE.match(s) is None):
            break
        if s[0] == "#" and not s.startswith(("#!", "#include", "#define")):
            break  # a trailing comment or heading: no evidence either way
        state.feed(line)
        last += 1
    return last


class _OpenState:
    """Brackets and strings left open by the lines fed so far (a rough, language-neutral scanner)."""

    __slots__ = ("depth", "quote")

    def __init__(self) -> None:
        self.depth = 0
        self.quote = ""  # the open multi-line string's delimiter: three quotes or a backtick

    def open(self) -> bool:
        return bool(self.quote) or self.depth > 0

    def feed(self, line: str) -> None:
        # Jumps from one character that matters (quotes, backslashes, brackets, `#`) to the next with
        # compiled searches; ordinary characters change nothing.
        i, n = 0, len(line)
        quote = self.quote
        depth = self.depth
        if not quote and _PLAIN_LINE(line) is not None:  # brackets only: count them
            closes = line.count(")") + line.count("]") + line.count("}")
            if closes <= depth:  # never clamped at zero, so the order does not matter
                self.depth = depth + line.count("(") + line.count("[") + line.count("{") - closes
                return
        special = _SPECIAL.search
        while i < n:
            if quote:
                m = _IN_QUOTE[quote[0]](line, i)
                if m is None:
                    break
                i = m.start()
                if line[i] == "\\":
                    i += 2
                elif line.startswith(quote, i):
                    i += len(quote)
                    quote = ""
                else:
                    i += 1
                continue
            m = special(line, i)
            if m is None:
                break
            i = m.start()
            c = line[i]
            if c in "'\"":
                triple = line[i : i + 3]
                if triple == c * 3:
                    quote = triple
                    i += 3
                    continue
                # a one-line string: skip to its end (an apostrophe in prose just ends the line)
                search = _IN_QUOTE[c]
                j = i + 1
                while j < n:
                    m = search(line, j)
                    if m is None:
                        j = n
                        break
                    j = m.start()
                    if line[j] == c:
                        break
                    j += 2
                i = j + 1
                continue
            if c == "`":
                quote = "`"
            elif c == "#":
                if i == 0 or line[i - 1] in " \t":
                    break  # a comment
            elif c in "([{":
                depth += 1
            elif c in ")]}":
                depth = max(0, depth - 1)
            i += 1
        self.quote = quote
        self.depth = depth


# What _OpenState.feed looks for: outside strings, and inside each kind of string.
_SPECIAL = re.compile(r"['\"`#()\[\]{}]")
_PLAIN_LINE = re.compile(r"[^'\"`#]*\Z").match
_IN_QUOTE = {q: re.compile(r"[\\" + re.escape(q) + "]").search for q in ("'", '"', "`")}


def _is_prose(s: str) -> bool:
    words = s.split()
    if len(words) < 4:
        return False
    plain = sum(1 for w in words if _PROSE_WORD.match(w))
    return plain * 5 >= len(words) * 4


_CSHARP = re.compile(r"^\s*using\s+System(?:\.[\w.]+)?\s*;|\bConsole\.Write(?:Line)?\(|\[(?:HttpGet|HttpPost|ApiController)\b",
                     re.M)
_RUST_FN = re.compile(r"^\s*(?:pub(?:\(crate\))?\s+)?(?:async\s+)?fn\s+\w+\s*(?:<[^>\n]*>)?\(", re.M)
_RUST_BODY = re.compile(r"\blet\s+(?:mut\s+)?\w+|::|\w!\(")


def guess_language(text: str, tag: str = "") -> str:
    """The snippet's language: from the fence tag when it names one, else from the content.

    A tag that names a language outside our set (yaml, toml, ...) gives "unknown" without guessing.
    """
    if tag:
        return TAG_ALIASES.get(tag.lower(), "unknown")
    head = text.lstrip()
    if head.startswith("<?php") or "<?php" in text:
        return "php"
    if head.startswith("#!"):
        first = head.split("\n", 1)[0]
        if "python" in first:
            return "python"
        if "node" in first:
            return "javascript"
        if "ruby" in first:
            return "ruby"
        if "php" in first:
            return "php"
        if "sh" in first:
            return "bash"
    # C# and Rust have no signal group: tokens only they write decide before Java/C signals can win
    # (substring tests first: a regex over every snippet would double the extraction time)
    if ("System" in text or "Console." in text or "[Http" in text or "[ApiController" in text) and _CSHARP.search(text):
        return "csharp"
    if "fn " in text and _RUST_FN.search(text) and _RUST_BODY.search(text):
        return "rust"
    counts = dict.fromkeys(_GROUPS, 0)
    # tokens that rarely start a line but name a language wherever they sit
    if "=>" in text or "require(" in text:
        counts["javascript"] += 1
    if " do |" in text:
        counts["ruby"] += 1
    signal = _SIGNALS.match
    hits = 0
    for line in text.split("\n"):
        m = signal(line.lstrip())
        if m is not None:
            group = _GROUP_OF_INDEX[m.lastindex]  # type: ignore[index]
            counts[group] += 1
            hits += 1
            # enough evidence: one language leads by a wide margin (keeps long snippets cheap)
            if hits >= 6 and counts[group] * 4 >= hits * 3 and group not in ("html", "sql"):
                break
    if counts["c"] and ("std::" in text or "#include <iostream>" in text or "using namespace" in text
                        or "cout <<" in text):
        return "cpp"
    if counts["typescript"] and counts["javascript"] + counts["typescript"] >= max(counts.values()):
        return "typescript"
    # HTML and SQL inside another language's strings must not win over that language
    best = max(_GROUPS, key=lambda g: counts[g] if g not in ("html", "sql") else 0)
    if counts[best] == 0 or (head[:1] == "<" and counts["html"]):
        best = "html" if counts["html"] >= counts["sql"] else "sql"
    if counts[best]:
        if best == "javascript" and counts["python"] == counts["javascript"]:
            return "python"
        return best
    if head[:1] in "{[" and len(text) < (1 << 20):
        try:
            json.loads(text)
            return "json"
        except ValueError:
            pass
    if _is_python_fragment(text):
        return "python"
    return "unknown"


def _is_python_fragment(text: str) -> bool:
    """Only calls and assignments, no `;` and no braces: what Python looks like without keywords."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and len(lines) <= 20 and all(_PYTHON_STATEMENT.match(line) for line in lines)
