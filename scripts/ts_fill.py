"""Fill unfinished entries of a Qt .ts file from a JSON mapping {context: {source: text}}.

Usage: python scripts/ts_fill.py ui/i18n/examsite_zh_CN.ts translations.json
Entries already translated are left alone unless --force is given. Prints what is still
unfinished afterwards (exit 1 if anything is).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET  # noqa: S405  (our own files)
from pathlib import Path


def main(argv: list[str]) -> int:
    force = "--force" in argv
    ts_path, mapping_path = (Path(a) for a in argv if not a.startswith("--"))
    mapping: dict[str, dict[str, str]] = json.loads(mapping_path.read_text(encoding="utf-8"))
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                continue
            text = mapping.get(name, {}).get(source)
            if text is not None and (force or node.get("type") == "unfinished" or not node.text):
                if message.get("numerus") == "yes":  # Chinese has one plural form
                    for child in list(node):
                        node.remove(child)
                    node.text = None
                    ET.SubElement(node, "numerusform").text = text
                else:
                    node.text = text
                node.attrib.pop("type", None)
            if node.get("type") == "unfinished":
                missing.append((name, source))
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for name, source in missing:
        print(f"unfinished: [{name}] {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
