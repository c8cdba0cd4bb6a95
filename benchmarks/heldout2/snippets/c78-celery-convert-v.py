import subprocess

from celery import Celery

app = Celery("media", broker="redis://localhost:6379/0")


@app.task(bind=True, max_retries=3)
def convert_video(self, source_name, target_format):
    cmd = "ffmpeg -y -i /srv/uploads/{} /srv/converted/{}.{}".format(
        source_name, source_name.rsplit(".", 1)[0], target_format
    )
    try:
        subprocess.check_call(cmd, shell=True)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)
    return target_format
