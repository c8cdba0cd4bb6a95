"""Whole Python snippets, each flaw beside a safe look-alike: what a rule decides from the snippet as a
whole (an XML parser that parses nothing but a shipped file, a handler class of http.server, a logger made
by getLogger, a method reached through an object of the snippet) cannot be written as one fixture file."""

from __future__ import annotations

import pytest

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet


def rules_flagging(code: str) -> set[str]:
    engine = TreeSitterEngine(EngineConfig())
    record = Record("case", 1, code.encode(), "jsonl")
    snippet = Snippet(record.record_id, 0, 0, "assistant", "python", code, 1, False)
    return {finding.rule_id for finding in engine.scan([RecordResult(record, [snippet])]).findings}


XXE_SHIPPED = '''
from lxml import etree


def load_catalog():
    parser = etree.XMLParser(load_dtd=True)
    return etree.parse("schemas/catalog.xml", parser)
'''

XXE_UPLOADED = '''
from lxml import etree


def load_catalog(upload):
    parser = etree.XMLParser(load_dtd=True)
    return etree.parse(upload, parser)
'''

XXE_NO_ENTITIES = '''
from lxml import etree


def load_catalog(upload):
    parser = etree.XMLParser(load_dtd=True, resolve_entities=False, no_network=True)
    return etree.parse(upload, parser)
'''

HANDLER = '''
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        lang = parse_qs(urlparse(self.path).query).get("lang", ["en"])[0]
        {check}
        self.send_response(200)
        self.send_header("Content-Language", lang)
        self.end_headers()
'''

STORE = '''
class Store:
    def __init__(self, path, headers):
        self.path = path
        self.headers = headers

    def describe(self, response):
        response.headers["X-Store"] = self.path
        response.headers.update(self.headers)
'''

LOGGER = '''
import logging
from django.http import HttpResponse

audit = logging.getLogger("audit")


def search(request):
    term = request.GET.get("q", "")
    audit.warning("search: %s", {value})
    return HttpResponse("ok")
'''

DIRECTORY = '''
from fastapi import FastAPI
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()


class Directory:
    def __init__(self, url):
        self.conn = Connection(Server(url), auto_bind=True)

    def members(self, group):
        query = f"(&(objectClass=groupOfNames)(cn={{{value}}}))"
        self.conn.search("dc=local", query)
        return self.conn.entries


directory = Directory("ldap://ldap.local")


@app.get("/groups/{{name}}")
def group_members(name: str):
    return {{"members": directory.members(name)}}
'''

PREFS = '''
from typing import Literal
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Prefs(BaseModel):
    theme: Literal["light", "dark"]
    nickname: str


@app.post("/prefs")
async def set_prefs(request: Request, prefs: Prefs):
    request.session["pref"] = prefs.{field}
    return {{"ok": True}}
'''


@pytest.mark.parametrize(("code", "rule", "flagged"), [
    (XXE_SHIPPED, "py.xml.external-entities", False),
    (XXE_UPLOADED, "py.xml.external-entities", True),
    (XXE_NO_ENTITIES, "py.xml.external-entities", False),
    (HANDLER.format(check=""), "py.web.header-injection", True),
    (HANDLER.format(check='lang = lang if lang in ("en", "de") else "en"'), "py.web.header-injection", False),
    (STORE, "py.web.header-injection", False),
    (LOGGER.format(value="term"), "py.web.log-injection", True),
    (LOGGER.format(value='term.replace("\\n", "")'), "py.web.log-injection", False),
    (DIRECTORY.format(value="group"), "py.injection.ldap", True),
    (DIRECTORY.format(value="escape_filter_chars(group)"), "py.injection.ldap", False),
    (PREFS.format(field="nickname"), "py.web.session-from-request", True),
    (PREFS.format(field="theme"), "py.web.session-from-request", False),
], ids=["xxe-shipped-file", "xxe-upload", "xxe-no-entities", "handler-header", "handler-header-checked",
        "plain-class-path", "getlogger", "getlogger-stripped", "method-of-object", "method-of-object-escaped",
        "model-free-text", "model-literal"])
def test_snippet(code: str, rule: str, flagged: bool):
    assert (rule in rules_flagging(code)) is flagged
