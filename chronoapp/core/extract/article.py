"""Reading an article: decode a file, clean a paste, and map offsets in the cleaned text back to
the text as given (so `chronoapp extract` reports offsets into its input, as its contract says)."""
from __future__ import annotations

import bisect
import codecs
import datetime as dt
import html
from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)

# a block's end or start (pages that leave <p> and <li> unclosed, as HTML allows, glued their paragraphs together)
_BLOCK_TAGS = re.compile(r"<\s*/?\s*(?:br|p|div|h[1-6]|li|tr|blockquote|section|article|header|figure|figcaption|"
                         r"ul|ol|dl|dt|dd|table|hr|main|aside|footer|nav|pre|address)(?=[\s/>])[^>]{0,500}>", re.I)
_CELL_TAGS = re.compile(r"<\s*/?\s*t[dh](?=[\s/>])[^>]{0,500}>", re.I)   # table cells of a row: side by side
# not the article: code, the <head>, and a page's menus and controls (an archive menu lists every month)
_DROP = re.compile(r"<(script|style|noscript|template|svg|head|title|nav|select|button)\b[^>]{0,500}>.*?</\1\s*>", re.I | re.S)
# a page's furniture around the story (a cookie banner, boxes of related stories, share buttons, forms, the site's
# footer), told by its element or by the names and roles sites give it; each goes with everything inside it
_FURNITURE_ELEMENTS = frozenset({"footer", "aside", "form", "dialog", "iframe"})
_OPENING_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]{0,15})(\s[^<>]{0,2000})?>")
_FURNITURE_ROLE = re.compile(r"\brole\s*=\s*[\"']?(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|search)\b",
                             re.I)
_FURNITURE_NAME = re.compile(r"\b(?:class|id)\s*=\s*(?:\"[^\"]{0,300}?|'[^']{0,300}?|)(?<![A-Za-z])(?:cookie|consent|gdpr|"
                             r"newsletter|subscri|paywall|breadcrumb|share|sharing|social|related|comments|advert|promo|"
                             r"sidebar)", re.I)
_NEVER_FURNITURE = frozenset({"html", "body", "main", "article"})
_TAG = re.compile(r"<!--.*?-->|<[A-Za-z/!][^<>]{0,2000}>", re.S)
_LOOKS_HTML = re.compile(r"<(?:p|div|br|span|a|html|body|h[1-6]|li|script|style)\b[^>]{0,500}>", re.I)
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")   # html.unescape's own
_PLAIN_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
_NEWLINE = re.compile(r"\r\n?")
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# (with the bidi embedding, override and isolate controls: "\u202eevil" would show a quote or a
# headline as "live")
# (and the soft hyphen, a line-break hint that splits a word: "Za\u00adporizhzhia")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\x00-\x08\x0b\x0e-\x1f\x7f]")
# the Unicode hyphens are the hyphen ("Z\u00fcrich\u2011based" is "Z\u00fcrich-based"); dashes stay dashes
_HYPHENS = re.compile(r"[\u2010\u2011]")
_SPACE_RUN = re.compile(r"[ ]{2,}")
_SPACED_NEWLINE = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


class Cleaned:
    """Plain text from a paste or file: HTML tags and entities out (block tags become line
    breaks), \\r\\n and \\r to \\n, odd spaces to plain spaces, Unicode hyphens to "-", invisible
    characters (soft hyphens too) out, runs of blank lines to one. Letters, quotes and dashes are kept as
    they are.
    `raw_span` maps a span of `text` back to `raw`."""

    def __init__(self, raw: str | None, *, mapped: bool = True):
        self.raw = raw or ""
        self._mapped = mapped        # False: only the text is wanted (plain re.sub, 4x faster)
        self.is_html = bool(_LOOKS_HTML.search(self.raw))
        self._passes: list[tuple[list[int], list[tuple[int, int, int, int]]]] = []
        text = self.raw
        if self.is_html:
            text = self._sub(_DROP, " ", text)
            text = self._replace(((a, b, " ") for a, b in _furniture(text)), text)
            text = self._sub(_BLOCK_TAGS, "\n\n", text)
            text = self._sub(_CELL_TAGS, " ", text)
            text = self._sub(_TAG, "", text)
            text = self._sub(_CHARREF, lambda m: html.unescape(m.group()), text)
        elif "&" in text:
            text = self._sub(_PLAIN_ENTITY, lambda m: html.unescape(m.group()), text)
        text = self._sub(_NEWLINE, "\n", text)
        text = self._sub(_ODD_SPACES, " ", text)
        text = self._sub(_INVISIBLE, "", text)
        text = self._sub(_HYPHENS, "-", text)
        text = self._sub(_SPACE_RUN, " ", text)
        text = self._sub(_SPACED_NEWLINE, "\n", text)
        text = self._sub(_BLANK_LINES, "\n\n", text)
        self.text = self._strip(text)

    def _sub(self, rx: re.Pattern, repl, text: str) -> str:
        """rx replaced in text, remembering each change of length (output start, output length,
        input start, input length) so offsets can be carried back."""
        if not self._mapped:
            return rx.sub(repl, text)
        return self._replace(((*m.span(), repl(m) if callable(repl) else repl) for m in rx.finditer(text)), text)

    def _replace(self, pieces, text: str) -> str:
        """text with each (start, end, new) of pieces (in order, not overlapping) put in, remembered as _sub says."""
        parts, edits, last, shift = [], [], 0, 0
        for a, b, new in pieces:
            parts += (text[last:a], new)
            last = b
            if len(new) != b - a:
                edits.append((a + shift, len(new), a, b - a))
                shift += len(new) - (b - a)
        if not parts:
            return text
        parts.append(text[last:])
        if edits and self._mapped:
            self._passes.append(([e[0] for e in edits], edits))
        return "".join(parts)

    def _strip(self, text: str) -> str:
        """text.strip(), remembered like a substitution (no regex: a long run of an uncollapsed
        space such as U+2028 would make a regex's end-anchored search quadratic)."""
        lead, kept = len(text) - len(text.lstrip()), text.strip()
        trail = len(text) - lead - len(kept)
        edits = [(0, 0, 0, lead)] if lead else []
        if trail:
            edits.append((len(kept), 0, lead + len(kept), trail))
        if edits and self._mapped:
            self._passes.append(([e[0] for e in edits], edits))
        return kept

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of `raw` that `text[start:end]` came from (a replaced piece maps whole)."""
        assert self._mapped, "Cleaned(raw, mapped=False) keeps no way back"
        for starts, edits in reversed(self._passes):
            start, end = _back(starts, edits, start, False), _back(starts, edits, end, True)
            end = max(start, end)      # an empty span stays empty
        return start, end


def _furniture(page: str):
    """(start, end) of each element of the page's furniture, from its opening tag to its closing one. A footer
    inside a quotation is its attribution ('\u2014 a rescuer') and stays; so does anything that would be most of
    the page, as a story marked 'share-enabled' would be."""
    lower, pos = page.lower(), 0
    for m in _OPENING_TAG.finditer(page):
        name, attributes = m.group(1).lower(), m.group(2) or ""
        if m.start() < pos or name in _NEVER_FURNITURE:
            continue
        if not (name in _FURNITURE_ELEMENTS or _FURNITURE_ROLE.search(attributes) or _FURNITURE_NAME.search(attributes)):
            continue
        if name == "footer" and lower.rfind("<blockquote", 0, m.start()) > lower.rfind("</blockquote", 0, m.start()):
            continue
        end = _element_end(page, name, m.end())
        if end is not None and end - m.start() <= len(page) // 2:
            yield m.start(), end
            pos = end


def _element_end(page: str, name: str, pos: int) -> int | None:
    """Where the element of that name opened just before pos closes (its own nested ones counted); None if never."""
    depth = 1
    for m in re.compile(rf"<(/?){name}\b[^<>]{{0,2000}}>", re.I).finditer(page, pos):
        if m.group(1):
            depth -= 1
        elif not m.group().endswith("/>"):
            depth += 1
        if depth == 0:
            return m.end()
    return None


def _back(starts: list[int], edits: list[tuple[int, int, int, int]], offset: int, is_end: bool) -> int:
    # an end offset right at a change belongs before it, a start offset after it
    k = (bisect.bisect_left if is_end else bisect.bisect_right)(starts, offset) - 1
    if k < 0:
        return offset
    out_start, out_len, in_start, in_len = edits[k]
    if offset < out_start + out_len or (is_end and offset == out_start + out_len):
        return in_start + in_len if is_end else in_start
    return offset - out_start - out_len + in_start + in_len


def clean_text(raw: str | None) -> str:
    """The cleaned text of a paste or file (see Cleaned)."""
    return Cleaned(raw, mapped=False).text


def story_of_page(markup: str) -> str | None:
    """The cleaned text of HTML pasted from a browser when it carries page furniture (a menu, the footer, a cookie
    banner...: a whole page copied), else None: a few sentences copied are best taken as the browser's plain text."""
    if not (re.search(r"<nav\b", markup, re.I) or next(_furniture(markup), None)):
        return None
    return clean_text(markup) or None


# documents journalists are sent that are not text: said by name, with the program that gets their text out
DOCUMENTS = {".docx": ("a Word", "Word"), ".doc": ("a Word", "Word"), ".odt": ("an OpenDocument", "LibreOffice Writer"),
             ".pdf": ("a PDF", "a PDF reader"), ".pages": ("a Pages", "Pages")}

# RTF (WordPad, TextEdit, wire services): its words are read, its codes dropped
_RTF_TOKEN = re.compile(r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|[\r\n]+|([^\\{}\r\n]+)", re.S)
# groups whose text is not the document's: tables of fonts and colours, metadata, pictures, fields' codes
_RTF_SKIP = frozenset("fonttbl colortbl stylesheet listtable listoverridetable info pict object header footer "
                      "headerl headerr headerf footerl footerr footerf footnote fldinst themedata datastore "
                      "xmlnstbl rsidtbl generator latentstyles revtbl filetbl mmathPr".split())
_RTF_CHARS = {"par": "\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "row": "\n", "cell": " ", "tab": "\t",
              "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
              "rdblquote": "\u201d", "bullet": "\u2022", "~": "\u00a0", "_": "\u2011", "-": "", "\n": "\n", "\r": "\n"}


def rtf_text(rtf: str) -> str:
    """The text of an RTF document: its codes, font tables and pictures left out, \\'hh read in the
    document's code page, \\uN as Unicode (its fallback characters skipped)."""
    codepage = m.group(1) if (m := re.search(r"\\ansicpg(\d+)", rtf[:2000])) else "1252"
    try:
        decode = codecs.getdecoder("cp" + codepage)
    except LookupError:
        decode = codecs.getdecoder("cp1252")
    out, stack = [], []
    skip, uc, fallback = False, 1, 0       # in a skipped group; \ucN; fallback characters still to drop
    pending = bytearray()                   # \'hh bytes (a multi-byte character comes in pieces)
    for word, arg, hexa, symbol, brace, text in (m.groups() for m in _RTF_TOKEN.finditer(rtf)):
        if hexa is None and pending:
            out.append(decode(bytes(pending), "replace")[0])
            pending.clear()
        if brace:
            if brace == "{":
                stack.append((skip, uc))
            else:
                skip, uc = stack.pop() if stack else (False, 1)
            fallback = 0
            continue
        if fallback and (text or hexa or symbol):
            cut = min(fallback, len(text or " "))
            fallback -= cut
            if not text or not (text := text[cut:]):
                continue
        if symbol == "*" or word in _RTF_SKIP:
            skip = True
        if skip:
            continue
        if word == "uc":
            uc = int(arg or 1)
        elif word == "u":
            out.append(chr(int(arg) % 65536))
            fallback = uc
        elif word or symbol:
            out.append(_RTF_CHARS.get(word or symbol, symbol if symbol and symbol in "\\{}" else ""))
        elif hexa:
            pending.append(int(hexa, 16))
        elif text:
            out.append(text)
    if pending:
        out.append(decode(bytes(pending), "replace")[0])
    return "".join(out)


_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The code page an HTML or XML file declares at its top (<meta charset=...>), if Python knows it."""
    if not (m := _CHARSET.search(data[:4096])):
        return None
    try:
        codec = codecs.lookup((m.group(1) or m.group(2)).decode("ascii")).name
    except LookupError:
        return None
    # (pages that say Latin-1 or ASCII are Windows-1252 in practice, as browsers read them)
    return None if codec in ("utf-8", "utf-16", "utf-32", "latin-1", "iso8859-1", "ascii") else codec


_CODEC_NAMES = {"cp1252": "Windows-1252", "cp1256": "Windows-1256", "cp1251": "Windows-1251"}


def decode_article(data: bytes) -> tuple[str, str | None]:
    """The text of an article file as Python reads a text file (newlines made \\n), and a note
    on how it was decoded (None for plain UTF-8). UTF-8 (with or without BOM), else the code
    page an HTML or XML file declares, else Windows-1252, else Latin-1; an RTF document's text. Raises ValueError for binary data."""
    if data.startswith(codecs.BOM_UTF8) and data[3:].lstrip()[:5] == b"{\\rtf":
        # a byte order mark some editors write before '{\\rtf1': bytes the RTF does not escape are then UTF-8
        try:
            rtf = data[3:].decode("utf-8")
        except UnicodeDecodeError:
            rtf = data[3:].decode("latin-1")
        return _NEWLINE.sub("\n", rtf_text(rtf)), "read as RTF: its text only"
    if data.lstrip()[:5] == b"{\\rtf":
        return _NEWLINE.sub("\n", rtf_text(data.decode("latin-1"))), "read as RTF: its text only"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text, note = data.decode("utf-16"), "decoded as UTF-16"
    elif data.count(b"\x00") > len(data) // 100 or sum(b < 9 or 13 < b < 32 for b in data[:4096]) > 40:
        raise ValueError("this looks like binary data, not a text or HTML article")
    else:
        try:
            text, note = data.decode("utf-8-sig"), None
        except UnicodeDecodeError:
            text, note = data.decode("latin-1"), "not UTF-8; decoded as Latin-1"
            # an Arabic page saved as Windows-1256 says so in its <meta>; else the West's usual code page
            for codec, said in ((_declared_charset(data), "as the page declares"), ("cp1252", "")):
                try:
                    if codec:
                        text = data.decode(codec)
                        note = f"not UTF-8; decoded as {_CODEC_NAMES.get(codec, codec)}" + (f", {said}" if said else "")
                        break
                except UnicodeDecodeError:
                    pass
    return _NEWLINE.sub("\n", text), note


_TITLE = re.compile(r"<title\b[^>]{0,500}>(.{0,2000}?)</title\s*>", re.I | re.S)
_HEADING = re.compile(r"\s*#\s+(.+)")


def article_title(raw: str, text: str) -> str:
    """The headline an article file gives itself: its HTML <title>, else a Markdown '# heading' opening its
    cleaned text; else ''."""
    if m := _TITLE.search(raw[:100_000]):
        return " ".join(html.unescape(m.group(1)).split())
    return m.group(1).strip() if (m := _HEADING.match(text)) else ""


def read_article(data: bytes) -> tuple[str, str | None]:
    """Cleaned text of an article file and a note on how it was decoded; HTML is stripped.
    Raises ValueError for binary data."""
    text, note = decode_article(data)
    return clean_text(text), note


# the publication date a page gives in its markup: a meta tag (Open Graph, schema.org, Dublin Core, the names news
# sites use) or schema.org's JSON-LD; the date as written there (the publisher's own day, whatever the time zone)
_META_TAG = re.compile(r"<meta\b([^<>]{0,1000})>", re.I)
_ATTRIBUTE = re.compile(r"([A-Za-z][\w:.-]*)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+)")
_PUBLISHED_NAMES = frozenset({"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                              "publish-date", "publication_date", "dc.date.issued", "dcterms.issued", "dcterms.created",
                              "parsely-pub-date", "sailthru.date"})
_JSON_LD_PUBLISHED = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]{10,40})\"")
_ISO_DAY = re.compile(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def page_published(raw: str) -> tuple[dt.date, str] | None:
    """The publication date an HTML page gives in its markup, with the value as written; None when it gives none."""
    head = raw[:300_000]
    values = []
    for tag in _META_TAG.finditer(head):
        attributes = {k.lower(): v.strip("\"'") for k, v in _ATTRIBUTE.findall(tag.group(1))}
        name = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        if name in _PUBLISHED_NAMES and attributes.get("content"):
            values.append(attributes["content"])
    values += _JSON_LD_PUBLISHED.findall(head)
    for value in values:
        if m := _ISO_DAY.match(value):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), value.strip()
            except ValueError:
                continue
    return None
