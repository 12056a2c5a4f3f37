"""The database's settings (``tracker.store.setting_keys``): keys built from the
declarations only, and every ``get_setting``/``set_setting`` in the program uses one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tracker.store import Store, setting_keys

REPO = Path(__file__).resolve().parents[2]


def test_a_forum_key_is_built_from_the_declaration() -> None:
    key = setting_keys.key(setting_keys.FORUM_FACTS, "Förvaltningsgruppen")
    assert key == "forum_facts:förvaltningsgruppen"
    assert setting_keys.declared(key) is setting_keys.FORUM_FACTS


def test_undeclared_settings_and_keys_are_refused() -> None:
    stray = setting_keys.DbSetting("colour:", None, "text", None, "not declared")
    with pytest.raises(setting_keys.UnknownSetting):
        setting_keys.key(stray)
    with pytest.raises(setting_keys.UnknownSetting):
        setting_keys.declared("colour:")
    with pytest.raises(setting_keys.UnknownSetting):
        setting_keys.declared("forum_facts:")  # a family key without its forum
    with pytest.raises(ValueError):
        setting_keys.key(setting_keys.FORUM_FACTS)  # kept per forum: a forum is needed
    with pytest.raises(ValueError):
        setting_keys.key(setting_keys.FORUM_FACTS, "  ")


def test_a_declared_setting_round_trips_through_the_store(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "db.sqlite")
    try:
        key = setting_keys.key(setting_keys.FORUM_FACTS, "APT")
        assert store.get_setting(key) is setting_keys.FORUM_FACTS.default
        store.set_setting(key, "{}")
        assert store.get_setting(key) == "{}"
    finally:
        store.close()


def test_every_database_setting_in_the_code_is_declared() -> None:
    """Each get_setting/set_setting call outside the store builds its key with
    ``setting_keys.key(<a declared setting>, …)``, never from a text of its own."""
    declared = {
        name
        for name, obj in vars(setting_keys).items()
        if isinstance(obj, setting_keys.DbSetting)
    }
    calls = 0
    for path in sorted((REPO / "tracker").rglob("*.py")):
        if path.parent.name == "store":
            continue  # the store defines the methods
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("get_setting", "set_setting")
            ):
                continue
            calls += 1
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            key = node.args[0]
            assert isinstance(key, ast.Call) and ast.unparse(key.func) == "setting_keys.key", where
            assert ast.unparse(key.args[0]).removeprefix("setting_keys.") in declared, where
    assert calls >= 2  # forum facts are read and written
