"""Every distribution the code imports is pinned exactly, so that an upgrade of another
package (Wagtail's ranges bring django-ninja, pydantic, Django REST framework...) cannot
change it underneath the project."""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
FIRST_PARTY = {path.stem for path in ROOT.iterdir() if path.suffix == ".py" or path.is_dir()}
# Code that runs only in development: the tests and the benchmarks.
DEV_ONLY = ("tests", "bench")
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?==[^=\s]+")


def normalised(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(requirements_file):
    """Names pinned with ``==`` in a requirements file and the files it includes."""
    names = set()
    for line in (ROOT / requirements_file).read_text().splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("-r "):
            names |= pinned(line.removeprefix("-r ").strip())
        elif match := PIN.match(line):
            names.add(normalised(match.group(1)))
    return names


def imported_modules():
    """{top-level module imported by the project: files importing it}, first party and
    standard library left out."""
    found = {}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0].startswith("."):
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in FIRST_PARTY:
                    found.setdefault(top, set()).add(relative)
    # Apps and middleware are imported by Django from their dotted paths.
    for dotted in [*settings.INSTALLED_APPS, *settings.MIDDLEWARE]:
        top = dotted.split(".")[0]
        if top not in FIRST_PARTY:
            found.setdefault(top, set()).add(Path("cms/settings/base.py"))
    return found


def unpinned_imports():
    distributions = packages_distributions()
    runtime, development = pinned("requirements.txt"), pinned("requirements-dev.txt")
    problems = []
    for module, files in sorted(imported_modules().items()):
        names = {normalised(name) for name in distributions.get(module, [])}
        if not names:
            problems.append(f"{module}: no installed distribution provides it")
            continue
        runtime_files = sorted(str(f) for f in files if f.parts[0] not in DEV_ONLY)
        allowed = runtime if runtime_files else development
        if not names & allowed:
            where = "requirements.txt" if runtime_files else "requirements-dev.txt"
            example = runtime_files[0] if runtime_files else sorted(map(str, files))[0]
            distribution = ", ".join(sorted(names))
            problems.append(f"{module} ({distribution}, imported by {example}): pin it in {where}")
    return problems


def test_every_imported_distribution_is_pinned_directly():
    assert unpinned_imports() == []


def test_django_ninja_is_pinned_in_the_runtime_requirements():
    assert "django-ninja" in pinned("requirements.txt")
