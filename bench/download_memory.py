"""Memory growth of a gunicorn worker while it streams a 200 MB workspace document.

Run by bench/run.py with the benchmark's environment: it stores a 200 MB file in private
storage (directly: the upload limit is 25 MB), signs in an expert member through a session
made in the database, starts one gunicorn worker, warms it up with small downloads, then
downloads the large file through the permission-checked view while sampling the worker's
resident memory every 20 ms. Prints one JSON object as its last line.
"""

import json
import os
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

SIZE = 200 * 1024 * 1024


def prepare() -> tuple[str, str, str]:
    """A member's session cookie and the download paths of a small and a 200 MB document."""
    import django

    django.setup()
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.files.base import File
    from django.urls import reverse
    from django.utils import timezone

    from portal.accounts.models import ExpertProfile, Role, User
    from portal.models import Country
    from workspaces.models import Document, DocumentVersion, Workspace
    from workspaces.models import Role as WorkspaceRole
    from workspaces.services import membership_add, private_storage, workspace_create

    user, _ = User.objects.get_or_create(email="bench-download@example.org", defaults={"first_name": "Bench"})
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    from django.contrib.auth.models import Group

    user.groups.add(Group.objects.get_or_create(name=Role.EXPERT)[0])
    ExpertProfile.objects.update_or_create(
        user=user,
        defaults={"country": Country.objects.get(iso2="BR"), "institution": "Bench", "position": "Bench",
                  "official_email": user.email, "reason": "benchmark", "status": "approved",
                  "decided_at": timezone.now()},
    )
    if not Authenticator.objects.filter(user=user).exists():
        TOTP.activate(user, generate_totp_secret())
    workspace = Workspace.objects.filter(slug="bench-downloads").first()
    if workspace is None:
        workspace = workspace_create(name="Bench downloads", slug="bench-downloads", owners=[user], by=None)
    membership_add(workspace=workspace, user=user, role=WorkspaceRole.OWNER, by=None, via="bench")

    def stored_document(size: int) -> Document:
        source = Path("/tmp") / f"portal-bench-{uuid.uuid4().hex}.pdf"
        with source.open("wb") as handle:
            handle.write(b"%PDF-1.4\n")
            block = os.urandom(min(size, 1024 * 1024))
            while handle.tell() < size:
                handle.write(block)
        with source.open("rb") as handle:
            storage_name = private_storage().save(f"documents/{uuid.uuid4().hex}", File(handle))
        source.unlink()
        document = Document.objects.create(workspace=workspace, title=f"{size} bytes", created_by=user)
        version = DocumentVersion.objects.create(
            document=document, number=1, storage_name=storage_name, original_name="benchmark.pdf",
            content_type="application/pdf", size=private_storage().size(storage_name), sha256="-", uploaded_by=user,
        )
        document.current_version = version
        document.save(update_fields=["current_version"])
        return document

    small, large = stored_document(64 * 1024), stored_document(SIZE)

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    def path(document):
        return reverse("workspaces:document_download", args=[workspace.slug, document.pk])

    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}", path(small), path(large)


def download(url: str, cookie: str) -> int:
    received = 0
    request = urllib.request.Request(url, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=300) as response:  # noqa: S310 - loopback
        while chunk := response.read(1024 * 1024):
            received += len(chunk)
    return received


def main() -> None:
    """One dedicated gunicorn worker, warmed up on a small download, then the 200 MB one."""
    import socket
    import subprocess

    import psutil

    cookie, small_path, large_path = prepare()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}", "portal.wsgi"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                download(base + "/healthz", "")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
        for _ in range(3):
            download(base + small_path, cookie)
        worker = psutil.Process(server.pid).children()[0]
        before = worker.memory_info().rss
        peak = before
        done = threading.Event()

        def sample():
            nonlocal peak
            while not done.is_set():
                peak = max(peak, worker.memory_info().rss)
                time.sleep(0.02)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.monotonic()
        received = download(base + large_path, cookie)
        seconds = time.monotonic() - started
        done.set()
        sampler.join()
    finally:
        server.terminate()
        server.wait(10)
    print(json.dumps({
        "bytes": received,
        "seconds": seconds,
        "rss_before_mb": before / 2**20,
        "rss_peak_mb": peak / 2**20,
        "growth_mb": (peak - before) / 2**20,
    }))


if __name__ == "__main__":
    main()
