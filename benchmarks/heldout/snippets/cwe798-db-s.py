import os

import psycopg2


def connect():
    return psycopg2.connect(host="db.internal", dbname="crm", user="crm_app",
                            password=os.environ["DB_PASSWORD"])
