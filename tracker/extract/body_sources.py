"""The meeting's body from outside its text: the file's name, as a secretary names minutes
("KS protokoll 2023-05-16.pdf", "Protokoll_socialnämnden_20230512.docx",
"Styrelsemöte 230512.pdf").  Only used when the text names no body, always with a warning
(:mod:`tracker.extract.minutes`): a name may be a copy's or an old template's."""

from __future__ import annotations

import re

from tracker.extract.body_in_text import _body_from, _title_line_body
from tracker.extract.body_names import _BODY_NAME_WORD, _NOT_A_BODY_WORD
from tracker.extract.followup_words import vocabulary
from tracker.language.aliases import Aliases

#: The file's extension, and the digits and separators of its dates and numbers.
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{2,4}$")
_NUMBERS = re.compile(r"(?<![A-Za-zÅÄÖåäö])[\d.:/-]+(?![A-Za-zÅÄÖåäö])")


#: A forum's name written whole ("Socialnämnden", "Barn- och utbildningsnämnden",
#: "styrelsen"); a bare "nämnden" or "gruppen" names no forum of its own.
_FORUM_NAME = re.compile(
    r"(?i)(?<![\wåäö-])(?:(?:[\wåäö]+-\s+och\s+)?[\wåäö]{2,}(?:nämnden|styrelsen|"
    r"fullmäktige|utskottet|rådet|direktionen|kommittén|beredningen|gruppen)|styrelsen|"
    r"fullmäktige|direktionen)(?![\wåäö])"
)


#: Forum nouns that alone name no forum of their own.
_BARE_NOUNS = frozenset({"gruppen", "nämnden", "rådet", "utskottet", "kommittén",
                         "beredningen", "grupp", "nämnd", "råd", "utskott"})


def _words(name: str) -> str:
    stem = _EXTENSION.sub("", name.strip())
    return " ".join(_NUMBERS.sub(" ", stem.replace("_", " ")).split())


def body_from_file_name(name: str, al: Aliases) -> str | None:
    """The body the file's name gives: a body's common abbreviation ("KS", "KSAU"; the
    user's own from the aliases too), a forum named after the document word ("protokoll
    socialnämnden") or its meeting ("Styrelsemöte"); None when the name names none."""
    text = _words(name)
    if not text:
        return None
    abbreviations = vocabulary().abbreviations
    for word in text.split():
        if word in abbreviations:
            return abbreviations[word]
        hit = al.forum_index.get(word.lower())
        if hit and word.isupper():
            return hit
        known = al.index.get(word.lower())
        if known and word.isupper() and _BODY_NAME_WORD.match(known):
            return known
    # A forum's name among the words ("Kultur- och fritidsnämnden protokoll …").
    if (m := _FORUM_NAME.search(text)) and not _NOT_A_BODY_WORD.search(m.group(0)):
        return m.group(0)[0].upper() + m.group(0)[1:]
    # (as a title line: "Protokoll socialnämnden", "Styrelsemöte", "Minnesanteckningar FVG")
    for candidate in (_title_line_body(text + " 1"), _body_from(text, al)):
        if candidate and candidate.casefold() in _BARE_NOUNS:
            continue  # "Möte med gruppen.docx": some group, named nowhere
        if candidate and (_BODY_NAME_WORD.match(candidate) or candidate in al.forums):
            return candidate[0].upper() + candidate[1:]
    return None


__all__ = ["body_from_file_name"]
