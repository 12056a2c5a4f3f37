"""Between Python values and stored values: dates as ISO text, lists as JSON, and the
row tuples of the store's SELECTs as row dataclasses."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from tracker.store.models import DATE_FIELDS, ItemEvent, ItemRow, MeetingRow

MEETING_COLUMNS = (
    "id, body, organisation, date, time, place, next_meeting, present, absent, adjusters, "
    "document_id, chair, created_at"
)
EVENT_COLUMNS = (
    "id, item_id, at, user, field, old, new, note, document_id, meeting_id, code, params"
)
DOCUMENT_COLUMNS = "id, file_name, path, sha256, format, kind, pages, imported_at, imported_by"


def date_value(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def to_sql(field: str, value: Any) -> Any:
    """Python value → stored value (dates as ISO text, lists as JSON)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if field in ("co_owners", "present", "absent", "adjusters"):
        return json.dumps(list(value), ensure_ascii=False)
    if field in DATE_FIELDS or field in ("date", "next_meeting"):
        parsed = date_value(value)
        return parsed.isoformat() if parsed else None
    return value


def json_list(value: str | None) -> list[Any]:
    if not value or value == "[]":
        return []
    try:
        loaded = json.loads(value)
    except ValueError:
        return []
    return loaded if isinstance(loaded, list) else []


def item_row(r: Sequence[Any]) -> ItemRow:
    return ItemRow(
        r[0], r[1], r[2] or "", r[3], r[4], r[5], r[6], date_value(r[7]), r[8], r[9],
        date_value(r[10]), r[11], r[12], r[13], r[14], r[15], r[16], r[17], r[18], r[19],
        r[20], r[21], r[22], r[23], r[24], json_list(r[25]), r[26], r[27],
    )  # fmt: skip


def json_object(value: str | None) -> dict[str, Any]:
    if not value or value == "{}":
        return {}
    try:
        loaded = json.loads(value)
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def event_row(r: Sequence[Any]) -> ItemEvent:
    return ItemEvent(*r[:10], code=r[10], params=json_object(r[11]))


def meeting_row(r: Sequence[Any]) -> MeetingRow:
    return MeetingRow(
        id=r[0],
        body=r[1],
        organisation=r[2],
        date=date_value(r[3]),
        time=r[4],
        place=r[5],
        next_meeting=date_value(r[6]),
        present=json_list(r[7]),
        absent=json_list(r[8]),
        adjusters=json_list(r[9]),
        document_id=r[10],
        chair=r[11],
        created_at=r[12],
    )
