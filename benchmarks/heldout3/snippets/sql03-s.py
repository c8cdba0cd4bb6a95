import psycopg2


def delete_comment(conn, comment_id, author):
    with conn.cursor() as cur:
        cur.execute(
            "DELETE FROM comments WHERE id = %s AND author = %s", (int(comment_id), author)
        )
        deleted = cur.rowcount
    conn.commit()
    return deleted > 0


if __name__ == "__main__":
    connection = psycopg2.connect(dbname="blog")
    print(delete_comment(connection, input("id: "), input("author: ")))
