import subprocess
from pathlib import Path

from celery import Celery

app = Celery("media", broker="redis://localhost:6379/0")
FORMATS = {"mp4", "webm", "mkv"}
UPLOADS = Path("/srv/uploads")


@app.task(bind=True, max_retries=3)
def convert_video(self, source_name, target_format):
    if target_format not in FORMATS:
        raise ValueError("unsupported format")
    source = UPLOADS / Path(source_name).name
    target = Path("/srv/converted") / f"{source.stem}.{target_format}"
    try:
        subprocess.check_call(["ffmpeg", "-y", "-i", str(source), str(target)])
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)
    return str(target)
