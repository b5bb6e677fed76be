#!/usr/bin/env python3
"""Benchmark: UnionEval against a pandas + XlsxWriter reference and a libxlsxwriter-only floor.

For each size it generates a seeded synthetic year (cached under .build-bench/), runs the release
build of `unioneval run`, the floor program and `unioneval validate` in turn, `--runs` rounds, then the
reference script, and prints one table of medians: phase times, wall time, peak RSS, the ratio
tool/reference, and tool/floor as the median of each round's ratio.
"""
import argparse
import html
import os
import posixpath
import re
import shutil
import statistics
import subprocess
import sys
import time
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.path.join(ROOT, ".build-bench")
SIZES = {
    "10k": dict(records=10_000, units=100, members=5_000),
    "100k": dict(records=100_000, units=300, members=30_000),
    "1M": dict(records=1_000_000, units=1_000, members=100_000),
}


def timed(command, cwd=ROOT):
    """Runs a command under /usr/bin/time; returns wall seconds, peak RSS in MB and stderr."""
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "PEAK_RSS_KB %M"] + command, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - started
    if result.returncode not in (0, 1):
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    peak = int(re.search(r"PEAK_RSS_KB (\d+)", result.stderr).group(1)) / 1024
    return wall, peak, result.stderr


def chart_records(archive, sheet_target):
    """The charts of one sheet as manifest lines: kind, anchor cell and title, then each series' ranges."""
    folder = posixpath.dirname("xl/" + sheet_target)
    rels_path = posixpath.join(folder, "_rels", posixpath.basename(sheet_target) + ".rels")
    if rels_path not in archive.namelist():
        return []
    drawings = re.findall(r'Target="([^"]*drawings/[^"]+)"', archive.read(rels_path).decode())
    lines = []
    for drawing_target in drawings:
        drawing_path = posixpath.normpath(posixpath.join(folder, drawing_target))
        drawing = archive.read(drawing_path).decode()
        drawing_rels = archive.read(posixpath.join(posixpath.dirname(drawing_path), "_rels",
                                                   posixpath.basename(drawing_path) + ".rels")).decode()
        targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', drawing_rels))
        for anchor in re.findall(r"<xdr:twoCellAnchor>.*?</xdr:twoCellAnchor>", drawing):
            column, row = re.search(r"<xdr:from><xdr:col>(\d+)</xdr:col>.*?<xdr:row>(\d+)</xdr:row>", anchor).groups()
            chart_id = re.search(r'r:id="(rId\d+)"', anchor).group(1)
            chart = archive.read(posixpath.normpath(posixpath.join(posixpath.dirname(drawing_path), targets[chart_id]))).decode()
            kind = "line" if "<c:lineChart>" in chart else ("bar" if '<c:barDir val="bar"/>' in chart else "column")
            title = re.search(r"<c:title>.*?<a:t>([^<]*)</a:t>", chart)
            lines.append(f"chart\t{kind}\t{row}\t{column}\t{html.unescape(title.group(1)) if title else ''}")
            for series in re.findall(r"<c:ser>.*?</c:ser>", chart):
                name = re.search(r"<c:tx>.*?<c:v>([^<]*)</c:v>", series)
                categories = re.search(r"<c:cat>.*?<c:f>([^<]*)</c:f>", series)
                values = re.search(r"<c:val>.*?<c:f>([^<]*)</c:f>", series)
                lines.append("series\t" + "\t".join(html.unescape(part) for part in (
                    "=" + categories.group(1), "=" + values.group(1), name.group(1) if name else "")))
    return lines


def make_manifests(workbook_folder, floor, prefix):
    """Describes every workbook the tool wrote for the floor: its sheets, each turned into a cell file,
    and its charts, so that the floor writes exactly what the tool wrote. Untimed, between rounds."""
    manifests = []
    for name in sorted(os.listdir(workbook_folder)):
        if not name.endswith(".xlsx"):
            continue
        lines = [f"workbook\t{name}"]
        with zipfile.ZipFile(os.path.join(workbook_folder, name)) as archive:
            sheets = re.findall(r'<sheet name="([^"]*)" sheetId="\d+" (?:state="hidden" )?r:id="(rId\d+)"',
                                archive.read("xl/workbook.xml").decode())
            targets = dict(re.findall(r'<Relationship Id="(rId\d+)" Type="[^"]*" Target="([^"]+)"',
                                      archive.read("xl/_rels/workbook.xml.rels").decode()))
            for index, (sheet, rid) in enumerate(sheets):
                base = f"{prefix}-{len(manifests)}-{index}"
                with archive.open("xl/" + targets[rid]) as source, open(base + ".xml", "wb") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
                subprocess.run([floor, "--convert", base + ".xml", base + ".cells"], check=True)
                os.remove(base + ".xml")
                lines.append(f"sheet\t{html.unescape(sheet)}\t{base}.cells")
                lines += chart_records(archive, targets[rid])
        manifest = f"{prefix}-{len(manifests)}.manifest"
        with open(manifest, "w", encoding="utf-8") as file:
            file.write("\n".join(lines) + "\n")
        manifests.append(manifest)
    if not manifests:
        sys.exit(f"no workbook in {workbook_folder}")
    return manifests


def median(samples):
    """The sample with the median wall time, and the highest peak of all."""
    walls = sorted(samples, key=lambda s: s[0])
    middle = walls[len(walls) // 2]
    return middle[0], max(s[1] for s in samples), middle[2]


def median_run(command, runs, cwd=ROOT):
    return median([timed(command, cwd) for _ in range(runs)])


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10k,100k", help="comma-separated: 10k, 100k, 1M")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-reference", action="store_true", help="do not run the pandas reference")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    floor = os.path.join(WORK, "floor")
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "scripts/bench/floor.c"), "-lxlsxwriter"], check=True)
    tool = os.path.join(ROOT, ".build/release/unioneval")
    criteria = ["--criteria", os.path.join(ROOT, "criteria/先进基层工会.yaml")]

    rows = []
    for size in args.sizes.split(","):
        spec = SIZES[size]
        data = os.path.join(WORK, f"data-{size}")
        if not os.path.exists(os.path.join(data, "unions.csv")):
            print(f"generating {size} …", file=sys.stderr)
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts/bench/generate_year.py"),
                            "--records", str(spec["records"]), "--units", str(spec["units"]),
                            "--members", str(spec["members"]), "--ids", "32", "--out", data], check=True)
        print(f"running {size} …", file=sys.stderr)
        # Run from the benchmark folder with relative paths, as a user runs `--inputs inputs/2023`.
        # Tool, floor and validate take turns, round after round, the floor right after the tool, so
        # that a machine drifting faster or slower moves both alike; the ratio to the floor is the
        # median of each round's own ratio.
        # The floor replays every workbook of the tool's first run, sheet by sheet, cell by cell and chart by
        # chart, and copies its other files, results.json and results-ledger.tsv (described untimed, between rounds).
        samples = {"run": [], "validate": [], "floor": []}
        manifests = None
        for _ in range(args.runs):
            samples["run"].append(timed(
                [tool, "run", "--inputs", f"data-{size}", "--out", f"out-{size}", "--timings"] + criteria, cwd=WORK))
            output = os.path.join(WORK, f"out-{size}")
            if not manifests:
                cells_folder = os.path.join(WORK, f"floor-cells-{size}")
                shutil.rmtree(cells_folder, ignore_errors=True)
                os.makedirs(cells_folder)
                manifests = make_manifests(output, floor, os.path.join(cells_folder, "workbook"))
            floor_output = os.path.join(WORK, f"floor-{size}")
            os.makedirs(floor_output, exist_ok=True)
            # results.json and results-ledger.tsv: the files the tool writes besides workbooks, copied.
            copies = [argument for name in sorted(os.listdir(output)) if not name.endswith(".xlsx")
                      for argument in ("--copy", os.path.join(output, name), os.path.join(floor_output, name))]
            samples["floor"].append(timed([floor, floor_output] + manifests + copies))
            samples["validate"].append(timed([tool, "validate", "--inputs", f"data-{size}"] + criteria, cwd=WORK))
        # `compare` of the run's output with itself: both results.json and ledger files read, every unit's
        # rows diffed, 变化对照.xlsx written.
        compare_wall, compare_peak, _ = median_run(
            [tool, "compare", f"out-{size}", f"out-{size}", "--out", f"compare-{size}"], 1 if size == "1M" else args.runs, cwd=WORK)
        round_ratios = [tool[0] / floor_run[0] for tool, floor_run in zip(samples["run"], samples["floor"])]
        print(f"{size}: tool/floor per round " + ", ".join(f"{ratio:.2f}" for ratio in round_ratios), file=sys.stderr)
        floor_ratio = statistics.median(round_ratios)
        wall, peak, stderr = median(samples["run"])
        timing_line = stderr.split("计时：")[-1].splitlines()[0]
        phases = {name: float(seconds) for name, seconds in (part.strip().rsplit(" ", 2)[:2] for part in timing_line.split("，"))}
        validate_wall, _, _ = median(samples["validate"])
        floor_wall, floor_peak, _ = median(samples["floor"])
        if args.skip_reference:
            reference_wall, reference_peak = float("nan"), float("nan")
        else:
            reference_wall, reference_peak, _ = median_run(
                [sys.executable, os.path.join(ROOT, "scripts/bench/reference.py"), data, os.path.join(WORK, f"reference-{size}.xlsx")],
                1 if size == "1M" else args.runs)
        rows.append((size, phases.get("读取", 0), phases.get("计分", 0), phases.get("生成报表", 0) + phases.get("写入", 0),
                     wall, peak, validate_wall, compare_wall, compare_peak, reference_wall, reference_peak, floor_wall, floor_peak,
                     floor_ratio))

    header = ("size", "read s", "score s", "write s", "total s", "peak MB", "validate s", "compare s", "compare MB", "reference s", "ref MB",
              "floor s", "floor MB", "tool/ref", "tool/floor")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for (size, read, score, write, wall, peak, validate, compare, compare_peak, ref, ref_peak, floor_wall, floor_peak,
         floor_ratio) in rows:
        print(f"| {size} | {read:.2f} | {score:.2f} | {write:.2f} | {wall:.2f} | {peak:.0f} | {validate:.2f} | {compare:.2f} | {compare_peak:.0f} | "
              f"{ref:.2f} | {ref_peak:.0f} | {floor_wall:.2f} | {floor_peak:.0f} | {wall / ref:.2f} | {floor_ratio:.2f} |")


if __name__ == "__main__":
    main()
