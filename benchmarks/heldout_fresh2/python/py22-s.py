from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

SUPPORTED = {"en", "de", "fr", "es"}


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlsplit(self.path).query)
        lang = query.get("lang", ["en"])[0]
        if lang not in SUPPORTED:
            lang = "en"
        self.send_response(302)
        self.send_header("Set-Cookie", f"lang={lang}; Path=/; Max-Age=31536000")
        self.send_header("Location", "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8000), LangHandler).serve_forever()
