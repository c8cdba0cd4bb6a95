"""Which database library runs an `execute()` call in a Python snippet, and how that library binds parameters.

A parameterized query is only a fix if the library accepts its placeholders: sqlite3 wants `?`, psycopg2,
PyMySQL, mysql.connector and Django's cursor want `%s`, and SQLAlchemy's Session/Connection.execute wants a
`text()` construct with named binds (`:name`) and a dict; a raw string is refused by SQLAlchemy 2. We find
the library from the snippet itself: the receiver of `execute` is followed back through assignments and
`with ... as` names (`cur = conn.cursor()`, `conn = sqlite3.connect(...)`, `db = SQLAlchemy(app)`) to an
imported name. When the receiver cannot be followed (a function parameter), one imported library decides;
several, or none, and we cannot tell: the caller reports the finding as not fixable.
"""

from __future__ import annotations

from dataclasses import dataclass

import tree_sitter as ts

QMARK, FORMAT, SQLALCHEMY = "qmark", "format", "sqlalchemy"

# module (or module prefix) -> parameter style of its execute()
LIBRARIES: dict[str, str] = {
    "sqlite3": QMARK, "aiosqlite": QMARK, "duckdb": QMARK, "pyodbc": QMARK,
    "psycopg2": FORMAT, "psycopg": FORMAT, "pymysql": FORMAT, "MySQLdb": FORMAT, "mysql.connector": FORMAT,
    "pg8000": FORMAT, "aiomysql": FORMAT, "django.db": FORMAT,
    "sqlalchemy": SQLALCHEMY, "flask_sqlalchemy": SQLALCHEMY,
}
PLACEHOLDER = {QMARK: "?", FORMAT: "%s"}
MAX_HOPS = 8


@dataclass(frozen=True)
class Dialect:
    style: str  # qmark | format | sqlalchemy
    library: str  # the module that decided it, e.g. "sqlite3", "flask_sqlalchemy"
    how: str  # "receiver" (followed to an import) or "import" (the one library imported)


def _text(node: ts.Node) -> str:
    return node.text.decode("utf-8", "surrogatepass")


def _walk(node: ts.Node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def library_of(module: str) -> str | None:
    """The LIBRARIES key that `module` (dotted) belongs to, or None."""
    for name in sorted(LIBRARIES, key=len, reverse=True):
        if module == name or module.startswith(name + "."):
            return name
    return None


def imported_names(root: ts.Node) -> dict[str, str]:
    """Local name -> dotted origin for every import in the snippet (`from django.db import connection`
    gives connection -> django.db.connection; `import mysql.connector` gives mysql -> mysql)."""
    names: dict[str, str] = {}
    for node in _walk(root):
        if node.type == "import_statement":
            for item in node.named_children:
                if item.type == "dotted_name":
                    names[_text(item).split(".")[0]] = _text(item).split(".")[0]
                    names[_text(item)] = _text(item)
                elif item.type == "aliased_import":
                    names[_text(item.child_by_field_name("alias"))] = _text(item.child_by_field_name("name"))
        elif node.type == "import_from_statement":
            module = node.child_by_field_name("module_name")
            if module is None:
                continue
            base = _text(module)
            for item in node.children_by_field_name("name"):
                if item.type == "dotted_name":
                    names[_text(item)] = f"{base}.{_text(item)}"
                elif item.type == "aliased_import":
                    names[_text(item.child_by_field_name("alias"))] = f"{base}.{_text(item.child_by_field_name('name'))}"
    return names


def _root_name(node: ts.Node) -> tuple[str | None, str]:
    """The leftmost identifier of an expression (`sqlite3.connect(p).cursor()` -> sqlite3) and the dotted
    text up to it when it is a plain attribute chain (`mysql.connector.connect` -> mysql.connector)."""
    current = node
    while True:
        if current.type in ("call",):
            current = current.child_by_field_name("function")
        elif current.type in ("attribute",):
            current = current.child_by_field_name("object")
        elif current.type in ("subscript",):
            current = current.child_by_field_name("value")
        elif current.type in ("await", "parenthesized_expression") and current.named_children:
            current = current.named_children[0]
        else:
            break
        if current is None:
            return None, ""
    if current.type != "identifier":
        return None, ""
    return _text(current), _text(node)


def _bindings(root: ts.Node, name: str) -> list[ts.Node]:
    """Right-hand sides bound to `name`: `name = value` and `with value as name` anywhere in the snippet."""
    found = []
    for node in _walk(root):
        if node.type == "assignment":
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is not None and right is not None and left.type == "identifier" and _text(left) == name:
                found.append(right)
        elif node.type == "as_pattern":
            alias = node.child_by_field_name("alias")
            target = alias.named_children[0] if alias is not None and alias.named_children else alias
            if target is not None and _text(target) == name and node.named_children:
                found.append(node.named_children[0])
    return found


RAW = "<raw DB-API connection>"


def _follow(root: ts.Node, expr: ts.Node, imports: dict[str, str], hops: int = 0) -> str | None:
    """The library an expression's value comes from, following names back to an import; RAW for a DB-API
    connection taken from under SQLAlchemy (its paramstyle depends on the URL); None when not known."""
    if "raw_connection" in _text(expr):
        return RAW
    if hops > MAX_HOPS:
        return None
    name, dotted = _root_name(expr)
    if name is None:
        return None
    if name in imports:
        origin = imports[name]
        # `import mysql.connector` then `mysql.connector.connect()`: prefer the longest dotted import
        for candidate in sorted(imports, key=len, reverse=True):
            if dotted.startswith(candidate + ".") or dotted == candidate:
                origin = imports[candidate]
                break
        return library_of(origin)
    libraries = {_follow(root, value, imports, hops + 1) for value in _bindings(root, name)}
    libraries.discard(None)
    return libraries.pop() if len(libraries) == 1 else None


def dialect_for(root: ts.Node, call: ts.Node) -> Dialect | None:
    """The parameter style of `call` (an `x.execute(...)` call), or None when the snippet does not say."""
    receiver = call.child_by_field_name("function").child_by_field_name("object")
    imports = imported_names(root)
    library = _follow(root, receiver, imports) if receiver is not None else None
    if library == RAW:
        return None
    if library is not None:
        return Dialect(LIBRARIES[library], library, "receiver")
    imported = {lib for lib in (library_of(origin) for origin in imports.values()) if lib}
    styles = {LIBRARIES[lib] for lib in imported}
    if len(styles) != 1:
        return None
    style = styles.pop()
    receiver_text = _text(receiver) if receiver is not None else ""
    if style == SQLALCHEMY and "cur" in receiver_text.lower():
        return None  # a cursor next to SQLAlchemy is a DB-API cursor of an unknown driver
    return Dialect(style, sorted(imported)[0], "import")


def text_function(root: ts.Node, code: bytes) -> tuple[str, int | None]:
    """How to call sqlalchemy.text in this snippet, and where to insert `import sqlalchemy` (None: no need)."""
    imports = imported_names(root)
    for local, origin in imports.items():
        if origin in ("sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text"):
            return local, None
    for local, origin in imports.items():
        if origin == "sqlalchemy" and "." not in local:
            return f"{local}.text", None
    last = None
    for node in root.children:
        if node.type in ("import_statement", "import_from_statement", "future_import_statement"):
            last = node
    return "sqlalchemy.text", (last.end_byte if last is not None else 0)
