"""SQL remediation is right for the library in use, and the fixed code's query really runs.

The fixes are made with the shipped rule (py.injection.sql-string) and the re-lint check; then the fixed
function is executed against a real SQLite database, by sqlite3 and by SQLAlchemy (a Flask-SQLAlchemy
`db.session` and a Core `engine.connect()`), with a value that would have been an injection.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from curator.engines.languages import parser
from curator.scrub.remediate import remediate_code
from curator.scrub.sql_dialects import FORMAT, QMARK, SQLALCHEMY, dialect_for

RULE = {"py.injection.sql-string"}
INJECTION = "nobody' OR '1'='1"


def fix(code: str) -> tuple[str, list]:
    fixed, outcomes = remediate_code(code, "python", None, RULE)
    return fixed, outcomes


def make_db(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);"
                      "INSERT INTO users (name) VALUES ('ada'), ('bob'), ('it''s me');")
    con.commit()
    con.close()


def load(code: str, **names) -> dict:
    namespace = dict(names)
    exec(compile(code, "<fixed>", "exec"), namespace)  # the fixed snippet, as the training data holds it
    return namespace


def _execute_call(code: str):
    tree = parser("python").parse(code.encode())
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "call" and node.child_by_field_name("function").type == "attribute" \
                and node.child_by_field_name("function").child_by_field_name("attribute").text == b"execute":
            return tree.root_node, node
        stack.extend(node.children)
    raise AssertionError("no execute call")


@pytest.mark.parametrize("code, style", [
    ("import sqlite3\nconn = sqlite3.connect('x.db')\ncur = conn.cursor()\ncur.execute(q)\n", QMARK),
    ("from sqlite3 import connect\nwith connect('x.db') as conn:\n    conn.execute(q)\n", QMARK),
    ("import sqlite3\ndef f(cur, q):\n    cur.execute(q)\n", QMARK),  # one driver imported decides
    ("import psycopg2\nconn = psycopg2.connect(dsn)\nwith conn.cursor() as c:\n    c.execute(q)\n", FORMAT),
    ("import mysql.connector\nconn = mysql.connector.connect(user='u')\nconn.cursor().execute(q)\n", FORMAT),
    ("import pymysql\ndb = pymysql.connect()\ncursor = db.cursor()\ncursor.execute(q)\n", FORMAT),
    ("from django.db import connection\nwith connection.cursor() as cursor:\n    cursor.execute(q)\n", FORMAT),
    ("from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy(app)\ndb.session.execute(q)\n", SQLALCHEMY),
    ("from sqlalchemy import create_engine\nengine = create_engine(u)\nconn = engine.connect()\nconn.execute(q)\n",
     SQLALCHEMY),
    ("from sqlalchemy.orm import sessionmaker\nSession = sessionmaker(bind=e)\ns = Session()\ns.execute(q)\n",
     SQLALCHEMY),
    # Flask-SQLAlchemy next to a mysql.connector cursor: the receiver decides, not the imports
    ("from flask_sqlalchemy import SQLAlchemy\nimport mysql.connector\nconn = mysql.connector.connect()\n"
     "cursor = conn.cursor()\ncursor.execute(q)\n", FORMAT),
    ("def f(cur, q):\n    cur.execute(q)\n", None),  # no import: cannot tell
    ("import sqlite3\nimport psycopg2\ndef f(cur, q):\n    cur.execute(q)\n", None),  # two drivers
    ("from sqlalchemy import create_engine\nc = create_engine(u).raw_connection().cursor()\nc.execute(q)\n", None),
    ("import sqlalchemy\ndef f(cursor, q):\n    cursor.execute(q)\n", None),  # a DB-API cursor, driver unknown
])
def test_dialect_follows_the_receiver_to_its_library(code, style):
    root, call = _execute_call(code)
    dialect = dialect_for(root, call)
    assert (dialect.style if dialect else None) == style


SQLITE_SNIPPET = '''import sqlite3

def find(db_path, name):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    cur.execute(f"SELECT id, name FROM users WHERE name = '{name}'")
    return cur.fetchall()
'''


def test_sqlite3_fix_runs_and_binds_the_value(tmp_path):
    fixed, outcomes = fix(SQLITE_SNIPPET)
    assert [o.status for o in outcomes] == ["fixed"]
    assert 'cur.execute("SELECT id, name FROM users WHERE name = ?", (name,))' in fixed
    db = tmp_path / "t.db"
    make_db(db)
    find_before, find_after = load(SQLITE_SNIPPET)["find"], load(fixed)["find"]
    assert len(find_before(str(db), INJECTION)) == 3  # the flaw is real
    assert find_after(str(db), INJECTION) == []
    assert find_after(str(db), "it's me") == [(3, "it's me")]


FLASK_SNIPPET = '''from flask import Flask
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
db = SQLAlchemy()

def rename(user_id, name):
    query = "UPDATE users SET name = '%s' WHERE id = %s" % (name, user_id)
    db.session.execute(query)
    db.session.commit()

def find(name):
    query = "SELECT id, name FROM users WHERE name = '" + name + "'"
    return db.session.execute(query).fetchall()
'''


def test_flask_sqlalchemy_fix_uses_text_and_named_binds_and_runs(tmp_path):
    pytest.importorskip("flask_sqlalchemy")
    import sqlalchemy

    fixed, outcomes = fix(FLASK_SNIPPET)
    assert [o.status for o in outcomes] == ["fixed", "fixed"]
    assert "?" not in fixed and "import sqlalchemy\n" in fixed
    assert 'query = "UPDATE users SET name = :name WHERE id = :user_id"' in fixed
    assert 'db.session.execute(sqlalchemy.text(query), {"name": name, "user_id": user_id})' in fixed
    db_path = tmp_path / "t.db"
    make_db(db_path)
    namespace = load(fixed, __name__="snippet")
    app, db = namespace["app"], namespace["db"]
    app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{db_path}"
    db.init_app(app)
    with app.app_context():
        assert namespace["find"](INJECTION) == []
        namespace["rename"](2, "o'brien")
        assert [tuple(r) for r in namespace["find"]("o'brien")] == [(2, "o'brien")]
        # the rewrite the old fix made (a `?` string and a tuple) is what SQLAlchemy refuses
        with pytest.raises(sqlalchemy.exc.ArgumentError):
            db.session.execute("SELECT id FROM users WHERE name = ?", ("ada",))


CORE_SNIPPET = '''from sqlalchemy import create_engine

engine = create_engine(DATABASE_URL)

def count_like(pattern):
    conn = engine.connect()
    rows = conn.execute(f"SELECT count(*) FROM users WHERE name LIKE '{pattern}%' AND name != ':y'").fetchall()
    conn.close()
    return rows[0][0]
'''


def test_sqlalchemy_core_fix_runs_with_a_literal_colon_and_percent(tmp_path):
    pytest.importorskip("sqlalchemy")
    fixed, outcomes = fix(CORE_SNIPPET)
    assert [o.status for o in outcomes] == ["fixed"]
    assert "sqlalchemy.text(" in fixed and "!= '\\\\:y'" in fixed and '{"pattern": f"{pattern}%"}' in fixed
    db_path = tmp_path / "t.db"
    make_db(db_path)
    count_like = load(fixed, DATABASE_URL=f"sqlite:///{db_path}")["count_like"]
    assert count_like("a") == 1 and count_like("%") == 3 and count_like(INJECTION) == 0


@pytest.mark.parametrize("code, expected", [
    ("import psycopg2\nconn = psycopg2.connect(dsn)\ncur = conn.cursor()\n"
     "cur.execute(f\"SELECT * FROM t WHERE a LIKE '5%' AND b = '{b}'\")\n",
     "cur.execute(\"SELECT * FROM t WHERE a LIKE '5%%' AND b = %s\", (b,))"),
    ("from django.db import connection\n\ndef f(uid):\n    with connection.cursor() as cursor:\n"
     "        cursor.execute('SELECT * FROM t WHERE id = ' + uid)\n",
     "cursor.execute('SELECT * FROM t WHERE id = %s', (uid,))"),
])
def test_format_style_drivers_get_percent_s(code, expected):
    fixed, outcomes = fix(code)
    assert [o.status for o in outcomes] == ["fixed"] and expected in fixed


@pytest.mark.parametrize("code, reason", [
    ("def f(cur, name):\n    cur.execute(f\"SELECT * FROM t WHERE name = '{name}'\")\n", "cannot tell which database"),
    ("import sqlite3\ndef f(cur, cols):\n    cur.execute(f'UPDATE t SET {cols} WHERE id = 1')\n", "table, column or list"),
])
def test_unknown_library_or_clause_is_not_fixable(code, reason):
    fixed, outcomes = fix(code)
    assert fixed == code
    assert [o.status for o in outcomes] == ["not_fixable"] and reason in outcomes[0].detail


TEXT_SNIPPET = '''from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy()

def find(name):
    return db.session.execute(text(f"SELECT id FROM users WHERE name = '{name}'")).fetchall()
'''


def test_text_built_from_an_fstring_gets_binds_and_runs(tmp_path):
    pytest.importorskip("flask_sqlalchemy")
    fixed, outcomes = fix(TEXT_SNIPPET)
    assert [o.status for o in outcomes] == ["fixed"]
    assert 'db.session.execute(text("SELECT id FROM users WHERE name = :name"), {"name": name})' in fixed
    assert "import sqlalchemy\n" not in fixed  # text is already imported
    db_path = tmp_path / "t.db"
    make_db(db_path)
    namespace = load(fixed, __name__="snippet")
    app, db = namespace["app"], namespace["db"]
    app.config["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{db_path}"
    db.init_app(app)
    with app.app_context():
        assert namespace["find"](INJECTION) == []
        assert [tuple(r) for r in namespace["find"]("it's me")] == [(3,)]
