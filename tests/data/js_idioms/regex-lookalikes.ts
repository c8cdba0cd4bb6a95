import express from "express";
import escapeRegExp from "lodash/escapeRegExp";

const app = express();
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const STATUSES = ["open", "closed", "pending"];

app.get("/products", async (req, res) => {
  const q = String(req.query.q ?? "").slice(0, 50);
  // ok: js.flow.regex-injection
  const a = await Product.find({ name: { $regex: escapeRegex(q), $options: "i" } });
  // ok: js.flow.regex-injection
  const b = new RegExp(`^${escapeRegExp(q)}`, "i");
  // ok: js.regex.non-literal-pattern
  const c = new RegExp(`^(${STATUSES.join("|")})$`);
  // ok: js.flow.regex-injection
  const d = (await Product.find()).filter((p: any) => p.name.toLowerCase().includes(q.toLowerCase()));
  // ruleid: js.flow.regex-injection
  const e = (await Product.find()).filter((p: any) => new RegExp(q, "i").test(p.name));
  res.json({ a, b: String(b), c: String(c), d, e });
});

export default app;
