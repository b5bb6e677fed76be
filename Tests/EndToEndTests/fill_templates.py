#!/usr/bin/env python3
"""Fills the templates of `unioneval template` as a secretary would in Excel, with the records of a
CSV year, through openpyxl: dates typed as dates, counts as numbers, the rest as text.

    fill_templates.py TEMPLATES SOURCE_YEAR TARGET_YEAR

TARGET_YEAR gets SOURCE_YEAR's unions.csv and members.csv, a filled ledger template per unit
(activities/<unit>…活动台账.xlsx, without a 二级工会 column: the file name names the unit) and the
office's templates filled with SOURCE_YEAR's adjustments, reviews and exclusions."""
import csv
import datetime
import os
import re
import shutil
import sys

import openpyxl


def rows_of(path):
    """A CSV of the demo year: UTF-8, or GB18030 as Excel saves it for a Chinese user."""
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return list(csv.DictReader(text.splitlines(keepends=True)))


def typed(header, value):
    """A value as Excel holds it once typed: dates and numbers as such; what does not parse stays text."""
    if value == "":
        return None
    if header in ("日期", "上报日期"):
        match = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", value)
        if match:
            try:
                return datetime.datetime(*map(int, match.groups()))
            except ValueError:
                return value
        return value
    if header in ("参与人数",) and value.isdigit():
        return int(value)
    if header in ("分值", "得分", "自评分"):
        try:
            return float(value)
        except ValueError:
            return value
    return value


def fill(template, target, records):
    workbook = openpyxl.load_workbook(template)
    sheet = workbook.worksheets[0]
    header_row = next(row for row in range(1, 10) if sheet.cell(row, 1).value in ("日期", "二级工会", "工号"))
    headers = [cell.value for cell in sheet[header_row]]
    for offset, record in enumerate(records):
        for column, header in enumerate(headers, start=1):
            if header in record:
                sheet.cell(header_row + 1 + offset, column, typed(header, record[header]))
    workbook.save(target)


def main(templates, source, target):
    os.makedirs(os.path.join(target, "activities"), exist_ok=True)
    for name in ("unions.csv", "members.csv"):
        shutil.copy(os.path.join(source, name), os.path.join(target, name))
    for name in sorted(os.listdir(os.path.join(source, "activities"))):
        unit = name[: -len(".csv")]
        template = next(t for t in os.listdir(os.path.join(templates, "activities")) if t.startswith(unit))
        records = rows_of(os.path.join(source, "activities", name))
        fill(os.path.join(templates, "activities", template), os.path.join(target, "activities", template), records)
    for office in ("adjustments", "reviews", "exclusions"):
        csv_path = os.path.join(source, office + ".csv")
        if os.path.exists(csv_path):
            fill(os.path.join(templates, office + ".xlsx"), os.path.join(target, office + ".xlsx"), rows_of(csv_path))


if __name__ == "__main__":
    main(*sys.argv[1:4])
