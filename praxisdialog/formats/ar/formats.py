# Django has no Arabic date-and-time format (it would fall back to the English one);
# the Arabic comma, a 24-hour clock: "3 ديسمبر 2026، 10:00".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
TIME_FORMAT = "H:i"

# Digits 0-9, as in Farsi (docs/adr/0005-digits-in-arabic-and-farsi.md), with the
# separators that go with them: "1,234.5". Django's Arabic defaults ("1.234,5") read as
# a decimal to most readers of Arabic, and it did not group thousands at all.
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
