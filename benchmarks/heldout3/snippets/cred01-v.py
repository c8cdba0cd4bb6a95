import pymysql


def get_connection():
    return pymysql.connect(
        host="db.example.com",
        user="admin",
        password="Sup3rS3cret!",
        database="inventory",
        cursorclass=pymysql.cursors.DictCursor,
    )


def find_user(name):
    with get_connection() as conn, conn.cursor() as cur:
        cur.execute("SELECT * FROM users WHERE name = %s", (name,))
        return cur.fetchone()
