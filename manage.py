#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "praxisdialog.settings")
    from django.core.management import execute_from_command_line

    from praxisdialog import var_dir

    var_dir.prepare()

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
