#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets into tests/fuzz/corpus/<target>/ (committed).

The first byte of a CSV seed picks the reader options (see fuzz_csv.cpp); the first byte of an XML
seed picks the workbook part it replaces (see fuzz_xlsx.cpp). Run: python3 tests/fuzz/make_corpus.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "fixtures", "io")
sys.path.insert(0, FIX)
import make_fixtures as fx  # noqa: E402


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def main():
    # CSV: the fixtures with auto options, plus edge cases.
    for name in ("excel_csv_cp1252.csv", "excel_csv_utf8_bom.csv", "excel_unicode_text_utf16le.txt",
                 "momentum_export_utf8.csv"):
        with open(os.path.join(FIX, name), "rb") as f:
            write("csv", name, b"\x00" + f.read())
    seeds = {
        "semicolon_crlf": b"\x00Sagsnr;Navn;Dato\r\n1;S\xc3\xb8ren;05-03-2019\r\n2;\"a;b\";\r\n",
        "comma_quotes_newlines": b"\x10a,b\n\"x\ny\",\"say \"\"hi\"\"\"\n",
        "tab_utf16be": b"\x03\xfe\xff" + "a\tb\r\næ\tø\r\n".encode("utf-16-be"),
        "cp1252_forced": b"\x04navn;by\r\nK\xf8ge;\xc6r\xf8\r\n",
        "unterminated_quote": b"\x00a;b\n1;\"open\n2;3\n",
        "ragged": b"\x20a;b;c\n1\n1;2;3;;\n",
        "sep_hint": b"\x00sep=,\r\na,b\r\n1,2\r\n",
        "empty_lines": b"\x00\n\na;b\n\n1;2\n\n\n",
        "formula_cells": b"\x40a;b\n=1+1;@SUM(A1)\n+cmd;-2+3\n\t=x;\r=x\n",
        "bare_cr": b"\x00a;b\r1;2\r",
        "long_field": b"\x00a\n" + b"x" * 5000 + b"\n",
    }
    for name, data in seeds.items():
        write("csv", name, data)

    # XLSX: whole files, and parts to be wrapped by the target.
    for name in ("cells.xlsx", "date1904.xlsx", "beyond_header.xlsx", "no_rels.xlsx", "shared_string_out_of_range.xlsx",
                 "missing_sheet_part.xlsx"):
        with open(os.path.join(FIX, name), "rb") as f:
            write("xlsx", name, f.read())
    write("xlsx", "part_sheet_cells", b"\x00" + fx.SAGER.encode("utf-8"))
    write("xlsx", "part_sheet_noter", b"\x00" + fx.NOTER.encode("utf-8"))
    write("xlsx", "part_shared_strings", b"\x01" + fx.SHARED.encode("utf-8"))
    write("xlsx", "part_styles", b"\x02" + fx.STYLES.encode("utf-8"))
    write("xlsx", "part_workbook_1904", b"\x03" + fx.workbook([("A", None), ("B", "hidden")], True).encode("utf-8"))

    # Dates: first byte = options (1 month first, 2 numeric from Excel, 4 serials, 8 1904).
    dates = {
        "iso": b"\x04" + b"2019-03-05",
        "danish": b"\x04" + b"05-03-2019",
        "dots": b"\x04" + b"05.03.2019",
        "slash_mdy": b"\x05" + b"03/05/2019",
        "two_digit": b"\x04" + b"05-03-19",
        "serial": b"\x04" + b"43529",
        "serial_time": b"\x06" + b"43529.75",
        "serial_1904": b"\x0c" + b"42067",
        "datetime": b"\x04" + b"2019-03-05T14:30:00",
        "impossible": b"\x04" + b"31-02-2019",
        "column": b"\x04" + b"13/05/2019\n05/13/2019\n03/05/2019",
    }
    for name, data in dates.items():
        write("dates", name, data)


if __name__ == "__main__":
    main()
