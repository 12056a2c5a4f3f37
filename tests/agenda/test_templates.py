"""Agenda templates: shipped files, the user's editable copies, validation, choice by forum."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.errors import InputError, NotFoundError
from tracker.services import agenda_templates as at

FVG_ORDER = [
    "Mötets öppnande", "Godkännande av dagordningen", "Val av justerare",
    "Föregående protokoll", "Balanslista", "Kvarvarande frågor från föregående möte",
    "Information från arbetsgivaren", "Information från de fackliga organisationerna",
    "Ärenden till nämnden", "Månadens tema från årshjulet", "Verksamhet och kvalitet",
    "Kompetensförsörjning", "Ekonomi och budget", "Riktlinjer och rutiner",
    "Skyddskommitté/arbetsmiljö", "Föranmälda frågor", "Övriga frågor", "Mötets avslutande",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _user_folder(db_path: Path) -> None:
    """Every test gets its own data folder (the db_path fixture sets TRACKER_DATA_DIR)."""


def test_shipped_templates_are_valid_and_copied_on_first_use() -> None:
    assert not at.user_dir().exists()
    names = at.template_names()
    assert {"forvaltningsgrupp", "namnd", "apt"} <= set(names)
    for name in ("forvaltningsgrupp", "namnd", "apt"):
        assert (at.user_dir() / f"{name}.json").is_file()
        tpl = at.load_template(name)
        kinds = [it.kind for it in tpl.items]
        assert kinds.count("balance") == 1 and kinds.count("carried") == 1
        assert kinds.count("adjusters") == 1


def test_fvg_template_has_the_standard_order() -> None:
    assert [it.title for it in at.load_template("forvaltningsgrupp").items] == FVG_ORDER


def test_namnd_template_is_a_paragraph_numbered_foredragningslista() -> None:
    tpl = at.load_template("namnd")
    assert tpl.numbering == "paragraph"
    assert tpl.document_title == "Föredragningslista"
    assert {it.type for it in tpl.items} >= {"beslut", "information"}


def test_user_copy_takes_precedence_and_is_never_overwritten() -> None:
    tpl = at.load_template("apt")
    tpl.items.insert(1, at.TemplateItem(title="Fika och presentation"))
    saved = at.save_template(tpl)
    assert saved == at.user_dir() / "apt.json"
    at.ensure_user_templates()  # a second "first use" must keep the edit
    assert at.load_template("apt").items[1].title == "Fika och presentation"
    restored = at.reset_template("apt")
    assert restored.items[1].title != "Fika och presentation"


def test_user_only_template_is_listed() -> None:
    tpl = at.load_template("forvaltningsgrupp")
    tpl.name, tpl.label = "skyddskommitte", "Skyddskommitté"
    at.save_template(tpl)
    assert "skyddskommitte" in at.template_names()
    assert at.load_template("Skyddskommitte.json").label == "Skyddskommitté"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ not json", "inte giltig JSON"),
        ("[]", "JSON-objekt"),
        ('{"name": "apt", "items": []}', "items"),
        ('{"name": "apt", "items": [{"title": "A", "kind": "weird"}]}', "okänd kind"),
        ('{"name": "apt", "items": [{"title": ""}]}', "saknar rubrik"),
        ('{"name": "apt", "numbering": "roman", "items": ["A"]}', "numbering"),
        ('{"name": "apt", "items": ["A"], "header": {"questions_deadline_days": -2}}',
         "questions_deadline_days"),
    ],
)  # fmt: skip
def test_broken_user_copy_gives_a_swedish_message(content: str, message: str) -> None:
    at.ensure_user_templates()
    (at.user_dir() / "apt.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        at.load_template("apt")
    assert message in exc.value.message
    assert "standardmall" in exc.value.message or "JSON-objekt" in exc.value.message
    # The other templates are still listed; the broken file is left for the user to fix.
    assert "forvaltningsgrupp" in [t.name for t in at.list_templates()]
    assert (at.user_dir() / "apt.json").read_text(encoding="utf-8") == content


def test_unknown_template_lists_the_available_ones() -> None:
    with pytest.raises(NotFoundError, match="forvaltningsgrupp"):
        at.load_template("finns-inte")


def test_round_trip_keeps_every_field() -> None:
    tpl = at.load_template("namnd")
    again = at.AgendaTemplate.from_dict(json.loads(json.dumps(tpl.to_dict())))
    assert again.to_dict() == tpl.to_dict()


@pytest.mark.parametrize(
    ("body", "template"),
    [
        ("Förvaltningsgruppen", "forvaltningsgrupp"),
        ("FVG", "forvaltningsgrupp"),
        ("Samverkansgruppen äldreomsorg", "forvaltningsgrupp"),
        ("Socialnämnden", "namnd"),
        ("Stadsdelsnämnden Hägersten-Älvsjö", "namnd"),
        ("Kommunstyrelsen", "namnd"),
        ("APT förskolan Solen", "apt"),
        ("Arbetsplatsträff hemtjänst", "apt"),
        ("Aptitlig grupp", "forvaltningsgrupp"),  # "apt" only as a whole word
        ("", "forvaltningsgrupp"),
        (None, "forvaltningsgrupp"),
    ],
)
def test_template_for_body(body: str | None, template: str) -> None:
    assert at.template_for_body(body) == template


def test_unwritable_data_folder_falls_back_to_shipped(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("TRACKER_DATA_DIR", str(blocker))
    assert at.ensure_user_templates() is None
    assert [it.title for it in at.load_template("forvaltningsgrupp").items] == FVG_ORDER
