"""The apps import one way (shared/DESIGN.md): education <- accounts <- diary <- clinic.
Read from the source with the standard library's parser, so a lazy import inside a function
counts too."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ["education", "accounts", "diary", "clinic"]
# What each app may import of the others.
ALLOWED = {
    "education": set(),
    "accounts": {"education"},
    "diary": {"education", "accounts"},
    "clinic": {"education", "accounts", "diary"},
}


def imported_apps(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names)
    return found & set(APPS)


@pytest.mark.parametrize("app", APPS)
def test_an_app_imports_only_the_layers_below_it(app):
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_apps(path) - ALLOWED[app] - {app})
        for path in sorted((ROOT / app).rglob("*.py"))
    }
    assert {path: apps for path, apps in wrong.items() if apps} == {}


def test_the_check_sees_a_wrong_import(tmp_path):
    source = tmp_path / "models.py"
    source.write_text("def f():\n    from diary.models import Medication\n")
    assert imported_apps(source) == {"diary"}
