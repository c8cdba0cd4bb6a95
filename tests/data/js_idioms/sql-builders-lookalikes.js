const knex = require("knex")({ client: "pg" });
const { Sequelize, Op, QueryTypes } = require("sequelize");
const mysql = require("mysql2/promise");

async function search(req, res, sequelize, pool, dataSource) {
  const term = req.query.q;
  // ok: js.flow.sql-injection
  const a = await knex("products").where("name", "ilike", `%${term}%`).limit(20);
  // ok: js.flow.sql-injection
  const b = await knex.raw("SELECT * FROM products WHERE name ILIKE ?", [`%${term}%`]);
  // ok: js.flow.sql-injection
  const c = await sequelize.query("SELECT * FROM products WHERE name LIKE :term", {
    replacements: { term: `%${term}%` }, type: QueryTypes.SELECT,
  });
  // ok: js.flow.sql-injection
  const d = await Product.findAll({ where: { name: { [Op.like]: `%${term}%` } } });
  // ok: js.flow.sql-injection
  const [rows] = await pool.execute("SELECT * FROM products WHERE name LIKE ?", [`%${term}%`]);
  // ok: js.flow.sql-injection
  const e = await dataSource.getRepository("Product").createQueryBuilder("p").where("p.name LIKE :term", { term: `%${term}%` }).getMany();
  // ok: js.sql.string-built-query
  const f = await pool.query({ text: "SELECT * FROM products WHERE name LIKE $1", values: [`%${term}%`] });
  const ids = String(req.query.ids).split(",").map(Number);
  // ok: js.sql.string-built-query
  const g = await pool.query(`SELECT * FROM products WHERE id IN (${ids.map(() => "?").join(",")})`, ids);
  // ruleid: js.sql.string-built-query
  const h = await knex.raw(`SELECT * FROM products WHERE name ILIKE '%${term}%'`);
  // ruleid: js.sql.string-built-query
  const i = await sequelize.query(`SELECT * FROM products WHERE name LIKE '%${term}%'`);
  res.json({ a, b, c, d, rows, e, f, g, h, i });
}

module.exports = { search };
