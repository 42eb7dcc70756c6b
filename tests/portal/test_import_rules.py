"""Which app may import which (docs/architecture.md, "Import rules"), held for every module.

Every import of every project module counts: top-level and inside functions, relative ones, and a
string naming a project module (`importlib.import_module("contacts.queries")`, a dotted path handed
to a helper), so an import cannot hide behind a name. Migrations are left out (they name models
by app label). The root (settings, root URLs, their API and sitemap lists, the WSGI/ASGI entries,
`seed_demo`) wires the apps together and may name any of them.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ["portal", "legislation", "contacts", "workspaces", "cooperation", "recommendations", "alerts"]

# The modules that wire the apps together.
ROOT_MODULES = {
    "portal.settings", "portal.urls", "portal.api_urls", "portal.sitemaps", "portal.wsgi", "portal.asgi",
    "portal.management.commands.seed_demo",
}
# Module prefix -> component; the longest prefix wins.
COMPONENTS = {
    "portal": "portal",  # Country, the gate, accounts, emails, search helpers, the API base, infra
    "portal.content": "content",  # the public site: home, guidance, resources, bulletin, events, search page
    "legislation": "legislation",
    "contacts": "contacts",
    "workspaces": "workspaces",
    "cooperation": "cooperation",
    "recommendations": "recommendations",
    "alerts": "alerts",
}
# Component -> the other components it may import. Anything else is a broken rule.
MAY_IMPORT = {
    "portal": set(),
    "content": {"portal", "legislation", "contacts"},
    "legislation": {"portal"},
    "contacts": {"portal", "content", "legislation"},
    "workspaces": {"portal", "content"},
    "cooperation": {"portal", "legislation", "contacts"},
    "recommendations": {"portal", "legislation", "contacts", "workspaces"},
    # The top layer: it listens to the public records' models (fiches included) and nothing imports it.
    "alerts": {"portal", "content", "legislation", "contacts", "cooperation"},
}
PUBLIC_REFERENCE = {"portal", "content", "legislation", "contacts"}
COMPOSING = {"cooperation", "recommendations"}
TOP = "alerts"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[_module_name(path)] = path
    return modules


MODULES = _project_modules()


def component(module: str) -> str | None:
    """The component a project module belongs to; "root" for the wiring; None outside the project."""
    if module in ROOT_MODULES:
        return "root"
    best = None
    for prefix in COMPONENTS:
        if (module == prefix or module.startswith(prefix + ".")) and (best is None or len(prefix) > len(best)):
            best = prefix
    return COMPONENTS[best] if best else None


def imports_of(module: str, path: Path) -> set[tuple[str, int]]:
    """(imported module, line) for every import and every string naming a project module."""
    found = set()
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            found.add((target, node.lineno))
            # `from legislation import profile_sections` imports a module too.
            found.update((f"{target}.{alias.name}", node.lineno) for alias in node.names
                         if f"{target}.{alias.name}" in MODULES)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "." in node.value:
            name = node.value
            # A module, or an object in one ("contacts.models.NationalUnit"); "app.codename"
            # permission strings name no module.
            if name in MODULES or (name.count(".") >= 2 and name.rpartition(".")[0] in MODULES):
                found.add((name, node.lineno))
    return found


def broken_rules(modules: dict[str, Path]) -> list[str]:
    broken = []
    for module, path in sorted(modules.items()):
        source = component(module)
        if source in (None, "root"):
            continue
        for target, line in sorted(imports_of(module, path)):
            imported = component(target)
            if imported is None or imported == source:
                continue
            # Nothing imports the root (its modules import every app).
            if imported == "root" or imported not in MAY_IMPORT[source]:
                broken.append(f"{module} (line {line}): {source} imports {target} ({imported})")
    return broken


def test_no_module_breaks_the_import_rules():
    assert broken_rules(MODULES) == []


def test_the_table_keeps_the_design_rules():
    """DESIGN.md's rules hold in the table itself, so widening it cannot quietly undo them."""
    assert all("workspaces" not in MAY_IMPORT[name] for name in PUBLIC_REFERENCE)
    assert "workspaces" not in MAY_IMPORT["contacts"]
    assert "contacts" not in MAY_IMPORT["legislation"]
    assert all(not (allowed & COMPOSING) for name, allowed in MAY_IMPORT.items() if name != TOP)
    assert all(TOP not in allowed for allowed in MAY_IMPORT.values())
    assert "workspaces" not in MAY_IMPORT[TOP]
    assert set(MAY_IMPORT) == set(COMPONENTS.values())


@pytest.mark.parametrize(("source", "code", "target"), [
    ("legislation/views/example.py", "def view():\n    from contacts.models import ContactPoint\n", "contacts.models"),
    ("legislation/example.py", "import importlib\nM = importlib.import_module('contacts.queries')\n", "contacts.queries"),
    ("contacts/example.py", "from workspaces import models\n", "workspaces"),
    ("portal/content/example.py", "from workspaces.models import Workspace\n", "workspaces.models"),
    ("workspaces/example.py", "from cooperation.models import Fiche\n", "cooperation.models"),
    ("contacts/example.py", "from recommendations import tracker\n", "recommendations"),
    ("cooperation/example.py", "from alerts.models import Subscription\n", "alerts.models"),
    ("portal/gate.py", "from legislation.models import Law\n", "legislation.models"),
    ("legislation/example.py", "from portal.urls import urlpatterns\n", "portal.urls"),
])
def test_a_forbidden_import_is_caught(tmp_path, source, code, target):
    path = ROOT / source
    module = _module_name(path)
    fake = tmp_path / path.name
    fake.write_text(code)
    broken = broken_rules({module: fake})
    assert broken and any(f"imports {target} (" in line for line in broken)


def test_allowed_imports_pass(tmp_path):
    fake = tmp_path / "example.py"
    fake.write_text("from portal.models import Country\nfrom . import models\nfrom legislation.models import Law\n")
    assert broken_rules({"cooperation.example": fake}) == []
