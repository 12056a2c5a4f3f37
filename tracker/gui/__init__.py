"""The desktop program (Qt 6 / PySide6): the balance-list window, import with review,
the item editor and meeting mode.

Widgets live only here; every read and write goes through :mod:`tracker.store` and
:mod:`tracker.services` (no SQL in this package).  ``tracker.gui.app.run_app`` starts it.
"""
