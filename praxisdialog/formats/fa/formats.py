# Digits 0-9, as in Arabic (docs/adr/0005-digits-in-arabic-and-farsi.md): Django's Farsi
# separators ("1,234.5") and dates ("3 دسامبر 2026") stay; thousands are grouped, as in
# every other interface language.
NUMBER_GROUPING = 3
