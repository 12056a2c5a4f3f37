"""The names of organisations and forums: the shipped list
(``resources/extract/aliases.json``) merged with the user's own ``aliases.json`` in the
data folder, with an index of their spellings and one pattern that finds any of them in
text.  :func:`aliases` turns "AG" into "Arbetsgivaren" and "SSR" into
"Akademikerförbundet SSR"; compiled once per process.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tracker.paths import data_dir, resources_dir

log = logging.getLogger(__name__)


def _resource(name: str) -> Path:
    return resources_dir() / "extract" / name


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
