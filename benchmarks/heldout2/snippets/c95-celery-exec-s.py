from celery import Celery

app = Celery("etl", broker="amqp://guest@localhost//")

TRANSFORMS = {
    "dedupe": lambda rows: list({r["id"]: r for r in rows}.values()),
    "active": lambda rows: [r for r in rows if r.get("active")],
    "count": lambda rows: len(rows),
}


@app.task
def transform(records, name):
    func = TRANSFORMS.get(name)
    if func is None:
        raise ValueError(f"unknown transform {name!r}")
    return func(records)
