import os
import shutil
import stat
from pathlib import Path


def install_config(src: str, dest_dir: str = "/etc/myservice") -> Path:
    dest = Path(dest_dir) / "service.conf"
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(src, dest)
    os.chmod(dest, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)
    return dest


if __name__ == "__main__":
    print(install_config("service.conf"))
