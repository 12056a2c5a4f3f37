"""Carry-over round 7 on invented Swedish minutes: actions said with an adverb between
verb and particle or as "gör en <act>", a denial a few words before a done-word, and
lines that each open with a topic label being matters of their own."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import doc_from_text
from tracker.extract import extract
from tracker.extract.mentions import effect_of
from tracker.extract.status_sentences import subject_and_state

FIRST = """\
Samverkansgrupp Fritid
Minnesanteckningar 2025-03-04

Närvarande: Lena Ås (ordf.), Omar Berg, Pia Sund, Rolf Ek

1. Arbetsmiljö
Kommunal tar upp att dörren till förrådet på Ängsgården kärvar.
Pia Sund gör en felanmälan till fastighet.
Ombyggnaden av fritidsgården: Parterna tar gemensamt fram en riskbedömning, klar senast 2025-04-15.
"""


def test_act_nouns_and_particles_after_an_adverb_are_actions() -> None:
    ext = extract(doc_from_text(FIRST))
    titles = [c.title for c in ext.items]
    assert any("gör en felanmälan" in t for t in titles)
    assert any("tar gemensamt fram en riskbedömning" in t for t in titles)


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("Riskbedömningen är påbörjad men har inte hunnit bli klar.", "update"),
        ("Rapporten har ännu inte blivit helt klar.", "update"),
        ("Rapporten har hunnit bli klar.", "close"),
        ("Frågan är klar.", "close"),
    ],
)
def test_a_denial_a_few_words_before_the_done_word_keeps_it_open(text: str, effect: str) -> None:
    assert effect_of(text, by_verb=True) == effect


SECOND = """\
Samverkansgrupp Fritid
Minnesanteckningar 2025-04-22

Närvarande: Lena Ås (ordf.), Omar Berg, Pia Sund, Rolf Ek

1. Uppföljning
Ängsgården: Analysen av dörrarna är påbörjad men har inte hunnit bli klar. Nytt datum är 2025-05-20.
Semesterplanering: Omar Berg redovisar läget; alla önskemål är inlämnade. Frågan är besvarad.
"""


def test_each_line_opened_by_its_own_label_is_a_matter_of_its_own() -> None:
    ext = extract(doc_from_text(SECOND))
    # the closing of the next labelled line is not the first matter's
    assert not any(c.status == "done" and "Ängsgården" in (c.evidence or "") for c in ext.items)
    closing = next(c for c in ext.items if c.title.startswith("Semesterplanering"))
    assert closing.status == "done"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a done-word after "blir" is ahead: the matter goes on
        ("Upphandlingsunderlaget för snöröjning blir klart i maj.",
         ("Upphandlingsunderlaget för snöröjning", "open")),
        ("Planen för lekplatserna ska bli klar i augusti.", ("Planen för lekplatserna", "open")),
        # "informerar om att": the subject is in the reported clause
        ("Gatuchefen informerar om att upphandlingsunderlaget för snöröjning blir klart i maj.",
         ("upphandlingsunderlaget för snöröjning", "open")),
        # a clause of time still says what the matter waits for
        ("Kvarstår tills skyltarna är uppsatta.", None),
    ],
)
def test_a_future_done_and_a_reported_clause(sentence: str, found) -> None:
    assert subject_and_state(sentence) == found


PROTOCOL = """\
Tekniska nämnden
Protokoll 2025-06-10

Närvarande: Eva Lund (ordf.), Per Sjö, Åsa Berg

§ 30 Information
Gatuchefen informerar om att upphandlingsunderlaget för snöröjning blir klart i juni.

Ordförande: Eva Lund     Justerare: Per Sjö     Sekreterare: Åsa Berg
"""


def test_the_signatures_are_no_part_of_the_last_paragraph() -> None:
    ext = extract(doc_from_text(PROTOCOL))
    about = [c for c in [*ext.items, *ext.mentions] if "snöröjning" in (c.evidence or "")]
    assert about
    assert not any("Justerare" in (c.evidence or "") for c in about)


def test_a_bare_denial_after_a_done_step_keeps_the_matter_open() -> None:
    # "kl. 9–12." ends no sentence before its number, and "Inte genomförd än." after
    # "är bokad" says the matter is not done yet: an update, not a close.
    text = ("Arbetsplatsträff\nAnteckningar 2025-03-04\n\nNärvarande: Eva Ek, Omar Berg\n\n"
            "Uppföljning\n"
            "• Brandövningen är bokad till den 12 mars kl. 9–12. Inte genomförd än.\n"
            "• Förbandsskåpet är lagat.\n")
    ext = extract(doc_from_text(text))
    said = {m.text.lstrip("• ").split(" ")[0]: m for m in ext.mentions}
    drill = said["Brandövningen"]
    assert "kl. 9–12" in drill.text
    assert "effekt: update" in drill.reasons
    assert "effekt: close" in said["Förbandsskåpet"].reasons


@pytest.mark.parametrize(
    "text",
    ["A7 behörigheter: avskrivs – hanteras i ett annat projekt.", "Frågan är utagerad.",
     "3 | Ny rutin för nycklar | Sara | 2026-03-01 | Avskriven"],
)
def test_written_off_closes_the_matter(text: str) -> None:
    assert effect_of(text, by_verb=True) == "close"


def test_a_paragraph_heading_with_the_bodys_abbreviation_carries_its_dnr() -> None:
    # "KSAU § 140    Dnr KS 2025/214": the § of an ärende, its dnr on the same line.
    text = ("Kommunstyrelsens arbetsutskott\nProtokoll 2025-11-25\n\n"
            "KSAU § 140    Dnr KS 2025/214\nBadhuset – ventilation\n"
            "Underlaget för ventilationen är klart och annonseras vecka 49.\n"
            "Arbetsutskottets beslut\nInformationen noteras.\n")
    ext = extract(doc_from_text(text))
    assert any(m.dnr == "KS 2025/214" for m in ext.mentions), [m.dnr for m in ext.mentions]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # "men" contrasts the values, not the measuring done
        ("Bullermätningen i verkstaden är gjord, nivåerna låg under gränsen men nära.", "done"),
        ("Bullermätningen är gjord men rapporten har inte kommit.", "open"),
        ("Rutinen är klar men ska justeras efter sommaren.", "open"),
    ],
)
def test_a_contrast_takes_the_done_back_only_when_it_says_so(text: str, state: str) -> None:
    from tracker.extract.status_reading import read_state

    found = read_state(text)
    assert found is not None and found[2] == state


def test_a_done_word_as_the_first_part_of_a_compound_closes_nothing() -> None:
    # "klart-datum flyttas": the date of being done moves, nothing is done.
    text = "Hon vill ha ett möte med föreningen först, så klart-datum flyttas till 2026-06-15."
    assert effect_of(text) is None
    assert effect_of(text, by_verb=True) == "update"
    assert effect_of("Klart – rapporten är lämnad.") == "close"
