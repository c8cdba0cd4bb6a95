from celery import Celery

app = Celery("etl", broker="amqp://guest@localhost//")


@app.task
def transform(records, script):
    namespace = {"records": records, "result": None}
    exec(script, namespace)
    return namespace["result"]
