import marshal
import socketserver


class JobHandler(socketserver.StreamRequestHandler):
    def handle(self):
        payload = self.rfile.read()
        job = marshal.loads(payload)
        result = sum(job.get("values", []))
        self.wfile.write(str(result).encode())


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 9000), JobHandler) as server:
        server.serve_forever()
