"""Matching extracted candidates to the open items already on the balance list.

(The import links a document's candidates and mentions with
:mod:`tracker.services.linking`, which judges identity by dnr, list number and topic
label first; this module's whole-text similarity serves the hand-added entries of the
review, :func:`tracker.services.manual.manual_entry`, and the linker's pre-selection of a
long list.)

Later minutes rarely repeat an item word for word: "Frågan om arbetsmiljön på
förskolorna lämnas som kvarstående" becomes "Arbetsmiljön på förskolor – frågan
avslutas".  We therefore compare *normalised* text: lower case, no punctuation, Swedish
function words and the stock phrases of minutes removed, and each word cut to its first
six letters (a crude stemmer that makes "förskolor"/"förskolorna" and
"arbetsmiljö"/"arbetsmiljön" equal).  rapidfuzz scores the word sets; agreement of owner
and section adds a little, disagreement of owner takes some away.  Each open item is
given to at most one candidate (best pairs first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from tracker.domain import Candidate
from tracker.store.models import ItemRow

#: Score (0–100) from which a candidate counts as the same item.
MATCH_THRESHOLD = 68.0
#: Scores shown as alternatives in the review must reach this.
ALTERNATIVE_THRESHOLD = 45.0
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


def _fold(value: str | None) -> str:
    return " ".join(value.casefold().split()) if value else ""


def candidate_text(c: Candidate) -> str:
    return normalise(f"{c.title} {c.text}")


def item_text(item: ItemRow) -> str:
    return normalise(f"{item.title} {item.text}")


def pair_score(cand_norm: str, item_norm: str, cand: Candidate, item: ItemRow) -> float:
    """Similarity 0–100 of a candidate and an item (text, then owner/section nudges)."""
    if not cand_norm or not item_norm:
        return 0.0
    # token_set_ratio is 100 when one word set contains the other – right for a short
    # closing sentence about a longer item – but too generous for one shared word, so
    # it is blended with the order-free whole-string similarity.
    base = 0.6 * fuzz.token_set_ratio(cand_norm, item_norm) + 0.4 * fuzz.token_sort_ratio(
        cand_norm, item_norm
    )
    # Later minutes often name the item by a short heading ("Enhetssamverkan på
    # familjerätten") whose words all occur in the item's longer text, or the other way
    # round.  That counts, a little less the fewer words the heading has.
    for title, other in ((normalise(cand.title), item_norm), (normalise(item.title), cand_norm)):
        words = len(title.split())
        if words >= 2:
            weight = 0.85 if words >= 3 else 0.75
            base = max(base, weight * fuzz.token_set_ratio(title, other))
    owner_c, owner_i = _fold(cand.owner), _fold(item.owner)
    if owner_c and owner_i:
        base += 8.0 if (owner_c in owner_i or owner_i in owner_c) else -8.0
    sec_c, sec_i = _fold(cand.section), _fold(item.section)
    if sec_c and sec_i and sec_c == sec_i:
        base += 5.0
    return max(0.0, min(100.0, base))


@dataclass(slots=True)
class MatchResult:
    """Best open item for one candidate (``match_id`` None: nothing close enough)."""

    match_id: int | None
    score: float
    alternatives: list[tuple[int, str, float]]


def match_candidates(
    candidates: Sequence[Candidate], items: Sequence[ItemRow], *, shortlist: int = 8
) -> list[MatchResult]:
    """Match each candidate to at most one item and each item to at most one candidate.

    ``alternatives`` lists the other plausible items (id, title, score), best first, so
    that the reviewer can pick another one.
    """
    item_norms = [item_text(it) for it in items]
    scored: list[list[tuple[float, int]]] = []  # per candidate: (score, item index)
    for cand in candidates:
        cn = candidate_text(cand)
        pairs: list[tuple[float, int]] = []
        if cn and items:
            # A cheap C-level pre-selection keeps this fast with thousands of open items.
            short = process.extract(
                cn, item_norms, scorer=fuzz.token_set_ratio, limit=shortlist, score_cutoff=40
            )
            for _choice, _s, idx in short:
                pairs.append((pair_score(cn, item_norms[idx], cand, items[idx]), idx))
        pairs.sort(key=lambda p: (-p[0], items[p[1]].id))
        scored.append(pairs)

    # Greedy assignment, best pairs first.
    flat = sorted(
        ((s, ci, ii) for ci, pairs in enumerate(scored) for s, ii in pairs if s >= MATCH_THRESHOLD),
        key=lambda t: (-t[0], t[1], items[t[2]].id),
    )
    taken_items: set[int] = set()
    chosen: dict[int, tuple[int, float]] = {}
    for s, ci, ii in flat:
        if ci in chosen or ii in taken_items:
            continue
        chosen[ci] = (ii, s)
        taken_items.add(ii)

    results: list[MatchResult] = []
    for ci, pairs in enumerate(scored):
        pick = chosen.get(ci)
        alternatives = [
            (items[ii].id, items[ii].title, round(s, 1))
            for s, ii in pairs
            if s >= ALTERNATIVE_THRESHOLD and (pick is None or ii != pick[0])
        ][:5]
        if pick is None:
            best = pairs[0][0] if pairs else 0.0
            results.append(MatchResult(None, round(best, 1), alternatives))
        else:
            results.append(MatchResult(items[pick[0]].id, round(pick[1], 1), alternatives))
    return results
