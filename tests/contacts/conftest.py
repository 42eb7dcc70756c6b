import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from contacts.models import ContactRole
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, make_point, make_unit


@pytest.fixture
def directory(db):
    """Argentina, Brazil and Mexico with a unit and contact points each; Argentina's carry the
    secret values the leak tests look for."""
    ar = make_unit("AR", "Unidad Fiscal Especializada en Ciberdelincuencia", acronym="UFECI")
    br = make_unit("BR", "Polícia Federal", kind="police")
    mx = make_unit("MX", "Policía Cibernética", public_phone="088")
    return {
        "ar": ar,
        "br": br,
        "mx": mx,
        "ar_point": make_point(ar, SECRET_NAME, kind="person", email=SECRET_EMAIL, phones=[SECRET_PHONE],
                               roles=[ContactRole.COOPERATION], hours="Mon-Fri 09:00-17:00"),
        "br_point": make_point(br, "Plantão 24/7", email="plantao-br@example.org", phones=["+1-555-0155"]),
        "mx_point": make_point(mx, "Mesa 24/7", email="mesa-mx@example.org", phones=["+1-555-0166"],
                               roles=[ContactRole.CENTRAL_AUTHORITY]),
    }


ALL_PERSONAS = [
    "visitor", "registered", "expert_br", "expert_mx", "focal_ar", "secretariat", "expert_without_mfa", "suspended_expert",
]
EXPERTS = ["expert_br", "expert_mx", "focal_ar", "secretariat"]
NOT_EXPERTS = ["visitor", "registered", "expert_without_mfa", "suspended_expert"]


class Handler(BaseHTTPRequestHandler):
    """The local web server of the link-check tests (never the internet): /ok answers 200, /moved
    redirects to it, /to-file and /to-ftp redirect off the web, /slow is slow, /no-head refuses
    HEAD, /error is a 500, anything else a 404."""

    def _answer(self, with_body: bool):
        if self.path == "/ok":
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
        elif self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file")
        elif self.path == "/slow":
            time.sleep(1.5)
            self.send_response(200)
        elif self.path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        elif self.path == "/no-head":
            self.send_response(200)
        elif self.path == "/error":
            self.send_response(500)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "2" if with_body else "0")
        self.end_headers()
        if with_body:
            self.wfile.write(b"ok")

    def do_HEAD(self):  # noqa: N802
        self._answer(False)

    def do_GET(self):  # noqa: N802
        self._answer(True)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """The address of a `Handler` server on a free local port, for one test."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # Polling every 0.05 s (not the default 0.5 s) lets shutdown() return at once after each test.
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
