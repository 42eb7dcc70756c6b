#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    # The settings only read DATABASE_URL; without one, the embedded PostgreSQL under var/.
    from portal.infra.embedded_db import use_embedded_unless_configured

    use_embedded_unless_configured()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
