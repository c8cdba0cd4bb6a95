import json
import os

CONFIG_PATH = os.path.expanduser("~/.myapp/config.json")


def write_config(settings):
    os.makedirs(os.path.dirname(CONFIG_PATH), exist_ok=True)
    with open(CONFIG_PATH, "w") as f:
        json.dump(settings, f, indent=2)
    os.chmod(CONFIG_PATH, 0o600)
    return CONFIG_PATH


if __name__ == "__main__":
    write_config({"theme": "dark", "api_url": "https://api.example.com"})
