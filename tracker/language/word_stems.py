"""Swedish word stems for the scorer's word features (the Snowball algorithm for Swedish).

"redovisar", "redovisas", "redovisade" and "redovisning" are not one lemma, but the
first three share the stem "redovis", which is what a feature of the scorer needs: one
name for the forms of a word, the same on every machine, with no dictionary.  The
stemmer is the ``snowballstemmer`` package's Swedish one (Martin Porter's algorithm,
generated from the Snowball sources), not a copy kept here: it also strips the definite
"-et" ("beslutet" → "beslut", "arbetet" → "arbet") that a hand-written first version
missed.
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("swedish")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a lower-case Swedish word ("redovisningen" → "redovisning",
    "beslutade" → "beslut", "nämndens" → "nämnd")."""
    return _STEMMER.stemWord(word)
