import sqlite3
import sys

conn = sqlite3.connect("shop.db")
cur = conn.cursor()
cur.execute("SELECT id, price FROM products WHERE name = ?", (sys.argv[1],))
for row in cur.fetchall():
    print(row)
