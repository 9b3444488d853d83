"""Article ids (and the Unicode check every field of an article passes)."""

from __future__ import annotations

import hashlib
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.errors import InputError
from diplograph.ingest.ids import MAX_ID_CHARS, legacy_id, record_id, safe_id, unescape_id
from diplograph.ingest.records import make_article

# What an id may hold: characters a URL path segment, a shell word and a CSV cell keep as they
# are (and letters and digits of any script, which clients percent-encode and servers decode).
VALID_ID = re.compile(r"[A-Za-z0-9._:~-]+")
valid_text = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30)


def _is_valid_id(article_id: str) -> bool:
    return (
        all(VALID_ID.fullmatch(ch) or (ch > "\x7f" and ch.isalnum()) for ch in article_id)
        and not article_id.startswith("-")
        and bool(article_id.strip("."))
    )


def test_safe_id_keeps_the_ids_earlier_versions_gave() -> None:
    for plain in ("reuters21578-1", "kz-fr-2019", "kz-fr-2023_syndicated", "a.b:c", "000_c43d"):
        assert safe_id(plain) == plain


def test_safe_id_escapes_where_it_used_to_collapse() -> None:
    ids = [safe_id(raw) for raw in ("a/b", "a b", "a?b", "a-b", "a#b", "a~b")]
    assert ids == ["a~2Fb", "a~20b", "a~3Fb", "a-b", "a~23b", "a~7Eb"]


def test_safe_id_escapes_what_a_shell_or_a_url_would_read_otherwise() -> None:
    assert safe_id("-rf") == "~2Drf"  # not an option of `diplograph show`
    assert safe_id("..") == "~2E~2E"  # not a step up in /api/articles/{id}
    assert safe_id("  padded ") == "padded"
    assert safe_id("Астана 2023") == "Астана~202023"


def test_safe_id_writes_an_undecodable_file_name_byte_as_that_byte() -> None:
    stem = b"caf\xe9".decode("utf-8", "surrogateescape")
    assert safe_id(stem) == "caf~E9"


@settings(max_examples=300, deadline=None)
@given(valid_text, valid_text)
def test_safe_id_gives_distinct_inputs_distinct_valid_ids(first: str, second: str) -> None:
    one, other = first.strip() or first, second.strip() or second
    assert _is_valid_id(safe_id(first))
    assert unescape_id(safe_id(first)) == one
    if one != other:
        assert safe_id(first) != safe_id(second)


def test_legacy_id_is_what_earlier_versions_stored() -> None:
    assert legacy_id(safe_id("a/b")) == "a-b"
    assert legacy_id(safe_id("  -x- ")) == "x"
    assert legacy_id(safe_id("//")) == hashlib.sha1(b"//").hexdigest()[:12]
    assert legacy_id("plain-id") == "plain-id"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, "the 'id' is a number (5), not a string"),
        (1.5, "the 'id' is a number (1.5), not a string"),
        (True, "the 'id' is a JSON boolean (true), not a string"),
        (["a"], "the 'id' is a JSON array ([\"a\"]), not a string"),
        ({"k": 1}, "the 'id' is a JSON object ({\"k\": 1}), not a string"),
        (None, "the record has no 'id'"),
        ("  ", "the record has no 'id'"),
        ("a\ud800", "the id holds a lone surrogate \\ud800 at character 1"),
        ("x" * (MAX_ID_CHARS + 1), "over 1000: give a shorter id"),
    ],
)
def test_record_id_refuses_what_is_no_id_with_a_reason(value: object, expected: str) -> None:
    with pytest.raises(InputError) as caught:
        record_id(value, "batch.jsonl", 3)
    assert expected in caught.value.reason
    assert caught.value.line == 3


def test_make_article_refuses_a_lone_surrogate_in_any_field() -> None:
    fields = {"title": "t", "text": "Leaders met.", "source": "wire", "url": "https://x.org/1"}
    for name in fields:
        broken = {**fields, name: fields[name] + "\udc00"}
        with pytest.raises(InputError, match=f"the {name} holds a lone surrogate"):
            make_article(
                article_id="a",
                published_on=date(2023, 5, 19),
                origin="batch.jsonl",
                line=2,
                fmt="jsonl",
                **broken,
            )
