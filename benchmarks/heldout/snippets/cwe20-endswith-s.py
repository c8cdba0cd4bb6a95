from urllib.parse import urlparse


def is_trusted_callback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    return host == "partner.com" or host.endswith(".partner.com")
