#!/usr/bin/env python3
"""Times reading one large .xlsx ledger (100k records by default), side by side in one run:
the tool (`unioneval validate --timings`, its 读取 phase: roster plus the ledger into records, which is
more than rows), python-calamine and openpyxl in read-only mode (rows of values).

Usage: xlsx_read.py [--sizes 10k,100k] [--runs 3]   (from the repository root, after a release build; scripts/benchmark
runs it with its own arguments: the ledger has the largest of the sizes up to 100k records)
"""
import argparse
import csv
import os
import re
import statistics
import subprocess
import sys
import time

WORK = ".build-bench/xlsx"


def make_year(records):
    folder = f"{WORK}/year-{records}"
    ledger = f"{folder}/activities/第0001基层工会.xlsx"
    if os.path.exists(ledger):
        return folder, ledger
    source = f"{WORK}/csv-{records}"
    subprocess.run([sys.executable, "scripts/bench/generate_year.py", "--records", str(records), "--units", "1",
                    "--members", "3000", "--ids", "32", "--out", source], check=True)
    os.makedirs(f"{folder}/activities", exist_ok=True)
    for name in ("unions.csv", "members.csv"):
        with open(f"{source}/{name}", "rb") as a, open(f"{folder}/{name}", "wb") as b:
            b.write(a.read())
    import xlsxwriter
    book = xlsxwriter.Workbook(ledger, {"constant_memory": True})
    sheet = book.add_worksheet("活动台账")
    dates = book.add_format({"num_format": "yyyy/m/d"})
    sheet.write_row(0, 0, ["管理学院分工会2023年度活动台账"])
    row = 1
    for path in sorted(os.listdir(f"{source}/activities")):
        with open(f"{source}/activities/{path}", encoding="utf-8") as handle:
            for index, cells in enumerate(csv.reader(handle)):
                if index == 0 and row > 1:
                    continue
                if index > 0:
                    import datetime
                    cells[1] = datetime.datetime.strptime(cells[1], "%Y-%m-%d")
                for column, value in enumerate(cells):
                    if hasattr(value, "year"):
                        sheet.write_datetime(row, column, value, dates)
                    else:
                        sheet.write_string(row, column, value)
                row += 1
    book.close()
    return folder, ledger


def tool(folder):
    result = subprocess.run([".build/release/unioneval", "validate", "--inputs", folder, "--timings"],
                            capture_output=True, text=True)
    match = re.search(r"读取 ([0-9.]+) s", result.stderr)
    if not match:
        raise SystemExit(result.stderr[-2000:])
    return float(match.group(1))


def calamine(path):
    from python_calamine import CalamineWorkbook
    start = time.perf_counter()
    rows = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
    assert len(rows) > 1
    return time.perf_counter() - start


def openpyxl_read(path):
    import openpyxl
    start = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    assert count > 1
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--runs", type=int, default=3)
    args, _ = parser.parse_known_args()
    sizes = [int(size.lower().replace("k", "000").replace("m", "000000")) for size in args.sizes.split(",")]
    args.records = max([size for size in sizes if size <= 100_000] or [100_000])
    folder, ledger = make_year(args.records)
    times = {"tool 读取": [], "python-calamine": [], "openpyxl read-only": []}
    for _ in range(args.runs):
        times["tool 读取"].append(tool(folder))
        times["python-calamine"].append(calamine(ledger))
        times["openpyxl read-only"].append(openpyxl_read(ledger))
    size = os.path.getsize(ledger) / 1e6
    print(f"\nxlsx ledger, {args.records} records, {size:.1f} MB, medians of {args.runs}:")
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"  {name:20s} {value:7.2f} s")
    print(f"  tool vs calamine: {medians['python-calamine'] / medians['tool 读取']:.1f}x, "
          f"vs openpyxl: {medians['openpyxl read-only'] / medians['tool 读取']:.1f}x")


if __name__ == "__main__":
    main()
