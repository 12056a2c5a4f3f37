"""A document host's wrapper around a report copied from the web: the lines a document
sharing site prints above, between and below the text ("Loading.... (view fulltext
now)", "Share "…"", "Copied!", "Storlek: px", "Transkript", a page marker "(2)").

They tell nothing of the report, yet stand where its title and cover are looked for and
may read as entries.  The words are data (``[host]`` in ``followup.toml``); a line is
the host's only when all of it is one of them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from functools import lru_cache

from tracker.domain import Document
from tracker.paths import resources_dir


@lru_cache(maxsize=1)
def _host_line() -> re.Pattern[str]:
    data = tomllib.loads((resources_dir() / "extract" / "followup.toml").read_text("utf-8"))
    host = data["host"]
    lines = sorted(host["lines"], key=len, reverse=True)
    # A space in the data stands for any white space; "…" for the title the host quotes.
    alts = [r"\s+".join(re.escape(w).replace("…", ".*") for w in line.split()) for line in lines]
    return re.compile(rf"^\W?\s*(?:{'|'.join(alts)}|{'|'.join(host['patterns'])})\s*$", re.I)


def is_host_line(text: str) -> bool:
    """Whether ``text`` is one of a document host's lines (see the module docstring)."""
    t = text.strip()
    return bool(t) and bool(_host_line().match(t))


def without_host_wrapper(doc: Document) -> Document:
    """``doc`` without its host's lines (the same document when it has none)."""
    kept = [ln for ln in doc.lines if not is_host_line(ln.text)]
    if len(kept) == len(doc.lines):
        return doc
    return replace(doc, lines=kept)
