"""The patient's diary pages, one module per product: entries.py (the entry list, attacks,
flares, check-ins, triggers), medications.py (medicines and doses), timeline.py, report.py
and exports.py; reminders.py (the reminders page and the e-mails' one-click links); home.py
is the patient's home page, reached through config/views.py."""
