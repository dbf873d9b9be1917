# The site's German dates as they have always read: "3. Dezember 2026, 10:00".
DATETIME_FORMAT = "j. F Y, H:i"
