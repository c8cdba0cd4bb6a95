import stat
from pathlib import Path

shared = Path("/srv/shared/exports")
shared.mkdir(parents=True, exist_ok=True)
shared.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)
