"""A small learned scorer over clause features: which clause candidates are items.

The clause analysis (:mod:`tracker.extract.clauses`) describes each sentence no phrase
rule took by named features ("marker:obligation", "verb:report_back", "deadline:day",
"agent:person", "label:beslut" …).  A logistic regression over those features, trained
by ``scripts/train_scorer.py`` from labelled sentences kept in the repository (the
written fixtures, and the feature rows of the real documents' dev split), gives each
candidate a probability.  At or above the model's threshold the candidate is offered
checked (confident); below it, unchecked as a possible item.  The weights are data
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

    def score(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


#: Without a trained model nothing is promoted: every clause candidate stays possible.
NO_MODEL = Model({}, -10.0, 1.0)


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
    )


def train(
    rows: list[tuple[list[str], int]],
    *,
    epochs: int = 400,
    rate: float = 0.5,
    l2: float = 0.01,
) -> tuple[dict[str, float], float]:
    """Logistic regression by full-batch gradient descent: the same rows give the same
    weights on every machine (no randomness, features in sorted order)."""
    names = sorted({f for feats, _ in rows for f in feats})
    index = {n: i for i, n in enumerate(names)}
    encoded = [(sorted({index[f] for f in feats}), y) for feats, y in rows]
    w = [0.0] * len(names)
    b = 0.0
    n = max(1, len(encoded))
    for _ in range(epochs):
        grad = [0.0] * len(names)
        gb = 0.0
        for feats, y in encoded:
            z = b + sum(w[i] for i in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            d = p - y
            gb += d
            for i in feats:
                grad[i] += d
        for i in range(len(w)):
            w[i] -= rate * (grad[i] / n + l2 * w[i])
        b -= rate * gb / n
    return {names[i]: round(w[i], 6) for i in range(len(w))}, round(b, 6)
