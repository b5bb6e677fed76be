/* The floor for the benchmark: libxlsxwriter writing exactly the workbooks the tool wrote in a round —
 * every sheet, cell (same texts, numbers, formulas, blanks, merges and row heights), column width and
 * chart — in the same mode (constant memory), plus a copy of the other files' bytes (results.json,
 * results-ledger.tsv), and nothing else.
 *
 *   floor --convert SHEET.xml CELLS   turns a sheet's XML into a flat cell file (untimed)
 *   floor OUTDIR MANIFEST... [--copy FROM TO]
 *                                     writes each manifest's workbook into OUTDIR (the timed floor)
 *
 * A manifest (made by run.py, untimed) is text, a record a line, fields split by tabs:
 *   workbook NAME            the file to write
 *   sheet NAME CELLS         a worksheet and its cell file
 *   chart KIND ROW COL TITLE a chart on the last sheet (KIND bar, column or line)
 *   series CATEGORIES VALUES NAME
 *
 * The cell file is read in a stream, as the tool streams its ledgers, so the floor's memory stays
 * that of libxlsxwriter. Records: 'W' col(u16) width(f64); 'R' row(u32) height(f64, 0 = default);
 * 'T' col(u16) style(u8) length(u32) bytes; 'N' col(u16) style(u8) value(f64); 'B' col(u16) style(u8);
 * 'F' col(u16) style(u8) length(u32) formula value(f64); 'M' firstCol(u16) lastRow(u32) lastCol(u16)
 * style(u8) length(u32) bytes — a merged range starting on the current row. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define MAX_STYLES 64

static char *slurp(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); exit(1); }
    fseek(file, 0, SEEK_END);
    *size = (size_t)ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc(*size + 1);
    if (!bytes || fread(bytes, 1, *size, file) != *size) { perror(path); exit(1); }
    bytes[*size] = 0;
    fclose(file);
    return bytes;
}

/* Whether the tag between `tag` and `end` has `name`; when `number` is given, the number after it. */
static int attribute(const char *tag, const char *end, const char *name, double *number) {
    const char *found = memmem(tag, (size_t)(end - tag), name, strlen(name));
    if (!found) return 0;
    if (number) *number = strtod(found + strlen(name), NULL);
    return 1;
}

/* XML text back to the cell's own bytes: libxlsxwriter escapes only &, < and >. */
static size_t unescape(const char *from, const char *to, char *out) {
    size_t length = 0;
    while (from < to) {
        if (*from == '&') {
            if (!strncmp(from, "&amp;", 5)) { out[length++] = '&'; from += 5; continue; }
            if (!strncmp(from, "&lt;", 4)) { out[length++] = '<'; from += 4; continue; }
            if (!strncmp(from, "&gt;", 4)) { out[length++] = '>'; from += 4; continue; }
            if (!strncmp(from, "&quot;", 6)) { out[length++] = '"'; from += 6; continue; }
        }
        out[length++] = *from++;
    }
    return length;
}

typedef struct { uint32_t firstRow, lastRow; uint16_t firstColumn, lastColumn; int written; } Merge;

/* "AB12" to a zero-based column and row. */
static void reference(const char *cursor, uint16_t *column, uint32_t *row) {
    *column = 0;
    while (*cursor >= 'A' && *cursor <= 'Z') *column = (uint16_t)(*column * 26 + (*cursor++ - 'A' + 1));
    *column -= 1;
    *row = (uint32_t)strtoul(cursor, NULL, 10) - 1;
}

static int convert(const char *sheetPath, const char *cellsPath) {
    size_t size;
    char *xml = slurp(sheetPath, &size);
    FILE *out = fopen(cellsPath, "wb");
    if (!out) { perror(cellsPath); return 1; }
    char *text = malloc(size);
    /* Merged ranges are listed after the cells: read them first, so a range is written where it starts. */
    Merge *merges = NULL;
    size_t mergeCount = 0;
    for (const char *found = strstr(xml, "<mergeCell ref=\""); found; found = strstr(found + 1, "<mergeCell ref=\"")) {
        merges = realloc(merges, (mergeCount + 1) * sizeof(Merge));
        Merge *merge = &merges[mergeCount++];
        const char *range = found + 16;
        reference(range, &merge->firstColumn, &merge->firstRow);
        reference(strchr(range, ':') + 1, &merge->lastColumn, &merge->lastRow);
        merge->written = 0;
    }
    const char *columns = strstr(xml, "<cols>");
    const char *columnsEnd = columns ? strstr(columns, "</cols>") : NULL;
    for (const char *col = columns; col && (col = strstr(col + 1, "<col ")) && col < columnsEnd;) {
        const char *tagEnd = strchr(col, '>');
        double first = 0, last = 0, width = 0;
        attribute(col, tagEnd, "min=\"", &first);
        attribute(col, tagEnd, "max=\"", &last);
        attribute(col, tagEnd, "width=\"", &width);
        /* libxlsxwriter adds its padding to the width it is given. */
        width -= 0.7109375;
        for (uint16_t column = (uint16_t)first - 1; column < (uint16_t)last; column++) {
            fputc('W', out); fwrite(&column, 2, 1, out); fwrite(&width, 8, 1, out);
        }
    }
    const char *cursor = strstr(xml, "<sheetData>");
    while (cursor && (cursor = strchr(cursor + 1, '<'))) {
        const char *tagEnd = strchr(cursor, '>');
        if (!strncmp(cursor, "<row ", 5)) {
            double row = 0, height = 0;
            attribute(cursor, tagEnd, "r=\"", &row);
            attribute(cursor, tagEnd, "ht=\"", &height);
            uint32_t index = (uint32_t)row - 1;
            fputc('R', out); fwrite(&index, 4, 1, out); fwrite(&height, 8, 1, out);
        } else if (!strncmp(cursor, "<c ", 3)) {
            uint16_t column;
            uint32_t row;
            reference(cursor + 6, &column, &row);  /* after <c r=" */
            double style = 0;
            attribute(cursor, tagEnd, "s=\"", &style);
            uint8_t styleIndex = (uint8_t)style;
            int selfClosed = tagEnd[-1] == '/';
            const char *cellEnd = selfClosed ? tagEnd : strstr(tagEnd, "</c>");
            uint32_t length = 0;
            if (!selfClosed && attribute(cursor, tagEnd, "t=\"inlineStr\"", NULL)) {
                const char *start = strchr(strstr(tagEnd, "<t"), '>') + 1;
                length = (uint32_t)unescape(start, strstr(start, "</t>"), text);
            }
            Merge *merge = NULL;
            for (size_t index = 0; index < mergeCount; index++) {
                Merge *candidate = &merges[index];
                if (row >= candidate->firstRow && row <= candidate->lastRow && column >= candidate->firstColumn
                    && column <= candidate->lastColumn) { merge = candidate; break; }
            }
            if (merge) {
                /* The range is written once, from its first cell; the blanks it covers come with it. */
                if (!merge->written) {
                    merge->written = 1;
                    fputc('M', out); fwrite(&merge->firstColumn, 2, 1, out); fwrite(&merge->lastRow, 4, 1, out);
                    fwrite(&merge->lastColumn, 2, 1, out); fwrite(&styleIndex, 1, 1, out);
                    fwrite(&length, 4, 1, out); fwrite(text, 1, length, out);
                }
            } else if (selfClosed) {
                fputc('B', out); fwrite(&column, 2, 1, out); fwrite(&styleIndex, 1, 1, out);
            } else if (attribute(cursor, tagEnd, "t=\"inlineStr\"", NULL)) {
                fputc('T', out); fwrite(&column, 2, 1, out); fwrite(&styleIndex, 1, 1, out);
                fwrite(&length, 4, 1, out); fwrite(text, 1, length, out);
            } else {
                /* Looked for within the cell only: a search past it would read the rest of the sheet. */
                const char *formula = memmem(tagEnd, (size_t)(cellEnd - tagEnd), "<f>", 3);
                const char *valueTag = memmem(tagEnd, (size_t)(cellEnd - tagEnd), "<v>", 3);
                double value = valueTag ? strtod(valueTag + 3, NULL) : 0;
                if (formula) {
                    uint32_t formulaLength = (uint32_t)unescape(formula + 3, strstr(formula, "</f>"), text);
                    fputc('F', out); fwrite(&column, 2, 1, out); fwrite(&styleIndex, 1, 1, out);
                    fwrite(&formulaLength, 4, 1, out); fwrite(text, 1, formulaLength, out); fwrite(&value, 8, 1, out);
                } else {
                    fputc('N', out); fwrite(&column, 2, 1, out); fwrite(&styleIndex, 1, 1, out); fwrite(&value, 8, 1, out);
                }
            }
            tagEnd = cellEnd;
        } else if (!strncmp(cursor, "</sheetData>", 12)) {
            break;
        }
        cursor = tagEnd;
    }
    free(merges);
    free(text);
    free(xml);
    return fclose(out) == 0 ? 0 : 1;
}

/* The cell file is read in large blocks and taken apart in memory, so the floor pays for reading it
 * about what the tool pays for reading its ledgers, not a library call per field. */
typedef struct {
    FILE *file;
    unsigned char *bytes;
    size_t start, end, capacity;
} CellReader;

/* Makes `size` bytes available at reader->bytes + reader->start; 0 at the end of the file. */
static int fill(CellReader *reader, size_t size) {
    if (reader->end - reader->start >= size) return 1;
    memmove(reader->bytes, reader->bytes + reader->start, reader->end - reader->start);
    reader->end -= reader->start;
    reader->start = 0;
    if (size > reader->capacity) {
        reader->capacity = size * 2;
        reader->bytes = realloc(reader->bytes, reader->capacity);
        if (!reader->bytes) { fprintf(stderr, "out of memory\n"); exit(1); }
    }
    reader->end += fread(reader->bytes + reader->end, 1, reader->capacity - reader->end, reader->file);
    return reader->end >= size;
}

static void take(CellReader *reader, void *into, size_t size) {
    if (!fill(reader, size)) { fprintf(stderr, "cell file cut short\n"); exit(1); }
    memcpy(into, reader->bytes + reader->start, size);
    reader->start += size;
}

/* One format per style index the tool used: text ones bordered and wrapped, number ones bordered with a
 * number format, so each cell carries a style as the tool's does. No two may be equal: libxlsxwriter
 * caches the style index only in the first of equal formats and hashes the whole format again on every
 * cell written with the others. */
typedef struct {
    lxw_workbook *workbook;
    lxw_format *formats[MAX_STYLES];
    int textStyles, numberStyles;
} Styles;

static lxw_format *style(Styles *styles, uint8_t index, int number) {
    static const char *numberFormats[] = {"0", "0.0", "0.00", "0.000", "0.0000", "0.00000"};
    if (index >= MAX_STYLES) { fprintf(stderr, "style %d out of range\n", index); exit(1); }
    if (!styles->formats[index]) {
        lxw_format *format = workbook_add_format(styles->workbook);
        format_set_border(format, LXW_BORDER_THIN);
        if (number) {
            format_set_num_format(format, numberFormats[styles->numberStyles++ % 6]);
        } else {
            format_set_text_wrap(format);
            format_set_indent(format, (uint8_t)styles->textStyles++);
        }
        styles->formats[index] = format;
    }
    return styles->formats[index];
}

static char *text = NULL;
static size_t textCapacity = 0;

static char *takeText(CellReader *reader) {
    uint32_t length;
    take(reader, &length, 4);
    if (length + 1 > textCapacity) {
        textCapacity = 2 * ((size_t)length + 1);
        text = realloc(text, textCapacity);
        if (!text) { fprintf(stderr, "out of memory\n"); exit(1); }
    }
    take(reader, text, length);
    text[length] = 0;
    return text;
}

/* Writes one cell file into `sheet`. */
static lxw_error writeCells(lxw_worksheet *sheet, const char *path, CellReader *reader, Styles *styles) {
    FILE *cells = fopen(path, "rb");
    if (!cells) { perror(path); exit(1); }
    reader->file = cells;
    reader->start = reader->end = 0;
    uint32_t row = 0;
    lxw_error error = LXW_NO_ERROR;
    while (error == LXW_NO_ERROR && fill(reader, 1)) {
        int kind = reader->bytes[reader->start++];
        if (kind == 'R') {
            double height;
            take(reader, &row, 4); take(reader, &height, 8);
            if (height > 0) error = worksheet_set_row(sheet, row, height, NULL);
            continue;
        }
        uint16_t column;
        take(reader, &column, 2);
        if (kind == 'W') {
            double width;
            take(reader, &width, 8);
            error = worksheet_set_column(sheet, column, column, width, NULL);
            continue;
        }
        if (kind == 'M') {
            uint32_t lastRow;
            uint16_t lastColumn;
            uint8_t index;
            take(reader, &lastRow, 4); take(reader, &lastColumn, 2); take(reader, &index, 1);
            char *value = takeText(reader);
            error = worksheet_merge_range(sheet, row, column, lastRow, lastColumn, value, style(styles, index, 0));
            continue;
        }
        uint8_t index;
        take(reader, &index, 1);
        if (kind == 'T') {
            error = worksheet_write_string(sheet, row, column, takeText(reader), style(styles, index, 0));
        } else if (kind == 'N') {
            double value;
            take(reader, &value, 8);
            error = worksheet_write_number(sheet, row, column, value, style(styles, index, 1));
        } else if (kind == 'F') {
            char *formula = takeText(reader);
            double value;
            take(reader, &value, 8);
            error = worksheet_write_formula_num(sheet, row, column, formula, style(styles, index, 1), value);
        } else if (kind == 'B') {
            error = worksheet_write_blank(sheet, row, column, style(styles, index, 0));
        } else {
            fprintf(stderr, "bad record %d in %s\n", kind, path);
            exit(1);
        }
    }
    fclose(cells);
    return error;
}

/* Writes the workbook a manifest describes into `folder`. */
static lxw_error writeWorkbook(const char *folder, const char *manifestPath, CellReader *reader) {
    FILE *manifest = fopen(manifestPath, "r");
    if (!manifest) { perror(manifestPath); exit(1); }
    static char line[1 << 16];
    lxw_workbook *workbook = NULL;
    lxw_worksheet *sheet = NULL;
    lxw_chart *chart = NULL;
    lxw_worksheet *chartSheet = NULL;
    lxw_row_t chartRow = 0;
    lxw_col_t chartColumn = 0;
    Styles styles = {0};
    lxw_error error = LXW_NO_ERROR;
    /* A chart goes in once its series are added (libxlsxwriter refuses one without). */
#define INSERT_PENDING_CHART() \
    if (chart && error == LXW_NO_ERROR) error = worksheet_insert_chart(chartSheet, chartRow, chartColumn, chart); \
    chart = NULL
    while (error == LXW_NO_ERROR && fgets(line, sizeof line, manifest)) {
        line[strcspn(line, "\n")] = 0;
        char *fields[6] = {0};
        int count = 0;
        for (char *field = strtok(line, "\t"); field && count < 6; field = strtok(NULL, "\t")) fields[count++] = field;
        if (count >= 2 && !strcmp(fields[0], "workbook")) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", folder, fields[1]);
            lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
            workbook = workbook_new_opt(path, &options);
            if (!workbook) { fprintf(stderr, "cannot create %s\n", path); exit(1); }
            styles.workbook = workbook;
        } else if (count >= 3 && !strcmp(fields[0], "sheet")) {
            INSERT_PENDING_CHART();
            sheet = workbook_add_worksheet(workbook, fields[1]);
            if (!sheet) { fprintf(stderr, "cannot add sheet %s\n", fields[1]); exit(1); }
            if (error == LXW_NO_ERROR) error = writeCells(sheet, fields[2], reader, &styles);
        } else if (count >= 4 && !strcmp(fields[0], "chart")) {
            INSERT_PENDING_CHART();
            uint8_t type = !strcmp(fields[1], "bar") ? LXW_CHART_BAR : !strcmp(fields[1], "line") ? LXW_CHART_LINE : LXW_CHART_COLUMN;
            chart = workbook_add_chart(workbook, type);
            if (count >= 5) chart_title_set_name(chart, fields[4]);
            chartSheet = sheet;
            chartRow = (lxw_row_t)atoi(fields[2]);
            chartColumn = (lxw_col_t)atoi(fields[3]);
        } else if (count >= 3 && !strcmp(fields[0], "series")) {
            lxw_chart_series *series = chart_add_series(chart, fields[1], fields[2]);
            if (count >= 4) chart_series_set_name(series, fields[3]);
        }
    }
    INSERT_PENDING_CHART();
    fclose(manifest);
    if (error == LXW_NO_ERROR && workbook) error = workbook_close(workbook);
    return error;
}

static int copy(const char *from, const char *to) {
    size_t size;
    char *bytes = slurp(from, &size);
    FILE *out = fopen(to, "wb");
    if (!out || fwrite(bytes, 1, size, out) != size || fclose(out) != 0) { perror(to); return 1; }
    free(bytes);
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 4 && !strcmp(argv[1], "--convert")) return convert(argv[2], argv[3]);
    if (argc < 3) { fprintf(stderr, "usage: floor OUTDIR MANIFEST... [--copy FROM TO] | floor --convert SHEET.xml CELLS\n"); return 2; }
    CellReader reader = {.bytes = malloc(1 << 20), .capacity = 1 << 20};
    for (int index = 2; index < argc; index++) {
        if (!strcmp(argv[index], "--copy") && index + 2 < argc) {
            if (copy(argv[index + 1], argv[index + 2])) return 1;
            index += 2;
            continue;
        }
        lxw_error error = writeWorkbook(argv[1], argv[index], &reader);
        if (error != LXW_NO_ERROR) { fprintf(stderr, "%s: %s\n", argv[index], lxw_strerror(error)); return 1; }
    }
    free(reader.bytes);
    free(text);
    return 0;
}
