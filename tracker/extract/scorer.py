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

Two options of :func:`train` are measured but not shipped (``bench/scorer_variants.py``,
bench/README.md "The scorer's capacity"): conjunctions of feature groups (a model file
with ``pairs`` scores "subj:person&mv:present" as a feature of its own) and fitting to
convergence by L-BFGS instead of 400 gradient steps.  Held out, neither ranked the
candidates better.  The sentence's words did: a model file with ``lexical`` (as shipped)
is given the stems of :func:`~tracker.extract.clause_features.lexical_features` too,
weighed only when they occur in the training rows of ten organisations or more
(bench/README.md, "Scorer, sixth session").
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
    #: The feature groups whose pairs are features too (:func:`conjoined`).
    pairs: Pairs = ()
    #: The candidates' words are features too (``w:``/``v:`` stems,
    #: :func:`tracker.extract.clause_features.lexical_features`).
    lexical: bool = False
    #: A sentence of the wide reading scored at or above ``threshold`` by the wide
    #: weights is checked too (else never: offered possible at most).
    wide_checked: bool = False

    def score(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in conjoined(features, self.pairs))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def score_wide(self, features: Iterable[str]) -> float:
        if self.wide is None:
            return self.score(features)
        weights, bias = self.wide
        z = bias + sum(weights.get(f, 0.0) for f in conjoined(features, self.pairs))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


#: Pairs of feature groups, each group the prefixes of its features ("subj:", "mv:").
Pairs = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
#: Joins the two features of a conjunction ("subj:person&mv:present").
AND = "&"


def conjoined(features: Iterable[str], pairs: Pairs = ()) -> set[str]:
    """The features and, for each pair of groups, every conjunction of a feature of the
    first group with one of the second: "subj:person&mv:present" says more than its
    parts added (a person who does something now is a task; a thing that is, is not)."""
    feats = set(features)
    if not pairs:
        return feats
    out = set(feats)
    for first, second in pairs:
        left = [f for f in feats if f.startswith(first)]
        if not left:
            continue
        right = [f for f in feats if f.startswith(second)]
        out.update(f"{a}{AND}{b}" for a in left for b in right if a != b)
    return out


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
        tuple((tuple(a), tuple(b)) for a, b in data.get("pairs", [])),
        bool(data.get("lexical", False)),
        bool(data.get("wide_checked", False)),
    )


def train(
    rows: list[tuple[list[str], int]],
    *,
    epochs: int = 400,
    rate: float = 0.5,
    l2: float = 0.01,
    pairs: Pairs = (),
    min_count: int = 1,
    converge: bool = False,
    l2_by: L2By = (),
) -> tuple[dict[str, float], float]:
    """Logistic regression over the rows' features and their conjunctions (``pairs``;
    a conjunction seen in fewer than ``min_count`` rows is left out: too rare to weigh).
    The same rows give the same weights on every machine (no randomness, features in
    sorted order).  Rows with the same features are summed once, with their counts
    (every body sentence is a row).  Fitted by ``epochs`` steps of full-batch gradient
    descent, or with ``converge`` to the optimum of the same objective (mean log loss
    plus ``l2``/2 · |w|², the bias free) by L-BFGS (:func:`_lbfgs`).  ``l2_by``: a
    family's own strength, as a factor of ``l2`` for the features of its prefixes (the
    first family that names a feature's prefix; the others at ``l2``)."""
    expanded = [(conjoined(feats, pairs), y) for feats, y in rows]
    if min_count > 1:
        seen: dict[str, int] = {}
        for feats, _ in expanded:
            for f in feats:
                if AND in f:
                    seen[f] = seen.get(f, 0) + 1
        rare = {f for f, k in seen.items() if k < min_count}
        expanded = [(feats - rare, y) for feats, y in expanded]
    names = sorted({f for feats, _ in expanded for f in feats})
    index = {n: i for i, n in enumerate(names)}
    counts: dict[tuple[int, ...], list[int]] = {}
    for feats, y in expanded:
        key = tuple(sorted(index[f] for f in feats))
        seen_row = counts.setdefault(key, [0, 0])
        seen_row[0] += 1
        seen_row[1] += y
    encoded = sorted((k, c[0], c[1]) for k, c in counts.items())
    n = max(1, len(rows))
    strength = [l2 * _factor(name, l2_by) for name in names]
    if converge:
        w = _lbfgs(encoded, len(names), n, strength)
        b = w.pop()
        return {names[i]: round(w[i], 6) for i in range(len(w))}, round(b, 6)
    w = [0.0] * len(names)
    b = 0.0
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
            w[i] -= rate * (grad[i] / n + strength[i] * w[i])
        b -= rate * gb / n
    return {names[i]: round(w[i], 6) for i in range(len(w))}, round(b, 6)


Encoded = list[tuple[tuple[int, ...], int, int]]
#: Feature families with an L2 strength of their own: (prefixes, factor of the L2).
L2By = tuple[tuple[tuple[str, ...], float], ...]


def _factor(name: str, l2_by: L2By) -> float:
    """The factor of the L2 strength for feature ``name``: its family's (the first of
    ``l2_by`` whose prefixes it starts with), 1 for the others."""
    return next((k for prefixes, k in l2_by if name.startswith(prefixes)), 1.0)


def _loss(x: list[float], encoded: Encoded, n: int,
          l2: float | list[float]) -> tuple[float, list[float]]:
    """The objective and its gradient at ``x`` (the weights, then the bias); ``l2`` one
    strength for all weights or each weight's own."""
    m = len(x) - 1
    if not isinstance(l2, list):
        l2 = [l2] * m
    b = x[m]
    grad = [0.0] * (m + 1)
    f = 0.0
    for feats, total, positive in encoded:
        z = b + sum(map(x.__getitem__, feats))
        # log(1 + e^z), stable either side
        soft = z + math.log1p(math.exp(-z)) if z > 0 else math.log1p(math.exp(z))
        f += total * soft - positive * z
        d = total / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - positive
        grad[m] += d
        for i in feats:
            grad[i] += d
    f /= n
    for i in range(m):
        f += 0.5 * l2[i] * x[i] * x[i]
        grad[i] = grad[i] / n + l2[i] * x[i]
    grad[m] /= n
    return f, grad


def _lbfgs(encoded: Encoded, m: int, n: int, l2: list[float], *, memory: int = 10,
           tol: float = 1e-7, max_iter: int = 2000) -> list[float]:
    """The minimum of :func:`_loss` by L-BFGS with a backtracking (Armijo) line search,
    until no component of the gradient exceeds ``tol``; plain arithmetic in a fixed
    order, so deterministic."""
    x = [0.0] * (m + 1)
    f, g = _loss(x, encoded, n, l2)
    history: list[tuple[list[float], list[float], float]] = []  # (s, y, 1 / y·s)
    for _ in range(max_iter):
        if max(map(abs, g)) < tol:
            break
        q = list(g)
        alphas = []
        for s, y, rho in reversed(history):
            a = rho * sum(si * qi for si, qi in zip(s, q, strict=True))
            alphas.append(a)
            q = [qi - a * yi for qi, yi in zip(q, y, strict=True)]
        if history:
            s, y, rho = history[-1]
            gamma = 1.0 / (rho * sum(yi * yi for yi in y))
        else:
            gamma = 1.0 / max(1.0, math.sqrt(sum(gi * gi for gi in g)))
        r = [gamma * qi for qi in q]
        for (s, y, rho), a in zip(history, reversed(alphas), strict=True):
            beta = rho * sum(yi * ri for yi, ri in zip(y, r, strict=True))
            r = [ri + (a - beta) * si for ri, si in zip(r, s, strict=True)]
        slope = -sum(gi * ri for gi, ri in zip(g, r, strict=True))
        if slope >= 0:  # not a descent direction: start the memory again
            history.clear()
            r = [gamma * gi for gi in g]
            slope = -sum(gi * ri for gi, ri in zip(g, r, strict=True))
        step = 1.0
        while True:
            x_new = [xi - step * ri for xi, ri in zip(x, r, strict=True)]
            f_new, g_new = _loss(x_new, encoded, n, l2)
            if f_new <= f + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s = [a - b for a, b in zip(x_new, x, strict=True)]
        y = [a - b for a, b in zip(g_new, g, strict=True)]
        ys = sum(a * b for a, b in zip(y, s, strict=True))
        if ys > 1e-12:
            history.append((s, y, 1.0 / ys))
            del history[:-memory]
        if f - f_new < 1e-14 * max(1.0, abs(f)) and step < 1e-10:
            x, f, g = x_new, f_new, g_new
            break
        x, f, g = x_new, f_new, g_new
    return x
