import os

import pymysql


def get_connection():
    return pymysql.connect(
        host=os.environ["DB_HOST"],
        user=os.environ["DB_USER"],
        password=os.environ["DB_PASSWORD"],
        database="inventory",
        cursorclass=pymysql.cursors.DictCursor,
    )


def find_user(name):
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute("SELECT * FROM users WHERE name = %s", (name,))
        return cur.fetchone()
