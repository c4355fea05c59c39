#!/usr/bin/env python3
"""Fails when a string of the sources has no German translation.

Merges the sources' strings into a copy of translations/cairn_de.ts with
lupdate (as the update_translations target does) and lists every message that
is left unfinished: a new tr() string must come with its translation.

Usage: check_translations.py LUPDATE TS_FILE SOURCES_LIST INCLUDE_DIR...
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def main():
    lupdate, ts_file, sources, includes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    with tempfile.TemporaryDirectory() as folder:
        merged = f"{folder}/cairn_de.ts"
        shutil.copy(ts_file, merged)
        command = [lupdate, f"@{sources}", "-no-obsolete", "-locations", "none", "-silent"]
        for include in includes:
            command.append(f"-I{include}")
        subprocess.run(command + ["-ts", merged], check=True)
        untranslated = []
        for context in ET.parse(merged).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                if message.find("translation").get("type") == "unfinished":
                    untranslated.append(f"{name}: {message.findtext('source')!r}")
    for line in untranslated:
        print(f"untranslated: {line}")
    if untranslated:
        print(f"{len(untranslated)} strings have no German translation; run the update_translations "
              "target and translate them in translations/cairn_de.ts")
        return 1
    print("every string has a German translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
