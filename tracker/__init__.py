"""Balanslistan: keeps the balance list (open items) of Swedish municipal meetings.

Stages, dependencies pointing one way: ``ingest`` (file → lines) → ``extract`` (lines →
meeting, candidate items, warnings) → ``store`` (SQLite) → ``services`` (balance list,
agenda, exports) → ``gui`` (Qt) and ``cli``.
"""

__version__ = "0.1.0"
