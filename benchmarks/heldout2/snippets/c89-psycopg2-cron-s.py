import os

import psycopg2


def purge_accounts(path):
    retention = int(os.environ.get("RETENTION_DAYS", "30"))
    with open(path) as fh:
        emails = [line.strip() for line in fh if line.strip()]
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with conn, conn.cursor() as cur:
        for email in emails:
            cur.execute(
                "DELETE FROM accounts WHERE email = %s AND last_login < now() - %s * interval '1 day'",
                (email, retention),
            )
    conn.close()


if __name__ == "__main__":
    purge_accounts("/var/lib/app/purge_list.txt")
