#!/usr/bin/env python3
"""Reads an .xlsx back with openpyxl and prints what a reader sees as JSON (for the Swift tests)."""
import json
import sys

import openpyxl


def main(path):
    workbook = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path, data_only=False)
    sheets = []
    for sheet in workbook.worksheets:
        raw = formulas[sheet.title]
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "autofilter": sheet.auto_filter.ref,
            "orientation": sheet.page_setup.orientation,
            "paper": str(sheet.page_setup.paperSize),
            "fitToPage": bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
            # The XML schema's default for fitToWidth is 1, so writers omit it.
            "fitWidth": sheet.page_setup.fitToWidth if sheet.page_setup.fitToWidth is not None else 1,
            "fitHeight": sheet.page_setup.fitToHeight,
            "printTitles": sheet.print_title_rows,
            "printTitleColumns": sheet.print_title_cols,
            "footer": sheet.oddFooter.center.text,
            "footerRight": sheet.oddFooter.right.text,
            "footerLeft": sheet.oddFooter.left.text,
            "pageHeader": sheet.oddHeader.center.text,
            "printArea": sheet.print_area,
            "state": sheet.sheet_state,
            "validations": [
                {"type": rule.type, "range": str(rule.sqref), "formula1": rule.formula1, "formula2": rule.formula2,
                 "errorStyle": rule.errorStyle, "promptTitle": rule.promptTitle, "prompt": rule.prompt}
                for rule in sheet.data_validations.dataValidation
            ],
            "widths": {key: dim.width for key, dim in sheet.column_dimensions.items()},
            # Rows given a height of their own, by 1-based row number.
            "heights": {str(key): dim.height for key, dim in sheet.row_dimensions.items() if dim.height is not None},
            "headerBold": bool(sheet.cell(1, 1).font.bold),
            "rows": [[cell for cell in row] for row in sheet.iter_rows(values_only=True)],
            "merged": sorted(str(block) for block in sheet.merged_cells.ranges),
            "formulas": [[cell for cell in row] for row in raw.iter_rows(values_only=True)],
        })
    json.dump({"title": workbook.properties.title, "sheets": sheets}, sys.stdout, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main(sys.argv[1])
