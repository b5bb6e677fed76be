"""Measures the printed table rows of a PDF (a workbook printed by LibreOffice) against their text.

Usage: measure_rows.py FILE.pdf

Prints JSON: one object per page, {"page": n, "rows": [{"top", "height", "lines", "pitch", "text"}]}, where a
row is a band between two horizontal cell borders (black strokes; a chart's grey grid lines are not
borders) crossed by at least two vertical borders, `lines` the most lines of text any of its cells
prints, `pitch` the distance between two lines of text at the page's scale, and `text` the row's first
characters, to name it in a failure. Sizes are in points as printed. Rows without text are left out.
"""

import json
import statistics
import sys

import pdfplumber


def is_border(line):
    colour = line.get("stroking_color")
    return colour is not None and all(abs(channel) < 0.05 for channel in colour)


def clustered(values, tolerance):
    """Sorted values with those closer than `tolerance` to the previous one merged."""
    result = []
    for value in sorted(values):
        if not result or value - result[-1] > tolerance:
            result.append(value)
    return result


def measure(page):
    borders = [line for line in page.lines if is_border(line)]
    horizontal = clustered([line["top"] for line in borders if line["height"] < 0.5], 1.0)
    vertical = [line for line in borders if line["width"] < 0.5]
    chars = [c for c in page.chars if c["text"].strip()]
    rows = []
    pitches = []
    for top, bottom in zip(horizontal, horizontal[1:]):
        crossing = clustered(
            [line["x0"] for line in vertical if line["top"] <= top + 1.0 and line["bottom"] >= bottom - 1.0], 1.0)
        if len(crossing) < 2:
            continue
        inside = [c for c in chars if top <= (c["top"] + c["bottom"]) / 2 <= bottom
                  and crossing[0] <= (c["x0"] + c["x1"]) / 2 <= crossing[-1]]
        if not inside:
            continue
        lines = 0
        for left, right in zip(crossing, crossing[1:]):
            cell = [c for c in inside if left <= (c["x0"] + c["x1"]) / 2 <= right]
            if not cell:
                continue
            size = max(c["size"] for c in cell)
            tops = clustered([c["top"] for c in cell], size * 0.4)
            pitches += [b - a for a, b in zip(tops, tops[1:])]
            lines = max(lines, len(tops))
        text = "".join(c["text"] for c in sorted(inside, key=lambda c: (round(c["top"]), c["x0"])))[:40]
        rows.append({"top": round(top, 2), "height": round(bottom - top, 2), "lines": lines,
                     "size": max(c["size"] for c in inside), "text": text})
    # The pitch between lines of one cell; a page without a wrapped cell takes its text size's usual pitch.
    for row in rows:
        row["pitch"] = round(statistics.median(pitches), 2) if pitches else round(row["size"] * 1.18, 2)
    return rows


def main():
    with pdfplumber.open(sys.argv[1]) as pdf:
        pages = [{"page": number, "rows": measure(page)} for number, page in enumerate(pdf.pages, start=1)]
    json.dump(pages, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
