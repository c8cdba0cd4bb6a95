import json
import socketserver


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        payload = self.rfile.read()
        job = json.loads(payload)
        result = sum(float(v) for v in job.get("values", []))
        self.wfile.write(str(result).encode())


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 9000), JobHandler) as server:
        server.serve_forever()
