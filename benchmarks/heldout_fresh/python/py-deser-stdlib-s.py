import base64
import json
import socketserver


class PrefsStore:
    def __init__(self, blob):
        self.blob = blob

    def load(self):
        data = json.loads(base64.b64decode(self.blob))
        return data if isinstance(data, dict) else {}


class PrefsHandler(socketserver.StreamRequestHandler):
    """Clients send one base64 line holding their saved preferences."""

    def handle(self):
        line = self.rfile.readline().strip()
        prefs = PrefsStore(line).load()
        theme = prefs.get("theme", "light")
        self.wfile.write(f"theme={theme}\n".encode())


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9099), PrefsHandler) as srv:
        srv.serve_forever()
