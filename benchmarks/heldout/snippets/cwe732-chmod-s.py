import os

LOG = "/var/log/myapp/app.log"
with open(LOG, "a") as fh:
    fh.write("started\n")
os.chmod(LOG, 0o640)
