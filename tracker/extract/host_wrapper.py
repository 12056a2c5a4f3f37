"""A document host's wrapper around a report copied from the web: the lines a document
sharing site prints above, between and below the text ("Loading.... (view fulltext
now)", "Share "…"", "Copied!", "Storlek: px", "Transkript", a page marker "(2)"); and
the report's own table of contents ("Pågående arbeten ........ 4").

They tell nothing of the report's work, yet stand where its title and cover are looked
for and may read as entries ("Pågående arbeten" is a status heading).  The host's words
are data (``[host]`` in ``followup.toml``); a line is the host's only when all of it is
one of them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tracker.domain import Document
from tracker.extract.followup_words import followup_data


@lru_cache(maxsize=1)
def _host_line() -> re.Pattern[str]:
    data = followup_data()
    host = data["host"]
    lines = sorted(host["lines"], key=len, reverse=True)
    # A space in the data stands for any white space; "…" for the title the host quotes.
    alts = [r"\s+".join(re.escape(w).replace("…", ".*") for w in line.split()) for line in lines]
    return re.compile(rf"^\W?\s*(?:{'|'.join(alts)}|{'|'.join(host['patterns'])})\s*$", re.I)


def is_host_line(text: str) -> bool:
    """Whether ``text`` is one of a document host's lines (see the module docstring)."""
    t = text.strip()
    return bool(t) and bool(_host_line().match(t))


#: A line of a table of contents: a heading, dot leaders, its page ("Sammanfattning .... 3").
_LEADERS = re.compile(r"^\S.{1,100}?(?:\s*\.){4,}\s*\d{1,3}$|^\S.{1,100}?…{2,}\s*\d{1,3}$")
#: The contents' heading, alone on its line.
_CONTENTS = re.compile(r"^(?:innehållsförteckning|innehåll)\s*:?$", re.IGNORECASE)
#: A contents line without leaders: a short heading, perhaps numbered, and its page.
_CONTENTS_LINE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[A-ZÅÄÖ][^.!?]{1,80}?\s+\d{1,3}$")


def _contents(texts: list[str]) -> set[int]:
    """The indexes of the lines of a table of contents: lines with dot leaders, and the
    run of short headings with their pages under an "Innehåll" heading."""
    out = {k for k, t in enumerate(texts) if _LEADERS.match(t)}
    for k, t in enumerate(texts):
        if not _CONTENTS.match(t):
            continue
        j = k + 1
        while j < len(texts) and (
            j in out or (_CONTENTS_LINE.match(texts[j]) and len(texts[j].split()) <= 10)
        ):
            out.add(j)
            j += 1
    return out


def without_host_wrapper(doc: Document) -> Document:
    """``doc`` without its host's lines and its table of contents (the same document when
    it has none)."""
    texts = [ln.text.strip() for ln in doc.lines]
    contents = _contents(texts)
    kept = [ln for k, ln in enumerate(doc.lines) if k not in contents and not is_host_line(ln.text)]
    if len(kept) == len(doc.lines):
        return doc
    return replace(doc, lines=kept)
