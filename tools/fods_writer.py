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

import re
from dataclasses import dataclass, field
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
class Sheet:
    name: str
    widths_cm: list[float]
    rows: list[list[Cell]] = field(default_factory=list)
    print_landscape: bool = False

    def add(self, *cells: Cell | str | float | None) -> int:
        """Append a row; returns its 1-based row number."""
        self.rows.append([c if isinstance(c, Cell) else Cell(c) for c in cells])
        return len(self.rows)

    def heading(self, title: str, subtitle: str, note: str,
                headers: list[tuple[str, str]], spans: tuple[int, int, int]) -> None:
        """The head of a bilingual template sheet: title, subtitle and note rows (spanning
        `spans` columns), a blank row, and the column headers, Vietnamese over English."""
        for text, style, span in zip((title, subtitle, note), ("title", "subtitle", "note"), spans):
            self.add(Cell(text, style=style, span=span))
        self.add()
        self.add(*[Cell("%s\n%s" % h, style="header") for h in headers])


# Cell styles available to callers (name -> (parent-free properties, data style or None)).
STYLES = {
    "title": ('<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>', None),
    "subtitle": ('<style:text-properties fo:font-style="italic" fo:color="#555555"/>', None),
    "header": ('<style:table-cell-properties fo:background-color="#dde8f3" fo:border="0.5pt solid #808080" '
               'fo:wrap-option="wrap" style:vertical-align="middle"/>'
               '<style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties fo:font-weight="bold"/>', None),
    "text": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>', None),
    "wrap": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" fo:wrap-option="wrap" '
             'style:vertical-align="top"/>', None),
    "code": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>'
             '<style:text-properties style:font-name="Liberation Mono" fo:font-size="9pt"/>', None),
    "int": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>', "N_int"),
    "money": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>', "N_money"),
    "date": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>'
             '<style:paragraph-properties fo:text-align="center"/>', "N_date"),
    "center": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>'
               '<style:paragraph-properties fo:text-align="center"/>', None),
    "ok": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>'
           '<style:paragraph-properties fo:text-align="center"/>'
           '<style:text-properties fo:font-weight="bold"/>', "N_bool"),
    "total_label": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                    '<style:text-properties fo:font-weight="bold"/>', None),
    "total_money": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                    '<style:text-properties fo:font-weight="bold"/>', "N_money"),
    "note": ('<style:text-properties fo:font-size="9pt" fo:color="#555555"/>', None),
}

# More styles for the templates, written into a file only when one of its cells uses them.
EXTRA_STYLES = {
    "pct": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>', "N_pct"),
    "dec1": ('<style:table-cell-properties fo:border="0.5pt solid #c0c0c0" style:vertical-align="top"/>', "N_dec1"),
    "input": ('<style:table-cell-properties fo:background-color="#fff8dc" fo:border="0.5pt solid #c0c0c0" '
              'style:vertical-align="top"/>', "N_money"),
    "input_date": ('<style:table-cell-properties fo:background-color="#fff8dc" fo:border="0.5pt solid #c0c0c0" '
                   'style:vertical-align="top"/><style:paragraph-properties fo:text-align="center"/>', "N_date"),
    "total_int": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                  '<style:text-properties fo:font-weight="bold"/>', "N_money"),
    "total_pct": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                  '<style:text-properties fo:font-weight="bold"/>', "N_pct"),
    "total_dec1": ('<style:table-cell-properties fo:background-color="#f2f2f2" fo:border="0.5pt solid #808080"/>'
                   '<style:text-properties fo:font-weight="bold"/>', "N_dec1"),
}

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

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
       'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/" '
       'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
       'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')


def _cell_xml(c: Cell) -> str:
    attrs = []
    if c.style:
        attrs.append('table:style-name="ce_%s"' % c.style)
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
    xml = "<table:table-cell %s>%s</table:table-cell>" % (" ".join(attrs), body)
    if c.span > 1:
        xml += "<table:covered-table-cell/>" * (c.span - 1)
    return xml


def write_fods(path, sheets: list[Sheet], *, title: str, null_date: date | None = None,
               user_meta: dict[str, str] | None = None, row_heights: dict | None = None) -> None:
    """Write `sheets` to `path` as a flat ODF spreadsheet."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document %s office:version="1.3" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">' % _NS,
           # A generator other than LibreOffice: Calc recalculates every formula on load.
           '<office:meta><meta:generator>vnpolicy fods_writer.py</meta:generator>'
           '<dc:title>%s</dc:title>' % escape(title)]
    for k, v in (user_meta or {}).items():
        out.append('<meta:user-defined meta:name=%s>%s</meta:user-defined>'
                   % (quoteattr(k), escape(v)))
    out.append("</office:meta>")
    out.append('<office:font-face-decls><style:font-face style:name="Liberation Mono" '
               'svg:font-family="&apos;Liberation Mono&apos;" '
               'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>'
               '</office:font-face-decls>')
    used = {c.style for sheet in sheets for row in sheet.rows for c in row if c.style}
    extra = {k: v for k, v in EXTRA_STYLES.items() if k in used}
    out.append("<office:styles>%s%s" % (_DATA_STYLES, _EXTRA_DATA_STYLES if extra else ""))
    out.append('<style:style style:name="Default" style:family="table-cell"/>')
    out.append("</office:styles>")
    out.append("<office:automatic-styles>")
    for name, (props, data) in list(STYLES.items()) + list(extra.items()):
        ds = ' style:data-style-name="%s"' % data if data else ""
        out.append('<style:style style:name="ce_%s" style:family="table-cell" '
                   'style:parent-style-name="Default"%s>%s</style:style>' % (name, ds, props))
    for si, sheet in enumerate(sheets):
        for ci, w in enumerate(sheet.widths_cm):
            out.append('<style:style style:name="co_%d_%d" style:family="table-column">'
                       '<style:table-column-properties fo:break-before="auto" '
                       'style:column-width="%.2fcm"/></style:style>' % (si, ci, w))
    out.append("</office:automatic-styles>")
    out.append("<office:body><office:spreadsheet>")
    if null_date is not None:
        out.append('<table:calculation-settings><table:null-date table:date-value="%s"/>'
                   '</table:calculation-settings>' % null_date.isoformat())
    for si, sheet in enumerate(sheets):
        out.append("<table:table table:name=%s>" % quoteattr(sheet.name))
        for ci in range(len(sheet.widths_cm)):
            out.append('<table:table-column table:style-name="co_%d_%d"/>' % (si, ci))
        for row in sheet.rows:
            out.append("<table:table-row>%s</table:table-row>"
                       % "".join(_cell_xml(c) for c in row))
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def guide_sheet(rows: list[tuple[str, str]], name: str = "Hướng dẫn") -> Sheet:
    """The guide sheet of a template: a header row and (topic, explanation) rows, then the
    version of the add-in and its data (POLICY_INFO), so a printed template says what made it."""
    s = Sheet(name, [4.5, 22.0])
    s.add(Cell("HƯỚNG DẪN / GUIDE", style="title", span=2))
    s.add()
    for i, (topic, text) in enumerate(rows):
        s.add(Cell(topic, style="header" if i == 0 else "text"),
              Cell(text, style="header" if i == 0 else "wrap"))
    s.add()
    s.add(Cell("POLICY_INFO()", style="code"), Cell(formula="=POLICY_INFO()", style="wrap"))
    return s
