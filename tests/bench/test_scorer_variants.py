"""bench/scorer_variants.py: the held-out-in-time measure and the variants' knobs."""

from __future__ import annotations

from bench import scorer_variants as sv
from scripts import train_scorer as ts


def _rows(doc: str, n: int) -> list[ts.RealRow]:
    # "good" is an item, "bad" is not; one item a row, as the dump writes them
    return [(["good"], 1, doc, [i], [i]) for i in range(n)] + [(["bad"], 0, doc, [], [])] * n


def test_time_wise_fits_without_the_held_out_rounds_and_scores_them() -> None:
    real: list[ts.RealRow] = []
    documents = {}
    which = {}
    for i in range(12):
        doc = f"d{i}"
        real += _rows(doc, 3)
        documents[doc] = {"expected": 3, "left": 3, "organisation": f"org{i}"}
        which[doc] = "r2" if i >= 10 else "r1"
    # a row of the held-out round that training would learn from if it saw it
    real.append((["bad", "late"], 1, "d11", [2], [2]))
    out = sv.time_wise([], real, documents, ("r2",), which)
    assert out["documents"] == 2
    # the "good" rows of the two late documents are checked, and right
    assert out["checked"] == 6 and out["precision"] == 1.0
    assert out["item_recall"] == 1.0
    # nothing of the held-out round was trained on: "late" has no weight
    fitted = ts.fit([], [r for r in real if which[r[2]] == "r1"],
                    {d: v for d, v in documents.items() if which[d] == "r1"})
    assert "late" not in fitted["weights"]


def test_a_preamble_obligation_is_read_by_the_clause_weights() -> None:
    assert sv._preamble_gate(["gate", "wide", "preamble"]) == ["gate", "preamble"]
    assert sv._preamble_gate(["wide", "preamble"]) == ["wide", "preamble"]
    assert sv._preamble_gate(["gate", "wide"]) == ["gate", "wide"]
