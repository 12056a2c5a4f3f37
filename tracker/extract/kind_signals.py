"""Weak signals of a document's kind, weighed against each other: a report's title line,
progress words (pågår, avvaktar, försenad), period words (tertial, delår, verksamhetsår)
and register columns against a meeting's title, frame and decision words.  Used when the
strong words in :mod:`tracker.extract.kind` decide nothing; the words are data
(``resources/extract/kind.toml``)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from tracker.domain import Line
from tracker.paths import resources_dir

#: Lines read as the title: the first few non-empty short lines.
TITLE_LINES = 4
TITLE_MAX_CHARS = 120
#: A report must outweigh the meeting by this much to be called a report.
REPORT_MARGIN = 2
#: ... and have at least this much of its own.
REPORT_MIN = 3


@dataclass(frozen=True, slots=True)
class Signal:
    """One list of words: where it is looked for, what each hit weighs, the most it adds."""

    kind: str
    name: str
    pattern: re.Pattern[str]
    weight: int
    cap: int
    #: counts only beside a hit of another, not supporting, list of its kind and where
    #: the other kind has none (money and goals are told in a meeting's news as well as
    #: in a report: "Positiva besked i delårsrapporten … bra måluppfyllelse")
    supporting: bool = False


def _word(entry: str) -> str:
    """``försen*`` → ``försen\\w*``; ``*rapport`` → ``\\w*rapport``; a space any white space."""
    lead = entry.startswith("*")
    trail = entry.endswith("*")
    core = r"\s+".join(re.escape(w) for w in entry.strip("*").split())
    left = r"\w*" if lead else (r"(?<!\w)" if core[:1].isalnum() else "")
    right = r"\w*" if trail else (r"(?!\w)" if entry.strip("*")[-1:].isalnum() else "")
    return left + core + right


@lru_cache(maxsize=1)
def signals() -> tuple[Signal, ...]:
    data = tomllib.loads((resources_dir() / "extract" / "kind.toml").read_text("utf-8"))
    out = []
    for kind in ("report", "minutes"):
        for name, spec in data[kind].items():
            pattern = re.compile("|".join(_word(w) for w in spec["words"]), re.IGNORECASE)
            out.append(Signal(kind, name, pattern, int(spec["weight"]), int(spec["cap"]),
                              bool(spec.get("supporting", False))))
    return tuple(out)


@lru_cache(maxsize=1)
def _register_title() -> re.Pattern[str]:
    data = tomllib.loads((resources_dir() / "extract" / "kind.toml").read_text("utf-8"))
    return re.compile("|".join(_word(w) for w in data["register"]["title"]), re.IGNORECASE)


#: A line that reads as a sentence, not a title: it ends as one ("Fullmäktige beslutar
#: att avskriva obesvarade motioner från förra mandatperioden.").
_SENTENCE_END = re.compile(r"[.!?;]\s*$")


def register_title(lines: list[Line]) -> bool:
    """Whether a title line names a register of unanswered motions or proposals (a
    sentence among the first lines that names them tells a decision about them)."""
    return bool(_register_title().search(_named_title(title_text(lines))))


def _named_title(title: str) -> str:
    """The title lines that do not read as sentences: where a report names itself (a
    sentence among the first lines that names motions tells a decision about them:
    "Fullmäktige beslutar att avskriva obesvarade motioner.")."""
    return "\n".join(t for t in title.splitlines() if not _SENTENCE_END.search(t))


@lru_cache(maxsize=1)
def report_title_words() -> str:
    """The names a report gives itself on its title line (``[titles] report`` in
    ``kind.toml``), as one alternation for :mod:`tracker.extract.kind`."""
    data = tomllib.loads((resources_dir() / "extract" / "kind.toml").read_text("utf-8"))
    return "|".join(_word(w) for w in data["titles"]["report"])


def title_text(lines: list[Line]) -> str:
    """The first few non-empty short lines, where a page or document names itself."""
    heads = [ln.text.strip() for ln in lines if ln.text.strip()][: TITLE_LINES * 3]
    short = [t for t in heads if len(t) <= TITLE_MAX_CHARS]
    return "\n".join(short[:TITLE_LINES])


def scores(lines: list[Line], title: str | None = None) -> dict[str, int]:
    """Weighed signals per kind (``report``, ``minutes``); ``title``: the lines read as
    the title, when not the first few short ones (:func:`title_text`)."""
    title = title_text(lines) if title is None else title
    body = "\n".join(ln.text for ln in lines)
    out = {"report": 0, "minutes": 0}
    support = {"report": 0, "minutes": 0}
    backed = {"report": False, "minutes": False}
    for sig in signals():
        # (a report names itself on a title line, never in a sentence; a meeting's news
        # page may open with one: "Fullmäktige sammanträdde i kväll.")
        text = body if sig.name != "title" else (
            _named_title(title) if sig.kind == "report" else title)
        hits = len(sig.pattern.findall(text))
        if sig.supporting:
            support[sig.kind] += sig.weight * min(hits, sig.cap)
        else:
            out[sig.kind] += sig.weight * min(hits, sig.cap)
            backed[sig.kind] |= hits > 0
    other = {"report": "minutes", "minutes": "report"}
    return {
        k: out[k] + (support[k] if backed[k] and not out[other[k]] else 0) for k in out
    }


def weak_kind(lines: list[Line]) -> str:
    """``report`` when its signals clearly outweigh the meeting's, else ``unknown``
    (a document the strong words leave open is read as minutes, with the follow-up
    reading's possible items when the minutes rules find nothing)."""
    s = scores(lines)
    if s["report"] >= REPORT_MIN and s["report"] >= s["minutes"] + REPORT_MARGIN:
        return "report"
    return "unknown"
