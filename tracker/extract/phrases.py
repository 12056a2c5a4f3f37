"""Rules as data: the phrase table (``resources/extract/phrases.toml``), compiled once per
process with the organisation/forum aliases (:mod:`tracker.language.aliases`).

:func:`rules` returns the compiled phrase rules; :func:`forum_pattern` the pattern of a
forum's name, generic or from the aliases; :func:`outside_ignored` what an ignore phrase
leaves of a decision with several att-clauses.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tracker.extract.clause_lexicon import expand_nouns
from tracker.language.aliases import Aliases, aliases
from tracker.language.date_period import MEETING_NOUNS
from tracker.paths import resources_dir

#: Generic forum words: "Ledningsgruppen", "Socialnämnden", "Skyddskommittén" …
_GENERIC_FORUM = (
    # "Regional samverkansgrupp e-hälsa", "Lokal samverkansgrupp": an adjective in -al too;
    # an indefinite "grupp" may carry its field after it (a name, not a common noun).
    # "kultur- och fritidsförvaltningen": two fields joined before the forum word.
    r"(?:[A-ZÅÄÖa-zåäö][a-zåäö]+-\s+(?:och|eller)\s+)?"
    r"(?:[A-ZÅÄÖa-zåäö][a-zåäö]+(?:[ae]|al)\s+)?(?:[A-ZÅÄÖa-zåäö][\wåäö-]*)?"
    r"(?:grupp(?=\s+(?-i:[a-zåäö]+-[a-zåäö]+|[A-ZÅÄÖ]{2,4})\b)\s+[\wåäö-]+|gruppen|grupp|nämnden|nämnd|"
    r"kommittén|utskottet|rådet|styrelsen|fullmäktige|konferensen|beredningen|delegationen|"
    # "Länsnätverket för överförmyndare", "stadsledningskontorets HR-avdelning"
    r"nätverket|avdelningen|avdelning|"
    # "förs vidare till samhällsutvecklingsförvaltningen", "… till stadsbyggnadskontoret":
    # a named administration (not the bare "förvaltningen", which is sent back to)
    r"(?<=[a-zåäö])förvaltningen|(?<=[a-zåäö])kontoret)"
)


#: Organisations whose genitive may stand before a forum's abbreviation.
_OWN_FORUM_OF = (r"(?:förvaltningens|nämndens|kommunens|regionens|styrelsens|bolagets|"
                 r"avdelningens|sektorns|kontorets|verksamhetens|enhetens)")


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    regex: re.Pattern[str]
    confidence: float
    needs_date: bool = False
    status: str = "open"
    asker: bool = False
    #: Where the rule is written, for provenance: "phrases.toml #12 (rad 140)".
    name: str = ""
    #: The kind when a named person owns the item, not a body ("Jens: – Bevakar …" is
    #: his own task, "Förvaltningen bevakar frågan" a follow-up); None: always ``kind``.
    person_kind: str | None = None
    #: The rule tells the state of a matter, not what is decided about it ("har ännu inte
    #: svarat"): in an exchange with another rule's hit, that hit gives the item's kind.
    yields: bool = False
    #: A question put ("ställer en fråga till …"): no item when an answer follows it in
    #: the same matter ("… Per Ek besvarar interpellationen.").
    answerable: bool = False
    #: A matter sent on, owed by the body it goes to: no item when that body is the
    #: meeting's own or the same matter tells it has decided or answered it.
    owner_settles: bool = False
    #: An obligation no one is named for ("Inbjudan ska senast … skickas ut"): the
    #: meeting's body owns it when the text names no one.
    body_owns: bool = False


def _resource(name: str) -> Path:
    return resources_dir() / "extract" / name


def forum_pattern(al: Aliases) -> str:
    names = sorted({s for c, ss in al.forums.items() for s in [c, *ss]}, key=len, reverse=True)
    # "kommunstyrelsens arbetsutskott", "nämndens presidium": a forum of another body
    # (a common noun; "skolornas APT:er" are many meetings, not one forum).
    # An organisation's own forum under its abbreviation: "förvaltningens SVG",
    # "nämndens AU" (one forum: the organisation has one).
    # "stadsledningskontorets HR-avdelning": an abbreviation compound is a common noun too.
    return (r"(?:[A-ZÅÄÖa-zåäö][a-zåäö-]+s\s+(?=(?-i:[a-zåäö]|[A-ZÅÄÖ]{2,}-[a-zåäö]))|"
            + _OWN_FORUM_OF + r"\s+)?(?:"
            + "|".join(
        [*(re.escape(n) for n in names), _GENERIC_FORUM]) + ")")


def load_rules(
    al: Aliases | None = None,
) -> tuple[list[Rule], list[re.Pattern[str]], list[re.Pattern[str]]]:
    """Compile the phrase table: (rules in order, ignore patterns, the ignore patterns
    that silence closings too)."""
    al = al or aliases()
    raw_text = _resource("phrases.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw_text)
    # The line of each [[rule]] header, so that a candidate can say which rule made it.
    rule_lines = [n for n, ln in enumerate(raw_text.splitlines(), 1) if ln.strip() == "[[rule]]"]
    forum = forum_pattern(al)
    out: list[Rule] = []
    for i, raw in enumerate(data.get("rule", [])):
        where = f" (rad {rule_lines[i]})" if i < len(rule_lines) else ""
        pattern = expand_nouns(raw["pattern"]).replace("{FORUM}", forum).replace(
            "{MEET}", MEETING_NOUNS)
        out.append(
            Rule(
                kind=raw["kind"],
                regex=re.compile(pattern, re.IGNORECASE),
                confidence=float(raw.get("confidence", 0.7)),
                needs_date=bool(raw.get("needs_date", False)),
                status=raw.get("status", "open"),
                asker=bool(raw.get("asker", False)),
                name=f"phrases.toml #{i + 1}{where}",
                person_kind=raw.get("person_kind"),
                yields=bool(raw.get("yields", False)),
                answerable=bool(raw.get("answerable", False)),
                owner_settles=bool(raw.get("owner_settles", False)),
                body_owns=bool(raw.get("body_owns", False)),
            )
        )
    ignores = [re.compile(expand_nouns(i["pattern"]), re.IGNORECASE)
               for i in data.get("ignore", [])]
    quiet = [re.compile(expand_nouns(i["pattern"]), re.IGNORECASE)
             for i in data.get("ignore", []) if i.get("closings")]
    return out, ignores, quiet


@lru_cache(maxsize=1)
def rules() -> tuple[list[Rule], list[re.Pattern[str]], list[re.Pattern[str]]]:
    return load_rules()


#: Where a decision's coordinated att-clauses part ("… att måla om klubbstugan, och att
#: lägga kassarapporten till handlingarna").
_ATT_CLAUSES = re.compile(r",?\s+(?:och|samt)\s+(?=att\s)", re.IGNORECASE)


def outside_ignored(text: str, ignores: list[re.Pattern[str]]) -> str | None:
    """The sentence without its att-clauses that an ignore phrase dismisses ("Styrelsen
    beslutade att ge kansliet i uppdrag att måla om klubbstugan och att lägga
    kassarapporten till handlingarna": the filing is nothing to do, the painting is); None
    when every clause is dismissed, or the sentence has no coordinated att-clauses."""
    pieces = _ATT_CLAUSES.split(text)
    if len(pieces) < 2:
        return None
    kept = [p for p in pieces if not any(i.search(p) for i in ignores)]
    if not kept or len(kept) == len(pieces):
        return None  # (an ignore phrase across the clauses dismisses the whole)
    out = " och ".join(p.strip().rstrip(".") for p in kept)
    return out + "." if text.rstrip().endswith(".") else out


__all__ = ["Rule", "forum_pattern", "load_rules", "outside_ignored", "rules"]
