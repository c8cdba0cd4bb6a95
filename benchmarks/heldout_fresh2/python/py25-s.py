import os

import psycopg
from psycopg.rows import dict_row


class ReportingDB:
    """Read-only connection used by the nightly reporting job."""

    def __init__(self):
        self.conn = psycopg.connect(
            host="reports-db.internal",
            dbname="analytics",
            user="report_reader",
            password=os.environ["REPORTS_DB_PASSWORD"],
            row_factory=dict_row,
        )

    def daily_signups(self, days: int):
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT date_trunc('day', created_at) AS day, count(*) AS n "
                "FROM accounts WHERE created_at > now() - make_interval(days => %s) "
                "GROUP BY 1 ORDER BY 1",
                (days,),
            )
            return cur.fetchall()
