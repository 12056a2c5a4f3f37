"""Sentences that say where a matter stands: "<the matter> <a status>".

Later minutes often report on an earlier matter in one plain sentence inside a
paragraph, with no label, number or dnr to find it by: "Programmet för studiedagen är
utskickat.", "Bullerfrågan i verkstaden kvarstår tills absorbenterna är monterade.",
"Frågan om bemanningen ligger kvar hos FVG och bevakas.", "Gungan på Lindvägen 3 har
fått nya kedjor.", "… informerar om att utredningen om meröppet pågår".  The sentence
opens with the matter (its *subject*: a noun phrase, perhaps after "att") and goes on
with a word that says it is done or still open.  Whatever separates the two – a verb,
a dash, a colon – the subject names the matter, as a topic label does.

:func:`status_sentences` finds such sentences in running text; the mention reader
(:mod:`tracker.extract.mention_passages`) turns each into a mention whose label is the subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker.extract.clause_lexicon import state_forms
from tracker.extract.sentence_split import ABBREVIATION
from tracker.extract.status_reading import read_state

#: Participles and adjectives that say a thing is done: "är utsedda", "är utskickat",
#: "är sanerat", "är åtgärdat", "är klar".  Stems with their -d/-t/-da/-de/-a endings.
_DONE_STEMS = (
    r"klar[ta]?|färdig[ta]?|utsedd[a]?|utsett|utskickad[e]?|utskickat|skickad[e]?|skickat|"
    r"sanerad[e]?|sanerat|åtgärdad[e]?|åtgärdat|lagad[e]?|lagat|reparerad[e]?|reparerat|"
    r"avslutad[e]?|avslutat|genomförd[a]?|genomfört|levererad[e]?|levererat|"
    r"installerad[e]?|installerat|monterad[e]?|monterat|bokad[e]?|bokat|"
    r"tillsatt[a]?|rekryterad[e]?|rekryterat|anställd[a]?|fastställd[a]?|fastställt|"
    r"antagen|antaget|antagna|godkänd[a]?|godkänt|besvarad[e]?|besvarat|löst[a]?|"
    r"utbytt[a]?|bytt[a]?|inköpt[a]?|köpt[a]?|publicerad[e]?|publicerat|utförd[a]?|utfört|"
    r"besiktigad[e]?|besiktigat|tätad[e]?|tätat|målad[e]?|målat|rensad[e]?|rensat|"
    r"uppsatt[a]?|ordnad[e]?|ordnat|ersatt[a]?|borttagen|borttaget|borttagna|"
    r"införd[a]?|infört|åtgärdade|på\s+plats|"
    # written off or played out: no longer open work either ("Frågan är utagerad")
    r"avskriven|avskrivet|avskrivna|utagerad[e]?|utagerat"
)
#: "har lagats", "har skickats ut", "har fått nya upphängningar".
_DONE_PERFECT = (
    r"har\s+(?:nu\s+|därmed\s+)?(?:lagats|åtgärdats|genomförts|levererats|installerats|"
    r"bytts|reparerats|fixats|lösts|besvarats|köpts\s+in|kommit\s+på\s+plats|skickats(?:\s+ut)?|"
    r"sanerats|utsetts|tillsatts|monterats|bokats|fastställts|publicerats|"
    r"fått\s+(?:ny|nytt|nya)\b)"
)
#: A done status anywhere in a text ("… är utskickat", "… har fått nya …"), for the
#: closing words of :func:`tracker.extract.mentions.effect_of`.
DONE_STATUS = (
    r"\b(?:är|blev|har\s+blivit)\s+(?:nu\s+|därmed\s+|numera\s+|också\s+)?(?:"
    + _DONE_STEMS + r")\b|\b" + _DONE_PERFECT
)
#: The status part: done, or still open ("kvarstår", "pågår", "ligger kvar", "bevakas").
_STATUS = re.compile(
    r"(?P<done>(?:är|blev|har\s+blivit)\s+(?:nu\s+|därmed\s+|numera\s+|också\s+)?"
    r"(?:" + _DONE_STEMS + r")\b|" + _DONE_PERFECT + r"|"
    r"anses\s+(?:\w+\s+)?(?:besvarad|besvarat|avslutad|avslutat|klar|klart)\b|"
    r"avslutas\b|avförs\b|stryks\b|avskrivs\b|tas\s+bort\s+från\b)|"
    r"(?P<open>kvarstår|pågår|ligger\s+kvar|står\s+kvar|bevakas|fortsätter|"
    r"är\s+(?:ännu\s+)?(?:inte|ej)\s+(?:klar|klart|klara|färdig|färdigt)\b)",
    re.IGNORECASE,
)
#: Words that make the part before the status a clause, a person or a meeting fact, not
#: a matter.
_NOT_SUBJECT_TEXT = """
    att som när hur vad det den detta dessa han hon vi de man jag ni alla ingen
    inget något mötet gruppen ledningsgruppen nämnden styrgruppen arbetsgivaren
    förvaltningen protokollet dagordningen informationen arbetet allt mycket status
    kommentar kommentarer åtgärd ansvarig beslut notering hinner kan ska skall måste
    behöver bör får kommer vill brukar verkar tycks
"""
_NOT_SUBJECT = frozenset(_NOT_SUBJECT_TEXT.split())
#: "Det nya nyckelskåpet", "Den reviderade rutinen": the article before an adjective
#: and a definite noun, no pronoun ("Det är klart" stays no subject).
_ARTICLE = re.compile(r"^(?:det|den|de)\s+(?=[a-zåäö]+(?:a|e)\s+[a-zåäö-]+(?:et|en|na|n|t)$)",
                      re.IGNORECASE)
#: A sentence ends at . ! ? or ; before a space (or the end).
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[.!?;])$")
#: A sentence that only denies ("Inte genomförd än.", "Ej klart ännu."), without a subject.
_NOT_YET = re.compile(
    r"^(?:men\s+)?(?:ännu\s+|fortfarande\s+)?(?:inte|ej)\s+\w+(?:\s+\w+){0,2}[.!]?$", re.IGNORECASE
)
#: What opens a subject: the start of the sentence, or "att" of a reported clause
#: ("… informerar om att utredningen om meröppet pågår").
_OPENING = re.compile(r"^|\batt\s+", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:(?:[-–•*·✓✔]|\d{1,2}[.)])\s*)+\s")
_SHARE = re.compile(r"\s*(?:till|på|för|i)\s+(?:cirka\s+|ca\s+)?\d+\s*(?:%|procent)",
                    re.IGNORECASE)
#: "skyddsronden inte har genomförts", "frågan ännu inte är löst": the status denied.
_DENIED = re.compile(r"\s+(?:ännu\s+|fortfarande\s+)?(?:inte|ej|aldrig)$", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 9
#: "Frågan om fritidsscheman", "Punkten om skyddsombud": the matter is what follows.
_ABOUT = re.compile(r"^(?:(?:frågan|punkten|ärendet|uppdraget)\s+(?:om|kring|gällande)|"
                    # "arbetet med lokalförsörjningsplanen pågår": the work is the matter's
                    r"arbetet\s+med)\s+", re.IGNORECASE)


@dataclass(slots=True)
class StatusSentence:
    """A status sentence: where it starts (index into the lines given), its text, the
    subject that names the matter, and whether it says "done" or "open"."""

    line: int
    text: str
    subject: str
    state: str
    #: For a statement with no subject of its own, the paragraph up to it.
    context: str = ""


def subject_and_state(sentence: str, *, generic: bool = False) -> tuple[str, str] | None:
    """The subject and "done"/"open" of a status sentence, or None:
    "Klottret på soprumsdörren, Ekgatan 6, är sanerat." → ("Klottret på soprumsdörren,
    Ekgatan 6", "done").  ``generic``: a subject that names no matter ("Frågan är därmed
    avklarad") is read too, as the empty subject."""
    text = _BULLET.sub("", sentence).strip()
    found = _by_phrase(text, generic) or _by_verb(text, generic) or by_own_object(text)
    if found is not None and generic and _all_generic(found[0]):
        return "", found[1]
    return found


#: "Samtliga arbetslag har lämnat in sin reflektion": who did it, a completion verb in
#: the perfect and the doer's own deliverable after "sin/sitt/sina".
_OWN_OBJECT = re.compile(
    r"^(?-i:[A-ZÅÄÖ])[^,;:]{0,60}?\s+har\s+(?:nu\s+|redan\s+|också\s+|därmed\s+)?"
    r"(?P<verb>[a-zåäö]+(?:\s+(?:in|ut|fram|upp))?)\s+(?:sin|sitt|sina)\s+"
    r"(?P<obj>[\wåäöé-]+(?:\s+[\wåäöé-]+){0,2}?)\s*(?:[.;,]|$|\s+(?:till|för|om|i|på)\b)",
    re.IGNORECASE,
)


def by_own_object(text: str) -> tuple[str, str] | None:
    """The deliverable an active perfect says its doers handed in or finished, as the
    subject of a done statement ("Samtliga arbetslag har lämnat in sin reflektion" →
    ("reflektion", "done")); an agent doing something to another thing ("har bytt
    fläktmotor") is not read."""
    m = _OWN_OBJECT.match(text)
    if m is None or state_forms().get(m.group("verb").casefold()) != ("completion", "supine"):
        return None
    return m.group("obj"), "done"


def _all_generic(subject: str) -> bool:
    words = [w.casefold() for w in re.findall(r"[\wåäöéÅÄÖ-]+", subject)]
    return bool(words) and all(w in _GENERIC or w in _GENERIC_ADVERBS for w in words)


#: Adverbs after a generic subject: "Frågan är därmed avklarad", "Punkten är nu klar".
_GENERIC_ADVERBS = frozenset(("därmed", "nu", "alltså", "således", "härmed"))


def _by_verb(text: str, generic: bool = False) -> tuple[str, str] | None:
    """The subject and state as the verb's class and tense tell them ("Skyddsronden
    genomfördes 6 mars", "Redovisningen skjuts till september"): see
    :mod:`tracker.extract.status_reading`."""
    for opening in _OPENING.finditer(text):
        start = opening.end()
        found = read_state(text, start)
        if found is None:
            return None
        raw = text[start : found[0]].strip(" ,–-:")
        subject = _ARTICLE.sub("", _ABOUT.sub("", raw))
        if start == 0 and raw[:1].islower():
            continue
        if not _is_subject(subject, at_start=start == 0) and not (
                generic and start == 0 and _all_generic(subject)):
            continue
        return subject, found[2]
    return None


def _by_phrase(text: str, generic: bool = False) -> tuple[str, str] | None:
    for opening in _OPENING.finditer(text):
        start = opening.end()
        m = _STATUS.search(text, start)
        if m is None:
            return None
        # "Från förra APT:t * Sandlådan på gården är bytt": the last bullet begins it.
        raw = re.split(r"\s[*•·✓✔]\s", text[start : m.start()])[-1].strip(" ,–-:")
        denied = _DENIED.search(raw)
        if denied:
            raw = raw[: denied.start()]
        subject = _ARTICLE.sub("", _ABOUT.sub("", raw))
        if start == 0 and raw[:1].islower():
            # Not a sentence's start: a line that goes on from one not read here.
            continue
        if not _is_subject(subject, at_start=start == 0) and not (
                generic and start == 0 and _all_generic(subject)):
            continue
        # "… har genomförts på 88 procent av arbetsplatserna": a share is no whole.
        part = _SHARE.match(text, m.end())
        return subject, ("done" if m.group("done") and not denied and not part else "open")
    return None


def _is_subject(subject: str, *, at_start: bool) -> bool:
    words = re.findall(r"[\wåäöéÅÄÖ-]+", subject)
    if not words or len(words) > _MAX_SUBJECT_WORDS:
        return False
    lowered = [w.casefold() for w in words]
    if _NOT_SUBJECT & set(lowered):
        return False
    if all(w in _GENERIC for w in lowered):
        # "Frågan är besvarad": which question, the sentence does not say.
        return False
    # A verb inside the "subject" makes it a clause ("Rektor meddelar att …" is taken
    # from "att"); a finite verb in -ar/-er/-ir followed by more words is one.
    if any(re.fullmatch(r"\w+(?:ar|er|ir|ade|de)", w) and k < len(words) - 1 and k > 0
           for k, w in enumerate(lowered)) and len(words) > 4:  # fmt: skip
        return False
    first = words[0]
    # A person ("Nora Sand är klar med …") is no matter: two capitalised words first.
    if len(words) >= 2 and first[0].isupper() and words[1][0].isupper() and not at_start:
        return False
    # "Nora Sand kvarstår …" at a sentence's start: a name of two words alone.
    return not (len(words) == 2 and at_start and first.istitle() and words[1].istitle())


def sentences(text: str) -> list[tuple[int, str]]:
    """``text`` split into sentences, each with its offset."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[pos : m.start()].strip()
        if ABBREVIATION.search(piece[-16:]) and text[m.end() : m.end() + 1].isdigit():
            # "… bokad till den 26 februari kl. 13–16. Inte genomförd än.": "kl." and
            # "nr." before a number end no sentence.
            continue
        if piece:
            out.append((pos, piece))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, text[pos:].strip()))
    return out


#: "4.2 Flytt av IVA", "3. Arbetsmiljö": a numbered heading of a few words, no sentence.
_SUBHEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ][^.!?|]{0,60}$")


def status_sentences(paragraph: list[tuple[int, str]]) -> Iterator[StatusSentence]:
    """The status sentences of a paragraph given as (line index, text) pairs."""
    joined = ""
    starts: list[tuple[int, int]] = []  # (offset in joined, line index)
    for idx, text in paragraph:
        t = text.strip()
        if _SUBHEADING.match(t):
            # "… januari 2024. / 4.2 Flytt av IVA / Riskbedömningen … genomfördes …": a
            # numbered heading inside the paragraph is no part of the sentence after it.
            t = f"{t.rstrip(':')}."
            if joined and not joined.rstrip().endswith((".", "!", "?", ":")):
                joined += "."
        if joined.endswith("-") and t[:1].islower():
            # "septem-" / "ber": a word broken at the line's end.
            joined = joined[:-1]
        elif joined:
            joined += " "
        starts.append((len(joined), idx))
        joined += t
    out: list[StatusSentence] = []
    last_done: tuple[int, StatusSentence] | None = None  # (sentence number, statement)
    for n, (offset, sentence) in enumerate(sentences(joined)):
        # "Frågan är därmed avklarad": a statement with no subject of its own is about
        # the matter of the heading it stands under (the linker reads that).
        found = subject_and_state(sentence, generic=True)
        if found is None:
            if last_done is not None and last_done[0] == n - 1 and _NOT_YET.match(sentence):
                # "HLR-utbildningen är bokad till den 26 februari. Inte genomförd än.": a
                # bare denial right after a done step says the matter is not done yet.
                done = last_done[1]
                done.text, done.state = f"{done.text} {sentence}", "open"
                last_done = None
            continue
        if (
            last_done is not None
            and last_done[0] == n - 1
            and found[1] == "open"
            and len(found[0].split()) == 1
            # (The sentence opens with it: "Förvaltningen har begärt att skolorna
            # påbörjar en plan 2027" is about another matter.)
            and sentence.lstrip().casefold().startswith(found[0].casefold())
        ):
            # "Enkäten är genomförd. Resultatet har inte sammanställts ännu och redovisas
            # vid nästa möte.": a bare noun right after a done step goes on about the
            # same matter (its result, its report), and the later word decides.
            done = last_done[1]
            done.text, done.state = f"{done.text} {sentence}", "open"
            last_done = None
            continue
        line = next(idx for off, idx in reversed(starts) if off <= offset)
        same = next((o for o in out if o.state == found[1] and _shared(o.subject, found[0])),
                    None)  # fmt: skip
        if same is not None:
            # "Sammanställningen för åk 7 pågår. … Redovisningen för åk 7 ligger kvar
            # till mars.": one matter said twice in a paragraph is one statement.
            same.text = f"{same.text} {sentence}"
            continue
        context = joined[: offset + len(sentence)].strip() if not found[0] else ""
        if not found[0]:
            line = starts[0][1]
        out.append(StatusSentence(line, sentence, found[0], found[1], context))
        last_done = (n, out[-1]) if found[1] == "done" else None
    yield from out


_GENERIC = frozenset(("frågan", "frågorna", "punkten", "ärendet", "uppdraget", "för", "med", "och",
                      "fråga", "punkt", "ärende"))


def _shared(a: str, b: str) -> bool:
    """Two subjects share a word that names something (four letters or more, or a
    number)."""
    def keys(t: str) -> set[str]:
        return {w for w in re.findall(r"[\wåäöé]+", t.casefold())
                if (len(w) >= 4 or w.isdigit()) and w not in _GENERIC}  # fmt: skip

    return bool(keys(a) & keys(b))
