#!/usr/bin/env python3
"""Fills translations/sagstjek_en.ts with identity translations and sagstjek_da.ts from translations_da.py.

Run after `cmake --build BUILD --target update_translations`. Prints the Danish sources still missing a
translation and exits 1 when there are any, so that nothing unfinished goes unnoticed."""
import pathlib
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from translations_da import DA  # noqa: E402


def fill(path, translate):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().findall("context"):
        for message in list(context.findall("message")):
            tr = message.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                context.remove(message)
                continue
            source = message.find("source").text or ""
            text = translate(source)
            if text is None:
                missing.append(source)
                continue
            if tr is None:
                tr = ET.SubElement(message, "translation")
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            if message.get("numerus") == "yes":
                tr.text = None
                forms = text if isinstance(text, tuple) else (text, text)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


def english(source):
    if "%n" in source and "(s)" in source:
        return (source.replace("(s)", ""), source.replace("(s)", "s"))
    return source


fill(ROOT / "translations" / "sagstjek_en.ts", english)
missing = fill(ROOT / "translations" / "sagstjek_da.ts", DA.get)
for source in missing:
    print("missing Danish:", repr(source))
sys.exit(1 if missing else 0)
