# British order and a 24-hour clock, as the events run in Germany: "3 December 2026, 10:00".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
