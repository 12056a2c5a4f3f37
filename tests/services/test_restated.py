"""A new item that only restates the matter another passage of the document links is
planned as that passage's twin, not saved beside it (tracker.services.restated), on
invented Swedish minutes."""

from __future__ import annotations

import datetime as dt

from tracker.domain import Candidate
from tracker.services.plan import PlanEntry
from tracker.services.restated import mark_restated
from tracker.store import ItemRow


def _item(item_id: int, title: str) -> ItemRow:
    return ItemRow(
        id=item_id, title=title, text=title, kind="sent_back", status="open", owner=None,
        raised_by=None, due=None, due_text=None, due_precision=None, start=None,
        deviation=None, body="KSAU", section="§ 12 Motion om solpaneler", page=1, line=5,
        evidence=title, document_id=1, document_file="1.txt", document_path=None,
        meeting_id=1, created_at="", updated_at="", version=1, last_note=None,
    )  # fmt: skip


MOTION = _item(3, "Motionen om solpaneler återremitteras för en kostnadskalkyl")
BLOCK = ("§ 20 Motion om solpaneler på kommunhuset. Kommundirektören informerar om att "
         "kalkylen har fördröjts i väntan på en offert. Ärendet återkommer i maj.")  # fmt: skip


def _holder(evidence: str = BLOCK, action: str = "update") -> PlanEntry:
    cand = Candidate(title="Motion om solpaneler på kommunhuset", text=evidence,
                     evidence=evidence, kind="carried_over")  # fmt: skip
    return PlanEntry(candidate=cand, action=action, match_id=3, match_title=MOTION.title,
                     score=96.0, reason="samma dnr (KS 2025/41)")  # fmt: skip


def _new(text: str, evidence: str = BLOCK, due: dt.date | None = None) -> PlanEntry:
    cand = Candidate(title=text.rstrip("."), text=text, evidence=evidence, kind="follow_up",
                     due=due)  # fmt: skip
    return PlanEntry(candidate=cand, action="new")


def test_a_sentence_naming_the_matter_by_a_pronoun_is_its_twin() -> None:
    holder, new = _holder(), _new("Ärendet återkommer i maj.")
    mark_restated([holder, new], {3: MOTION})
    assert (new.action, new.match_id, new.accepted, new.unsure) == ("update", 3, False, True)
    assert new.reason.endswith("samma ärende som ovan")
    assert holder.accepted  # the § block still speaks


def test_a_line_read_twice_without_a_date_of_its_own_is_its_twin() -> None:
    line = ("Ventilation plan 3: Fastigheten har bytt fläktmotorn. Anna bekräftar att det "
            "fungerar. Ärendet är avslutat.")  # fmt: skip
    holder, new = _holder(line, "close"), _new("Anna bekräftar att det fungerar.", line)
    mark_restated([holder, new], {3: MOTION})
    assert new.match_id == 3 and not new.accepted


def test_a_new_task_in_the_passage_stays_a_new_item() -> None:
    # trap: a task given in the passage that closes the matter is a matter of its own.
    block = ("§ 21 Medborgarförslag om hundrastgård. Nämnden bifaller förslaget och uppdrar åt "
             "parkchefen att anlägga hundrastgården.")  # fmt: skip
    holder = _holder(block, "close")
    task = _new("Nämnden bifaller förslaget och uppdrar åt parkchefen att anlägga "
                "hundrastgården.", block)  # fmt: skip
    # trap: a sentence elsewhere in the document is not the passage's.
    elsewhere = _new("Det behövs fler laddplatser vid simhallen.", "Det behövs fler laddplatser.")
    mark_restated([holder, task, elsewhere], {3: MOTION})
    assert all(e.action == "new" and e.accepted for e in (task, elsewhere))


def test_a_sentence_of_the_passage_with_a_date_of_its_own_stays_a_new_item() -> None:
    # trap: read from the same passage, but with a deadline: a task of its own.
    block = f"{BLOCK} Olle tar fram en kalkyl för batterier senast 30 maj."
    holder = _holder(block)
    dated = _new(
        "Olle tar fram en kalkyl för batterier senast 30 maj.", block, due=dt.date(2025, 5, 30)
    )
    mark_restated([holder, dated], {3: MOTION})
    assert dated.action == "new" and dated.accepted
    # Without the date it would be the same passage read twice.
    undated = _new("Olle tar fram en kalkyl för batterier senast 30 maj.", block)
    mark_restated([holder, undated], {3: MOTION})
    assert undated.match_id == 3 and not undated.accepted
