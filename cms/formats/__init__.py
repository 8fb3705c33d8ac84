"""Date and time input formats, the same in both admin languages: the admin's date pickers
write day/month/year (WAGTAIL_DATE_FORMAT), and a date typed "05/06/2024" must mean
5 June whatever language the editor chose. Django's English formats would read it
month first; ISO dates (2024-06-05) are still accepted, Django adds them to every list.
Display formats stay those of Django's locales."""

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
