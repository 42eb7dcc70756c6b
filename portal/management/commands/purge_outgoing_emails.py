from portal.emails import email_purge_sent
from portal.management.purge import PurgeCommand


class Command(PurgeCommand):
    help = "Delete sent emails older than PORTAL['OUTGOING_EMAIL_RETENTION_DAYS'] days (idempotent); failed ones stay."
    retention_days_setting = "OUTGOING_EMAIL_RETENTION_DAYS"

    def purge(self) -> str:
        return f"{email_purge_sent()} sent email(s)"
