"""A small learned scorer over clause features: which clause candidates are items.

The clause analysis (:mod:`tracker.extract.clauses`) describes each sentence no phrase
rule took by named features ("marker:obligation", "verb:report_back", "deadline:day",
"agent:person", "label:beslut" …).  A logistic regression over those features, trained
by ``scripts/train_scorer.py`` from labelled sentences kept in the repository (the
written fixtures, and the feature rows of the real documents' dev split), gives each
candidate a probability.  Two weight sets, fitted alike:

* the candidates the clause analysis offers on its own (an obligation read in the
  sentence, a proposal received, a status list's entry) are scored by the first: at or
  above the model's ``threshold`` offered checked (confident), below it unchecked;
* every other body sentence (the wide reading, feature ``wide``) is scored by the
  second (``wide``), fitted to all candidates: at or above ``possible`` it is offered
  unchecked as a possible item, below it not at all.  Such a sentence is never checked
  by default: held out, the first set's best were precise enough to check, the
  second's were not.  The weights are data
(``resources/extract/scorer.json``, a few kB), the arithmetic is plain and
deterministic, and every score is explained by its features in the candidate's reasons.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from tracker.paths import resources_dir

MODEL_FILE = "scorer.json"


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    bias: float
    threshold: float
    #: The lowest score a sentence of the wide reading is offered at (possible item).
    possible: float = 0.0
    #: The weights and bias that score the wide reading's sentences (None: the first).
    wide: tuple[dict[str, float], float] | None = None

    def score(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def score_wide(self, features: Iterable[str]) -> float:
        if self.wide is None:
            return self.score(features)
        weights, bias = self.wide
        z = bias + sum(weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


#: Without a trained model nothing is promoted, and only the candidates the clause
#: analysis found on its own are offered (as possible items).
NO_MODEL = Model({}, -10.0, 1.0, 1.0)


@lru_cache(maxsize=1)
def model() -> Model:
    path = resources_dir() / "extract" / MODEL_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return NO_MODEL
    return Model(
        {str(k): float(v) for k, v in data.get("weights", {}).items()},
        float(data.get("bias", -10.0)),
        float(data.get("threshold", 1.0)),
        float(data.get("possible_threshold", 0.0)),
        ({str(k): float(v) for k, v in data["wide"]["weights"].items()},
         float(data["wide"]["bias"])) if "wide" in data else None,
    )


def train(
    rows: list[tuple[list[str], int]],
    *,
    epochs: int = 400,
    rate: float = 0.5,
    l2: float = 0.01,
) -> tuple[dict[str, float], float]:
    """Logistic regression by full-batch gradient descent: the same rows give the same
    weights on every machine (no randomness, features in sorted order).  Rows with the
    same features are summed once, with their counts (every body sentence is a row)."""
    names = sorted({f for feats, _ in rows for f in feats})
    index = {n: i for i, n in enumerate(names)}
    counts: dict[tuple[int, ...], list[int]] = {}
    for feats, y in rows:
        key = tuple(sorted({index[f] for f in feats}))
        seen = counts.setdefault(key, [0, 0])
        seen[0] += 1
        seen[1] += y
    encoded = sorted((k, c[0], c[1]) for k, c in counts.items())
    w = [0.0] * len(names)
    b = 0.0
    n = max(1, len(rows))
    for _ in range(epochs):
        grad = [0.0] * len(names)
        gb = 0.0
        for feats, total, positive in encoded:
            z = b + sum(map(w.__getitem__, feats))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = total * p - positive
            gb += d
            for i in feats:
                grad[i] += d
        for i in range(len(w)):
            w[i] -= rate * (grad[i] / n + l2 * w[i])
        b -= rate * gb / n
    return {names[i]: round(w[i], 6) for i in range(len(w))}, round(b, 6)
