#!/usr/bin/env python3
"""Fails when an include runs against Cairn's layers (docs/DECISIONS.md).

core/ is built in layers; a folder may include only the folders below it:

    model                      the catalogue, learners, rules
    io         -> model        the file formats (JSON readers and writers)
    storage    -> io, model    SQLite
    audit      -> model        the audit engine
    planner    -> audit, model the planner
    dashboard  -> planner, audit, pathways, model
    pathways   -> model                  how courses stack into qualifications
    report     -> pathways, dashboard, planner, audit, io, model   what is printed or exported
    import     -> storage, io, model                     reading files into the database
    i18n       -> (Qt only)
    cli        -> anything in core

The core includes no widget (QtWidgets) and nothing of ui/ or app/; ui/ never
includes app/.
"""
import re
import sys
from pathlib import Path

ALLOWED = {
    "model": set(),
    "io": {"model"},
    "storage": {"io", "model"},
    "audit": {"model"},
    "planner": {"audit", "model"},
    "dashboard": {"planner", "audit", "pathways", "model"},
    "pathways": {"model"},
    "report": {"pathways", "dashboard", "planner", "audit", "io", "model"},
    "import": {"storage", "io", "model"},
    "i18n": set(),
    "cli": {"model", "io", "storage", "audit", "planner", "dashboard", "pathways", "report", "import", "i18n"},
}
WIDGETS = re.compile(r"#include\s*<(QtWidgets/|Q(Widget|MainWindow|Dialog|Application|AbstractButton|PushButton|Label|LineEdit|MessageBox|GraphicsView|TreeView|TableView)\b)")
INCLUDE = re.compile(r'#include\s*"([^"]+)"')

root = Path(sys.argv[1])
core = root / "core"
problems = []
for path in sorted(list(core.rglob("*.h")) + list(core.rglob("*.cpp"))):
    folder = path.relative_to(core).parts[0]
    if folder not in ALLOWED:
        problems.append(f"{path}: core/{folder} is not a known layer; add it to tests/check_layers.py")
        continue
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if WIDGETS.search(line):
            problems.append(f"{path}:{number}: the core includes a widget: {line.strip()}")
        match = INCLUDE.search(line)
        if not match or "/" not in match.group(1):
            continue
        target = match.group(1).split("/")[0]
        if target in ("ui", "app"):
            problems.append(f"{path}:{number}: the core includes {match.group(1)}")
        elif target in ALLOWED and target != folder and target not in ALLOWED[folder]:
            problems.append(f"{path}:{number}: {folder} may not include {target} ({match.group(1)})")
for path in sorted((root / "ui").rglob("*.[ch]*")):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = INCLUDE.search(line)
        if match and match.group(1).startswith("app/"):
            problems.append(f"{path}:{number}: ui includes {match.group(1)}")

for problem in problems:
    print(problem)
print(f"{len(problems)} include(s) against the layers")
sys.exit(1 if problems else 0)
