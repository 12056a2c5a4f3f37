"""Rules as data: the phrase table (``resources/extract/phrases.toml``) and the
organisation/forum aliases (``resources/extract/aliases.json``, merged with the user's own
``aliases.json`` in the data folder), compiled once per process.

:func:`rules` returns the compiled phrase rules; :func:`aliases` the alias index used to
turn "AG" into "Arbetsgivaren" and "SSR" into "Akademikerförbundet SSR".
"""

from __future__ import annotations

import json
import logging
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tracker.extract.date_period import MEETING_NOUNS
from tracker.paths import data_dir, resources_dir

log = logging.getLogger(__name__)

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


@dataclass(slots=True)
class Aliases:
    """Canonical names of organisations and forums with an index of their spellings."""

    organisations: dict[str, list[str]] = field(default_factory=dict)
    forums: dict[str, list[str]] = field(default_factory=dict)
    index: dict[str, str] = field(default_factory=dict)  # lower-case spelling → canonical
    forum_index: dict[str, str] = field(default_factory=dict)
    party_regex: re.Pattern[str] = re.compile(r"(?!x)x")

    def canonical(self, name: str | None) -> str | None:
        """The canonical organisation/forum for a spelling, or the name tidied up."""
        if not name:
            return None
        key = " ".join(name.split()).strip(" ,.:;")
        if not key:
            return None
        hit = self.index.get(key.lower()) or self.forum_index.get(key.lower())
        if hit:
            return hit
        return key[0].upper() + key[1:]

    def is_party(self, name: str) -> bool:
        key = name.lower().strip()
        return key in self.index or key in self.forum_index


def _resource(name: str) -> Path:
    return resources_dir() / "extract" / name


def _load_json(path: Path) -> dict:
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        # A broken user file must not stop imports; the shipped list still works.
        log.warning("Kunde inte läsa aliaslistan %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def _merge(into: dict[str, list[str]], extra: object) -> None:
    if not isinstance(extra, dict):
        return
    for canon, spellings in extra.items():
        if not isinstance(canon, str) or canon.startswith("_"):
            continue
        bucket = into.setdefault(canon, [])
        if isinstance(spellings, list):
            bucket.extend(s for s in spellings if isinstance(s, str) and s not in bucket)


def load_aliases(user_file: Path | None = None) -> Aliases:
    """Shipped aliases merged with the user's file (default ``<data_dir>/aliases.json``)."""
    shipped = _load_json(_resource("aliases.json"))
    user = _load_json(user_file if user_file is not None else data_dir() / "aliases.json")
    al = Aliases()
    for source in (shipped, user):
        _merge(al.organisations, source.get("organisations"))
        _merge(al.forums, source.get("forums"))
    for canon, spellings in al.organisations.items():
        for s in [canon, *spellings]:
            al.index.setdefault(s.lower(), canon)
    for canon, spellings in al.forums.items():
        for s in [canon, *spellings]:
            al.forum_index.setdefault(s.lower(), canon)
    spellings: dict[str, str] = {}  # lower case → as written in the list
    for canon, others in (*al.organisations.items(), *al.forums.items()):
        for written in (canon, *others):
            # A spelling in lower case marks a common noun: it wins over the capitalised one.
            if written[:1].islower() or written.lower() not in spellings:
                spellings[written.lower()] = written
    # Short abbreviations ("AG", "LR") match as written; names written with a capital
    # ("Kommunal", "Vision") need their capital, so the adjective "kommunal" or "vår
    # vision" is no party; common nouns ("arbetsgivaren") match in any case.
    parts = []
    for low in sorted(spellings, key=len, reverse=True):
        written = spellings[low]
        if len(low) <= 4:
            parts.append(re.escape(written))
        elif written[0].isupper():
            parts.append(re.escape(written[0]) + f"(?i:{re.escape(written[1:])})")
        else:
            parts.append(f"(?i:{re.escape(written)})")
    al.party_regex = re.compile(r"(?<![\wåäöÅÄÖ-])(?:" + "|".join(parts) + r")(?![\wåäöÅÄÖ-])")
    return al


@lru_cache(maxsize=1)
def aliases() -> Aliases:
    return load_aliases()


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
        pattern = raw["pattern"].replace("{FORUM}", forum).replace("{MEET}", MEETING_NOUNS)
        out.append(
            Rule(
                kind=raw["kind"],
                regex=re.compile(pattern, re.IGNORECASE),
                confidence=float(raw.get("confidence", 0.7)),
                needs_date=bool(raw.get("needs_date", False)),
                status=raw.get("status", "open"),
                asker=bool(raw.get("asker", False)),
                name=f"phrases.toml #{i + 1}{where}",
            )
        )
    ignores = [re.compile(i["pattern"], re.IGNORECASE) for i in data.get("ignore", [])]
    quiet = [re.compile(i["pattern"], re.IGNORECASE) for i in data.get("ignore", [])
             if i.get("closings")]
    return out, ignores, quiet


@lru_cache(maxsize=1)
def rules() -> tuple[list[Rule], list[re.Pattern[str]], list[re.Pattern[str]]]:
    return load_rules()


__all__ = ["Aliases", "Rule", "aliases", "forum_pattern", "load_aliases", "load_rules", "rules"]
