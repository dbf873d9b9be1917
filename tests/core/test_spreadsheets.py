import csv
import io

import pytest

from praxisdialog.core.spreadsheets import SafeCsvWriter, csv_cell


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30 123", "'+49 30 123"),
        ("-minus", "'-minus"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Anna = Beispiel", "Anna = Beispiel"),
        ("", ""),
        (-3, -3),
        (12, 12),
        (None, None),
    ],
)
def test_a_cell_that_a_spreadsheet_would_run_is_written_as_text(value, written):
    assert csv_cell(value) == written


def test_the_writer_defuses_every_cell_of_a_row():
    out = io.StringIO()
    SafeCsvWriter(out).writerows([["=a", "b", "@c"], [1, "-d"]])
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [["'=a", "b", "'@c"], ["1", "'-d"]]
