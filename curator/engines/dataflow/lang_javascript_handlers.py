"""Which names of JavaScript handlers hold request data or a caught error, for the JavaScript adapter.

Request data that no `req.query`-style name shows: the context of a Next.js route handler
(`export async function GET(request, { params })`), the chunks of a Node request body read with
`req.on("data", chunk => body += chunk)`. Errors: the parameter of a `catch` clause, the first parameter of
Express error middleware (`(err, req, res, next)`) and of Hono/Fastify error handlers (`app.onError((err, c)
=> ...)`), labelled `caught-error` for the rules that list it (what an error object shows a client is its
stack; `err.message`, `err.code` and `err.status` are not; an error shown only in development is none).
Names bound to loggers (`const audit = winston.createLogger(...)`, a `debug` instance, a write stream to a
`.log` file) are aliased to what the log rules name.
"""

from __future__ import annotations

import re

import tree_sitter as ts

from curator.engines.dataflow.core import EMPTY, ROUTE_PARAMETERS, Taint
from curator.engines.dataflow.walk import PARAM

CAUGHT_ERROR = "caught-error"
CAUGHT = frozenset({(CAUGHT_ERROR, frozenset())})
ROUTE = frozenset({(ROUTE_PARAMETERS, frozenset())})
# Next.js app-router handlers are exported functions named after the HTTP method they answer
_HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
_ERROR_NAME = re.compile(r"^(?:err|error|e|ex|exc|exception)$")
_ERROR_HANDLERS = frozenset({"onError", "setErrorHandler", "errorHandler"})
# what an error shows besides its stack: these parts are chosen by the code that threw
ERROR_PARTS = frozenset({"message", "name", "code", "status", "statusCode", "errno", "expose", "type"})
_DEVELOPMENT = re.compile(r"(?i)NODE_ENV|development|isDev|\bdebug\b|isProduction")
_DEBUG_FACTORY = re.compile(r"""^require\(\s*["']debug["']\s*\)\s*\(""")
_LOG_STREAM = re.compile(r"""^(?:fs\.)?createWriteStream\(\s*[^,)]*\blog""", re.I)
# top-level factories of logger objects: `const audit = winston.createLogger(...)` logs like `logger`
_LOGGER_FACTORY = re.compile(r"^(?:new\s+)?(?:winston\.createLogger|createLogger|pino|bunyan\.createLogger|"
                             r"log4js\.getLogger|getLogger|Logger|winston\.Logger)\s*\(")


_REQUEST_BODY = frozenset({("req.body", frozenset())})


class JavaScriptHandlers:
    """Methods of the JavaScript walk (see walk.py for the state they read)."""

    def _walk_function(self, body: ts.Node | None, outer: dict, route: bool, params: dict) -> None:
        function = body.parent if body is not None else None
        declared = function.child_by_field_name("parameters") if function is not None else None
        if declared is not None and declared.named_child_count > 1 and not any(
                source.startswith(PARAM) for taint in params.values() for source, _ in taint):  # not a summary
            extra = self._handler_labels(function, declared)
            if extra:
                params = {**params, **extra}
        if function is not None and function.id in self.promised:
            params = {**params, **self.promised[function.id]}  # `.then((rows) => ...)`: what the promise gave
        super()._walk_function(body, outer, route, params)

    def _handler_labels(self, function: ts.Node, declared: ts.Node) -> dict[str, Taint]:
        """Labels for the parameters of a route handler's context or an error handler's error."""
        labels: dict[str, Taint] = {}
        first = declared.named_children[0]
        if _ERROR_NAME.match(self.text(first)) and self._wants_errors() and (
                declared.named_child_count == 4 or self._passed_to(function) in _ERROR_HANDLERS):
            labels[self.text(first)] = CAUGHT  # (err, req, res, next), app.onError((err, c) => ...)
        if self.model.wants_routes and self.function_name(function) in _HTTP_METHODS:
            for param in declared.named_children[1:]:
                for name in _bound_names(param, self.text):
                    labels[name] = ROUTE
        return labels

    def _passed_to(self, function: ts.Node) -> str:
        """The method a callback is passed to (`app.onError(fn)` -> "onError"), or ""."""
        args = function.parent
        call = args.parent if args is not None and args.type == "arguments" else None
        callee = call.child_by_field_name("function") if call is not None else None
        if callee is None:
            return ""
        return self.text(callee.child_by_field_name("property") if callee.type == "member_expression" else callee)

    def _wants_errors(self) -> bool:
        return bool(self.model.sources.exact.get(CAUGHT_ERROR))

    def statement(self, node: ts.Node) -> None:
        if self.route and node.type == "return_statement" and node.named_children and node.named_children[0].type in (
                "object", "array"):
            self.route = False  # NestJS and hapi send a returned object or array as JSON
            try:
                super().statement(node)
            finally:
                self.route = True
            return
        super().statement(node)

    def caught(self, node: ts.Node) -> None:
        """`catch (err)`: the parameter holds the error."""
        param = node.child_by_field_name("parameter")
        if param is not None and param.type == "identifier" and self._wants_errors():
            self.env[self.text(param)] = CAUGHT

    def error_part(self, taint: Taint) -> Taint:
        """`err.message` (a part in ERROR_PARTS): no caught-error label (an error's parts besides its stack)."""
        return frozenset(label for label in taint if label[0] != CAUGHT_ERROR)

    def development_only(self, condition: ts.Node | None, taint: Taint) -> Taint:
        """`env === "development" ? err : {}`: an error shown only to developers is no exposure."""
        if taint and condition is not None and _DEVELOPMENT.search(self.text(condition)):
            return frozenset(label for label in taint if label[0] != CAUGHT_ERROR and not label[0].endswith(".stack"))
        return taint

    def body_chunks(self, node: ts.Node, args: list[ts.Node]) -> None:
        """`req.on("data", chunk => { body += chunk })`: what the callback collects holds the request's data."""
        if len(args) != 2 or self.text(args[0]).strip("'\"`") != "data" or args[1].type not in self.FUNCTIONS:
            return
        callee = node.child_by_field_name("function")
        receiver = callee.child_by_field_name("object") if callee is not None else None
        stream = self.eval(receiver) if receiver is not None else EMPTY
        if not stream and receiver is not None and self.text(receiver) in ("req", "request"):
            stream = _REQUEST_BODY  # Node's http request (`http.createServer((req, res) => ...)`): its body
        params = self.parameters(args[1])
        if not stream or not params:
            return
        chunk = params[0][0]
        stack = [args[1]]
        while stack:
            part = stack.pop()
            stack.extend(part.named_children)
            target = None
            if part.type == "augmented_assignment_expression" and self.text(part.child_by_field_name("right")) == chunk:
                target = part.child_by_field_name("left")
            elif part.type == "call_expression":
                name, receiver, call_args = self.call_parts(part)
                if name.endswith(".push") and receiver is not None and [self.text(a) for a in call_args] == [chunk]:
                    target = receiver
            if target is not None:
                key = self.dotted(target)
                self.env[key] = self.env.get(key, EMPTY) | stream

    def logger_alias(self, name: str, value: ts.Node | None) -> None:
        """`const audit = winston.createLogger(...)`: `audit.info(...)` is a logger's call; a `debug` instance
        is `debug`, a write stream to a `.log` file is `log-stream`."""
        if value is None or value.type not in ("call_expression", "new_expression"):
            return
        text = self.text(value)[:120]
        if _LOGGER_FACTORY.match(text):
            self.aliases.setdefault(name, "logger")
        elif _DEBUG_FACTORY.match(text):
            self.aliases.setdefault(name, "debug")
        elif _LOG_STREAM.match(text):
            self.aliases.setdefault(name, "log-stream")


def _bound_names(param: ts.Node, text) -> list[str]:
    """The names a parameter binds: `context`, `{ params }`, `{ params: { id } }` (TypeScript wrappers too)."""
    node = param
    if node.type in ("required_parameter", "optional_parameter"):
        node = param.child_by_field_name("pattern") or node
    if node.type == "assignment_pattern":
        node = node.child_by_field_name("left") or node
    if node.type == "identifier":
        return [text(node)]
    names: list[str] = []
    if node.type == "object_pattern":
        for part in node.named_children:
            if part.type == "shorthand_property_identifier_pattern":
                names.append(text(part))
            elif part.type == "pair_pattern":
                value = part.child_by_field_name("value")
                if value is not None:
                    names.extend(_bound_names(value, text))
    return names
