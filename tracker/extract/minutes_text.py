"""Wording of minutes items: titles cut to length and cleaned of list marks and
numbering, quoted text masked so that it matches no rule, and whether "Frågan om X" goes on
with the matter of the sentence before it.
"""

from __future__ import annotations

import re

from tracker.extract.minutes_patterns import _QUOTE

_TITLE_MAX = 140
_EVIDENCE_MAX = 900


def _mask_quotes(text: str) -> str:
    """Blank out quoted text (same length, so positions stay valid)."""
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), text)


def _shorten(text: str, limit: int = _TITLE_MAX) -> str:
    text = " ".join(text.split()).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "…"


def _title_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _clean_title(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^[-–•*]\s*", "", text)
    text = re.sub(r"^\d{1,2}\.\d{1,2}\.?\s+(?=\S)", "", text)  # "5.2 Delade turer …"
    text = re.sub(r",?\s+(?:samt|och)$", "", text.rstrip(" ,;"))  # "… senast i juni, samt"
    text = re.sub(r"(?<![.\s][a-zåäö])\.$", "", text)  # a final full stop, not "m.m."
    return _title_case(text)


def _same_matter(topic: str, before: str) -> bool:
    """"Kommunal lyfte de höga sjuktalen i hemtjänsten. Frågan om sjuktalen i hemtjänsten
    förs vidare …": "Frågan om X" right after a sentence about X goes on with that matter
    (and keeps who raised it) instead of opening a new one."""
    m = re.match(r"^(?:punkten|frågan|ärendet|uppdraget)\s+(?:om|gällande|kring|angående|"
                 r"rörande)\s+(?P<what>[^,.;]{3,60})", topic, re.IGNORECASE)
    if m is None:
        return False
    words = {w.lower() for w in re.findall(r"[\wåäö]{6,}", m.group("what"))}
    return bool(words & {w.lower() for w in re.findall(r"[\wåäö]{6,}", before)})
