import express, { Request, Response } from "express";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();

const ENTITY_TABLES: Record<string, string> = { users: "users", orders: "orders", tickets: "support_tickets" };

class StatsRepository {
  constructor(private readonly pool: Pool, private readonly table: string) {}

  async countSince(days: number): Promise<number> {
    const sql = `SELECT count(*)::int AS n FROM ${this.table} WHERE created_at > now() - ($1 || ' days')::interval`;
    const { rows } = await this.pool.query(sql, [days]);
    return rows[0].n;
  }
}

router.get("/admin/stats/:entity", async (req: Request, res: Response) => {
  const days = Number.parseInt(String(req.query.days ?? "7"), 10) || 7;
  const table = ENTITY_TABLES[req.params.entity];
  if (!Object.hasOwn(ENTITY_TABLES, req.params.entity)) return res.status(404).json({ error: "unknown entity" });
  const repo = new StatsRepository(pool, table);
  const count = await repo.countSince(days);
  res.json({ entity: req.params.entity, days, count });
});

export default router;
