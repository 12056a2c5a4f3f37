"""Dependencies point one way: the shared language knowledge imports nothing of the
stages, and ingest nothing of the stages after it (imports inside functions count too).
Text tables are recognised in ingest with the words of ``tracker.language``; an import of
extract from there would tie reading a file to understanding it."""

from __future__ import annotations

import pytest

from tests.test_import_cycles import _graph

#: For each lower package: the packages it must not import.
_BELOW = {
    "tracker.language": ("tracker.ingest", "tracker.extract", "tracker.store",
                         "tracker.services", "tracker.gui", "tracker.cli"),
    "tracker.ingest": ("tracker.extract", "tracker.store", "tracker.services", "tracker.gui",
                       "tracker.cli"),
}  # fmt: skip


def _upward(graph: dict[str, set[str]], package: str, above: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{mod} → {dep}"
        for mod, deps in graph.items()
        if mod == package or mod.startswith(package + ".")
        for dep in deps
        if any(dep == a or dep.startswith(a + ".") for a in above)
    )


@pytest.mark.parametrize("package", sorted(_BELOW))
def test_lower_packages_import_nothing_above_them(package: str) -> None:
    assert _upward(_graph(), package, _BELOW[package]) == []


def test_the_checker_sees_an_upward_import() -> None:
    graph = {"tracker.ingest.x": {"tracker.extract.tables"}, "tracker.extract.tables": set()}
    assert _upward(graph, "tracker.ingest", _BELOW["tracker.ingest"]) == [
        "tracker.ingest.x → tracker.extract.tables"
    ]
