"""A tiny loopback HTTP server for end-to-end tests: routes map a path to (status, headers,
body) or to a callable returning them. Never leaves 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

RESULTS_PAGE = ("<html><head><title>Real Count Pilkada 2024</title></head><body>"
                "<h1>Real Count Pilgub DKI Jakarta</h1><p>Pramono-Rano 50,07 persen, "
                "Ridwan Kamil-Suswono 39,40 persen, Dharma-Kun 10,53 persen.</p></body></html>")


def free_port() -> int:
    """A loopback port free now (the system's pick), for a server a test or benchmark starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen) -> None:
    """Ends a server started as a child process: asked to stop, killed after 20 s."""
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


class LoopbackServer:
    def __init__(self, routes=None, host: str = "127.0.0.1") -> None:
        self.routes = dict(routes or {})
        self.hits: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                server.hits.append(self.path)
                route = server.routes.get(self.path)
                if route is None and self.path.startswith("/page/"):
                    route = (200, {"Content-Type": "text/html; charset=utf-8"}, RESULTS_PAGE)
                if callable(route):
                    route = route(self)
                status, headers, body = route or (404, {"Content-Type": "text/plain"}, "no")
                body = body.encode("utf-8") if isinstance(body, str) else body
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):
                # A client that gave up (a test's time limit, a refused body) is expected;
                # the default prints a traceback to whatever stderr is captured at the time.
                import sys

                if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
                    super().handle_error(request, client_address)

        self.httpd = Server((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.host = host
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
