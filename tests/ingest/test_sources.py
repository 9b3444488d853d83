from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from diplograph.config import Settings
from diplograph.ingest import sources
from diplograph.ingest.seed import reads_as_headline
from diplograph.ingest.sources import Source, detect_format, expand_paths, read_source
from diplograph.models import Article, Problem


def _read(path: Path, **kwargs: object) -> list[Article | Problem]:
    source = Source(origin=str(path), path=path, size=path.stat().st_size)
    return [item for item, _ in read_source(source, Settings(), **kwargs)]  # type: ignore[arg-type]


def test_seed_format_keeps_text_after_date_and_finds_headline(tmp_path: Path) -> None:
    path = tmp_path / "a1.txt"
    path.write_text(" date 2023-02-28 Minister visits Astana\n\nThe minister arrived today.\n")
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert article.id == "a1"
    assert article.published_on == date(2023, 2, 28)
    assert article.title == "Minister visits Astana"
    assert article.text.startswith("Minister visits Astana")
    assert article.format == "seed"


def test_seed_first_line_that_is_a_sentence_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "a2.txt"
    path.write_text(" date 2023-04-06 ASTANA. AGENCY – The president received an envoy.\n")
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert article.title == ""


def test_reads_as_headline_rejects_datelines_and_sentences() -> None:
    assert reads_as_headline("President receives Secretary of State")
    assert not reads_as_headline("The president met the envoy.")
    assert not reads_as_headline("ASTANA. KAZINFORM The president met the envoy")


def test_jsonl_bad_line_is_a_problem_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "x1", "date": "2020-01-02", "title": "t", "text": "Some text."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "x2"}) + "\n")
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article"]
    problem = items[1]
    assert isinstance(problem, Problem) and problem.line == 2
    assert "malformed JSON" in problem.reason


def test_jsonl_dateline_kept_apart_opens_the_story_again(tmp_path: Path) -> None:
    """Reuters-21578 exports keep the dateline in ``meta``; the wire printed it first."""
    path = tmp_path / "wire.jsonl"
    base = {"date": "1987-03-27", "title": "t"}
    rows = [
        {
            **base,
            "id": "w1",
            "text": "Chile and Spain signed.",
            "meta": {"dateline": "PARIS, March 27 -"},
        },
        {**base, "id": "w2", "text": "Chile signed.", "dateline": "  LIMA,  March 27 "},
        {
            **base,
            "id": "w3",
            "text": "PARIS, March 27 - Chile signed.",
            "meta": {"dateline": "PARIS"},
        },
        {**base, "id": "w4", "text": "Chile signed.", "meta": {"dateline": 7}},
        {**base, "id": "w5", "text": "Chile signed.", "meta": "PARIS"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    w1, w2, w3, w4, w5 = _read(path)
    assert isinstance(w1, Article) and w1.text == "PARIS, March 27 - Chile and Spain signed."
    assert isinstance(w2, Article) and w2.text == "LIMA, March 27 - Chile signed."
    assert isinstance(w3, Article) and w3.text == "PARIS, March 27 - Chile signed."
    assert isinstance(w4, Problem) and "'meta.dateline' is a number" in w4.reason
    assert isinstance(w5, Article) and w5.text == "Chile signed."


def test_jsonl_impossible_and_missing_dates_are_problems(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    rows = [
        {"id": "a", "date": "2023-02-30", "text": "x"},
        {"id": "b", "text": "x"},
        {"id": "c", "date": "1066-10-14", "text": "x"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    reasons = [i.reason for i in _read(path) if isinstance(i, Problem)]
    assert len(reasons) == 3
    assert "impossible" in reasons[0]
    assert "no publication date" in reasons[1]
    assert "outside" in reasons[2]


def test_plain_text_needs_a_date(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Leaders met in Tashkent.")
    (problem,) = _read(path)
    assert isinstance(problem, Problem)
    assert "--date" in problem.reason
    (article,) = _read(path, published_on=date(2022, 9, 14))
    assert isinstance(article, Article) and article.published_on == date(2022, 9, 14)


def test_binary_empty_undecodable_and_oversized_files_are_problems(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes(b" date 2020-01-01 caf\xe9")
    (tmp_path / "big.txt").write_text(" date 2020-01-01 " + "word " * 100)
    settings = Settings(max_file_bytes=200)
    reasons = {}
    for name in ("bin.txt", "empty.txt", "latin.txt", "big.txt"):
        path = tmp_path / name
        source = Source(origin=str(path), path=path, size=path.stat().st_size)
        (item,) = [i for i, _ in read_source(source, settings)]
        assert isinstance(item, Problem)
        reasons[name] = item.reason
    assert "binary" in reasons["bin.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "not UTF-8" in reasons["latin.txt"]
    assert "over the limit" in reasons["big.txt"]


def test_html_page_gives_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = " ".join(["The foreign ministers of two countries met in Astana on Tuesday."] * 6)
    path.write_text(
        "<!doctype html><html><head><title>Ministers meet</title>"
        '<meta property="article:published_time" content="2023-02-28T10:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article><h1>Ministers meet</h1><p>{body}</p>"
        "</article><footer>Copyright</footer></body></html>"
    )
    (article,) = _read(path)
    assert isinstance(article, Article)
    assert article.published_on == date(2023, 2, 28)
    assert "foreign ministers" in article.text
    assert "Copyright" not in article.text


def test_rss_feed_gives_one_article_per_item(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>One</title><link>https://example.org/1</link>"
        "<pubDate>Fri, 19 May 2023 10:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;Leaders met.&lt;/p&gt;</description></item>"
        "<item><title>Two</title><link>https://example.org/2</link>"
        "<description>No date here.</description></item>"
        "</channel></rss>"
    )
    items = _read(path)
    assert isinstance(items[0], Article)
    assert items[0].published_on == date(2023, 5, 19)
    assert items[0].text == "Leaders met."
    assert isinstance(items[1], Problem) and "no publication date" in items[1].reason


def test_detect_format_prefers_content_over_suffix(tmp_path: Path) -> None:
    src = Source(origin="x.txt", path=tmp_path / "x.txt", size=1)
    assert detect_format(src, b" date 2020-01-01 text") == "seed"
    assert detect_format(src, b'{"id": 1}') == "jsonl"
    assert detect_format(src, b"<!DOCTYPE html><html>") == "html"
    assert detect_format(src, b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert detect_format(src, b"Plain words") == "text"


def test_expand_paths_walks_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "README.md").write_text("x")
    found = [s.origin for s in expand_paths([str(tmp_path)]) if isinstance(s, Source)]
    assert [Path(p).name for p in found] == ["a.txt", "b.txt"]
    globbed = list(expand_paths([str(tmp_path / "*.txt"), str(tmp_path / "nothing*")]))
    assert isinstance(globbed[0], Source)
    assert isinstance(globbed[1], Problem) and "no file matches" in globbed[1].reason


def test_stdin_is_read_as_a_source() -> None:
    data = b" date 2021-05-05 Talks held\n\nThe talks were held."
    (source,) = list(expand_paths(["-"], stdin=data))
    assert isinstance(source, Source)
    (article,) = [i for i, _ in read_source(source, Settings())]
    assert isinstance(article, Article) and article.id == "stdin"


def _one(path: Path, **kwargs: object) -> Article | Problem:
    (item,) = _read(path, **kwargs)
    return item


def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    seed = " date 2023-05-19 Ministers meet\n\nThe ministers met in Astana on Friday.\n"
    record = json.dumps({"id": "u1", "date": "2023-05-19", "text": "Talks were held."}) + "\n"
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        mark = b"\xfe\xff" if encoding == "utf-16-be" else b""
        (tmp_path / "seed.txt").write_bytes(mark + seed.encode(encoding))
        article = _one(tmp_path / "seed.txt")
        assert isinstance(article, Article), article
        assert article.title == "Ministers meet" and article.published_on == date(2023, 5, 19)
        (tmp_path / "batch.jsonl").write_bytes(mark + record.encode(encoding))
        article = _one(tmp_path / "batch.jsonl")
        assert isinstance(article, Article) and article.id == "u1"


def test_utf16_without_a_byte_order_mark_is_named_not_called_binary(tmp_path: Path) -> None:
    text = " date 2023-05-19 The ministers met in Astana on Friday.\n"
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(text.encode("utf-16-be"))
    little, big = _one(tmp_path / "le.txt"), _one(tmp_path / "be.txt")
    assert isinstance(little, Problem) and little.reason.startswith(
        "UTF-16 (little-endian) text without a byte-order mark: save it as UTF-8"
    )
    assert isinstance(big, Problem) and big.reason.startswith("UTF-16 (big-endian)")
    (tmp_path / "odd.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le")[:-1])
    odd = _one(tmp_path / "odd.txt")
    assert isinstance(odd, Problem) and odd.reason.startswith("not UTF-16 text: truncated data")


def test_whitespace_only_jsonl_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "blank.jsonl").write_text("\n   \n\t\n")
    problem = _one(tmp_path / "blank.jsonl")
    assert isinstance(problem, Problem)
    assert problem.reason == "no JSON lines: the file holds only whitespace"


def test_jsonl_lines_json_cannot_hold_are_problems_and_the_rest_is_read(tmp_path: Path) -> None:
    good = {"id": "g1", "date": "2023-05-19", "text": "Leaders met."}
    lines = [
        "[" * 5000 + "]" * 5000,  # deeper than the JSON decoder's recursion
        '{"id": "n", "date": "2023-05-19", "text": "x", "n": ' + "9" * 5000 + "}",
        json.dumps({**good, "text": "cut \ud800 here"}, ensure_ascii=True),
        json.dumps({**good, "title": "\udfff"}, ensure_ascii=True),
        json.dumps({**good, "id": "\ud83d"}, ensure_ascii=True),
        json.dumps({**good, "id": 7}),
        json.dumps({**good, "title": ["a"]}),
        json.dumps(good),
    ]
    (tmp_path / "hard.jsonl").write_text("\n".join(lines) + "\n")
    items = _read(tmp_path / "hard.jsonl")
    reasons = [item.reason for item in items if isinstance(item, Problem)]
    assert [item.line for item in items if isinstance(item, Problem)] == [1, 2, 3, 4, 5, 6, 7]
    assert reasons[0] == "JSON nested too deeply to read (thousands of levels)"
    assert reasons[1].startswith("JSON that cannot be read (Exceeds the limit")
    assert reasons[2].startswith("the text holds a lone surrogate \\ud800 at character 4")
    assert reasons[3].startswith("the title holds a lone surrogate \\udfff")
    assert reasons[4].startswith("the id holds a lone surrogate \\ud83d")
    assert reasons[5] == "the 'id' is a number (7), not a string: write it in quotes"
    assert reasons[6] == "the 'title' is a JSON array ([\"a\"]), not a string"
    assert isinstance(items[-1], Article) and items[-1].id == "g1"


def test_article_over_the_length_extraction_reads_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text(" date 2023-05-19 " + "The talks went on. " * 105_264)
    source = Source(origin="long.txt", path=tmp_path / "long.txt", size=2_000_033)
    (problem,) = [item for item, _ in read_source(source, Settings())]
    assert isinstance(problem, Problem)
    assert problem.reason.startswith("the article is 2,000,016 characters long, over the limit")
    assert "DIPLOGRAPH_MAX_ARTICLE_CHARS" in problem.reason
    wider = Settings(max_article_chars=3_000_000)
    assert isinstance(next(read_source(source, wider))[0], Article)


def test_a_bug_in_a_reader_is_a_problem_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> Iterator[Article]:
        raise KeyError("oops")
        yield

    monkeypatch.setattr(sources, "read_seed", broken)
    (tmp_path / "a.txt").write_text(" date 2023-05-19 Leaders met.")
    problem = _one(tmp_path / "a.txt")
    assert isinstance(problem, Problem)
    assert problem.reason.startswith("could not be read: KeyError: 'oops' (a bug in diplograph")


def test_every_source_gives_at_least_one_item(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text('<?xml version="1.0"?><rss><channel></channel></rss>')
    (tmp_path / "b.html").write_text("<!doctype html><html><body></body></html>")
    (tmp_path / "c.txt").write_text("   \n")
    for name in ("a.xml", "b.html", "c.txt"):
        assert isinstance(_one(tmp_path / name, published_on=date(2023, 5, 19)), Problem)
