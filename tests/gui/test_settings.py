"""The window's settings (``tracker.gui.settings``): declared once, read back in their
type whatever the settings file holds, unknown keys refused, and no other module
reads or writes QSettings with a key of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from tracker.gui import settings

REPO = Path(__file__).resolve().parents[2]
SETTINGS_MODULE = REPO / "tracker" / "gui" / "settings.py"


def test_defaults_when_nothing_is_stored() -> None:
    assert settings.value(settings.LANGUAGE) == "system"
    assert settings.value(settings.FILTER_STATUS) == "open"
    assert settings.value(settings.FILTER_OVERDUE) is False
    assert settings.value(settings.FILTER_SORT) == "due"
    assert settings.value(settings.MEETING_FONT_SIZE) == 22
    assert settings.value(settings.TABLE_FONT_SIZE) is None
    assert settings.value(settings.WINDOW_GEOMETRY) is None
    assert settings.value(settings.IMPORT_FOLDER) == Path.home()


def test_values_come_back_in_their_type() -> None:
    settings.set_value(settings.FILTER_DESCENDING, True)
    settings.set_value(settings.MEETING_FONT_SIZE, 30)
    settings.set_value(settings.TABLE_FONT_SIZE, 12.5)
    settings.set_value(settings.EXPORT_FOLDER, Path("/tmp/ut"))
    settings.set_value(settings.WINDOW_STATE, QByteArray(b"\x00\x01"))
    settings.sync()
    assert settings.value(settings.FILTER_DESCENDING) is True
    assert settings.value(settings.MEETING_FONT_SIZE) == 30
    assert settings.value(settings.TABLE_FONT_SIZE) == 12.5
    assert settings.value(settings.EXPORT_FOLDER) == Path("/tmp/ut")
    assert settings.value(settings.WINDOW_STATE) == QByteArray(b"\x00\x01")
    settings.set_value(settings.FILTER_DESCENDING, None)  # forgotten: the default again
    assert settings.value(settings.FILTER_DESCENDING) is False


@pytest.mark.parametrize(
    ("setting", "raw", "expected"),
    [
        # What an INI file (Linux, the tests) or the registry gives back.
        (settings.FILTER_OVERDUE, "true", True),
        (settings.FILTER_OVERDUE, "false", False),
        (settings.FILTER_OVERDUE, "True", True),
        (settings.FILTER_OVERDUE, "1", True),
        (settings.FILTER_OVERDUE, 0, False),
        (settings.FILTER_OVERDUE, True, True),
        (settings.FILTER_OVERDUE, "kanske", False),  # unreadable: the default
        (settings.MEETING_FONT_SIZE, "28", 28),
        (settings.MEETING_FONT_SIZE, 28, 28),
        (settings.MEETING_FONT_SIZE, "28.0", 28),
        (settings.MEETING_FONT_SIZE, "stor", 22),
        (settings.TABLE_FONT_SIZE, "11.5", 11.5),
        (settings.TABLE_FONT_SIZE, "", None),
        (settings.TABLE_FONT_SIZE, "liten", None),
        (settings.LANGUAGE, "en", "en"),
        (settings.LANGUAGE, "klingonska", "system"),  # not one of the choices
        (settings.WINDOW_GEOMETRY, "not bytes", None),
        (settings.WINDOW_GEOMETRY, b"\x01\x02", QByteArray(b"\x01\x02")),
        (settings.PRINT_FOLDER, "", Path.home()),
    ],
)
def test_conversion_of_stored_values(setting, raw, expected) -> None:
    QSettings().setValue(setting.key, raw)
    assert settings.value(setting) == expected
    assert settings.convert(setting, raw) == expected


def test_bools_are_written_as_text() -> None:
    """Written alike on every platform, so that every format reads them back alike."""
    settings.set_value(settings.FILTER_SOON, True)
    assert QSettings().value(settings.FILTER_SOON.key) == "true"


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(settings.UnknownSetting):
        settings.value("window/geometri")
    with pytest.raises(settings.UnknownSetting):
        settings.set_value("filter/colour", "red")
    with pytest.raises(settings.UnknownSetting):
        settings.value(settings.Setting("language", "sv", str, "Språk"))  # not the declared one
    with pytest.raises(ValueError):
        settings.set_value(settings.LANGUAGE, "fi")
    assert settings.value("language") == "system"  # a declared key may be given as text


def test_every_setting_has_a_translated_label() -> None:
    assert len({s.key for s in settings.SETTINGS}) == len(settings.SETTINGS)
    for s in settings.SETTINGS:
        assert s.label and settings.label(s) == s.label  # Swedish in the tests
        assert s.type in (str, bool, int, float, Path, QByteArray)
        default = s.default_value()
        assert default is None or isinstance(default, s.type), s.key


def _python_files() -> list[Path]:
    return sorted(
        p
        for folder in ("tracker", "scripts", "bench")
        for p in (REPO / folder).rglob("*.py")
        if p != SETTINGS_MODULE
    )


def test_no_module_but_settings_touches_qsettings() -> None:
    """QSettings' values are read and written only in tracker/gui/settings.py (the tests'
    fixture only points QSettings at a temporary folder)."""
    offenders = []
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Name) and node.id == "QSettings") or (
                isinstance(node, ast.alias) and node.name == "QSettings"
            ):
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []


def test_every_setting_used_in_the_code_is_declared() -> None:
    """Each ``settings.X`` named in the code is a declared setting (or a function of the
    module), and each text given to ``settings.value``/``set_value`` is a declared key."""
    module_names = {name for name in vars(settings) if not name.startswith("_")}
    declared_keys = {s.key for s in settings.SETTINGS}
    used: set[str] = set()
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports_settings = any(
            isinstance(n, ast.ImportFrom)
            and n.module == "tracker.gui"
            and any(a.name == "settings" and a.asname is None for a in n.names)
            for n in ast.walk(tree)
        )
        if not imports_settings:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "settings"
            ):
                assert node.attr in module_names, f"{path.name}:{node.lineno} settings.{node.attr}"
                if isinstance(getattr(settings, node.attr), settings.Setting):
                    used.add(getattr(settings, node.attr).key)
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("value", "set_value")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "settings"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                assert node.args[0].value in declared_keys, f"{path.name}:{node.lineno}"
    # The filter settings are used through settings.FILTER.
    used |= {s.key for s in settings.FILTER.values()}
    # Every declaration is used somewhere: no setting is listed that the program forgot.
    assert declared_keys - used == set()


def test_labels_are_shown_in_english(qapp) -> None:
    from PySide6.QtCore import QTranslator

    # This checkout's build (an editable install may resolve resources elsewhere).
    qm = REPO / "resources" / "translations" / "balanslistan_en.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert settings.label(settings.LANGUAGE) == "Language"
        assert settings.label(settings.IMPORT_FOLDER) == "Import folder"
    finally:
        qapp.removeTranslator(translator)
