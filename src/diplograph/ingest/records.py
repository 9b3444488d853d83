"""Turn raw fields into an Article: ids, dates, hashes, and the checks every reader shares."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from pathlib import Path, PurePath

from diplograph.errors import InputError
from diplograph.models import Article

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")
MIN_YEAR = 1800
MAX_ID_CHARS = 1000  # an id must fit in a URL (/api/articles/{id}) and on a command line

# An id keeps ASCII letters, digits and ._:- and other letters and digits as they are, and writes
# every other character as ~XX per UTF-8 byte (like percent-encoding, with a character that URLs,
# file names and shells leave alone). Ids of earlier versions never held "~", so an id made only
# of kept characters reads as it always did.
_ID_KEPT = re.compile(r"[A-Za-z0-9._:-]+")
_ID_ESCAPE = re.compile(r"~([0-9A-F]{2})")
_LEGACY_UNSAFE = re.compile(r"[^A-Za-z0-9._:-]+")
_NAMED_AFTER_FILE = frozenset({"seed", "text", "html", "feed"})
_FEED_ITEM = re.compile(r"#item\d+$")


def content_hash(text: str) -> str:
    """SHA-256 of the text exactly as read: the identity of an article's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_published(value: object, origin: str, line: int | None = None) -> date:
    """An ISO date (or datetime) as a date; a missing or impossible date is an InputError."""
    if isinstance(value, datetime):
        return check_date_range(value.date(), origin, line)
    if isinstance(value, date):
        return check_date_range(value, origin, line)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InputError(
            origin, "no publication date: give one (JSON 'date', --date, or a date line)", line
        )
    if not isinstance(value, str):
        raise InputError(origin, f"publication date {value!r} is not a string", line)
    match = _ISO_DATE.match(value)
    if not match:
        raise InputError(origin, f"publication date {value!r} is not an ISO date YYYY-MM-DD", line)
    try:
        parsed = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise InputError(origin, f"publication date {value!r} is impossible ({exc})", line) from exc
    return check_date_range(parsed, origin, line)


def check_date_range(value: date, origin: str, line: int | None = None) -> date:
    """Reject dates before 1800 or more than a year ahead of today: typos, not news."""
    latest = date.today().year + 1
    if not MIN_YEAR <= value.year <= latest:
        raise InputError(
            origin, f"publication date {value.isoformat()} is outside {MIN_YEAR}-{latest}", line
        )
    return value


def safe_id(raw: str) -> str:
    """An article id usable in URLs, on the command line and in exports, one per distinct input:
    letters, digits and ``._:-`` are kept, any other character is escaped as ``~XX`` per UTF-8
    byte (``a/b`` -> ``a~2Fb``, ``a b`` -> ``a~20b``). Surrounding whitespace is dropped; a
    leading ``-`` (an option to a shell command) and an id of dots only (a path step in a URL)
    are escaped too. A lone surrogate from a file name read with ``surrogateescape`` stands for
    the byte it replaced."""
    cleaned = raw.strip() or raw
    if _ID_KEPT.fullmatch(cleaned) and cleaned[0] != "-" and cleaned.strip("."):
        return cleaned
    out = [ch if _keeps(ch) else _escape(ch) for ch in cleaned]
    if out and out[0] == "-":
        out[0] = "~2D"
    if cleaned and not cleaned.strip("."):
        out = ["~2E"] * len(cleaned)
    return "".join(out)


def _keeps(ch: str) -> bool:
    return bool(_ID_KEPT.fullmatch(ch)) or (ch > "\x7f" and ch.isalnum())


def _escape(ch: str) -> str:
    if "\udc80" <= ch <= "\udcff":  # os.fsdecode's stand-in for an undecodable byte
        return f"~{ord(ch) - 0xDC00:02X}"
    return "".join(f"~{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))


def unescape_id(article_id: str) -> str:
    """The text an id was made from (the inverse of ``safe_id`` on stripped text)."""
    if "~" not in article_id:
        return article_id
    parts: list[bytes] = []
    last = 0
    for match in _ID_ESCAPE.finditer(article_id):
        parts.append(article_id[last : match.start()].encode("utf-8", "surrogatepass"))
        parts.append(bytes([int(match[1], 16)]))
        last = match.end()
    parts.append(article_id[last:].encode("utf-8", "surrogatepass"))
    return b"".join(parts).decode("utf-8", "surrogateescape")


def legacy_id(article_id: str) -> str:
    """The id versions before 0.2 gave the same input: other characters collapsed to '-'. A store
    written by them keeps such ids; re-reading that input finds them (see Graph.ingest)."""
    raw = unescape_id(article_id)
    cleaned = _LEGACY_UNSAFE.sub("-", raw.strip()).strip("-")
    return cleaned or hashlib.sha1(raw.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def folder_ids(article: Article, path: Path | None) -> list[str]:
    """Further ids for an article named after its file, for when another file's article holds
    the name: the folders above the file in front, nearest first (``b~2Findex``, then
    ``a~2Fb~2Findex``). None for an article whose input gives its id (JSON Lines) or that came
    from no file."""
    if path is None or article.format not in _NAMED_AFTER_FILE:
        return []
    found, prefix = [], article.id
    for folder in reversed(path.parent.parts):
        if folder != path.anchor:
            prefix = f"{safe_id(folder)}~2F{prefix}"
            found.append(prefix)
    return found


def same_input(first: str, second: str) -> bool:
    """Whether two origins name the same file, as far as their paths tell: one path ends with
    the other (``a/index.html``, ``/home/me/a/index.html``); a feed's items are one file."""
    one = PurePath(_FEED_ITEM.sub("", first)).parts
    other = PurePath(_FEED_ITEM.sub("", second)).parts
    common = min(len(one), len(other))
    return one[len(one) - common :] == other[len(other) - common :]


def record_id(value: object, origin: str, line: int | None = None) -> str:
    """The id of a record as given: a non-empty string of valid Unicode, escaped by safe_id."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InputError(origin, "the record has no 'id'", line)
    if not isinstance(value, str):
        raise InputError(
            origin, f"the 'id' is {_json_kind(value)}, not a string: write it in quotes", line
        )
    check_unicode(value, "id", origin, line)
    article_id = safe_id(value)
    if len(article_id) > MAX_ID_CHARS:
        raise InputError(
            origin,
            f"the 'id' is {len(article_id)} characters once escaped, over {MAX_ID_CHARS}: "
            "give a shorter id",
            line,
        )
    return article_id


def optional_text(value: object, name: str, origin: str, line: int | None = None) -> str | None:
    """An optional string field (title, source, url): absent, null or "" is None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(origin, f"the '{name}' is {_json_kind(value)}, not a string", line)
    return value


def _json_kind(value: object) -> str:
    """'a number (5)', 'a JSON array (["a"])': what a JSON value is, and a glimpse of it."""
    kinds = {bool: "a JSON boolean", int: "a number", float: "a number", list: "a JSON array"}
    kind = kinds.get(type(value), "a JSON object" if isinstance(value, dict) else "a value")
    try:
        shown = printable(json.dumps(value, ensure_ascii=False, default=repr))
    except (RecursionError, ValueError):  # nested too deeply to show
        shown = "..."
    return f"{kind} ({shown if len(shown) <= 40 else shown[:37] + '...'})"


def check_text(text: str, origin: str, line: int | None = None) -> str:
    if not text.strip():
        raise InputError(origin, "the article has no text", line)
    return text


def check_unicode(value: str, name: str, origin: str, line: int | None = None) -> None:
    """Refuse a string that cannot be written as UTF-8: a lone surrogate (a JSON "\\ud800"
    escape without its pair) is no character, and the store and the hashes need UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(origin, surrogate_reason(name, value, exc), line) from exc


def surrogate_reason(name: str, value: str, exc: UnicodeEncodeError) -> str:
    code = ord(value[exc.start])
    return (
        f"the {name} holds a lone surrogate \\u{code:04x} at character {exc.start}: "
        "not valid Unicode (half of a pair, often from text cut in the middle of an emoji)"
    )


def make_article(
    *,
    article_id: str,
    published_on: date,
    title: str,
    text: str,
    origin: str,
    fmt: str,
    source: str | None = None,
    url: str | None = None,
    line: int | None = None,
) -> Article:
    """The Article; an InputError when a field is not valid Unicode (``line`` for the problem)."""
    try:
        digest = content_hash(text)
    except UnicodeEncodeError as exc:
        raise InputError(origin, surrogate_reason("text", text, exc), line) from exc
    title = title.strip()
    for name, value in (("id", article_id), ("title", title), ("source", source), ("url", url)):
        if value:
            check_unicode(value, name, origin, line)
    return Article(
        id=article_id,
        published_on=published_on,
        title=title,
        text=text,
        content_hash=digest,
        source=source,
        url=url,
        origin=origin if line is None else f"{origin}:{line}",
        format=fmt,
    )


def bug_reason(exc: BaseException) -> str:
    """The reason given when our own code failed on an input: the exception, and what to do."""
    return (
        f"could not be read: {type(exc).__name__}: {printable(str(exc))[:200]} "
        "(a bug in diplograph: please report it with this input)"
    )


def library_failure(library: str, exc: BaseException) -> str:
    """The reason given when a parsing library failed on an input it should have read."""
    return f"{library} failed on this file: {type(exc).__name__}: {printable(str(exc))[:200]}"


def printable(text: str) -> str:
    """``text`` with anything UTF-8 cannot hold (lone surrogates) written as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def decode_utf8(data: bytes, origin: str, line: int | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin,
            f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}",
            line,
        ) from exc
