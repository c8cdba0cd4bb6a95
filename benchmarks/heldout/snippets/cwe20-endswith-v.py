from urllib.parse import urlparse


def is_trusted_callback(url: str) -> bool:
    return urlparse(url).netloc.endswith("partner.com")
