from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit


class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlsplit(self.path).query)
        lang = query.get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Set-Cookie", f"lang={lang}; Path=/; Max-Age=31536000")
        self.send_header("Location", "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("0.0.0.0", 8000), LangHandler).serve_forever()
