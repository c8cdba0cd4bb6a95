import yaml
from http.server import BaseHTTPRequestHandler, HTTPServer


class ConfigHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers["Content-Length"])
        settings = yaml.load(self.rfile.read(length), Loader=yaml.UnsafeLoader)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(str(len(settings)).encode())


HTTPServer(("127.0.0.1", 8080), ConfigHandler).serve_forever()
