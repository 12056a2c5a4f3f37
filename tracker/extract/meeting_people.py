"""Who took part in a meeting: the people of the present, absent and justerare blocks of
minutes ("Närvarande:", "Förhinder", "Justerare:"), each with the organisation or side
they came for and their role, and the signatories written "Namn för organisation" after
"Justeras".  Used by :mod:`tracker.extract.meeting`.
"""

from __future__ import annotations

import re

from tracker.domain import Person
from tracker.extract.sections import Structure
from tracker.language.aliases import Aliases

#: "EC Lena Gustavsson", "vik USK Filippa Dahl": a title written as an abbreviation
#: before the name in a list of those present.
_ROLE_PREFIX = re.compile(r"^(?P<role>(?:vik\.?\s+)?[A-ZÅÄÖ]{2,4})\s+(?=[A-ZÅÄÖ][a-zåäöé])")

_NAME = re.compile(
    r"^[A-ZÅÄÖÉÜ][\wåäöéü'’-]+(?:\s+(?:af\s+|von\s+|de\s+|van\s+)?[A-ZÅÄÖÉÜ][\wåäöéü'’-]+){1,3}$"
)
_FIRST = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+$")

_SIGN = re.compile(
    r"^(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,3})\s+för\s+(?P<org>.+)$"
)
_GROUP_HINT = re.compile(
    r"förvaltning|organisationer|sidan|arbetsgivare|arbetstagare|fackliga|ledamöter|"
    r"ersättare|tjänstemän|tjänstepersoner|övriga|förtroendevalda|personalföreträdare",
    re.IGNORECASE,
)


def _split_names(text: str) -> list[str]:
    parts = re.split(r",|;|\s+och\s+|\s+samt\s+|\s+&\s+", text)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _split_outside_brackets(text: str) -> list[str]:
    """``text`` split at the commas outside brackets."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [x for x in parts if x]


def _person_line(text: str, group: str | None, al: Aliases) -> list[Person]:
    """People on one line of a present/absent/justerare block."""
    text = text.strip(" ,.-–•")
    if not text:
        return []
    # "Jonas Hedlund, IT-chef (JH, ordf.); Henrik Sandberg, sektionschef (HS)": one person
    # with a role per semicolon; each part read as a line of its own.
    parts = [p for p in (x.strip() for x in text.split(";")) if p]
    if len(parts) > 1 and ":" not in text:
        found = [_person_line(p, group, al) for p in parts]
        if all(found):
            return [p for ps in found for p in ps]
    # "Ingela Nordström (IN, förvaltningschef), Per-Olof Granström (PG, fritidschef), …":
    # people with their roles in brackets, commas inside the brackets; each part by itself.
    outside = _split_outside_brackets(text)
    if len(outside) > 1 and ":" not in text and sum(
        1 for x in outside if re.match(r"^[^,()]+\([^)]+\)\s*$", x)
    ) >= 2:
        found = [_person_line(x, group, al) for x in outside]
        if all(found):
            return [p for ps in found for p in ps]
    # "Vision: Indu Bala Chopra, Maria Ahumada" / "Arbetsgivaren: Lars Wennberg"
    if ":" in text:
        org, _, rest = text.partition(":")
        org_c = al.canonical(org.strip())
        return [Person(n, org_c) for n in _split_names(rest) if _NAME.match(n)]
    # "Anna Andersson (S), ordförande"
    m = re.match(r"^(?P<name>[^,(]+?)\s*\((?P<party>[^)]+)\)\s*,?\s*(?P<role>.*)$", text)
    if m and (_NAME.match(m.group("name").strip()) or _FIRST.match(m.group("name").strip())):
        if not al.is_party(m.group("party")) and not re.fullmatch(r"[A-ZÅÄÖ]{1,3}", m.group(
            "party"
        )):
            # "Nina (enhetschef)": a role in the brackets, not a party.
            rest = m.group("role").strip(" ,")
            people = [Person(m.group("name").strip(), group, m.group("party").strip())]
            people += [Person(n, group) for n in _split_names(rest) if _NAME.match(n) or
                       _FIRST.match(n)]
            return people
        return [Person(m.group("name").strip(), m.group("party").strip(),
                       m.group("role").strip(" ,") or None)]
    # "Lars Wennberg, avdelningschef nämndkansliet" / "Anna Ek, Vision" /
    # "Lars Wennberg för arbetsgivaren"
    sm = _SIGN.match(text)
    if sm:
        return [Person(sm.group("name"), al.canonical(sm.group("org")))]
    rm = _ROLE_PREFIX.match(text)
    if rm and _NAME.match(text[rm.end():].split(",")[0].strip()):
        # "EC Lena Gustavsson, SSK Ahmed Rahimi, vik USK Filippa Dahl"
        out = []
        for n in _split_names(text):
            pm = _ROLE_PREFIX.match(n)
            bare = n[pm.end():].strip() if pm else n
            if _NAME.match(bare):
                out.append(Person(bare, group, pm.group("role") if pm else None))
        return out
    name, _, rest = text.partition(",")
    name = name.strip()
    if _NAME.match(name):
        rest = rest.strip()
        if rest and al.is_party(rest):
            return [Person(name, al.canonical(rest))]
        first_rest = rest.split(",")[0].strip()
        if rest and _NAME.match(first_rest) and not re.search(r"[a-zåäö]{4,}chef", rest):
            # "Anna Ek, Per Olsson, Eva Berg": a plain list of names
            return [Person(n, group) for n in _split_names(text) if _NAME.match(n)]
        role_parts = [p.strip() for p in rest.split(",") if p.strip()]
        org = group
        role = None
        for part in role_parts:
            if al.is_party(part):
                org = al.canonical(part)
            elif role is None:
                role = part
        return [Person(name, org, role)]
    return []


def _people(values: list[str], al: Aliases, *, absent: bool = False) -> list[Person]:
    out: list[Person] = []
    group: str | None = None
    for text in values:
        stripped = text.strip(" ,")
        if not stripped:
            continue
        people = _person_line(stripped, group, al)
        if people:
            out.extend(people)
            continue
        if al.is_party(stripped):
            if absent:
                canon = al.canonical(stripped) or stripped
                out.append(Person(canon, canon))
            else:
                group = al.canonical(stripped)
            continue
        if _GROUP_HINT.search(stripped) and len(stripped.split()) <= 4:
            group = None if re.search(r"fackliga|organisationer|övriga", stripped, re.I) else (
                stripped
            )
            continue
        if absent and len(stripped.split()) <= 3 and stripped[:1].isupper():
            out.append(Person(stripped, stripped if not _NAME.match(stripped) else None))
    return out


def _signatures(st: Structure, al: Aliases) -> list[Person]:
    """'Lars Wennberg för arbetsgivaren' lines after 'Justeras'."""
    out: list[Person] = []
    lines = st.lines + st.noise
    for i, ln in enumerate(lines):
        if re.match(r"^\s*justeras\b", ln.text, re.IGNORECASE):
            for nxt in lines[i + 1 : i + 14]:
                m = _SIGN.match(" ".join(nxt.text.split()))
                if m:
                    out.append(Person(m.group("name"), al.canonical(m.group("org"))))
            break
    return out
