"""Which body met, read from the shapes real minutes name it by: the title's meeting
("Möte med föreningens styrelse"), a compound protocol word ("Styrelseprotokoll nr 4"),
the name before "PROTOKOLL", a forum named for its matter on a header line, the forum
that met or whose members speak, the chair who opens or decides for it, the decisions'
body – and the traps (a member's organisation in parentheses, a bare "nämnden", a place
after the first document word).  The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.minutes_helpers import run

TAIL = "\n\n1. Övrigt\nInget att rapportera.\n"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the title's meeting names the forum, or the association it is held in
        (
            "Möte med föreningens styrelse den 3 maj 2024\nNärvarande: Eva, Per",
            "Föreningens styrelse",
        ),
        ("Möte i Ekbackens hembygdsförening 12/4 2024\nNärvarande: Eva, Per", "Hembygdsföreningen"),
        # a compound protocol word, not the word after it
        ("Styrelseprotokoll nr 4/24, gällande 12-20 Plats: Klubbhuset", "Styrelsen"),
        ("Styrelsemötesprotokoll 2024-05-20\nPlats: Klubbhuset", "Styrelsen"),
        # the name before the document word, in capitals; its state is no part of it
        (
            "A VÄSTRA DISTRIKTETS PENSIONÄRSRÅD PROTOKOLL 02/2024 Sammanträdesdatum 2024-02-05",
            "Västra distriktets pensionärsråd",
        ),
        # ... before a dash and "anteckningar"
        (
            "STYRGRUPP IDROTT OCH HÄLSA - anteckningar\nÅsby kommun, Fritidsförvaltningen",
            "Styrgrupp idrott och hälsa",
        ),
        # a meeting word in capitals, then its date, time and room
        ("ÅSBY KOMMUN\n\nAVDELNINGSMÖTE 3/2 2031  kl 9.00-10.00  matsalen", "Avdelningsmöte"),
        # a title wrapped after the body's genitive, read whole (not its second line alone)
        (
            "Protokoll fört vid sammanträde med kulturnämndens\narbetsutskott\n"
            "Tisdagen den 4 mars 2031 kl. 16.00",
            "Kulturnämndens arbetsutskott",
        ),
        # a place after the first document word, the forum after a later one
        (
            "Protokoll - Åsby\nMINNESANTECKNINGAR\nMinnesanteckningar Brottsförebyggande rådet,\n"
            "den 4 mars 2024",
            "Brottsförebyggande rådet",
        ),
        # an organisation after the document word, the forum on its own title line
        (
            "Protokoll från Tallbackens vägsamfällighet\nÅrsstämma 2024-03-17\nPlats: Bygdegården",
            "Årsstämman",
        ),
        # header lines: an abbreviated forum's meeting, a wiki page, a forum in capitals,
        # a forum named for its matter
        ("VU-sammanträde på Ekbackens gård\nNärvarande: Eva, Per", "VU"),
        ("Planeringsmöte/2024-11-16\nNärvarande: Eva, Per", "Planeringsmöte"),
        ("Plats och tid:\nÅSBY KOMMUN\nKULTURRÅD\nMINNESANTECKNINGAR", "Kulturrådet"),
        (
            "Nämnd för kultur, fritid och idrott 12-20\nPlats: Rådhuset",
            "Nämnd för kultur, fritid och idrott",
        ),
        (
            "Hoppa över navigering\nMöte 2024-10-17\nNorra och Södra råd för äldrefrågor\n",
            "Norra och Södra råd för äldrefrågor",
        ),
    ],
)
def test_body_from_the_title(text, body):
    assert run(text + TAIL).meeting.body == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the forum the text says met
        (
            "Nyheter\nDen nordiska arbetsgruppen har träffats den 4 mars och den 8 april.",
            "Nordiska arbetsgruppen",
        ),
        # the forum its members sit in
        (
            "Plats och tid: Stadshuset 09.00\n\n4. Trygghet\nMedlemmarna i Trygghetsforum är "
            "överens om att arbetet ska fortsätta.",
            "Trygghetsforum",
        ),
        # the body whose chair opens the meeting, not the body told of after
        (
            "Plats och tid: Stadshuset\nPensionärsrådets ordförande Eva Lind hälsar rådet "
            "välkommen.\nPlanen ska antas av kommunfullmäktige i april.",
            "Pensionärsrådet",
        ),
        # the body of the decisions, not a member's organisation in parentheses
        (
            "Sammanträde 2024-05-02\nNärvarande:\nKarin Berg (Fackrådet, ersättare)\n\n"
            "§ 3 Budget\nStyrelsen beslöt:\natt godkänna budgeten.",
            "Styrelsen",
        ),
        # the chair deciding in the body's place
        (
            "• Ordförande i Norra stadsdelsnämnd Eva Lind (M) beslutar enligt kommunallagen på "
            "nämndens vägnar att ställa in mötet.",
            "Norra stadsdelsnämnd",
        ),
        # the body's own next meeting, in notes with no title
        (
            "Tid: 15.00\nPlats: Teams\n\n1. Ekonomi\nKassan är god.\n\n2. Nästa möte\n"
            "Nästa styrelsemöte blir den 13 mars.",
            "Styrelsen",
        ),
        # the members of the body told
        (
            "1. Skrivelser\nFöljande skrivelser, som har delgivits kommunfullmäktiges ledamöter "
            "och ersättare, anmäls.",
            "Kommunfullmäktige",
        ),
    ],
)
def test_body_from_the_text(text, body):
    assert run(text + TAIL).meeting.body == body


def test_a_genitive_written_for_a_forum_named_for_its_matter():
    text = (
        "Plats och tid: Rådhuset\nLokaler: Rådet för tillgänglighetsfrågors beslutar att "
        "notera informationen."
    )
    assert run(text + TAIL).meeting.body == "Rådet för tillgänglighetsfrågor"


def test_a_bare_lowercase_namnden_names_no_body():
    text = "Tid: 15.00\n\n1. Ekonomi\nKonsekvenserna för nämnden redovisas i maj."
    assert run(text + TAIL).meeting.body is None


def test_a_forums_short_name_in_parentheses_is_its_own():
    text = "MINNESANTECKNINGAR\n2024-03-10\nSamverkansgrupp (SVG) Gatukontoret\nTid: 13.15"
    assert run(text + TAIL).meeting.body == "SVG"
