"""A small writer for flat OpenDocument spreadsheets (.fods), enough for vnpolicy's golden
tests and example templates: strings, numbers, dates, formulas, a few cell styles, column
widths, the null date and named user-defined metadata.

Formulas are given as a Calc user types them in an English UI (`;` separators, A1 references,
e.g. `=COMPENSATION(D5;E5;F5)`, another sheet as `'Danh sách'!D5:D40`); to_odf() turns them into the ODF form stored in the file
(`of:=org.vnpolicy.CalcAddIn.COMPENSATION([.D5];[.E5];[.F5])`).

ODF stores a UNO add-in call by its programmatic name, service + "." + method — what
LibreOffice itself writes, and the only form it resolves when it reads a file (a bare
`of:=COMPENSATION(...)` would read back as an unknown name, Err:525 #NAME?). The service name
org.vnpolicy.CalcAddIn is part of the contract (addin/oxt/vnpolicy.components).
"""

from __future__ import annotations

import argparse
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from datetime import date
from xml.sax.saxutils import escape, quoteattr

# The add-in's service: ODF names an add-in function "<service>.<method>".
ADDIN_SERVICE = "org.vnpolicy.CalcAddIn"
# Every function of ../../../shared/spec/FUNCTIONS.md (the method name is the Calc name).
ADDIN_FUNCTIONS = frozenset("""
    COMPENSATION COMMITMENT_MONTHS SERVICE_MONTHS COMPENSATION_EXPLAIN
    BASE_WAGE SUPPORT_MULTIPLE SUPPORT_LEVEL SUPPORT_INSTALLMENT STUDY_ALLOWANCE STUDY_MATERIALS
    ROTATION_SUPPORT INCOME_TOPUP TUITION_SUPPORT TRAINING_ELIGIBLE ELIGIBILITY_EXPLAIN
    SUPPORT_EXPLAIN ROTATION_EXPLAIN QUOTA_REMAINING QUOTA_PROGRESS QUOTA_PACE QUOTA_ALLOCATE
    LOAN_TRANCHE VND_TEXT POLICY_INFO""".split())
# Built-in functions whose ODFF name differs from the name typed in the UI.
_ODFF_NAMES = {"ERRORTYPE": "ORG.OPENOFFICE.ERRORTYPE"}

_TOKEN = re.compile(r'"(?:[^"]|"")*"'
                    r"|(?:'(?:[^']|'')+'|\b[A-Za-z_][A-Za-z0-9_]*)![A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?\b"
                    r'|\b\$?[A-Z]{1,3}\$?[0-9]+(?::\$?[A-Z]{1,3}\$?[0-9]+)?\b'
                    r'|[A-Za-z_][A-Za-z0-9_.]*(?=\()')


def to_odf(formula: str) -> str:
    """'=IF(ISERROR(D5);ERRORTYPE(D5)=502;FALSE())' -> 'of:=IF(ISERROR([.D5]);...)'."""
    assert formula.startswith("=")

    def repl(m: re.Match) -> str:
        tok = m.group(0)
        if tok.startswith('"'):
            return tok
        if tok.endswith("(") or m.end() < len(formula) and formula[m.end()] == "(":
            if tok.upper() in ADDIN_FUNCTIONS:
                return "%s.%s" % (ADDIN_SERVICE, tok.upper())
            return _ODFF_NAMES.get(tok.upper(), tok)
        if "!" in tok:  # 'Sheet name'!A1:B2 -> [$'Sheet name'.A1:.B2]
            sheet, _, ref = tok.rpartition("!")
            a, _, b = ref.partition(":")
            return "[$%s.%s%s]" % (sheet, a, ":." + b if b else "")
        if ":" in tok:
            a, b = tok.split(":")
            return "[.%s:.%s]" % (a, b)
        return "[.%s]" % tok

    return "of:" + _TOKEN.sub(repl, formula)


@dataclass
class Cell:
    value: object = None          # str, int/float, date, bool or None
    formula: str | None = None    # UI syntax, e.g. "=COMPENSATION(50000000;108;36)"
    style: str | None = None      # a cell style name from STYLES
    span: int = 1                 # columns spanned
    matrix: tuple[int, int] | None = None  # an array formula over (rows, cols) cells from here


@dataclass
class Validation:
    """Data ▸ Validity of input cells: an ODF condition, the input help shown when the cell is
    selected and the message that refuses anything else (message type "stop")."""
    condition: str                # ODF form, e.g. 'of:cell-content-is-in-list("a";"b")'
    help_title: str
    help_text: str
    error_title: str
    error_text: str
    display_list: bool = False    # a drop-down of the accepted values


def _list_item(v: object) -> str:
    # Numbers too are listed as text: Calc then accepts the number 1 for "1" (measured in 7.4; a
    # numeric list item rejects every numeric cell).
    return '"%s"' % str(v).replace('"', '""')


def in_list(values: list, help_title: str, help_text: str, error_text: str) -> Validation:
    """A drop-down of `values`; anything else is refused."""
    shown = ", ".join(str(v) for v in values)
    return Validation("of:cell-content-is-in-list(%s)" % ";".join(_list_item(v) for v in values),
                      help_title, help_text,
                      "Mã không hợp lệ / Invalid code",
                      "%s\nChọn trong danh sách / Choose from the list: %s" % (error_text, shown),
                      display_list=True)


def in_range(sheet: str, cells: str, help_title: str, help_text: str,
             error_text: str) -> Validation:
    """A drop-down of the values of the cells `cells` (e.g. "B9:B19") of `sheet`."""
    a, _, b = cells.partition(":")
    ref = "[$'%s'.$%s:.$%s]" % (sheet.replace("'", "''"), re.sub(r"(\d)", r"$\1", a, 1),
                                re.sub(r"(\d)", r"$\1", b, 1))
    return Validation("of:cell-content-is-in-list(%s)" % ref, help_title,
                      help_text, "Giá trị không hợp lệ / Invalid value", error_text,
                      display_list=True)


def number_at_least(minimum: float, help_title: str, help_text: str, error_text: str,
                    whole: bool = False) -> Validation:
    """A number (a whole number when `whole`) not below `minimum`."""
    kind = "whole" if whole else "decimal"
    return Validation("of:cell-content-is-%s-number() and cell-content()>=%s" % (kind, minimum),
                      help_title, help_text, "Số không hợp lệ / Invalid number", error_text)


@dataclass
class Chart:
    """A bar chart embedded in a sheet, reading its categories and values from the sheet's own
    cells (so it follows the data). Ranges are A1 ranges of the sheet, e.g. "B9:B19"."""
    name: str
    title: str
    categories: str
    values: str
    label: str                    # the cell naming the series, e.g. "F7"
    anchor: str                   # the cell holding the chart's top-left corner
    width_cm: float
    height_cm: float
    horizontal: bool = True       # bars along x (long category names read better)
    percent_axis: bool = False    # a 0–100 % value axis


@dataclass
class Sheet:
    name: str
    widths_cm: list[float]
    rows: list[list[Cell]] = field(default_factory=list)
    print_landscape: bool = False
    protected: bool = False       # sheet protection without a password (Tools ▸ Protect Sheet)
    freeze_rows: int = 0          # rows kept in view at the top (View ▸ Freeze Rows)
    heights_cm: dict[int, float] = field(default_factory=dict)   # 1-based row -> height
    hidden_cols: set[int] = field(default_factory=set)           # 0-based columns
    validations: list[tuple[str, Validation]] = field(default_factory=list)  # A1 range -> rule
    required: list[str] = field(default_factory=list)  # A1 ranges marked while empty
    charts: list[Chart] = field(default_factory=list)

    def add(self, *cells: Cell | str | float | None) -> int:
        """Append a row; returns its 1-based row number."""
        self.rows.append([c if isinstance(c, Cell) else Cell(c) for c in cells])
        return len(self.rows)

    def add_at(self, cells: dict[int, Cell]) -> int:
        """Append a row with cells at the given 0-based columns (spans included)."""
        row: list[Cell] = []
        col = 0
        for c in sorted(cells):
            assert c >= col, "cells overlap"
            row.extend(Cell() for _ in range(c - col))
            row.append(cells[c])
            col = c + cells[c].span
        return self.add(*row)

    def heading(self, title: str, subtitle: str, note: str,
                headers: list[tuple[str, str]], spans: tuple[int, int, int]) -> None:
        """The head of a bilingual template sheet: title, subtitle and note rows (spanning
        `spans` columns), a blank row, and the column headers, Vietnamese over English."""
        self.title_row(title, spans[0])
        self.add(Cell(subtitle, style="subtitle", span=spans[1]))
        self.note_row(note, spans[2])
        self.add()
        self.add(*[Cell("%s\n%s" % h, style="header") for h in headers])

    def title_row(self, text: str, span: int) -> int:
        """A title over `span` columns, wrapped, in a row high enough for its lines and the
        stacked accents of Vietnamese capitals (Ồ, Ấ, Ễ)."""
        r = self.add(Cell(text, style="title", span=span))
        self.heights_cm[r] = text_height_cm(text, sum(self.widths_cm[:span]), 14, em=0.68,
                                            pad=0.3)
        return r

    def note_row(self, text: str, span: int) -> int:
        """A note over `span` columns, wrapped: Calc does not size a row to merged cells, so the
        row gets the height of the note's lines."""
        r = self.add(Cell(text, style="note", span=span))
        self.heights_cm[r] = text_height_cm(text, sum(self.widths_cm[:span]), 9)
        return r

    def validate(self, cells: str, rule: Validation, required: bool = False) -> None:
        """Data ▸ Validity on an A1 range; `required` also marks its empty cells."""
        self.validations.append((cells, rule))
        if required:
            self.required.append(cells)


def text_height_cm(text: str, width_cm: float, size_pt: float, em: float = 0.5,
                   pad: float = 0.15) -> float:
    """A row height that shows `text` wrapped in `width_cm` at `size_pt` (Liberation Sans: about
    `em` of the size a character on average, lines of 1.25 em, `pad` cm more)."""
    per_line = max(1, int((width_cm - 0.3) / (size_pt * em * 0.0353)))
    lines = sum(-(-max(1, len(part)) // per_line) for part in text.split("\n"))
    return round(lines * size_pt * 1.25 * 0.0353 + pad, 2)


def signature_block(sheet: Sheet, cols: tuple[int, int, int], span: int = 3) -> None:
    """The foot of a Vietnamese voucher: "…, ngày … tháng … năm …" over the head of the unit,
    then Người lập biểu, Kế toán trưởng and Thủ trưởng đơn vị, each with room to sign."""
    sheet.add()
    sheet.add_at({cols[2]: Cell("……………, ngày …… tháng …… năm ………", style="sign_date",
                                span=span)})
    sheet.add_at({c: Cell(t, style="sign_title", span=span) for c, t in zip(
        cols, ("NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG ĐƠN VỊ"))})
    sheet.add_at({c: Cell(t, style="sign_note", span=span) for c, t in zip(
        cols, ("(Ký, họ tên) / Prepared by", "(Ký, họ tên) / Chief accountant",
               "(Ký, họ tên, đóng dấu) / Head of unit"))})
    for _ in range(4):  # room for the signatures
        sheet.add()


_BORDER = 'fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"'
_INPUT = 'fo:background-color="#fff8dc" fo:border="0.5pt solid #c0c0c0" style:vertical-align="top" ' \
         'style:cell-protect="none"'

# Cell styles available to callers (name -> (parent-free properties, data style or None)).
STYLES = {
    "title": ('<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="middle"/>'
              '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>', None),
    "subtitle": ('<style:text-properties fo:font-style="italic" fo:color="#555555"/>', None),
    "header": ('<style:table-cell-properties fo:background-color="#dde8f3" fo:border="0.5pt solid #808080" '
               'fo:wrap-option="wrap" style:vertical-align="middle"/>'
               '<style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties fo:font-weight="bold"/>', None),
    "text": ('<style:table-cell-properties %s/>' % _BORDER, None),
    "wrap": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" fo:wrap-option="wrap" '
             'style:vertical-align="top"/>', None),
    "code": ('<style:table-cell-properties %s/>'
             '<style:text-properties style:font-name="Liberation Mono" fo:font-size="9pt"/>' % _BORDER,
             None),
    "int": ('<style:table-cell-properties %s/>' % _BORDER, "N_int"),
    "money": ('<style:table-cell-properties %s/>' % _BORDER, "N_money"),
    "date": ('<style:table-cell-properties %s/>'
             '<style:paragraph-properties fo:text-align="center"/>' % _BORDER, "N_date"),
    "center": ('<style:table-cell-properties %s/>'
               '<style:paragraph-properties fo:text-align="center"/>' % _BORDER, None),
    "ok": ('<style:table-cell-properties %s/>'
           '<style:paragraph-properties fo:text-align="center"/>'
           '<style:text-properties fo:font-weight="bold"/>' % _BORDER, "N_bool"),
    "total_label": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                    '<style:text-properties fo:font-weight="bold"/>', None),
    "total_money": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                    '<style:text-properties fo:font-weight="bold"/>', "N_money"),
    "note": ('<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'
             '<style:text-properties fo:font-size="9pt" fo:color="#555555"/>', None),
}

# More styles for the templates, written into a file only when one of its cells uses them.
# Styles named input* or in_* are input cells: yellow and not locked when the sheet is protected.
EXTRA_STYLES = {
    "pct": ('<style:table-cell-properties %s/>' % _BORDER, "N_pct"),
    "dec1": ('<style:table-cell-properties %s/>' % _BORDER, "N_dec1"),
    "input": ('<style:table-cell-properties %s/>' % _INPUT, "N_money"),
    "input_date": ('<style:table-cell-properties %s/><style:paragraph-properties fo:text-align="center"/>'
                   % _INPUT, "N_date"),
    "in_text": ('<style:table-cell-properties %s/>' % _INPUT, None),
    "in_wrap": ('<style:table-cell-properties %s fo:wrap-option="wrap"/>' % _INPUT, None),
    "in_center": ('<style:table-cell-properties %s/><style:paragraph-properties fo:text-align="center"/>'
                  % _INPUT, None),
    "in_int": ('<style:table-cell-properties %s/><style:paragraph-properties fo:text-align="center"/>'
               % _INPUT, "N_int"),
    "total_int": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                  '<style:text-properties fo:font-weight="bold"/>', "N_money"),
    "total_pct": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                  '<style:text-properties fo:font-weight="bold"/>', "N_pct"),
    "total_dec1": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                   '<style:text-properties fo:font-weight="bold"/>', "N_dec1"),
    "reason": ('<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" '
               'fo:border="0.5pt solid #c0c0c0"/><style:text-properties fo:color="#c00000"/>', None),
    "sign_date": ('<style:paragraph-properties fo:text-align="center"/>'
                  '<style:text-properties fo:font-style="italic"/>', None),
    "sign_title": ('<style:paragraph-properties fo:text-align="center"/>'
                   '<style:text-properties fo:font-weight="bold"/>', None),
    "sign_note": ('<style:paragraph-properties fo:text-align="center"/>'
                  '<style:text-properties fo:font-style="italic" fo:font-size="9pt"/>', None),
}


def is_input_style(name: str | None) -> bool:
    return bool(name) and (name.startswith("input") or name.startswith("in_"))


# The font of every style: metric-compatible with Arial (which LibreOffice substitutes for it on
# Windows) and drawn with every Vietnamese letter and stacked accent.
FONT = "Liberation Sans"
MISSING_STYLE = "Thiếu dữ liệu"   # the conditional style of an empty required input

_DATA_STYLES = """
  <number:number-style style:name="N_int"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
  <number:number-style style:name="N_money"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:date-style style:name="N_date"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
  <number:boolean-style style:name="N_bool"><number:boolean/></number:boolean-style>
"""

_EXTRA_DATA_STYLES = """
  <number:percentage-style style:name="N_pct"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <number:number-style style:name="N_dec1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
"""

_NS_LIST = (
    ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
    ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
    ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
    ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
    ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
    ("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
    ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2"),
    ("config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"),
)
_NS = " ".join('xmlns:%s="%s"' % ns for ns in _NS_LIST)
_NS_DRAW = ('xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
            'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink"')
_NS_CHART = ('xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" ' + _NS_DRAW)
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
MIMETYPE_TEMPLATE = "application/vnd.oasis.opendocument.spreadsheet-template"
_CHART_MIMETYPE = "application/vnd.oasis.opendocument.chart"


def _col_row(addr: str) -> tuple[int, int]:
    """'B9' -> (1, 8), 0-based."""
    m = re.fullmatch(r"\$?([A-Z]+)\$?([0-9]+)", addr)
    assert m, addr
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return col - 1, int(m.group(2)) - 1


def _range_cells(a1: str) -> tuple[int, int, int, int]:
    """'H6:H13' -> (first col, first row, last col, last row), 0-based."""
    a, _, b = a1.partition(":")
    c0, r0 = _col_row(a)
    c1, r1 = _col_row(b or a)
    return c0, r0, c1, r1


def _sheet_ref(sheet: str, a1: str) -> str:
    """ODF cell range address: 'Sheet name'.B9:'Sheet name'.B19."""
    q = "'%s'" % sheet.replace("'", "''")
    a, _, b = a1.partition(":")
    return "%s.%s" % (q, a) + (":%s.%s" % (q, b) if b else "")


def _cell_xml(c: Cell, style: str | None, validation: str | None, inner: str = "") -> str:
    attrs = []
    if style:
        attrs.append('table:style-name="%s"' % style)
    if validation:
        attrs.append('table:content-validation-name="%s"' % validation)
    if c.span > 1:
        attrs.append('table:number-columns-spanned="%d"' % c.span)
    body = ""
    if c.formula is not None:
        # No cached value: LibreOffice computes every formula when it opens the file.
        attrs.append("table:formula=%s" % quoteattr(to_odf(c.formula)))
        if c.matrix is not None:  # {=...} entered with Ctrl+Shift+Enter over rows × cols
            attrs.append('table:number-matrix-rows-spanned="%d" '
                         'table:number-matrix-columns-spanned="%d"' % c.matrix)
    elif c.value is None:
        pass
    elif isinstance(c.value, bool):
        attrs.append('office:value-type="boolean" office:boolean-value="%s"'
                     % ("true" if c.value else "false"))
        body = "<text:p>%s</text:p>" % ("TRUE" if c.value else "FALSE")
    elif isinstance(c.value, (int, float)):
        attrs.append('office:value-type="float" office:value="%s"' % repr(c.value))
        body = "<text:p>%s</text:p>" % c.value
    elif isinstance(c.value, date):
        attrs.append('office:value-type="date" office:date-value="%s"' % c.value.isoformat())
        body = "<text:p>%s</text:p>" % c.value.strftime("%d/%m/%Y")
    else:
        attrs.append('office:value-type="string"')
        body = "".join("<text:p>%s</text:p>" % escape(line) for line in str(c.value).split("\n"))
    xml = "<table:table-cell %s>%s%s</table:table-cell>" % (" ".join(attrs), inner, body)
    if c.span > 1:
        xml += "<table:covered-table-cell/>" * (c.span - 1)
    return xml


def _chart_document(sheet: str, ch: Chart, root: str) -> str:
    """The chart's own document: `root` is "office:document" (inline in a flat file) or
    "office:document-content" (Object N/content.xml of a zipped one)."""
    y_style = ('<style:style style:name="ch_y" style:family="chart" style:data-style-name="N_p0">'
               '<style:chart-properties chart:display-label="true" chart:minimum="0" '
               'chart:maximum="1" chart:interval-major="0.25" chart:link-data-style-to-source="false"/>'
               '<style:text-properties fo:font-size="8pt" style:font-name="%s"/></style:style>' % FONT
               if ch.percent_axis else
               '<style:style style:name="ch_y" style:family="chart"><style:chart-properties '
               'chart:display-label="true"/><style:text-properties fo:font-size="8pt" '
               'style:font-name="%s"/></style:style>' % FONT)
    mimetype = ' office:mimetype="%s"' % _CHART_MIMETYPE if root == "office:document" else ""
    return (
        '<%s %s %s office:version="1.3"%s>'
        '<office:font-face-decls><style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" '
        'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
        '<office:automatic-styles>'
        '<number:percentage-style style:name="N_p0"><number:number number:decimal-places="0" '
        'number:min-integer-digits="1"/><number:text>%%</number:text></number:percentage-style>'
        '<style:style style:name="ch_chart" style:family="chart"><style:graphic-properties '
        'draw:stroke="solid" svg:stroke-color="#b3b3b3" draw:fill-color="#ffffff"/></style:style>'
        '<style:style style:name="ch_title" style:family="chart"><style:text-properties '
        'fo:font-size="11pt" fo:font-weight="bold" style:font-name="%s"/></style:style>'
        '<style:style style:name="ch_plot" style:family="chart"><style:chart-properties '
        'chart:vertical="%s" chart:gap-width="60"/></style:style>'
        '<style:style style:name="ch_x" style:family="chart"><style:chart-properties '
        'chart:display-label="true" chart:reverse-direction="%s"/><style:text-properties '
        'fo:font-size="8pt" style:font-name="%s"/></style:style>'
        '%s'
        '<style:style style:name="ch_grid" style:family="chart"><style:graphic-properties '
        'svg:stroke-color="#d9d9d9"/></style:style>'
        '<style:style style:name="ch_wall" style:family="chart"><style:graphic-properties '
        'draw:fill="solid" draw:fill-color="#ffffff" draw:stroke="none"/></style:style>'
        '<style:style style:name="ch_series" style:family="chart"><style:chart-properties '
        'chart:data-label-number="value"/><style:graphic-properties '
        'draw:fill-color="#4f81bd" draw:stroke="none"/><style:text-properties fo:font-size="8pt" '
        'style:font-name="%s"/></style:style>'
        '</office:automatic-styles>'
        '<office:body><office:chart>'
        '<chart:chart svg:width="%.2fcm" svg:height="%.2fcm" chart:class="chart:bar" '
        'chart:style-name="ch_chart">'
        '<chart:title chart:style-name="ch_title"><text:p>%s</text:p></chart:title>'
        '<chart:plot-area chart:style-name="ch_plot" table:cell-range-address="%s %s" '
        'chart:data-source-has-labels="none">'
        '<chart:axis chart:dimension="x" chart:name="primary-x" chart:style-name="ch_x">'
        '<chart:categories table:cell-range-address="%s"/></chart:axis>'
        '<chart:axis chart:dimension="y" chart:name="primary-y" chart:style-name="ch_y">'
        '<chart:grid chart:style-name="ch_grid" chart:class="major"/></chart:axis>'
        '<chart:series chart:style-name="ch_series" chart:values-cell-range-address="%s" '
        'chart:label-cell-address="%s" chart:class="chart:bar"/>'
        '<chart:wall chart:style-name="ch_wall"/></chart:plot-area></chart:chart></office:chart></office:body></%s>'
        % (root, _NS, _NS_CHART, mimetype, FONT, FONT, FONT,
           "true" if ch.horizontal else "false", "true" if ch.horizontal else "false", FONT,
           y_style, FONT, ch.width_cm, ch.height_cm, escape(ch.title),
           _sheet_ref(sheet, ch.categories), _sheet_ref(sheet, ch.values),
           _sheet_ref(sheet, ch.categories), _sheet_ref(sheet, ch.values),
           _sheet_ref(sheet, ch.label), root))


def _chart_frame(sheet: Sheet, ch: Chart, obj: str | None, x_cm: float) -> str:
    """The draw:frame of a chart in its anchor cell; `obj` names its sub-document in a zipped
    file (None: the chart document is written inline)."""
    ranges = "%s %s" % (_sheet_ref(sheet.name, ch.categories), _sheet_ref(sheet.name, ch.values))
    link = (' xlink:href="./%s" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"'
            % obj if obj else "")
    inner = "" if obj else _chart_document(sheet.name, ch, "office:document")
    return ('<draw:frame draw:z-index="0" draw:name=%s svg:width="%.2fcm" svg:height="%.2fcm" '
            'svg:x="%.2fcm" svg:y="0cm"><draw:object draw:notify-on-update-of-ranges="%s"%s>%s'
            '</draw:object></draw:frame>'
            % (quoteattr(ch.name), ch.width_cm, ch.height_cm, x_cm, ranges, link, inner))


def _settings_xml(sheets: list[Sheet]) -> str:
    """View settings: the rows frozen on each sheet (the only view setting written)."""
    def item(name: str, typ: str, value: object) -> str:
        return ('<config:config-item config:name="%s" config:type="%s">%s</config:config-item>'
                % (name, typ, value))
    tables = []
    for sh in sheets:
        if not sh.freeze_rows:
            continue
        tables.append('<config:config-item-map-entry config:name=%s>%s</config:config-item-map-entry>'
                      % (quoteattr(sh.name), "".join((
                          item("HorizontalSplitMode", "short", 0),
                          item("VerticalSplitMode", "short", 2),
                          item("HorizontalSplitPosition", "int", 0),
                          item("VerticalSplitPosition", "int", sh.freeze_rows),
                          item("ActiveSplitRange", "short", 2),
                          item("PositionLeft", "int", 0), item("PositionRight", "int", 0),
                          item("PositionTop", "int", 0),
                          item("PositionBottom", "int", sh.freeze_rows)))))
    if not tables:
        return ""
    return ('<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            + item("ViewId", "string", "view1")
            + '<config:config-item-map-named config:name="Tables">%s</config:config-item-map-named>'
            % "".join(tables)
            + item("ActiveTable", "string", escape(sheets[0].name))
            + '</config:config-item-map-entry></config:config-item-map-indexed>'
              '</config:config-item-set>')


@dataclass
class _Parts:
    """The pieces of one document, assembled as a flat file or as the files of a zip."""
    meta: str
    fonts: str
    styles: str
    automatic: str
    body: str
    settings: str
    charts: list[tuple[str, Chart]]   # (sheet name, chart) in order: "Object N"


def _parts(sheets: list[Sheet], title: str, null_date: date | None,
           user_meta: dict[str, str] | None, inline_charts: bool) -> _Parts:
    meta = ['<meta:generator>vnpolicy fods_writer.py</meta:generator>'
            '<dc:title>%s</dc:title>' % escape(title)]
    for k, v in (user_meta or {}).items():
        meta.append('<meta:user-defined meta:name=%s>%s</meta:user-defined>'
                    % (quoteattr(k), escape(v)))
    fonts = ('<style:font-face style:name="Liberation Mono" svg:font-family="&apos;Liberation Mono&apos;" '
             'style:font-family-generic="modern" style:font-pitch="fixed" '
             'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>'
             '<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;" '
             'style:font-family-generic="swiss" style:font-pitch="variable" '
             'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>' % (FONT, FONT))
    used = {c.style for sheet in sheets for row in sheet.rows for c in row if c.style}
    extra = {k: v for k, v in EXTRA_STYLES.items() if k in used}
    marks = any(sh.required for sh in sheets)
    styles = [_DATA_STYLES, _EXTRA_DATA_STYLES if extra else "",
              '<style:default-style style:family="table-cell"><style:text-properties '
              'style:font-name="%s" fo:font-size="10pt"/></style:default-style>' % FONT,
              '<style:style style:name="Default" style:family="table-cell"><style:text-properties '
              'style:font-name="%s"/></style:style>' % FONT]
    if marks:
        styles.append('<style:style style:name=%s style:family="table-cell" '
                      'style:parent-style-name="Default"><style:table-cell-properties '
                      'fo:background-color="#f4cccc"/></style:style>' % quoteattr(MISSING_STYLE))
    auto = []
    for name, (props, data) in list(STYLES.items()) + list(extra.items()):
        ds = ' style:data-style-name="%s"' % data if data else ""
        auto.append('<style:style style:name="ce_%s" style:family="table-cell" '
                    'style:parent-style-name="Default"%s>%s</style:style>' % (name, ds, props))
    # Required inputs: the input style plus a condition marking the cell while it is empty.
    req_cells: dict[tuple[int, int, int], bool] = {}
    req_styles: dict[tuple[int, str], str] = {}
    for si, sheet in enumerate(sheets):
        for rng in sheet.required:
            c0, r0, c1, r1 = _range_cells(rng)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    req_cells[(si, r, c)] = True
                    st = _style_at(sheet, r, c)
                    assert is_input_style(st), "%s!%s: a required cell must be an input" % (
                        sheet.name, rng)
                    if (si, st) not in req_styles:
                        name = "ce_%s_req%d" % (st, si)
                        req_styles[(si, st)] = name
                        props, data = {**STYLES, **EXTRA_STYLES}[st]
                        ds = ' style:data-style-name="%s"' % data if data else ""
                        auto.append(
                            '<style:style style:name="%s" style:family="table-cell" '
                            'style:parent-style-name="Default"%s>%s<style:map '
                            'style:condition="is-true-formula(ISBLANK([.A1]))" '
                            'style:apply-style-name=%s style:base-cell-address="%s"/>'
                            '</style:style>' % (name, ds, props, quoteattr(MISSING_STYLE),
                                                escape(_sheet_ref(sheet.name, "A1"))))
    heights = sorted({h for sh in sheets for h in sh.heights_cm.values()})
    for h in heights:
        auto.append('<style:style style:name="ro_%s" style:family="table-row">'
                    '<style:table-row-properties style:row-height="%.2fcm" '
                    'style:use-optimal-row-height="false" fo:break-before="auto"/></style:style>'
                    % (("%.2f" % h).replace(".", "_"), h))
    for si, sheet in enumerate(sheets):
        for ci, w in enumerate(sheet.widths_cm):
            auto.append('<style:style style:name="co_%d_%d" style:family="table-column">'
                        '<style:table-column-properties fo:break-before="auto" '
                        'style:column-width="%.2fcm"/></style:style>' % (si, ci, w))
    if any(sh.protected for sh in sheets):
        auto.append('<style:style style:name="ta_protected" style:family="table" '
                    'style:master-page-name="Default"><style:table-properties table:display="true"/>'
                    '</style:style>')

    # Validations: one named rule per (sheet, range).
    body = []
    if null_date is not None:
        body.append('<table:calculation-settings><table:null-date table:date-value="%s"/>'
                    '</table:calculation-settings>' % null_date.isoformat())
    val_at: dict[tuple[int, int, int], str] = {}
    vals = []
    for si, sheet in enumerate(sheets):
        for vi, (rng, v) in enumerate(sheet.validations):
            name = "val%d_%d" % (si, vi)
            c0, r0, c1, r1 = _range_cells(rng)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    val_at[(si, r, c)] = name
            vals.append(
                '<table:content-validation table:name="%s" table:condition=%s '
                'table:allow-empty-cell="true" table:display-list="%s" '
                'table:base-cell-address="%s">'
                '<table:help-message table:title=%s table:display="true">%s</table:help-message>'
                '<table:error-message table:message-type="stop" table:title=%s '
                'table:display="true">%s</table:error-message></table:content-validation>'
                % (name, quoteattr(v.condition), "unsorted" if v.display_list else "none",
                   escape(_sheet_ref(sheet.name, rng.partition(":")[0])), quoteattr(v.help_title),
                   "".join("<text:p>%s</text:p>" % escape(t) for t in v.help_text.split("\n")),
                   quoteattr(v.error_title),
                   "".join("<text:p>%s</text:p>" % escape(t) for t in v.error_text.split("\n"))))
    if vals:
        body.append("<table:content-validations>%s</table:content-validations>" % "".join(vals))

    row_need: dict[tuple[int, int], int] = {}  # cells a row must have: validated or marked
    for (s_, r_, c) in list(val_at) + list(req_cells):
        row_need[(s_, r_)] = max(row_need.get((s_, r_), 0), c + 1)
    charts: list[tuple[str, Chart]] = []
    for si, sheet in enumerate(sheets):
        body.append("<table:table table:name=%s%s>" % (
            quoteattr(sheet.name),
            ' table:style-name="ta_protected" table:protected="true"' if sheet.protected else ""))
        for ci in range(len(sheet.widths_cm)):
            body.append('<table:table-column table:style-name="co_%d_%d"%s/>' % (
                si, ci, ' table:visibility="collapse"' if ci in sheet.hidden_cols else ""))
        anchors = {_col_row(ch.anchor): ch for ch in sheet.charts}
        n_rows = max([len(sheet.rows)] + [_range_cells(r)[3] + 1 for r, _ in sheet.validations])
        for ri in range(n_rows):
            row = sheet.rows[ri] if ri < len(sheet.rows) else []
            cells = list(row)
            width = sum(c.span for c in cells)
            need = max(width, row_need.get((si, ri), 0),
                       max([c + 1 for (c, r_) in anchors if r_ == ri], default=0))
            cells += [Cell() for _ in range(need - width)]
            xml = []
            col = 0
            for c in cells:
                st = "ce_%s" % c.style if c.style else None
                if (si, ri, col) in req_cells:
                    st = req_styles[(si, c.style)]
                inner = ""
                if (col, ri) in anchors:
                    ch = anchors[(col, ri)]
                    charts.append((sheet.name, ch))
                    inner = _chart_frame(sheet, ch, None if inline_charts
                                         else "Object %d" % len(charts), 0.0)
                xml.append(_cell_xml(c, st, val_at.get((si, ri, col)), inner))
                col += c.span
            height = sheet.heights_cm.get(ri + 1)
            rs = ' table:style-name="ro_%s"' % ("%.2f" % height).replace(".", "_") if height else ""
            body.append("<table:table-row%s>%s</table:table-row>" % (rs, "".join(xml)))
        body.append("</table:table>")
    return _Parts("".join(meta), fonts, "".join(styles), "".join(auto), "\n".join(body),
                  _settings_xml(sheets), charts)


def _style_at(sheet: Sheet, r: int, c: int) -> str | None:
    """The style of the cell at 0-based (r, c), spans counted."""
    if r >= len(sheet.rows):
        return None
    col = 0
    for cell in sheet.rows[r]:
        if col <= c < col + cell.span:
            return cell.style
        col += cell.span
    return None


def write_fods(path, sheets: list[Sheet], *, title: str, null_date: date | None = None,
               user_meta: dict[str, str] | None = None, template: bool = False) -> None:
    """Write `sheets` to `path` as a flat ODF spreadsheet."""
    p = _parts(sheets, title, null_date, user_meta, inline_charts=True)
    ns = _NS + (" " + _NS_DRAW if p.charts else "")
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document %s office:version="1.3" office:mimetype="%s">'
           % (ns, MIMETYPE_TEMPLATE if template else MIMETYPE),
           # A generator other than LibreOffice: Calc recalculates every formula on load.
           "<office:meta>%s</office:meta>" % p.meta]
    if p.settings:
        out.append("<office:settings>%s</office:settings>" % p.settings)
    out.append("<office:font-face-decls>%s</office:font-face-decls>" % p.fonts)
    out.append("<office:styles>%s</office:styles>" % p.styles)
    out.append("<office:automatic-styles>%s</office:automatic-styles>" % p.automatic)
    out.append("<office:body><office:spreadsheet>")
    out.append(p.body)
    out.append("</office:spreadsheet></office:body></office:document>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def write_ots(path, sheets: list[Sheet], *, title: str, null_date: date | None = None,
              user_meta: dict[str, str] | None = None) -> None:
    """Write `sheets` to `path` as a zipped ODF spreadsheet template (.ots: mimetype
    application/vnd.oasis.opendocument.spreadsheet-template), what File ▸ New ▸ Templates lists.
    The same parts as write_fods, split into content.xml, styles.xml, meta.xml, settings.xml and
    one "Object N" folder per chart; the entries carry a fixed date, so a run is reproducible."""
    p = _parts(sheets, title, null_date, user_meta, inline_charts=False)
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    files = {
        "content.xml": head + '<office:document-content %s %s office:version="1.3">'
                       '<office:font-face-decls>%s</office:font-face-decls>'
                       '<office:automatic-styles>%s</office:automatic-styles>'
                       '<office:body><office:spreadsheet>%s</office:spreadsheet></office:body>'
                       '</office:document-content>' % (_NS, _NS_DRAW, p.fonts, p.automatic, p.body),
        "styles.xml": head + '<office:document-styles %s office:version="1.3">'
                      '<office:font-face-decls>%s</office:font-face-decls>'
                      '<office:styles>%s</office:styles></office:document-styles>'
                      % (_NS, p.fonts, p.styles),
        "meta.xml": head + '<office:document-meta %s office:version="1.3"><office:meta>%s'
                    '</office:meta></office:document-meta>' % (_NS, p.meta),
        "settings.xml": head + '<office:document-settings %s office:version="1.3">'
                        '<office:settings>%s</office:settings></office:document-settings>'
                        % (_NS, p.settings),
    }
    entries = ['<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
               'manifest:media-type="%s"/>' % MIMETYPE_TEMPLATE]
    entries += ['<manifest:file-entry manifest:full-path="%s" manifest:media-type="text/xml"/>'
                % n for n in files]
    for i, (sheet_name, ch) in enumerate(p.charts, 1):
        obj = "Object %d" % i
        files["%s/content.xml" % obj] = head + _chart_document(sheet_name, ch,
                                                               "office:document-content")
        entries.append('<manifest:file-entry manifest:full-path="%s/" manifest:version="1.3" '
                       'manifest:media-type="%s"/>' % (obj, _CHART_MIMETYPE))
        entries.append('<manifest:file-entry manifest:full-path="%s/content.xml" '
                       'manifest:media-type="text/xml"/>' % obj)
    files["META-INF/manifest.xml"] = (
        head + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
        'manifest:1.0" manifest:version="1.3">%s</manifest:manifest>' % "".join(entries))
    with zipfile.ZipFile(path, "w") as z:
        # The mimetype first and stored, as ODF requires; then the parts, deflated.
        z.writestr(zipfile.ZipInfo("mimetype", date_time=_ZIP_DATE), MIMETYPE_TEMPLATE,
                   compress_type=zipfile.ZIP_STORED)
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, date_time=_ZIP_DATE), text.encode("utf-8"),
                       compress_type=zipfile.ZIP_DEFLATED)


_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def guide_sheet(rows: list[tuple[str, str]], functions: list[str] | None = None,
                name: str = "Hướng dẫn") -> Sheet:
    """The guide sheet of a template: a header row and (topic, explanation) rows, then how the
    template guards its cells and where `functions` are in the function wizard, then the version
    of the add-in and its data (POLICY_INFO), so a printed template says what made it."""
    s = Sheet(name, [4.5, 22.0])
    s.title_row("HƯỚNG DẪN / GUIDE", 2)
    s.add()
    rows = list(rows) + [
        ("Ô nhập / Inputs", "Ô nền vàng là ô nhập; các ô khác tự tính và được khóa (Công cụ ▸ Bảo "
         "vệ trang tính, không đặt mật khẩu: bỏ chọn mục đó để mở khóa). Ô mã có danh sách chọn "
         "(Dữ liệu ▸ Kiểm tra tính hợp lệ); ô nền đỏ nhạt là ô bắt buộc còn trống. / Yellow cells "
         "are inputs; the others compute themselves and are protected (Tools ▸ Protect Sheet, no "
         "password: untick it to unprotect). Code cells have a drop-down list (Data ▸ Validity); "
         "a pale red cell is a required input still empty."),
    ]
    if functions:
        rows.append((
            "Hàm / Functions",
            "%s. Trong trình hướng dẫn hàm (Chèn ▸ Hàm…, Ctrl+F2): giao diện tiếng Việt — nhóm "
            "\"Phần bổ trợ\"; giao diện tiếng Anh — category \"Add-in\"; hoặc gõ tên hàm vào ô "
            "Tìm kiếm của trình hướng dẫn. / In the Function Wizard (Insert ▸ Function…, "
            "Ctrl+F2): category \"Add-in\" in an English UI, \"Phần bổ trợ\" in a Vietnamese UI; "
            "or type the function name in the wizard's Search box." % ", ".join(functions)))
    for i, (topic, text) in enumerate(rows):
        s.add(Cell(topic, style="header" if i == 0 else "text"),
              Cell(text, style="header" if i == 0 else "wrap"))
    s.add()
    s.add(Cell("POLICY_INFO()", style="code"), Cell(formula="=POLICY_INFO()", style="wrap"))
    return s


def write_workbook(folder: Path, stem: str, sheets: list[Sheet], ots: bool, **kw) -> Path:
    """Write `stem`.fods (the committed example) or, with `ots`, `stem`.ots (the template the
    .oxt installs) into `folder`; returns the path."""
    path = folder / (stem + (".ots" if ots else ".fods"))
    (write_ots if ots else write_fods)(path, sheets, **kw)
    print("wrote", path)
    return path


def example_options(default: Path, doc: str | None) -> argparse.Namespace:
    """Options of the example generators: --out-dir DIR (default `default`, where the committed
    .fods live) and --ots (write the .ots templates for the .oxt instead)."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    ap.add_argument("--out-dir", type=Path, default=default,
                    help="write the files here instead of %s" % default)
    ap.add_argument("--ots", action="store_true",
                    help="write .ots templates (File ▸ New ▸ Templates) instead of .fods")
    args = ap.parse_args()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    return args


def out_dir(default: Path, doc: str | None) -> Path:
    """The folder a generator writes into: `--out-dir DIR` on the command line (the drift test,
    ctest generated_files_match, writes into a temporary folder and compares), else `default`
    (where the committed files live)."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    ap.add_argument("--out-dir", type=Path, default=default,
                    help="write the files here instead of %s" % default)
    d = ap.parse_args().out_dir
    d.mkdir(parents=True, exist_ok=True)
    return d
