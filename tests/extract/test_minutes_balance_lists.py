"""Balance lists and the follow-up of earlier matters in running text: bullets under a
paragraph sign, hard-wrapped lines, numbered sub-items over their wrapped lines, a new
subject at a line start, "Frågor till nästa FVG" after the closing item – each matter
kept apart, with traps."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.minutes_helpers import (
    FSG_HEAD,
    FSG_NEXT,
    SK_HEAD,
    open_items,
    run,
)

D = dt.date


LSG_FOLLOWUP = """LSG Stadsbiblioteket, minnesanteckningar 2026-06-09

§1 Uppföljning från förra LSG (7/4)
• Luftkvaliteten i magasinet – mätning gjord 12/5, värdena inom gränsvärdet.
  Avslutas.
• Självbetjäningsautomaterna – reservdelar fortfarande inte levererade.
  Kvarstår till nästa LSG, Helena bevakar.
• Bemanning meröppet kvällstid – Vision väntar på besked från AG.
  Helena återkommer senast 19/6.

§4 Övrigt
• Kommunal: städningen av personalrummet har blivit sämre. Gäller flera enheter,
  därför tas frågan till förvaltningens SVG.

Nästa LSG: 25/8 kl. 14.00.
"""


def test_bullets_under_a_paragraph_sign_are_matters_of_their_own():
    items = run(LSG_FOLLOWUP).items
    assert [it.status for it in items[:3]] == ["done", "open", "open"]
    assert "Självbetjäningsautomaterna" in items[1].evidence
    assert (items[2].due, "meröppet" in items[2].evidence) == (D(2026, 6, 19), True)
    # "förvaltningens SVG": an organisation's own forum under its abbreviation
    assert items[3].kind == "referred" and "SVG" in (items[3].owner or "")


FVG_WRAPPED = """Protokoll från förvaltningsgruppen (FVG)
den 10 februari 2026

Närvarande
Arbetsgivaren
Robert Ljung, avdelningschef förskola
Kommunal: Zeynep Aydin

5. Balanslista
Lokalvård på Bredängs förskolor (väckt av Kommunal i november) –
kvarstår. Robert Ljung återkommer till FVG i mars när
avtalet med städentreprenören har omförhandlats.
Skyddsombudens tid för utbildning (väckt av Vision i december) –
besvarad vid januarimötet. Frågan avförs från balanslistan.

16. Mötets avslutande
Ordföranden tackade för mötet.

Frågor till nästa FVG
- Lönekartläggningen 2025, resultat och handlingsplan. Ansvar: AG
- Uppföljning av introduktionen för nyanställda undersköterskor.
  Väckt av Kommunal, AG svarar.

Nästa FVG: tisdag 10 mars 2026 kl. 13.00
"""


def test_hard_wrapped_balance_list_keeps_each_matter_apart():
    items = run(FVG_WRAPPED).items
    got = [(it.kind, it.status, it.owner, it.raised_by, it.title.split()[0]) for it in items]
    assert got[:2] == [
        ("awaiting_reply", "open", "Robert Ljung", "Kommunal", "Lokalvård"),
        ("closing", "done", None, "Vision", "Skyddsombudens"),
    ]


def test_questions_for_the_next_meeting_after_the_closing_item():
    items = run(FVG_WRAPPED).items[2:]
    assert [(it.kind, it.owner, it.raised_by, it.due) for it in items] == [
        ("carried_over", "Arbetsgivaren", None, D(2026, 3, 10)),
        ("carried_over", "Arbetsgivaren", "Kommunal", D(2026, 3, 10)),
    ]


def test_closing_remarks_alone_are_still_procedure():
    text = FVG_WRAPPED.split("Frågor till nästa FVG")[0]
    assert [it.title.split()[0] for it in run(text).items] == ["Lokalvård", "Skyddsombudens"]


def test_a_new_subject_starting_a_line_is_the_next_matter():
    ex = run(FSG_HEAD + "5. Kvarstående frågor\n"
             "Arbetskläder till timanställda: Arbetsgivaren har ännu inte fått besked\n"
             "från inköpsenheten. Frågan kvarstår till nästa FSG.\n"
             "Rutinen för ensamarbete kväll och natt är nu antagen och har skickats\n"
             "ut till all personal. Punkten stängs.\n6. Övrigt\nInget.\n" + FSG_NEXT)
    (item,) = open_items(ex)
    assert "timanställda" in item.title and item.due == D(2026, 2, 24)
    assert [c.status for c in ex.items].count("done") == 1


@pytest.mark.parametrize("second", [
    # the matter goes on: an anaphor, a person, a pronoun
    "Frågan avslutas.",
    "Lotta Brandt meddelar att frågan är löst. Punkten stängs.",
])
def test_what_goes_on_with_the_matter_still_closes_it(second):
    ex = run(FSG_HEAD + "5. Kvarstående frågor\n"
             "Arbetskläder till timanställda: Frågan kvarstår till nästa FSG.\n"
             + second + "\n6. Övrigt\nInget.\n" + FSG_NEXT)
    assert open_items(ex) == []


def test_a_numbered_sub_item_is_one_matter_over_its_lines():
    ex = run(SK_HEAD + "1. Uppföljning av protokoll från 2025-05-21\n"
             "1.1 Ventilation i sal B214. Gavlefastigheter har injusterat ventilationen.\n"
             "Mätning i augusti visar godkända värden. Punkten avslutas.\n"
             "1.2 Trasig belysning vid cykelparkeringen. Ej åtgärdat. Peter Gustafsson "
             "återkommer med\ntidplan för utbytet.\n"
             "1.3 Hörselskydd i textilslöjden. Inköpta och utdelade. Klart.\n"
             "1.4 Städning av förråd. Lina Ek tar fram ett förslag.\n"
             "2. Övrigt\nInget.\n")
    done = [c for c in ex.items if c.status == "done"]
    assert len(done) == 2
    assert "B214" in done[0].title + (done[0].evidence or "")
    items = open_items(ex)
    assert [c.owner for c in items] == ["Peter Gustafsson", "Lina Ek"]
    assert "tidplan" in items[0].evidence


@pytest.mark.parametrize("mark", ["·", "○", "►", "➢"])
def test_a_short_task_takes_its_title_from_its_own_bullet(mark: str) -> None:
    # Word's bullet glyphs count as bullets: the task closing the third bullet is about
    # the lamps, not about the shower of the first bullet, whose own task is unsure.
    text = (
        "Minnesanteckningar elevrådet 2024-10-10\n\n9. Övriga frågor:\n\n"
        f"{mark} Duschrummet behöver målas om. Affe hör med vaktmästaren.\n\n"
        f"{mark} Ett till pingisbord är önskat i uppehållsrummet\n\n"
        f"{mark} Lampor som inte fungerar i korridoren. Johan kollar upp.\n"
    )
    [johan] = [c for c in run(text).items if c.owner == "Johan"]
    assert johan.title.startswith("Lampor")
