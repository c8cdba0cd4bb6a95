import re
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from .pdf import render_invoice


def safe_filename(raw: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]", "_", raw)[:80]
    return cleaned or "invoice"


class InvoiceHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlsplit(self.path).query)
        name = safe_filename(qs.get("name", ["invoice"])[0])
        body = render_invoice(qs.get("id", ["0"])[0])
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Disposition", f'attachment; filename="{name}.pdf"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8000), InvoiceHandler).serve_forever()  # behind the nginx front end
