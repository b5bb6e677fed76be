/* The floor for the benchmark: writes N rows of 计分依据-shaped cells (11 columns, the same kinds of
 * text and numbers the tool writes) with libxlsxwriter in constant_memory mode, and nothing else.
 * Usage: floor OUTPUT.xlsx ROWS */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor OUTPUT.xlsx ROWS\n"); return 2; }
    long rows = atol(argv[2]);
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
    if (!workbook) return 1;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "计分依据");
    lxw_format *text = workbook_add_format(workbook);
    format_set_border(text, LXW_BORDER_THIN);
    format_set_text_wrap(text);
    lxw_format *number = workbook_add_format(workbook);
    format_set_border(number, LXW_BORDER_THIN);
    format_set_num_format(number, "0.0");
    const char *headers[] = {"二级工会", "文件", "行号", "日期", "活动名称", "类别", "级别", "成果", "计入指标", "得分", "未计分原因"};
    for (int c = 0; c < 11; c++) worksheet_write_string(sheet, 0, c, headers[c], text);
    char unit[64], file[128], name[64], date[16];
    lxw_error error = LXW_NO_ERROR;
    for (long r = 1; r <= rows && error == LXW_NO_ERROR; r++) {
        snprintf(unit, sizeof unit, "第%04ld基层工会", r % 1000 + 1);
        snprintf(file, sizeof file, "bench/activities/第%04ld基层工会.csv", r % 1000 + 1);
        snprintf(name, sizeof name, "文化活动活动第%ld期", r);
        snprintf(date, sizeof date, "2023-%02ld-%02ld", r % 12 + 1, r % 28 + 1);
        error |= worksheet_write_string(sheet, r, 0, unit, text);
        error |= worksheet_write_string(sheet, r, 1, file, text);
        error |= worksheet_write_number(sheet, r, 2, (double)(r % 1000 + 2), number);
        error |= worksheet_write_string(sheet, r, 3, date, text);
        error |= worksheet_write_string(sheet, r, 4, name, text);
        error |= worksheet_write_string(sheet, r, 5, "文化活动", text);
        error |= worksheet_write_string(sheet, r, 6, "院级", text);
        error |= worksheet_write_string(sheet, r, 7, "", text);
        error |= worksheet_write_string(sheet, r, 8, "A3 会员参与率（计入参与率）；D1 文化活动（2.0 分，每次 2.0 分）；D3 文体活动参与率（计入参与率）", text);
        error |= worksheet_write_number(sheet, r, 9, 2.0, number);
        error |= worksheet_write_string(sheet, r, 10, "", text);
    }
    if (error != LXW_NO_ERROR) { fprintf(stderr, "write failed\n"); return 1; }
    error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) { fprintf(stderr, "close failed: %s\n", lxw_strerror(error)); return 1; }
    return 0;
}
