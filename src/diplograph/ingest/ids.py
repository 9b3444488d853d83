"""Article ids: one per distinct input, valid wherever an id goes (a URL, a shell, a CSV cell).

An id keeps ASCII letters, digits and ``._:-`` and other letters and digits as they are, and
writes every other character as ``~XX`` per UTF-8 byte (percent-encoding, with a character that
URLs, file names and shells leave alone). Ids of earlier versions never held ``~``: an id made
only of kept characters reads as it always did, and ``legacy_id`` finds the collapsed ids those
versions gave other inputs.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePath

from diplograph.errors import InputError
from diplograph.ingest.records import check_unicode, json_kind
from diplograph.models import Article

MAX_ID_CHARS = 1000  # an id must fit in a URL (/api/articles/{id}) and on a command line

_ID_KEPT = re.compile(r"[A-Za-z0-9._:-]+")
_ID_ESCAPE = re.compile(r"~([0-9A-F]{2})")
_LEGACY_UNSAFE = re.compile(r"[^A-Za-z0-9._:-]+")
_NAMED_AFTER_FILE = frozenset({"seed", "text", "html", "feed"})
_FEED_ITEM = re.compile(r"#item\d+$")


def safe_id(raw: str) -> str:
    """An article id usable in URLs, on the command line and in exports, one per distinct input:
    letters, digits and ``._:-`` are kept, any other character is escaped as ``~XX`` per UTF-8
    byte (``a/b`` -> ``a~2Fb``, ``a b`` -> ``a~20b``). Surrounding whitespace is dropped (all of
    it is escaped when there is nothing else); a leading ``-`` (an option to a shell command) and
    an id of dots only (a path step in a URL) are escaped too. A lone surrogate from a file name
    read with ``surrogateescape`` stands for the byte it replaced."""
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
    """The id earlier versions gave the same input, other characters collapsed to '-': a store
    they wrote keeps such ids, and re-reading that input finds them (see Graph.ingest)."""
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
            origin, f"the 'id' is {json_kind(value)}, not a string: write it in quotes", line
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
