"""Calendar arithmetic the standard library lacks: whole months."""

import calendar
from datetime import date, datetime


def add_months[T: (date, datetime)](moment: T, months: int) -> T:
    """The same day `months` later (or earlier, when negative); the last day of the month
    when that month is shorter (31 August + 6 months is 28 or 29 February)."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)
