"""TypeScript-only syntax under the JavaScript rules: NestJS handlers (decorated parameters are request data).

TypeScript snippets get the JavaScript rules and fixtures (tests/test_lang_rules.py scans every JavaScript
fixture as TypeScript); what JavaScript cannot parse is tested here.
"""

from __future__ import annotations

from curator.engines import EngineConfig
from curator.engines.treesitter import TreeSitterEngine
from curator.model import Record, RecordResult, Snippet

NEST_CONTROLLER = """\
@Controller("proxy")
export class ProxyController {
  constructor(private readonly httpService: HttpService) {}

  @Get("fetch")
  async fetch(@Query("url") url: string) {
    const res = await firstValueFrom(this.httpService.get(url));
    return res.data;
  }

  @Get("hello")
  hello(@Query("name") name: string) {
    return `<h1>Hello ${name}</h1>`;
  }

  @Post("find")
  async find(@Body() body: LoginDto) {
    return this.users.findOne({ email: body.email });
  }

  @Get("safe")
  async safe(@Query("id") id: string) {
    const item = await fetch(`https://api.example.com/items/${encodeURIComponent(id)}`);
    return `<p>${escapeHtml(id)}</p>`;
  }

  helper(url: string) {
    return fetch(url);
  }
}
"""


def findings(code: str) -> set[tuple[int, str]]:
    record = Record(source="test", position=1, raw=code.encode(), container="jsonl")
    snippet = Snippet(record.record_id, 0, 1, "assistant", "typescript", code, 1, True)
    out = TreeSitterEngine(EngineConfig()).scan([RecordResult(record, [snippet])])
    assert [s.status for s in out.statuses] == ["ok"]
    return {(f.line, f.rule_id) for f in out.findings}


def test_nest_decorated_parameters_are_request_data():
    got = {(line, rule) for line, rule in findings(NEST_CONTROLLER) if rule.startswith("js.flow.")}
    assert got == {(7, "js.flow.ssrf"), (13, "js.flow.xss"), (18, "js.flow.nosql-injection")}


def test_undecorated_parameters_stay_unknown():
    code = "export class Client {\n  load(url: string) {\n    return fetch(url);\n  }\n}\n"
    assert not {rule for _, rule in findings(code) if rule.startswith("js.flow.")}


def test_next_route_handlers_read_request_data():
    code = """\
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const target = searchParams.get("url");
  const res = await fetch(target!);
  return new Response(await res.text());
}
export async function POST(request: NextRequest) {
  const body = await request.json();
  const user = await db.collection("users").findOne({ email: body.email });
  return NextResponse.redirect(new URL("/dashboard", request.url));
}
"""
    got = {(line, rule) for line, rule in findings(code) if rule.startswith("js.flow.")}
    assert got == {(4, "js.flow.ssrf"), (9, "js.flow.nosql-injection")}


TYPED_LOOK_ALIKES = """\
const ALLOWED_HOSTS = new Set<string>(["api.example.com"]);
app.get("/fetch", async (req: Request, res: Response) => {
  const target = new URL(req.query.url as string);
  if (!ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).end();
  }
  const safe = await axios.get(target.toString());
  const other = new URL(req.query.other as string);
  const unsafe = await axios.get(other.toString());
  const allowed = ["name", "price"] as const;
  const field = req.query.field as string;
  const col = (allowed as readonly string[]).includes(field) ? field : "name";
  const a = await pool.query(`SELECT ${col} FROM products`);
  const b = await pool.query(`SELECT ${field} FROM products`);
  const table = tableFor(req.query.kind as string);
  const c = await pool.query(`SELECT * FROM ${table} WHERE id = $1`, [req.query.id]);
  const d = await pool.query(`SELECT * FROM ${echo(req.query.kind as string)}`);
});
function tableFor(kind: string): string {
  switch (kind) {
    case "user":
      return "users";
    default:
      throw new Error("unknown kind");
  }
}
function echo(kind: string): string {
  switch (kind) {
    case "user":
      return "users";
    default:
      return kind;
  }
}
"""


def test_type_syntax_keeps_allow_lists_and_fixed_values():
    """`x as T`, `(list as T[]).includes(x)`, `[...] as const`: the checks and constants they wrap still count;
    a helper whose every `return` is a literal gives a constant."""
    got = findings(TYPED_LOOK_ALIKES)
    assert {line for line, rule in got if rule in ("js.flow.ssrf", "js.net.ssrf")} == {9}
    assert {line for line, rule in got if rule in ("js.flow.sql-injection", "js.sql.string-built-query")} == {14, 17}


ENUMS_AND_GUARDS = """\
enum SortField { Name = "name", Created = "created_at" }
const SORT_KEYS = ["name", "created_at"] as const;
function isSortKey(value: string): value is (typeof SORT_KEYS)[number] {
  return (SORT_KEYS as readonly string[]).includes(value);
}
export async function byGuard(req: Request, res: Response) {
  const sort = String(req.query.sort);
  if (!isSortKey(sort)) {
    return res.status(400).end();
  }
  res.json(await pool.query(`SELECT * FROM users ORDER BY ${sort}`));
}
export async function byEnum(req: Request, res: Response) {
  const field = req.query.field as string;
  if (!Object.values(SortField).includes(field as SortField)) {
    return res.status(400).end();
  }
  res.json(await pool.query(`SELECT * FROM users ORDER BY ${field}`));
}
export async function unchecked(req: Request, res: Response) {
  const field = req.query.field as string;
  res.json(await pool.query(`SELECT * FROM users ORDER BY ${field}`));
}
"""


def test_enums_and_type_guards_are_allow_lists():
    got = {line for line, rule in findings(ENUMS_AND_GUARDS) if rule in ("js.flow.sql-injection",
                                                                          "js.sql.string-built-query")}
    assert got == {22}
