# Django has no Arabic date-and-time format (it would fall back to the English one);
# the Arabic comma, a 24-hour clock: "3 ديسمبر 2026، 10:00".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
TIME_FORMAT = "H:i"
