"""A reply in a 200-member workspace against one in a 2-member workspace, timed on the server.

    .venv/bin/python bench/post_fanout.py [--posts 5] [--smtp-delay-ms 50] [--members 200]

Every member of both workspaces chose immediate emails. The mail server is a local SMTP sink
that takes `--smtp-delay-ms` to accept each message (a real one, with TLS, takes as long or
longer). Each reply is posted through the whole Django stack (middleware, gate, view, commit,
on-commit callbacks) in this process, with DEBUG off, and timed around the request:

- "queue": the production set-up (django-tasks-db): the request only queues the notification;
  the worker then sends the emails (its time to drain the queue is reported too);
- "in the request": TASKS_IMMEDIATE (the former set-up), where every email is sent before the
  page answers.

Uses its own database (`portal_bench_fanout` on the embedded PostgreSQL, or
BENCH_DATABASE_URL); traffic goes only to 127.0.0.1.
"""

import argparse
import os
import socketserver
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class SlowSMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's backend, each message accepted after a delay."""

    delay = 0.05
    received = 0

    def reply(self, line: str) -> None:
        self.wfile.write(f"{line}\r\n".encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 bench ESMTP")
        while line := self.rfile.readline():
            command = line.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 bench")
            elif command == "DATA":
                self.reply("354 go ahead")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                time.sleep(self.delay)
                type(self).received += 1
                self.reply("250 queued")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


def start_smtp_sink(delay_ms: int) -> int:
    SlowSMTPHandler.delay = delay_ms / 1000
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), SlowSMTPHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=5, help="replies timed per workspace and set-up (default 5)")
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--smtp-delay-ms", type=int, default=50)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from portal import embedded_db

    smtp_port = start_smtp_sink(args.smtp_delay_ms)
    os.environ.update({
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL") or embedded_db.database_url("portal_bench_fanout"),
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "false", "SECRET_KEY": "bench-only-" + "s" * 60, "ALLOWED_HOSTS": "testserver,127.0.0.1",
        "SECURE_SSL_REDIRECT": "false", "SECURE_COOKIES": "false", "SECURE_HSTS_SECONDS": "0",
        "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(smtp_port), "EMAIL_USE_TLS": "false",
        "LOG_LEVEL": "WARNING", "SITE_URL": "http://127.0.0.1:8000",
    })
    import django
    import django.utils.timezone

    django.setup()
    from allauth.account.models import EmailAddress
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.core.management import call_command
    from django.test import Client, override_settings
    from django_tasks_db.models import DBTaskResult

    from portal.accounts.models import ExpertProfile, User
    from portal.accounts.models import Role as PortalRole
    from portal.models import Country, OutgoingEmail
    from workspaces import services
    from workspaces.models import Membership, Notify, Role, Workspace

    call_command("migrate", "--noinput", "-v", "0")
    # A clean slate each run: the bench's own workspaces, users and queue.
    Workspace.objects.filter(slug__startswith="bench-").delete()
    User.objects.filter(email__endswith="@bench.example").delete()
    DBTaskResult.objects.all().delete()
    OutgoingEmail.objects.all().delete()

    from django.contrib.auth.models import Group

    expert_group = Group.objects.get_or_create(name=PortalRole.EXPERT)[0]
    brazil = Country.objects.get(iso2="BR")

    now = django.utils.timezone.now()

    def expert(n: int) -> User:
        user = User.objects.create_user(email=f"member{n}@bench.example", password=None)
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        user.groups.add(expert_group)
        ExpertProfile.objects.create(
            user=user, country=brazil, institution="Bench", position="Bench", official_email=user.email,
            reason="bench", status=ExpertProfile.Status.APPROVED, decided_at=now, official_email_verified_at=now,
        )
        return user

    print(f"creating a {args.members}-member and a 2-member workspace", flush=True)
    author = expert(0)
    TOTP.activate(author, generate_totp_secret())
    workspaces = {}
    others = [expert(n) for n in range(1, args.members)]
    for size, members in ((2, others[:1]), (args.members, others)):
        workspace = services.workspace_create(name=f"Bench {size}", slug=f"bench-{size}", description="bench",
                                              owners=[author], by=None)
        for user in members:
            services.membership_add(workspace=workspace, user=user, role=Role.MEMBER, by=author, via="bench")
        Membership.objects.filter(workspace=workspace).update(notify=Notify.IMMEDIATE)
        thread = services.thread_create(workspace=workspace, author=author, title="Bench thread", body="first")
        workspaces[size] = (workspace, thread)

    # The set-up's own notifications ("X joined") are not part of the measure.
    DBTaskResult.objects.all().delete()
    OutgoingEmail.objects.all().delete()
    client = Client()
    client.force_login(author)
    queue_backend = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    immediate_backend = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    rows = []
    for label, tasks in (("queue (production)", queue_backend), ("in the request (before)", immediate_backend)):
        with override_settings(TASKS=tasks):
            for size, (workspace, thread) in sorted(workspaces.items()):
                path = f"/en/workspaces/{workspace.slug}/threads/{thread.pk}/"
                client.post(path, {"body": "warm-up"})  # connections, templates, caches
                timings = []
                for n in range(args.posts):
                    start = time.perf_counter()
                    response = client.post(path, {"body": f"Reply {n}"})
                    timings.append((time.perf_counter() - start) * 1000)
                    assert response.status_code == 302, response.status_code
                rows.append((label, size, statistics.median(timings), max(timings)))
                print(f"{label}, {size} members: median {rows[-1][2]:.0f} ms, max {rows[-1][3]:.0f} ms", flush=True)
    queued = DBTaskResult.objects.filter(status="READY").count()
    sent_before = SlowSMTPHandler.received
    start = time.perf_counter()
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    drain = time.perf_counter() - start
    print()
    print("| set-up | members | reply, median (ms) | max (ms) |\n| --- | ---: | ---: | ---: |")
    for label, size, median, worst in rows:
        print(f"| {label} | {size} | {median:.0f} | {worst:.0f} |")
    print(f"\nSMTP sink: {args.smtp_delay_ms} ms per message. One worker then ran the {queued} notification tasks "
          f"the queue phase left and sent their {SlowSMTPHandler.received - sent_before} emails in {drain:.1f} s.")


if __name__ == "__main__":
    main()
