from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

LANGS = {"en", "de", "fr"}

class LangHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        lang = parse_qs(urlparse(self.path).query).get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/")
        self.send_header("Location", "/home")
        self.end_headers()

HTTPServer(("", 8000), LangHandler).serve_forever()
