#!/usr/bin/env python3
"""Writes the workbook fixtures next to this script with real software (openpyxl and XlsxWriter),
plus hostile files built byte by byte. Run: python3 make_fixtures.py (needs openpyxl and XlsxWriter)."""
import datetime
import os
import subprocess
import tempfile
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["日期", "活动名称", "类别", "级别", "参与者工号"]


def path(name):
    return os.path.join(HERE, name)


# Title rows, a merged date over three rows, a hidden row, a hidden sheet, an empty sheet, 合计 and 填表人 rows.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "3月"
sheet.append(["A单位2023年度活动台账"])
sheet.merge_cells("A1:E1")
sheet.append([])
sheet.append(HEADER)
sheet.append([datetime.datetime(2023, 3, 8), "三八节茶话会", "文化活动", "院级", "A01、A02"])
sheet.append([None, "读书分享会", "文化活动", "学院级", "甲3"])
sheet.append([None, "健步走", "体育活动", "院级", "甲4(A04)"])
sheet.merge_cells("A4:A6")
for row in range(4, 7):
    sheet.cell(row, 1).number_format = "yyyy/m/d"
sheet.append(["2023/3/20", "合唱排练", "文化活动", "院级", 1005])
sheet.row_dimensions[7].hidden = True
sheet.append(["合计", "4 项"])
sheet.append(["填表人：张三", None, None, "审核人：李四"])
hidden = book.create_sheet("备用")
hidden.append(HEADER)
hidden.append([datetime.datetime(2023, 4, 1), "植树", "体育活动", "院级", "A06"])
hidden.cell(2, 1).number_format = "yyyy-mm-dd"
hidden.sheet_state = "hidden"
book.create_sheet("Sheet3")
notes = book.create_sheet("填写说明")
notes.append(["请按表头填写，日期写成 2023-03-08。"])
book.save(path("shapes.xlsx"))

# The 1904 date system (old Mac workbooks): the same day must come out.
book = openpyxl.Workbook()
book.epoch = CALENDAR_MAC_1904
sheet = book.active
sheet.append(HEADER)
sheet.append([datetime.datetime(2023, 5, 4), "青年节", "文化活动", "院级", "A01"])
sheet.cell(2, 1).number_format = "yyyy年m月d日"
book.save(path("dates-1904.xlsx"))

# Formulas: one with its cached result (as Excel saves), one without (as some programs write),
# a boolean, an inline string and an error value; written by XlsxWriter.
book = xlsxwriter.Workbook(path("formulas.xlsx"), {"strings_to_numbers": False})
sheet = book.add_worksheet("台账")
sheet.write_row(0, 0, HEADER + ["参与人数"])
date_format = book.add_format({"num_format": "yyyy-mm-dd"})
sheet.write_datetime(1, 0, datetime.datetime(2023, 6, 1), date_format)
sheet.write_string(1, 1, "儿童节")
sheet.write_string(1, 2, "文化活动")
sheet.write_formula(1, 3, '="院"&"级"', None, "院级")
sheet.write_string(1, 4, "A01")
sheet.write_formula(1, 5, "=1+1", None, 2)
sheet.write_datetime(2, 0, datetime.datetime(2023, 6, 2), date_format)
sheet.write_string(2, 1, "端午节")
sheet.write_string(2, 2, "文化活动")
sheet.write_string(2, 3, "院级")
sheet.write_string(2, 4, "A02")
sheet.write_formula(2, 5, "=A1/0", None, "#DIV/0!")
book.close()
# XlsxWriter always caches a value; take one out to stand for a formula saved without its result.
with zipfile.ZipFile(path("formulas.xlsx")) as source:
    parts = {name: source.read(name) for name in source.namelist()}
sheet_xml = parts["xl/worksheets/sheet1.xml"].decode()
sheet_xml = sheet_xml.replace("<f>1+1</f><v>2</v>", "<f>1+1</f>")
parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
with zipfile.ZipFile(path("formulas.xlsx"), "w", zipfile.ZIP_DEFLATED) as target:
    for name, data in parts.items():
        target.writestr(name, data)


def rewrite(source_name, target_name, change):
    with zipfile.ZipFile(path(source_name)) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    change(parts)
    with zipfile.ZipFile(path(target_name), "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


# Hostile: a DTD declaring an external entity that names a file outside the inputs.
def add_dtd(parts):
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml = xml.replace("?>", '?><!DOCTYPE worksheet [<!ENTITY leak SYSTEM "file:///etc/passwd">]>', 1)
    xml = xml.replace("<v>", "<v>&leak;", 1)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()


rewrite("dates-1904.xlsx", "hostile-dtd.xlsx", add_dtd)


# Hostile: a zip bomb, a sheet part that inflates about a thousand times (80 MB of padding).
def add_padding(parts):
    xml = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = xml.replace(b"<sheetData>", b"<sheetData>" + b" " * (80 << 20), 1)


rewrite("dates-1904.xlsx", "hostile-bomb.xlsx", add_padding)

# Hostile: a part whose bytes changed after it was zipped (stored, one byte altered): its CRC-32 no longer
# matches, which only the reader's own check of the inflated part can see.
with zipfile.ZipFile(path("dates-1904.xlsx")) as source:
    stored_parts = {name: source.read(name) for name in source.namelist()}
with zipfile.ZipFile(path("hostile-checksum.xlsx"), "w", zipfile.ZIP_STORED) as target:
    for name, data in stored_parts.items():
        target.writestr(name, data)
altered = open(path("hostile-checksum.xlsx"), "rb").read()
assert altered.count(b"<sheetData>") == 1
open(path("hostile-checksum.xlsx"), "wb").write(altered.replace(b"<sheetData>", b"<sheetDatA>"))

# Hostile: truncated in transit.
data = open(path("shapes.xlsx"), "rb").read()
open(path("hostile-truncated.xlsx"), "wb").write(data[: len(data) // 2])

# Hostile: an encrypted workbook is an OLE container with an EncryptionInfo stream. Only the
# container's signature and the stream's name in its directory matter to the reader.
ole = bytearray(4096)
ole[0:8] = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
name = "EncryptionInfo".encode("utf-16-le")
ole[1024:1024 + len(name)] = name
open(path("hostile-encrypted.xlsx"), "wb").write(bytes(ole))


# A sheet whose last row is Excel's last row (1,048,576).
def last_row(parts):
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    row = '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>合计</t></is></c></row>'
    parts["xl/worksheets/sheet1.xml"] = xml.replace("</sheetData>", row + "</sheetData>").encode()


rewrite("dates-1904.xlsx", "row-limit.xlsx", last_row)


# .xls (Excel 97-2003) as LibreOffice saves it: two sheets, a title row, date cells, a number cell ID.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "上半年"
sheet.append(["A单位2023年度活动台账"])
sheet.append(["活动时间", "活动内容", "活动类型", "活动级别", "参加人员", "参加人数"])
sheet.append([datetime.datetime(2023, 3, 8), "三八节茶话会", "文化活动", "院级", "甲1、甲2", 2])
sheet.cell(3, 1).number_format = "yyyy-mm-dd"
second = book.create_sheet("下半年")
second.append(["活动时间", "活动内容", "活动类型", "活动级别", "参加人员", "参加人数"])
second.append([datetime.datetime(2023, 9, 10), "教师节座谈", "文化活动", "校级", "A03", "3人"])
second.cell(2, 1).number_format = "yyyy/m/d"
with tempfile.TemporaryDirectory() as work:
    source = os.path.join(work, "ledger.xlsx")
    book.save(source)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "xls",
                    "--outdir", HERE, source], check=True, capture_output=True)

# One workbook for the whole school: a sheet per unit, named after it, and no 二级工会 column.
book = openpyxl.Workbook()
book.remove(book.active)
for unit, people in (("A单位", "A01、A02"), ("B单位", "B01")):
    sheet = book.create_sheet(unit)
    sheet.append(HEADER)
    sheet.append(["2023-10-01", "国庆游园", "文化活动", "院级", people])
book.save(path("units-by-sheet.xlsx"))


# A stray value far to the right (column XFD, Excel's last), and a date cell with a serial no date has.
def far_right(parts):
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml = xml.replace("</row></sheetData>", '<c r="XFD2" t="inlineStr"><is><t>误填</t></is></c></row></sheetData>')
    parts["xl/worksheets/sheet1.xml"] = xml.encode()


rewrite("dates-1904.xlsx", "far-right.xlsx", far_right)

# hostile-offsets.xlsx is kept as FuzzWorkbookReader found it (its first byte, the fuzzer's mode, removed):
# a zip whose central directory points past the end of the file. ZIPFoundation's in-memory reader
# trapped on it; the reader now reads archives from a private file. It is not made here.
