import mysql.connector
import os


def get_user(username):
    conn = mysql.connector.connect(
        host="localhost", user="app", password=os.environ["DB_PASSWORD"], database="shop"
    )
    cursor = conn.cursor(dictionary=True)
    cursor.execute("SELECT id, username, email FROM users WHERE username = %s", (username,))
    user = cursor.fetchone()
    cursor.close()
    conn.close()
    return user
