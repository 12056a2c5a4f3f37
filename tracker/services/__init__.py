"""Services: the balance-list rules on top of the store, shared by the CLI and the GUI.

``balance`` (import planning and applying, manual edits with history), ``meetings``
(meeting rows, next-meeting guess), ``matching`` (candidate ↔ open item), ``export``
(CSV/XLSX/ICS), and – from other modules – agendas and printed lists.
"""
