import tarfile
import urllib.request


def install_plugin(url, plugins_dir="plugins"):
    local, _ = urllib.request.urlretrieve(url)
    with tarfile.open(local, "r:gz") as tar:
        tar.extractall(path=plugins_dir, filter="data")
        return [m.name for m in tar.getmembers()]


if __name__ == "__main__":
    print(install_plugin("https://plugins.example.com/latest.tar.gz"))
