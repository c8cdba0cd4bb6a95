import yaml
from celery import shared_task

from .runner import run_pipeline


@shared_task
def run_job(spec_text: str) -> dict:
    spec = yaml.safe_load(spec_text)
    steps = spec.get("steps", [])
    results = run_pipeline(steps, retries=spec.get("retries", 0))
    return {"steps": len(steps), "ok": all(r.ok for r in results)}
