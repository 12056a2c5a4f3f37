"""Normalised text for comparing candidates with the open items on the balance list.

(Identity is judged by :mod:`tracker.services.linking` – dnr, list number, topic label,
compound-aware words – for the import and for the items added by hand alike; this
module keeps the normalisation that the linker's pre-selection of a long list uses,
and the stock words it leaves out.)

Later minutes rarely repeat an item word for word: "Frågan om arbetsmiljön på
förskolorna lämnas som kvarstående" becomes "Arbetsmiljön på förskolor – frågan
avslutas".  We therefore compare *normalised* text: lower case, no punctuation, Swedish
function words and the stock phrases of minutes removed, and each word cut to its first
six letters (a crude stemmer that makes "förskolor"/"förskolorna" and
"arbetsmiljö"/"arbetsmiljön" equal); rapidfuzz compares the word sets.
"""

from __future__ import annotations

import re

_STEM_LEN = 6

# Words that carry no meaning for identity: function words and the stock phrases that
# minutes wrap around an item ("frågan lämnas som kvarstående", "avslutas", "återkommer").
_STOPWORD_TEXT = """
    och att i på för som med till av om det den de en ett är var har hade ska skall kan
    inte från vid under efter inför över mot samt eller men så då nu även också detta
    denna dessa där här vilket vilken vilka sig sin sitt sina man vi ni han hon dem
    fråga frågan frågor frågorna ärende ärendet punkt punkten kvarstående kvarstår
    kvarvarande lämnas avslutas avslutad avslutat avförs avförd besvarad besvarat anses
    återkommer återkomma återrapporterat återrapporteras slutfört slutförd klar klart
    bordläggs bordlagd återremitteras nästa möte mötet sammanträde sammanträdet
    förvaltningsgrupp förvaltningsgruppen kommande behandlades behandlas diskuterades
    information informerade informerar svar svarar
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[0-9a-zåäöéü]+")


def normalise(text: str) -> str:
    """Normalised word string used for fuzzy comparison (see the module docstring)."""
    words = _WORD.findall(text.casefold())
    out = [w[:_STEM_LEN] for w in words if w not in _STOPWORDS and len(w) > 1]
    return " ".join(out)
