/* The floor for the benchmark: libxlsxwriter in constant_memory mode writing exactly the 计分依据
 * cells the tool wrote (same texts, numbers, blanks and row heights), and nothing else.
 *
 *   floor --convert SHEET.xml CELLS   turns the tool's 计分依据 sheet XML into a flat cell file (untimed)
 *   floor OUTPUT.xlsx CELLS...        writes each cell file as one sheet (the timed floor)
 *
 * The cell file is read in a stream, as the tool streams its ledgers, so the floor's memory stays
 * that of libxlsxwriter. Records: 'R' row(u32) height(f64, 0 = default); 'T' col(u16) style(u8)
 * length(u32) bytes; 'N' col(u16) style(u8) value(f64); 'B' col(u16) style(u8). */
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
    const char *found = strstr(tag, name);
    if (!found || found > end) return 0;
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

static int convert(const char *sheetPath, const char *cellsPath) {
    size_t size;
    char *xml = slurp(sheetPath, &size);
    FILE *out = fopen(cellsPath, "wb");
    if (!out) { perror(cellsPath); return 1; }
    char *text = malloc(size);
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
            const char *reference = cursor + 6;  /* after <c r=" */
            uint16_t column = 0;
            while (*reference >= 'A' && *reference <= 'Z') column = (uint16_t)(column * 26 + (*reference++ - 'A' + 1));
            column -= 1;
            double style = 0;
            attribute(cursor, tagEnd, "s=\"", &style);
            uint8_t styleIndex = (uint8_t)style;
            if (tagEnd[-1] == '/') {
                fputc('B', out); fwrite(&column, 2, 1, out); fwrite(&styleIndex, 1, 1, out);
            } else if (attribute(cursor, tagEnd, "t=\"inlineStr\"", NULL)) {
                const char *start = strchr(strstr(tagEnd, "<t"), '>') + 1;
                const char *stop = strstr(start, "</t>");
                uint32_t length = (uint32_t)unescape(start, stop, text);
                fputc('T', out); fwrite(&column, 2, 1, out); fwrite(&styleIndex, 1, 1, out);
                fwrite(&length, 4, 1, out); fwrite(text, 1, length, out);
                tagEnd = stop;
            } else {
                double value = strtod(strstr(tagEnd, "<v>") + 3, NULL);
                fputc('N', out); fwrite(&column, 2, 1, out); fwrite(&styleIndex, 1, 1, out); fwrite(&value, 8, 1, out);
            }
        } else if (!strncmp(cursor, "</sheetData>", 12)) {
            break;
        }
        cursor = tagEnd;
    }
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

int main(int argc, char **argv) {
    if (argc == 4 && !strcmp(argv[1], "--convert")) return convert(argv[2], argv[3]);
    if (argc < 3) { fprintf(stderr, "usage: floor OUTPUT.xlsx CELLS... | floor --convert SHEET.xml CELLS\n"); return 2; }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
    if (!workbook) return 1;
    /* One format per style index the tool used: text ones bordered and wrapped, number ones bordered
     * with a number format, so each cell carries a style as the tool's does. No two may be equal:
     * libxlsxwriter caches the style index only in the first of equal formats and hashes the whole
     * format again on every cell written with the others. */
    lxw_format *formats[MAX_STYLES] = {0};
    static const char *numberFormats[] = {"0", "0.0", "0.00", "0.000", "0.0000", "0.00000"};
    int textStyles = 0, numberStyles = 0;
    CellReader reader = {.bytes = malloc(1 << 20), .capacity = 1 << 20};
    char *text = NULL;
    size_t textCapacity = 0;
    lxw_error error = LXW_NO_ERROR;
    for (int sheetIndex = 2; sheetIndex < argc && error == LXW_NO_ERROR; sheetIndex++) {
        FILE *cells = fopen(argv[sheetIndex], "rb");
        if (!cells) { perror(argv[sheetIndex]); return 1; }
        reader.file = cells;
        reader.start = reader.end = 0;
        char name[32];
        snprintf(name, sizeof name, sheetIndex == 2 ? "计分依据" : "计分依据 (%d)", sheetIndex - 1);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name);
        uint32_t row = 0;
        int kind;
        while (error == LXW_NO_ERROR && fill(&reader, 1)) {
            kind = reader.bytes[reader.start++];
            if (kind == 'R') {
                double height;
                take(&reader, &row, 4); take(&reader, &height, 8);
                if (height > 0) error = worksheet_set_row(sheet, row, height, NULL);
                continue;
            }
            uint16_t column; uint8_t style;
            take(&reader, &column, 2); take(&reader, &style, 1);
            if (style >= MAX_STYLES) { fprintf(stderr, "style %d out of range\n", style); return 1; }
            if (!formats[style]) {
                formats[style] = workbook_add_format(workbook);
                format_set_border(formats[style], LXW_BORDER_THIN);
                if (kind == 'N') {
                    format_set_num_format(formats[style], numberFormats[numberStyles++ % 6]);
                } else {
                    format_set_text_wrap(formats[style]);
                    format_set_indent(formats[style], (uint8_t)textStyles++);
                }
            }
            if (kind == 'T') {
                uint32_t length;
                take(&reader, &length, 4);
                if (length + 1 > textCapacity) {
                    textCapacity = 2 * ((size_t)length + 1);
                    text = realloc(text, textCapacity);
                    if (!text) { fprintf(stderr, "out of memory\n"); return 1; }
                }
                take(&reader, text, length);
                text[length] = 0;
                error = worksheet_write_string(sheet, row, column, text, formats[style]);
            } else if (kind == 'N') {
                double value;
                take(&reader, &value, 8);
                error = worksheet_write_number(sheet, row, column, value, formats[style]);
            } else if (kind == 'B') {
                error = worksheet_write_blank(sheet, row, column, formats[style]);
            } else {
                fprintf(stderr, "bad record %d in %s\n", kind, argv[sheetIndex]);
                return 1;
            }
        }
        fclose(cells);
    }
    free(reader.bytes);
    free(text);
    if (error != LXW_NO_ERROR) { fprintf(stderr, "write failed: %s\n", lxw_strerror(error)); return 1; }
    error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) { fprintf(stderr, "close failed: %s\n", lxw_strerror(error)); return 1; }
    return 0;
}
