import { z } from "zod";
import { Pool } from "pg";

const pool = new Pool();
const SortSchema = z.enum(["name", "created_at", "price"]);
type Sort = z.infer<typeof SortSchema>;

export async function list(query: Record<string, string>) {
  const sort = SortSchema.parse(query.sort ?? "name");
  // ok: js.sql.string-built-query
  return pool.query(`SELECT id, name FROM products ORDER BY ${sort} LIMIT 50`);
}

export async function listDir(query: Record<string, string>) {
  const dir = z.enum(["asc", "desc"]).parse(query.dir);
  // ok: js.sql.string-built-query
  return pool.query(`SELECT id, name FROM products ORDER BY name ${dir}`);
}

export async function listLoose(query: Record<string, string>) {
  const sort = z.string().parse(query.sort);
  // ruleid: js.sql.string-built-query
  return pool.query(`SELECT id, name FROM products ORDER BY ${sort} LIMIT 50`);
}

export async function listWidened(query: Record<string, string>) {
  const sort = z.enum(["name", "price"]).or(z.string()).parse(query.sort);
  // ruleid: js.sql.string-built-query
  return pool.query(`SELECT id, name FROM products ORDER BY ${sort}`);
}
