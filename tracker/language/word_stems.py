"""Swedish word stems by suffix stripping (the Snowball algorithm for Swedish).

"redovisar", "redovisas", "redovisade" and "redovisning" are not one lemma, but the
first three share the stem "redovis", which is what a feature of the scorer needs: one
name for the forms of a word, the same on every machine, with no dictionary.  The
algorithm is Martin Porter's Snowball stemmer for Swedish (three steps on the region
after the first consonant that follows a vowel, at least three letters in).
"""

from __future__ import annotations

_VOWELS = frozenset("aeiouyäåö")
#: Step 1: the longest of these ending the region is removed.
_STEP1 = (
    "a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er "
    "heter or as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast"
)
_ENDINGS = tuple(sorted(_STEP1.split(), key=len, reverse=True))
#: A final "s" goes after one of these letters (the genitive: "nämndens" → "nämnd").
_S_BEFORE = frozenset("bcdfghjklmnoprtvy")
#: Step 2: a double consonant at the end loses its last letter ("godkänn" → "godkän").
_DOUBLES = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")


def _region(word: str) -> int:
    """Where the region R1 starts: after the first non-vowel following a vowel, and no
    sooner than the third letter."""
    for i in range(1, len(word)):
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS:
            return max(i + 1, 3)
    return len(word)


def stem(word: str) -> str:
    """The stem of a lower-case Swedish word ("redovisningen" → "redovisning",
    "beslutade" → "beslut", "nämndens" → "nämnd")."""
    r1 = _region(word)
    # step 1
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= r1:
            word = word[: -len(ending)]
            break
    else:
        if word.endswith("s") and len(word) - 1 >= r1 and len(word) > 1 and word[-2] in _S_BEFORE:
            word = word[:-1]
    # step 2
    if word.endswith(_DOUBLES) and len(word) - 2 >= r1:
        word = word[:-1]
    # step 3
    for ending, repl in (("fullt", "full"), ("löst", "lös"), ("lig", ""), ("els", ""), ("ig", "")):
        if word.endswith(ending) and len(word) - len(ending) >= r1:
            word = word[: -len(ending)] + repl
            break
    return word
