import sqlite3

TABLES = ("users", "orders", "invoices")

conn = sqlite3.connect("app.db")
for table in TABLES:
    count = conn.execute("SELECT COUNT(*) FROM " + table + " WHERE deleted = 0").fetchone()[0]
    print(table, count)
