#!/usr/bin/env python3
"""Reads a .docx back with python-docx and checks its package parts; prints JSON for the Swift tests."""
import json
import sys
import zipfile
from xml.dom import minidom

import docx


def main(path):
    with zipfile.ZipFile(path) as package:
        names = package.namelist()
        # Every XML part must be well-formed.
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                minidom.parseString(package.read(name))
        types = package.read("[Content_Types].xml").decode("utf-8")
        relationships = package.read("_rels/.rels").decode("utf-8")
        body = package.read("word/document.xml").decode("utf-8")
    document = docx.Document(path)
    print(json.dumps({
        "parts": names,
        "declaresMainDocument": "wordprocessingml.document.main+xml" in types,
        "linksMainDocument": 'Target="word/document.xml"' in relationships,
        "rootIsDocument": body.split("?>", 1)[-1].lstrip().startswith("<w:document"),
        "title": document.core_properties.title,
        "paragraphs": [{"text": p.text, "style": p.style.name} for p in document.paragraphs],
        "tables": [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
