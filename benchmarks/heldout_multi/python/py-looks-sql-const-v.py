import sqlite3
import sys

conn = sqlite3.connect("app.db")
for table in sys.argv[1:]:
    count = conn.execute("SELECT COUNT(*) FROM " + table + " WHERE deleted = 0").fetchone()[0]
    print(table, count)
