import { Pool } from "pg";

const pool = new Pool();
const KINDS: Record<string, string> = { posts: "blog_posts", pages: "cms_pages" };

class CountRepo {
  constructor(private readonly db: Pool, private readonly table: string) {}

  async total(): Promise<number> {
    // ok: js.sql.string-built-query
    const text = `SELECT count(*) AS n FROM ${this.table}`;
    // ok: js.flow.sql-injection
    const { rows } = await this.db.query(text);
    return rows[0].n;
  }
}

class AuditRepo {
  table: string;
  constructor(db: Pool, table: string) {
    this.table = table;
  }
  recent(db: Pool) {
    // ok: js.sql.string-built-query
    return db.query("SELECT * FROM " + this.table + " ORDER BY at DESC LIMIT $1", [50]);
  }
}

class LooseRepo {
  constructor(private readonly db: Pool, private readonly table: string) {}
  all() {
    // ruleid: js.sql.string-built-query
    return this.db.query(`SELECT * FROM ${this.table}`);
  }
}

export async function counts(kind: string, raw: string) {
  const fixed = new CountRepo(pool, KINDS[kind] ?? "blog_posts");
  const audit = new AuditRepo(pool, "audit_events");
  const loose = new LooseRepo(pool, raw);
  return [await fixed.total(), await audit.recent(pool), await loose.all()];
}
