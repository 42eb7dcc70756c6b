"""Logging filters for events that are the client's fault, not the portal's."""

import logging


class ClientFaultFilter(logging.Filter):
    """Log a rejected request (e.g. a Host outside ALLOWED_HOSTS) as one WARNING line.

    Django logs these at ERROR with the full traceback, so every scanner probing with a forged
    Host header would fill the error log with 40-100 KB entries; the client already got a 400.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.WARNING:
            record.levelno = logging.WARNING
            record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
