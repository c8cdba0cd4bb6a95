const SORTABLE = { newest: "created_at", price: "price_cents", name: "title" };

function listingSql(sort, order, size) {
  const column = SORTABLE[sort] || "created_at";
  const direction = order === "asc" ? "ASC" : "DESC";
  const limit = Math.min(parseInt(size, 10) || 20, 100);
  // ok: js.sql.string-built-query
  return "SELECT id, title, price_cents FROM products WHERE active = true ORDER BY " + column + " " + direction + ", id " + direction + " LIMIT " + limit;
}

function searchSql(sort, term) {
  const column = SORTABLE[sort] || "created_at";
  // ruleid: js.sql.string-built-query
  return "SELECT id, title FROM products WHERE title LIKE '%" + term + "%' ORDER BY " + column + " DESC LIMIT 50";
}

module.exports = { listingSql, searchSql };

const REPORT_COLUMNS = { day: "created_on", region: "region_code", owner: "owner_id" };

function groupedSql(groupKey, sortKey, order) {
  const group = REPORT_COLUMNS[groupKey] || "created_on";
  const sort = REPORT_COLUMNS[sortKey] || "created_on";
  const direction = order === "asc" ? "ASC" : "DESC";
  // ok: js.sql.string-built-query
  return "SELECT id, total FROM orders ORDER BY " + group + " " + direction + ", " + sort + " " + direction + ", id";
}

module.exports.groupedSql = groupedSql;

async function countRows(db, table) {
  // ok: js.sql.string-built-query
  const { rows } = await db.query(`SELECT count(*) AS n FROM ${table}`);
  return rows[0].n;
}

async function countAny(db, table) {
  // ruleid: js.sql.string-built-query
  const { rows } = await db.query(`SELECT count(*) AS n FROM ${table}`);
  return rows[0].n;
}

async function dashboard(db, req) {
  return [await countRows(db, "orders"), await countRows(db, "customers"), await countAny(db, req.query.table)];
}

module.exports.dashboard = dashboard;
