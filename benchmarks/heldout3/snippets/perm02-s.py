import stat
from pathlib import Path


def prepare_log_dir(root):
    log_dir = Path(root) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_dir.chmod(stat.S_IRWXU)
    log_file = log_dir / "app.log"
    log_file.touch()
    return log_file
