"""HTML mail: nh3 allow-list sanitising, remote-image blocking, and a fast HTML→text rendering."""

from __future__ import annotations

import html as html_entities
import re

import nh3

# Mail HTML is table-and-font layout; this is nh3's default list plus what mail clients emit,
# minus anything interactive (forms, iframes, objects, audio/video).
_TAGS = frozenset(
    {
        *("a", "abbr", "address", "b", "bdi", "bdo", "big", "blockquote", "br", "caption"),
        *("center", "cite", "code", "col", "colgroup", "dd", "del", "dfn", "div", "dl", "dt"),
        *("em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i"),
        *("img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s"),
        *("samp", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td"),
        *("tfoot", "th", "thead", "tr", "tt", "u", "ul", "var", "wbr"),
    }
)
_CELL = frozenset({"align", "valign", "width", "height", "colspan", "rowspan", "bgcolor", "nowrap"})
_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"style", "title", "dir", "lang", "align"},
    "a": {"href", "name"},
    # nh3 keeps remote src by default and drops cid:; both are listed so the display layer
    # decides: remote images are blocked by block_remote_images(), cid: points at parts.
    "img": {"src", "alt", "width", "height", "border", "hspace", "vspace"},
    "font": {"color", "face", "size"},
    "table": {"width", "border", "cellpadding", "cellspacing", "bgcolor", "summary"},
    "td": set(_CELL),
    "th": set(_CELL),
    "tr": {"valign", "bgcolor"},
    "col": {"span", "width"},
    "colgroup": {"span", "width"},
    "ol": {"start", "type"},
    "ul": {"type"},
    "blockquote": {"cite", "type"},
    "hr": {"width", "size", "noshade"},
}
_URL_SCHEMES = {"http", "https", "mailto", "tel", "cid"}
# Inline CSS is how mail is formatted; anything that positions, overlays or loads (url()) is not
# here, so a message cannot draw over the agent's UI or fetch a tracking pixel through CSS.
_STYLE_PROPERTIES = {
    *("color", "background-color", "font", "font-family", "font-size", "font-style"),
    *("font-weight", "font-variant", "text-align", "text-decoration", "text-indent"),
    *("text-transform", "line-height", "letter-spacing", "word-spacing", "white-space"),
    *("vertical-align", "direction", "margin", "margin-top", "margin-right", "margin-bottom"),
    *("margin-left", "padding", "padding-top", "padding-right", "padding-bottom", "padding-left"),
    *("border", "border-top", "border-right", "border-bottom", "border-left", "border-color"),
    *("border-style", "border-width", "border-collapse", "border-spacing", "border-radius"),
    *("width", "height", "max-width", "min-width", "list-style-type", "table-layout"),
}
_CLEAN_CONTENT = {"script", "style", "head", "title", "noscript", "template", "xml"}

_REMOTE_IMAGE = re.compile(r'(<img\b[^>]*?\s)src="((?:https?:)?//[^"]*)"', re.IGNORECASE)

# Patterns of the form `<x …>(.*?)</x>` rescan the rest of the text from every opening that has
# no closing after it (20,000 unclosed `<a>`s: over 20 s); openings and closings are found
# separately instead (_strip_blocks), and the other tag patterns cannot run past a `<` or `>`.
_INVISIBLE_OPEN = re.compile(
    r"<(script|style|head|title|noscript|template|xml)\b|<!--|<!\[|<!DOCTYPE[^<>]*>?",
    re.IGNORECASE,
)
_PRE_OPEN = re.compile(r"<pre\b[^<>]*>", re.IGNORECASE)
_PRE_CLOSE = re.compile(r"</pre\s*>", re.IGNORECASE)
_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
# The label stops at the next `<a` (anchors do not nest), so an unclosed one costs one scan.
# Nothing is given back once taken: the tag must end (a `>` before any `<`) before any href is
# tried, an unquoted value is taken whole (no `<`), and the tag (atomic) and label (possessive)
# are not re-tried when the label has no `</a>`. `<a href=` and 200,000 letters without a `>`
# gave the value back a letter at a time, each rescanning the rest (44 s of CPU for 200 KB);
# `<a` and 300,000 `href="x ` tried every href against the label's end.
_LINK = re.compile(
    r"""(?><a\b(?=[^<>]*+>)[^<>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s<>]++))[^<>]*>)"""
    r"""((?:[^<]++|<(?!a\b|/a\s*>))*+)</a\s*>""",
    re.IGNORECASE,
)
_BREAK = re.compile(r"<br\b[^>]*>", re.IGNORECASE)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_BLOCK = re.compile(
    r"</?(?:p|div|h[1-6]|tr|table|tbody|thead|tfoot|blockquote|ul|ol|dl|dt|dd|hr|section|"
    r"article|header|footer|center|address|caption|figure|nav|main|aside|form)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>?")  # always matches: a tag, or an unclosed one to the end
_BLANK_LINES = re.compile(r"\n{3,}")
_PRE_MARK = "\x00pre{}\x00"
_PRE_PLACEHOLDER = re.compile(r"\x00pre(\d+)\x00")


# html5ever (inside nh3) looks through the stack of open elements at each tag, so the time grows
# with the square of the nesting: 40,000 unclosed `<div>`s (200 KB) took 16 s. Opening tags past
# this depth are dropped before sanitising; real mail (nested layout tables) stays far below it.
MAX_HTML_DEPTH = 512
# A tag's name runs, as the parser reads it, to whitespace, "/" or ">": `<font-size:11pt;">` opens
# an element named `font-size:11pt;"` that `</font>` does not close (50,000 of them: 66 s in nh3).
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^<>]*>?")
# Elements that never deepen the stack. A "/>" closes nothing else in HTML (the parser ignores
# the slash): `<div/>` 32,000 times (190 KB) took 3.2 s in nh3 while the depth limit, reading
# the slash as a closing, let every one through.
_VOID_ELEMENTS = frozenset(
    {
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"),
        *("track", "wbr", "param", "keygen", "frame", "basefont", "bgsound", "image"),
    }
)
# Elements the parser closes by itself when another of their group opens (HTML 13.2.6.4.7),
# each with the elements past which it does not look (the scope): `<p>a<p>b` is two siblings,
# and so is `<td>` after `<td>`, but a `<tr>` inside a nested table does not close the outer
# table's row. Only those that close something: `<optgroup>` or `<rt>` outside a select or a
# ruby close nothing and nest (16,000 `<optgroup>`s: 0.5 s, quadratic), so they count.
_SCOPE = frozenset(
    {"table", "td", "th", "caption", "button", "object", "marquee", "applet", "template"}
)
# HTML 13.1.2's special elements: an `<li>` looks for the open one to close only as far
# down as the first of these (address, div and p aside).
_SPECIAL = frozenset(
    {
        *("address", "applet", "area", "article", "aside", "base", "basefont", "bgsound"),
        *("blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd"),
        *("details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure"),
        *("footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head"),
        *("header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link"),
        *("listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes"),
        *("noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search"),
        *("section", "select", "source", "style", "summary", "table", "tbody", "td"),
        *("template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr"),
        "xmp",
    }
)
_LIST_SCOPE = _SPECIAL - {"address", "div", "p"}
_SIBLINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), _LIST_SCOPE - {"li"}),
    "dd": (frozenset({"dd", "dt"}), _LIST_SCOPE - {"dd", "dt"}),
    "dt": (frozenset({"dd", "dt"}), _LIST_SCOPE - {"dd", "dt"}),
    "tr": (frozenset({"tr"}), frozenset({"table"})),
    "td": (frozenset({"td", "th"}), frozenset({"table", "tr"})),
    "th": (frozenset({"td", "th"}), frozenset({"table", "tr"})),
    "thead": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "tbody": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "tfoot": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "caption": (frozenset({"caption", "colgroup"}), frozenset({"table"})),
    "colgroup": (frozenset({"caption", "colgroup"}), frozenset({"table"})),
}
# Start tags that first close an open `<p>` within its scope (HTML 13.2.6.4.7, "in body"):
# `<p><div>` is a closed p and a div, so `<p/><div/>` repeated nests divs, not p's.
_CLOSE_P = frozenset(
    {
        *("address", "article", "aside", "blockquote", "center", "details", "dialog", "dir"),
        *("div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup"),
        *("main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2"),
        *("h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "xmp"),
    }
)
_P_SCOPE = _SCOPE | {"html"}
_FORMATTING = frozenset(
    {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong"}
    | {"tt", "u"}
)
_SIBLING_WINDOW = 32
_KEEP_APART = "<x-cut></x-cut>"
_ONLY_P = frozenset({"p"})
# Ignored outside a table (in body, the parser drops these start tags).
_TABLE_PARTS = frozenset({"tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_FOREIGN = ("svg", "math")  # inside these, "/>" does close the element
# HTML start tags that end svg or math content (HTML 13.2.6.5): `<math>x<dt>` is a math and a
# dt beside it, so the dt's "/>" means nothing again.
_BREAKOUT = frozenset(
    {
        *("b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt"),
        *("em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li"),
        *("listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span"),
        *("strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font"),
    }
)


def _limit_depth(html: str) -> str:
    """Drop opening tags past MAX_HTML_DEPTH open elements, counting open elements as the
    parser does: a closing tag closes only an element that is open (`<DIVface=…>…</DIV>`
    repeated opens an unknown element each time and never closes it: 82,000 of them stalled
    nh3), an element of _SIBLINGS closes the open one of its group within its scope, and only
    a void element (or one inside svg or math) is closed by its "/>"."""
    stack: list[str] = []
    # How many of each name are open: a closing tag of a name not open (most, past the limit:
    # `</span></font>` under 512 `<font-size:11pt;">`) is answered without scanning the stack,
    # which cost 512 comparisons a tag (a 4 MB mail with 250,000 tags: 0.63 s → 0.2 s).
    open_names: dict[str, int] = {}

    foreign_at: list[int] = []  # where the open svg and math elements are in the stack

    def close_from(at: int) -> None:
        for closed in stack[at:]:
            open_names[closed] -= 1
        del stack[at:]
        while foreign_at and foreign_at[-1] >= at:
            foreign_at.pop()

    def end_tag(name: str, at: int) -> None:
        """`</name>` with one open at `at`. An element that is not special is closed only
        when no special one is open above it (HTML 13.2.6.4.7, "any other end tag"): else the
        tag is ignored (`<optgroup><dt>…</optgroup>` repeated nests optgroups), or for a
        formatting element the adoption agency takes that one element out."""
        above = stack[at + 1 :] if len(stack) - at <= _SIBLING_WINDOW else None
        if (
            name in _SPECIAL
            or name in _FOREIGN
            or (above is not None and not any(tag in _SPECIAL for tag in above))
        ):
            close_from(at)
        elif name in _FORMATTING:
            open_names[name] -= 1
            del stack[at]
            foreign_at[:] = [where - (where > at) for where in foreign_at]

    def sibling_of(group: frozenset[str], scope: frozenset[str]) -> int | None:
        """Where the open element of `group` that an opening closes is (None: none). Only
        the top _SIBLING_WINDOW elements are looked at, so no tag costs a scan of the whole
        stack; one deeper is counted as still open, which can only drop formatting early."""
        if not any(open_names.get(member) for member in group):
            return None
        for at in range(len(stack) - 1, max(len(stack) - _SIBLING_WINDOW, 0) - 1, -1):
            if stack[at] in group:
                return at
            if stack[at] in scope:
                return None
        return None

    def keep(match: re.Match[str]) -> str:
        name = match.group(2).lower()
        if match.group(1):
            if open_names.get(name):
                end_tag(name, len(stack) - 1 - stack[::-1].index(name))
            return match.group(0)
        if foreign_at and name in _BREAKOUT:
            close_from(foreign_at[-1])
        foreign = bool(foreign_at)
        if (
            not foreign
            and (name in _CLOSE_P or name == "hr")
            and (at := sibling_of(_ONLY_P, _P_SCOPE)) is not None
        ):
            close_from(at)
        if name in _VOID_ELEMENTS:
            return match.group(0)
        if match.group(0).endswith("/>") and (foreign or name in _FOREIGN):
            return match.group(0)
        if foreign:  # svg and math elements close nothing by themselves
            pass
        elif name in _TABLE_PARTS and not open_names.get("table"):
            return match.group(0)
        elif name in _SIBLINGS and (at := sibling_of(*_SIBLINGS[name])) is not None:
            close_from(at)
        elif name in _HEADINGS and stack and stack[-1] in _HEADINGS:
            close_from(len(stack) - 1)
        elif name == "option" and stack and stack[-1] == "option":
            close_from(len(stack) - 1)
        if len(stack) >= MAX_HTML_DEPTH:
            # A stray "<" right before a dropped tag would join the text after it into a new
            # tag (`<` `<em/>` `x<hr/>` became `<x<hr/>`, an element that nests: a 3 MB mail
            # of them ran past 60 s); an empty element the sanitiser drops keeps them apart.
            start = match.start()
            return _KEEP_APART if start and match.string[start - 1] == "<" else ""
        if name in _FOREIGN:
            foreign_at.append(len(stack))
        stack.append(name)
        open_names[name] = open_names.get(name, 0) + 1
        return match.group(0)

    return _TAG_NAME.sub(keep, html)


# html5ever (inside nh3) spends, on each `&` or no-break space in a text node (as a character or
# a reference: `&amp;`, `&nbsp;`, a bare `&`), time in proportion to the node's length: 400,000
# `a&nbsp;` in one node (2.4 MB) took 2.8 s, 700,000 `a&amp;` under a few `<div>`s 7.6 s. An empty
# element of a name not allowed ends the node and is dropped by the sanitiser: the output is the
# same. (An empty comment did too, but not in a table, where text is moved before the table and
# joined into one node while the comment stays: `<table>` and 3 MB of `&`s took 13 s.) Text is
# cut only just before a `&` or a no-break space (never inside a reference), only in runs that
# follow a `>` (text, not a tag's inside), and only in mail with that many of them: ordinary
# mail reaches nh3 untouched.
_MANY_AMPERSANDS = 2_000
_TEXT_PIECE = 1_024
_TEXT_RUN = re.compile(rf"(?:^|(?<=>))[^<>]{{{2 * _TEXT_PIECE},}}")
_CUT_BEFORE = re.compile("[&\u00a0]")


def _cut_long_text(html: str) -> str:
    def cut(match: re.Match[str]) -> str:
        text = match.group(0)
        pieces = []
        start = 0
        while (at := _CUT_BEFORE.search(text, start + _TEXT_PIECE)) is not None:
            pieces.append(text[start : at.start()])
            start = at.start()
        pieces.append(text[start:])
        return "<x-cut></x-cut>".join(pieces)

    return _TEXT_RUN.sub(cut, html)


# Built once: nh3.clean(html, tags=…, …) turns the Python sets and dicts into the sanitiser's own
# each call, a third of its time on an ordinary mail (140 → 93 µs), and every imported HTML
# mail is sanitised.
_CLEANER = nh3.Cleaner(
    tags=set(_TAGS),
    clean_content_tags=set(_CLEAN_CONTENT),
    attributes=_ATTRIBUTES,
    url_schemes=_URL_SCHEMES,
    link_rel="noopener noreferrer nofollow",
    filter_style_properties=_STYLE_PROPERTIES,
    strip_comments=True,
)


def sanitize_html(html: str) -> str:
    """Allow-list sanitising: no scripts, handlers, javascript: URLs, forms, frames, CSS tricks."""
    if html.count("<") > MAX_HTML_DEPTH:
        html = _limit_depth(html)
    if html.count("&") + html.count("\u00a0") >= _MANY_AMPERSANDS:
        html = _cut_long_text(html)
    return _CLEANER.clean(html)


def block_remote_images(sanitized_html: str) -> tuple[str, int]:
    """Move remote image sources to data-remote-src so showing the mail fetches nothing."""
    return _REMOTE_IMAGE.subn(r'\1data-remote-src="\2"', sanitized_html)


def _link_text(match: re.Match[str]) -> str:
    url = html_entities.unescape(match.group(1) or match.group(2) or match.group(3) or "").strip()
    label = match.group(4)
    shown = html_entities.unescape(_TAG.sub("", label)).strip()
    bare = url.removeprefix("mailto:")
    if not url or url.startswith(("#", "cid:", "javascript:")) or bare == shown or not shown:
        return label
    # \x01/\x02 stand in for < > until the tag stripping is done
    return f"{label} \x01{url}\x02"


def _closing(lowered: str, opening: str, start: int) -> tuple[int, int] | None:
    """Where the element opened by `opening` ends at or after `start`: (its start, its end)."""
    if opening == "<!--":
        end = lowered.find("-->", start)
        return (end, end + 3) if end >= 0 else (len(lowered), len(lowered))
    if opening == "<![":
        end = lowered.find("]>", start)
        return (end, end + 2) if end >= 0 else None
    if opening.startswith("<!doctype"):
        return (start, start)
    name = "</" + opening[1:]
    while (end := lowered.find(name, start)) >= 0:
        after = end + len(name)
        while after < len(lowered) and lowered[after] in " \t\r\n\f\v":
            after += 1
        if after < len(lowered) and lowered[after] == ">":
            return end, after + 1
        start = end + 1
    return None


def _strip_invisible(html: str) -> str:
    """Drop scripts, styles, heads, comments, CDATA and the doctype, in one pass."""
    lowered = html.lower()
    kept: list[str] = []
    position = 0
    search_from = 0
    unclosed: set[str] = set()  # no closing after some opening: none after a later one either
    while (opening := _INVISIBLE_OPEN.search(html, search_from)) is not None:
        kind = opening.group(0).lower()
        if kind in unclosed:
            search_from = opening.end()
            continue
        found = _closing(lowered, kind, opening.end())
        if found is None:
            unclosed.add(kind)
            search_from = opening.end()
            continue
        kept.append(html[position : opening.start()])
        position = search_from = found[1]
    kept.append(html[position:])
    return "".join(kept)


def _sub_before_last_bracket(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    """`pattern.sub` for a tag pattern ending `[^>]*>`, on the text up to its last `>`: past
    it nothing can match, but each `<br` there was scanned to the end before failing
    (`<br` 40,000 times, 120 KB without a `>`: 1.5 s of CPU; a million: minutes)."""
    end = text.rfind(">") + 1
    return pattern.sub(replacement, text[:end]) + text[end:]


def html_to_text(html: str) -> str:
    """Readable text: paragraphs and line breaks kept, lists as '- ', links as 'text <url>'."""
    text = _strip_invisible(html)
    preformatted: list[str] = []

    def keep_pre(inner: str) -> str:
        inner = _TAG.sub("", _sub_before_last_bracket(_BREAK, "\n", inner))
        preformatted.append(html_entities.unescape(inner).replace("\r\n", "\n"))
        return "\n" + _PRE_MARK.format(len(preformatted) - 1) + "\n"

    if "<pre" in text or "<PRE" in text:
        pieces: list[str] = []
        position = 0
        while (opening := _PRE_OPEN.search(text, position)) is not None:
            closing = _PRE_CLOSE.search(text, opening.end())
            if closing is None:
                break
            pieces += [
                text[position : opening.start()],
                keep_pre(text[opening.end() : closing.start()]),
            ]
            position = closing.end()
        text = "".join(pieces) + text[position:]
    text = _WHITESPACE.sub(" ", text)  # in HTML a newline is just a space
    text = _LINK.sub(_link_text, text)
    text = _sub_before_last_bracket(_BREAK, "\n", text)
    text = _sub_before_last_bracket(_LIST_ITEM, "\n- ", text)
    text = _CELL_END.sub(" ", text)
    text = _sub_before_last_bracket(_BLOCK, "\n", text)
    text = _TAG.sub("", text)
    text = html_entities.unescape(text).replace("\u00a0", " ")
    text = text.replace("\x01", "<").replace("\x02", ">")
    # Spaces around each line break go; line by line, since a pattern for it backtracked over
    # every space run without a break (quadratic on a long run of tags turned into spaces).
    text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    if preformatted:  # last, so its spacing survives the clean-up above
        text = _PRE_PLACEHOLDER.sub(lambda match: preformatted[int(match.group(1))], text)
    return text
