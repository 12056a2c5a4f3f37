"""An indicator told by its target and its outcome in figures, with no status word:
"Indikator" / "80 % av de tillfrågade ska svara ja" / "Utfall" / "72 % …".

Management systems print such blocks one after another on an indicator page, and goal
follow-ups write them as sentences ("Målet för året var index 70. Utfallet blev 62 …").
The report's own figures judge the indicator: an outcome short of its target (or above
it, where a smaller figure is the aim: "högst", "minska") is a deviation, an open item of
the report's body; an outcome that reaches its target is none.  Figures are compared only
in the same unit (a percentage with a percentage).

The words (the labels and cues of a target and of an outcome, the words of an aim that a
smaller figure reaches) are data: ``[targets]`` in ``resources/extract/followup.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Candidate, Line
from tracker.extract.followup_lines import _clean
from tracker.extract.followup_words import _alt, followup_data, vocabulary
from tracker.extract.report_rules import short_title

#: How many lines an indicator's target and outcome may span together.
BLOCK_LINES = 8
#: Lines around a block within which another item's line means the block is told.
NEAR_TAKEN = 3
#: How far into the outcome's text its figure is looked for.
OUTCOME_CHARS = 80

#: A figure: "40 %", "12,6", "1 700"; a year ("2022") or a day of a month is no figure.
_FIGURE = re.compile(
    r"(?<![\w,.:/-])(\d{1,3}(?:[ \u00a0]\d{3})*(?:[,.]\d+)?|\d+(?:[,.]\d+)?)"
    r"(?:\s*(%|procent\b))?(?![\w/-]|[,.]\d)",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\b", re.IGNORECASE
)
_YEAR = re.compile(r"(?:19|20)\d{2}$")


@dataclass(frozen=True, slots=True)
class _Words:
    label: re.Pattern[str]
    cue: re.Pattern[str]
    outcome_label: re.Pattern[str]
    outcome_glued: re.Pattern[str]
    outcome_cue: re.Pattern[str]
    outcome_inline: re.Pattern[str]
    header_target: re.Pattern[str]
    header_outcome: re.Pattern[str]
    outcome_value: re.Pattern[str]
    lower: re.Pattern[str]
    lower_measure: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    tg = followup_data()["targets"]
    i = re.IGNORECASE
    out = _alt(tg["outcome_labels"])
    return _Words(
        label=re.compile(
            rf"^(?:{_alt(tg['labels'])})(?:\s+[\w.]*\d[\w.]*)?\s*(?::\s*(?P<v>.*))?$", i
        ),
        cue=re.compile(rf"(?<![\wåäö])(?:{_alt(tg['cues'])})(?![\wåäö])", i),
        # ("Utfall", "Utfall 2024", "Utfall T2:")
        outcome_label=re.compile(rf"^(?:{out})(?:\s+[\w.-]{{1,10}})?\s*(?::\s*(?P<v>.*))?$", i),
        # the outcome's label inside a line after the target's value: "Målvärde: 80 %
        # Utfall: 72 %"
        outcome_inline=re.compile(
            rf"(?<![\wåäö])(?:{'|'.join(_capital(w) for w in tg['outcome_labels'])}|{out})"
            r"(?:\s+(?:19|20)\d{2})?\s*:\s*(?=\S)", i
        ),
        header_target=re.compile(
            rf"(?<![\wåäö])(?:{_alt(tg['header_targets'])})(?![\wåäö])", i
        ),
        # "Utfall 38 %": the value after the label without a colon
        outcome_value=re.compile(
            rf"^(?:{out})(?:\s+(?:19|20)\d{{2}})?\s+(?!(?:19|20)\d{{2}}\s*$)(?P<v>\d.*)$", i
        ),
        header_outcome=re.compile(rf"(?<![\wåäö])(?:{out})(?![\wåäö])", i),
        # run into the text before it, without a space: "Nära måletUtfall"
        outcome_glued=re.compile(
            rf"[a-zåäö0-9\s](?:{'|'.join(_capital(w) for w in tg['outcome_labels'])})\s*:?$"
        ),
        outcome_cue=re.compile(rf"(?<![\wåäö])(?:{_alt(tg['outcome_cues'])})(?![\wåäö])", i),
        lower=re.compile(rf"(?<![\wåäö])(?:{_alt(tg['lower_better'])})(?![\wåäö])", i),
        # the measure the target is about, named first ("Sjukfrånvaron ska vara …",
        # "Väntetid till första besök"): not one named further on ("Andel avvikelser som
        # åtgärdas")
        lower_measure=re.compile(rf"^\W*[\wåäö-]*(?:{_alt(tg['lower_measures'])})[\wåäö]*\b", i),
    )


def _capital(entry: str) -> str:
    return re.escape(entry[:1].upper() + entry[1:]).replace(r"\ ", r"\s+")


def figure(text: str, *, percent: bool | None = None) -> tuple[float, bool] | None:
    """(value, is a percentage) of the first figure in ``text``; ``percent`` True: the
    first percentage, False: the first figure that is none."""
    for m in _FIGURE.finditer(text):
        raw, unit = m.group(1), m.group(2)
        if unit is None and (_YEAR.match(raw) or _MONTH.match(text, m.end())):
            continue
        if text[m.end() : m.end() + 1] == ")" and text[max(0, m.start() - 1) : m.start()] == "(":
            continue  # "fyra (4)": a number written out twice
        is_pct = unit is not None
        if percent is not None and is_pct != percent:
            continue
        try:
            value = float(raw.replace("\u00a0", "").replace(" ", "").replace(",", "."))
        except ValueError:
            continue
        return value, is_pct
    return None


def _outcome_at(texts: list[str], k: int) -> tuple[str, int] | None:
    """(the outcome's text, the last line it takes) when line ``k`` gives an indicator's
    outcome: its label alone (the value on the next line), before a colon, run into an
    icon's text, or a sentence that tells it."""
    w = _words()
    t = texts[k]
    m = w.outcome_value.match(t) or w.outcome_label.match(t)
    if m is None and w.outcome_glued.search(t) and len(t) < 60:
        m = re.match(r"(?P<v>)", "")
    if m is not None:
        value = (m.group("v") or "").strip()
        if not value and k + 1 < len(texts):
            value, k = texts[k + 1], k + 1
        # (the value opens with its figure: "38 % …", "Utfall: 12,6 veckor"; a heading
        # "Resultat" over a paragraph gives no outcome)
        return (value, k) if _OPENS_WITH_FIGURE.match(value) else None
    cue = w.outcome_cue.search(t)
    if cue is not None:
        return t[cue.start() :], k
    return None


#: A value that opens with its figure, after at most a few words ("38 %", "ca 40 %",
#: "Andel: 73 %").
_OPENS_WITH_FIGURE = re.compile(r"^\W{0,3}(?:[^\d\s]+\s+){0,3}\d")


def _block(texts: list[str], k: int) -> tuple[str, str, int] | None:
    """(target, outcome, the block's last line) of an indicator whose block opens at line
    ``k``, else None."""
    w = _words()
    t = texts[k]
    label = w.label.match(t) if len(t) < 300 else None
    cue = None if label is not None else w.cue.search(t)
    if label is None and cue is None:
        return None
    if cue is not None:
        # "Målet för året var index 70. Utfallet blev 62 …": the outcome may follow on
        # the same line.
        rest = t[cue.start() :]
        said = w.outcome_cue.search(rest)
        if said is not None:
            return rest[: said.start()].strip(), rest[said.start() :], k
        if cue.start() > 0 and not re.search(r"[.:]\s*$", t[: cue.start()]):
            # ("… och målet är att …" inside a sentence about something else: no target
            # stated as such)
            return None
        parts = [rest]
    else:
        value = (label.group("v") or "").strip() if label is not None else ""
        inline = w.outcome_inline.search(value)
        if inline is not None and inline.start() > 0:
            # "Målvärde: 80 % Utfall: 72 %": both on the label's line
            return value[: inline.start()].strip(), value[inline.end() :].strip(), k
        parts = [value]
    for j in range(k + 1, min(len(texts), k + BLOCK_LINES)):
        if w.label.match(texts[j]):
            return None  # the next indicator's block, this one without an outcome
        found = _outcome_at(texts, j)
        if found is not None:
            target = " ".join(p for p in parts if p).strip()
            if label is not None and len(_WORD.findall(target)) < 2 and k > 0:
                # "Målvärde 2024" / "75 %": the figure alone; the indicator's name is
                # the line above the label
                name = texts[k - 1]
                if name and len(name.split()) <= NAME_WORDS and not w.label.match(name):
                    target = f"{name}: {target}"
            return (target, found[0], found[1]) if target else None
        parts.append(texts[j])
    if label is not None:
        # The outcome printed above its target ("Senaste värde" / "62" / "Målvärde" /
        # "70"): the indicator's name stands above the outcome.
        value = (label.group("v") or "").strip()
        if not value and k + 1 < len(texts) and _OPENS_WITH_FIGURE.match(texts[k + 1]):
            value = texts[k + 1]
        above = _outcome_above(texts, k) if value else None
        if above is not None:
            said, name_at = above
            name = texts[name_at] if name_at >= 0 else ""
            if name and len(name.split()) <= NAME_WORDS and not w.label.match(name):
                value = f"{name}: {value}"
            return value, said, k
    return None


def _outcome_above(texts: list[str], k: int) -> tuple[str, int] | None:
    """(the outcome, the line of the indicator's name) when the outcome ends on the line
    just above line ``k``: a label with its value on that line, or a label alone on the
    line before it."""
    for j in (k - 1, k - 2):
        if j < 0:
            continue
        found = _outcome_at(texts, j)
        if found is not None and found[1] == k - 1:
            return found[0], j - 1
    return None


#: A word of letters (a target told in words, not only a figure).
_WORD = re.compile(r"[A-Za-zÅÄÖåäö]{2,}")
#: The most words of an indicator's name on the line above its target's label.
NAME_WORDS = 14


#: The most rows read under a table's header.
TABLE_ROWS = 40
#: A header line: a few words, no figure.
HEADER_WORDS = 8


def _figures(text: str) -> list[tuple[float, bool, int]]:
    """(value, is a percentage, where) of each figure in ``text`` that is no year."""
    out = []
    pos = 0
    while (m := _FIGURE.search(text, pos)) is not None:
        pos = m.end()
        found = figure(m.group(0))
        if found is not None and not (m.group(2) is None and _MONTH.match(text, m.end())):
            out.append((found[0], found[1], m.start()))
    return out


def _table(texts: list[str], k: int) -> tuple[bool, int] | None:
    """(the target's column comes first, the header's line) when line ``k`` is a header
    naming a target column and an outcome column ("Indikator Målvärde Utfall")."""
    w = _words()
    t = texts[k].replace("|", " ")
    if len(t.split()) > HEADER_WORDS or _figures(t):
        return None
    aim = w.header_target.search(t)
    got = w.header_outcome.search(t)
    if aim is None or got is None:
        return None
    return aim.start() < got.start(), k


def _table_rows(texts: list[str], k: int, target_first: bool) -> list[tuple[int, str, str, str]]:
    """(line, the row's name, target, outcome) of the rows under a header at ``k`` that
    hold two figures of one unit; the table ends at the first line that does not."""
    rows = []
    for j in range(k + 1, min(len(texts), k + 1 + TABLE_ROWS)):
        t = texts[j].replace("|", " ")
        figs = _figures(t)
        if len(figs) != 2 or figs[0][1] != figs[1][1]:
            break
        name = t[: figs[0][2]].strip(" :–-")
        if len(name.split()) < 2:
            break
        a, b = figs if target_first else (figs[1], figs[0])
        unit = " %" if a[1] else ""
        rows.append((j, name, f"{_num(a[0])}{unit}", f"{_num(b[0])}{unit}"))
    return rows


def target_outcomes(lines: list[Line], body: str | None, taken: set[int]) -> list[Candidate]:
    """The indicators whose outcome misses its target (see the module docstring); lines
    whose index is in ``taken`` (read as another item's) are left alone."""
    w = _words()
    status_label = vocabulary().status_label
    texts = [_clean(ln.text) for ln in lines]
    out: list[Candidate] = []
    k = 0
    while k < len(texts):
        header = _table(texts, k)
        if header is not None:
            rows = _table_rows(texts, k, header[0])
            for j, name, aim_text, got_text in rows:
                if j not in taken:
                    out += _judged(f"{name}: mål {aim_text}", got_text, lines[j], body, w)
            if rows:
                k = rows[-1][0] + 1
                continue
        block = _block(texts, k)
        if block is None:
            k += 1
            continue
        target, said, last = block
        if any(n in taken for n in range(k - NEAR_TAKEN, last + 1 + NEAR_TAKEN)) or any(
            status_label.match(t)
            for t in texts[max(0, k - 2 * NEAR_TAKEN) : last + 1 + NEAR_TAKEN]
        ):
            # (an indicator the page's status field judges: its word decides, and the
            # labelled reading tells it)
            k = last + 1
            continue
        # (a goal stated as such, "Målet för året var …", "Mål 2: …", is a goal off
        # target; an indicator's or a measure's value an indicator deviation)
        goal = w.label.match(texts[k]) is None or _GOAL_LABEL.match(texts[k]) is not None
        out += _judged(target, said, lines[k], body, w,
                       kind="goal_deviation" if goal else "indicator_deviation")
        k = last + 1
    return out


#: A label that states a goal, not an indicator's value ("Mål 2:", "Årsmål:").
_GOAL_LABEL = re.compile(r"^(?:mål|årsmål|mål för året|målsättning)\b", re.IGNORECASE)


def _judged(
    target: str, said: str, ln: Line, body: str | None, w: _Words,
    kind: str = "indicator_deviation",
) -> list[Candidate]:
    """The indicator deviation when the outcome ``said`` misses the ``target``, else
    nothing (figures of one unit only)."""
    aim = figure(target) if len(target) <= 400 else None
    # (the outcome's own figure, near its start: not one told further on)
    got = figure(said[:OUTCOME_CHARS], percent=aim[1]) if aim is not None else None
    if aim is None or got is None:
        return []
    lower = w.lower.search(target) is not None or w.lower_measure.match(target) is not None
    if not ((got[0] > aim[0]) if lower else (got[0] < aim[0])):
        return []
    unit = " %" if aim[1] else ""
    return [
        Candidate(
            title=short_title(f"Avvikelse: {target}"),
            text=f"{target} Utfall: {said}",
            kind=kind,
            status="open",
            owner=body,
            deviation=f"utfall {_num(got[0])}{unit} mot målet {_num(aim[0])}{unit}",
            page=ln.page,
            line=ln.line,
            evidence=said[:200],
            confidence=0.6,
            reasons=[
                f"indikator: utfallet {_num(got[0])}{unit} når inte målet "
                f"{_num(aim[0])}{unit}" + (" (lägre är bättre)" if lower else "")
            ],
        )
    ]


def _num(v: float) -> str:
    return (f"{v:.1f}".rstrip("0").rstrip(".")).replace(".", ",")


__all__ = ["figure", "target_outcomes"]
