"""The one CSV writer of every export.

A spreadsheet program runs a cell that starts with `=`, `+`, `-` or `@` as a formula
(and a leading tab or carriage return lets one slip past a check for those), so text
that people typed could call out to the network or run commands on the computer of the
staff member who opens the file. Every text cell starting with one of them gets a
leading apostrophe, which spreadsheets show as text and do not evaluate. Numbers stay
numbers.
"""

import csv
from collections.abc import Iterable

from django.http import HttpResponse, StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """One cell as it may be written: text that a spreadsheet would run is defused."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Echo:
    """A file-like object that hands back what is written, for streaming."""

    def write(self, value: str) -> str:
        return value


class SafeCsvWriter:
    """csv.writer with every cell passed through csv_cell."""

    def __init__(self, out):
        self._writer = csv.writer(out)

    def writerow(self, row: Iterable):
        return self._writer.writerow([csv_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable]) -> None:
        for row in rows:
            self.writerow(row)


def _disposition(filename: str) -> str:
    return f'attachment; filename="{filename}"'


def csv_response(rows: Iterable[Iterable], *, filename: str) -> HttpResponse:
    """A CSV download built in memory, for short lists."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = _disposition(filename)
    SafeCsvWriter(response).writerows(rows)
    return response


def csv_streaming_response(rows: Iterable[Iterable], *, filename: str) -> StreamingHttpResponse:
    """A CSV download written row by row as it is sent, for long lists."""
    writer = SafeCsvWriter(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = _disposition(filename)
    return response
