import calendar
import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from portal.schedule import JOBS, schedule_run_due


class Command(BaseCommand):
    help = (
        "Enqueue the scheduled jobs that are due (digests, reminders, link checks, purges) for the worker. "
        "Safe to run often and on several machines: each job runs once per slot. Run it every few minutes "
        "(systemd timer or cron), or with --loop beside the worker."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", type=int, metavar="SECONDS", default=0,
                            help="keep running, checking every SECONDS, until stopped (SIGTERM or Ctrl+C)")
        parser.add_argument("--list", action="store_true", dest="list_jobs",
                            help="list the jobs and when they run, then exit")

    def handle(self, *args, loop, list_jobs, **options):
        if list_jobs:
            for job in JOBS:
                if job.every:
                    when = f"every {job.every}"
                else:
                    day = f"{calendar.day_name[job.weekday]}s" if job.weekday is not None else "daily"
                    when = f"{day} at {job.at:%H:%M} UTC"
                self.stdout.write(f"{job.name:<26}{when:<24}manage.py {' '.join((job.command, *job.args))}")
                if job.description:
                    self.stdout.write(f"{'':<26}{job.description}")
            return
        stopping = []
        if loop:
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda *_: stopping.append(True))
        while True:
            if loop:  # a long-lived process, like a request: drop a connection the server closed
                close_old_connections()
            schedule_run_due()  # each job enqueued is logged (portal.schedule)
            if not loop:
                return
            for _second in range(loop):
                if stopping:
                    return
                time.sleep(1)
