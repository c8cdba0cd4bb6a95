import psycopg2

DB_PASSWORD = "Wint3r-Harb0r!"


def connect():
    return psycopg2.connect(host="db.internal", dbname="crm", user="crm_app", password=DB_PASSWORD)
