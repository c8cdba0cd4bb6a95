"""What a Python snippet declares around its functions: objects built at module level or in `__init__`
(`conn = ldap3.Connection(...)`, `audit = logging.getLogger(...)`), allow-lists and page templates bound to
module-level names, Enum and model classes whose fields the framework checks, http.server handler classes.
`PythonWalk` inherits these; they fill its tables before (and while) the functions are walked."""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.lang_python_names import NON_STRING_ANNOTATIONS, STRING_TYPES, interpolations

# A module-level line that builds an object of a class: `conn = ldap3.Connection(server)`.
MODULE_INSTANCE = re.compile(rb"[A-Za-z_]\w*[ \t]*=[ \t]*(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*|getLogger|initialize)\(")
# A module-level line that binds a name to a literal collection: `allowed_hosts = {"a.example"}`.
MODULE_COLLECTION = re.compile(rb"[A-Za-z_]\w*[ \t]*(?::[^=\n]*)?=[ \t]*[\[{(]")
# A module-level page template: `PAGE = """<html>...` or `PAGE = Template("<p>$q</p>")`.
MODULE_MARKUP = re.compile(
    rb"""[A-Za-z_]\w*[ \t]*=[ \t]*(?:[\w.]*Template\(\s*)?[rRuUbB]?(?:'{3}|"{3}|'|")\s*<[A-Za-z!]""")
# Functions that return an object of a known class: `audit = logging.getLogger("audit")`; `audit.info` is a
# method of `logging.Logger` whatever the name.
FACTORIES = {"logging.getLogger": "logging.Logger", "ldap.initialize": "ldap.ldapobject.LDAPObject",
             "urllib.request.build_opener": "urllib.request.OpenerDirector"}
# A class of the standard library's HTTP servers: in its methods `self.path`, `self.headers` and `self.rfile`
# are the client's request, and `self` is named by this class (the rules' sources and sinks start with it).
HTTP_HANDLER_BASES = re.compile(r"\b(?:Base|Simple|CGI)HTTPRequestHandler\b|\b(?:Stream|Datagram)RequestHandler\b")
HTTP_HANDLER = "BaseHTTPRequestHandler"
# `@validator("f")` / `@field_validator("f")` on a model method: the model checks field f
MODEL_VALIDATOR = re.compile(r"(?:^|\.)(?:field_)?validator$")
# `Field(pattern=...)`, `constr(regex=...)`, `StringConstraints(pattern=...)`: text the model checks against a pattern
CONSTRAINED = re.compile(r"\b(?:pattern|regex)\s*=")
ENUM_BASES = re.compile(r"\b(?:Enum|IntEnum|StrEnum|Flag|IntFlag)\b")
OPTIONAL = re.compile(r"(?:typing\.)?Optional\[(.*)\]|(.*?)\s*\|\s*None")
TYPED_ANNOTATION = re.compile(
    r"(?:typing\.)?Literal\[|(?:pydantic\.)?(?:con(?:int|float|decimal)\b|"
    r"(?:Positive|Negative|NonNegative|NonPositive|Strict)(?:Int|Float)\b|StrictBool\b|UUID\d?\b|uuid\.UUID\b|"
    r"datetime\.(?:date|datetime)\b|"
    r"(?:constr|Annotated)\[?\(?.*\b(?:pattern|regex)\s*=)")


class PythonDeclarations:
    """Methods of `PythonWalk` (see lang_python.py for the state they use)."""

    def _declaration(self, statement: ts.Node) -> None:
        """A module-level expression statement: an object, an allow-list or a page template it binds."""
        code, start = self.code, statement.start_byte
        if MODULE_INSTANCE.match(code, start):
            self._module_instance(statement.named_child(0))  # `conn = Connection(...)` at module level
        elif MODULE_COLLECTION.match(code, start):
            self._module_collection(statement.named_child(0))
        if MODULE_MARKUP.match(code, start):
            assignment = statement.named_child(0)
            left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            if assignment.type == "assignment" and left is not None and left.type == "identifier" and \
                    right is not None and self._markup_template(right):
                self.module_markup.add(left.text)

    def _http_handler_method(self, function: ts.Node) -> bool:
        """Whether `function` is a method of a `BaseHTTPRequestHandler`-like class (a `do_GET`)."""
        parent = function.parent
        if parent is not None and parent.type == "decorated_definition":
            parent = parent.parent
        owner = parent.parent if parent is not None and parent.type == "block" else None
        if owner is None or owner.type != "class_definition":
            return False
        bases = owner.child_by_field_name("superclasses")
        return bases is not None and HTTP_HANDLER_BASES.search(self._text(bases)) is not None

    def _class_facts(self, definition: ts.Node, body: ts.Node) -> None:
        """An Enum of the snippet (`Plan(value)` raises unless value is a member), and the annotated fields of a
        model class (`theme: Literal["light", "dark"]`, `size: int`: a pydantic body field that is no free text)."""
        name = definition.child_by_field_name("name")
        if name is None:
            return
        cls = self._text(name)
        bases = definition.child_by_field_name("superclasses")
        if bases is not None and ENUM_BASES.search(self._text(bases)):
            self.enums.add(cls)
            return
        fields = {}
        checked = set()
        for stmt in body.named_children:
            if stmt.type == "decorated_definition":  # `@field_validator("theme")`: the model checks that field
                for decorator in stmt.named_children:
                    expr = decorator.named_children[0] if decorator.type == "decorator" and decorator.named_children \
                        else None
                    if expr is not None and expr.type == "call" and MODEL_VALIDATOR.search(
                            self._text(expr.child_by_field_name("function"))):
                        args = expr.child_by_field_name("arguments").named_children
                        checked.update(a.text.decode("utf-8", "replace")[1:-1] for a in args if a.type == "string")
                continue
            assignment = stmt.named_children[0] if stmt.type == "expression_statement" and stmt.named_children else None
            if assignment is None or assignment.type != "assignment":
                continue
            left, annotation = assignment.child_by_field_name("left"), assignment.child_by_field_name("type")
            if left is not None and left.type == "identifier" and annotation is not None:
                right = assignment.child_by_field_name("right")
                # `name: str = Field(pattern="^[a-z]+$")`: a pattern the model enforces
                pattern = right is not None and right.type == "call" and CONSTRAINED.search(self._text(right))
                fields[self._text(left)] = "Literal[checked]" if pattern else self._text(annotation)
        for name in checked & fields.keys():
            fields[name] = "Literal[checked]"
        if fields:
            self.class_fields[cls] = fields

    def _typed(self, annotation: str) -> bool:
        """Whether a value so annotated is checked by the framework to be no free text: a number, a date, a
        `Literal[...]`, an Enum of the snippet, a constrained number (`conint`)."""
        inner = OPTIONAL.fullmatch(annotation)
        if inner is not None:
            annotation = inner.group(1) or inner.group(2)
        return annotation in NON_STRING_ANNOTATIONS or annotation in self.enums or \
            TYPED_ANNOTATION.match(annotation) is not None

    def _module_instance(self, node: ts.Node) -> None:
        """`conn = Connection(server)` at module level: the functions below call `conn.search` on it."""
        if node.type != "assignment":
            return
        right = node.child_by_field_name("right")
        if right is None or right.type != "call":
            return
        left = node.child_by_field_name("left")
        if left is None or left.type != "identifier":
            return
        callee = right.child_by_field_name("function")
        if callee is None or callee.type not in ("identifier", "attribute"):
            return
        text = self._text(callee)
        made = FACTORIES.get(self._resolve(text))
        if made is not None:
            self.module_instances[self._text(left)] = made
            return
        if not text.rsplit(".", 1)[-1][:1].isupper():  # a class is named in capitals (also under an alias)
            return
        resolved = self._resolve(text)
        if resolved.rsplit(".", 1)[-1][:1].isupper() and "." in resolved:
            self.module_instances[self._text(left)] = resolved
        elif callee.type == "identifier":
            self.module_objects.add(self._text(left))

    def _field_instances(self, init: ts.Node) -> None:
        """`self.conn = ldap3.Connection(server)` in `__init__`: the other methods call `self.conn.search` on it."""
        body = init.child_by_field_name("body")
        for stmt in body.named_children if body is not None else ():
            if stmt.type != "expression_statement" or not stmt.named_children:
                continue
            assignment = stmt.named_children[0]
            left = assignment.child_by_field_name("left") if assignment.type == "assignment" else None
            if left is None or left.type != "attribute" or not self._text(left).startswith("self."):
                continue
            right = assignment.child_by_field_name("right")
            callee = right.child_by_field_name("function") if right is not None and right.type == "call" else None
            if callee is None or callee.type not in ("identifier", "attribute"):
                continue
            resolved = self._resolve(self._text(callee))
            made = FACTORIES.get(resolved) or (
                resolved if resolved.rsplit(".", 1)[-1][:1].isupper() and "." in resolved else None)
            if made is not None:
                self.module_instances[self._text(left)] = made

    def _made_by(self, definition: ts.Node | None) -> str | None:
        """The class of the object a function of the snippet builds and returns as its last statement
        (`def get_connection(): return ldap3.Connection(...)`), if it names one."""
        body = definition.child_by_field_name("body") if definition is not None else None
        last = body.named_children[-1] if body is not None and body.named_children else None
        if last is None or last.type != "return_statement" or not last.named_children:
            return None
        value = last.named_children[0]
        callee = value.child_by_field_name("function") if value.type == "call" else None
        if callee is None or callee.type not in ("identifier", "attribute"):
            return None
        resolved = self._resolve(self._text(callee))
        if resolved in FACTORIES:
            return FACTORIES[resolved]
        return resolved if resolved.rsplit(".", 1)[-1][:1].isupper() and "." in resolved else None

    def _module_collection(self, node: ts.Node) -> None:
        """`allowed_hosts = {"a.example", "b.example"}` at module level: an allow-list of literals."""
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if node.type == "assignment" and left is not None and left.type == "identifier" and right is not None and \
                right.type in ("set", "list", "tuple", "dictionary") and _literal(right):
            self.module_collections.add(self._text(left))

    def _markup_template(self, node: ts.Node) -> bool:
        """Whether text a method fills in is markup: a literal with tags, `Template("<p>...")`, or a name the
        snippet bound to one at module level (`PAGE = "<html>..."`)."""
        if node.type in STRING_TYPES:
            return self._markup(node)
        if node.type == "call":
            args = node.child_by_field_name("arguments")
            first = args.named_children[0] if args is not None and args.named_children else None
            return first is not None and first.type in STRING_TYPES and self._markup(first)
        if node.type == "identifier" and node.text in self.module_markup:
            return True
        return False


def _literal(node: ts.Node) -> bool:
    """A literal, or a collection of literals (a dict's keys): no name, call or f-string part in it."""
    kind = node.type
    if kind in STRING_TYPES:
        return not any(True for _ in interpolations(node))
    if kind == "dictionary":  # `users = {"alice": hash_of(...)}`: a lookup or `in` test reads the keys
        return all(child.type == "pair" and _literal(child.child_by_field_name("key"))
                   for child in node.named_children if child.type != "comment")
    if kind in ("set", "list", "tuple"):
        return all(_literal(child) for child in node.named_children if child.type != "comment")
    return kind in ("integer", "float", "true", "false", "none")
