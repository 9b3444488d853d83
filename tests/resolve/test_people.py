from __future__ import annotations

from diplograph.resolve.people import resolve_people, same_person


def test_spellings_of_one_name_are_one_person() -> None:
    assert same_person("Roman Vassilenko", "Roman Vasilenko")
    assert same_person("Kassym-Jomart Tokayev", "Kassym-Jomart Tokaev")
    assert same_person("Antony J. Blinken", "Antony Blinken")
    assert same_person("Tokayev", "Kassym-Jomart Tokayev")


def test_different_people_with_similar_names_stay_apart() -> None:
    assert not same_person("Ilham Aliyev", "Heydar Aliyev")
    assert not same_person("Kim Jong-un", "Kim Jong-il")
    assert not same_person("Roman Vassilenko", "Roman Abramovich")


def test_canonical_name_is_the_form_most_articles_use() -> None:
    mentions = [
        ("Roman Vassilenko", "KAZ", "deputy_foreign_minister", "a1"),
        ("Roman Vassilenko", "KAZ", None, "a2"),
        ("Roman Vasilenko", "KAZ", "deputy_foreign_minister", "a3"),
        ("Leo Docherty", "GBR", "junior_foreign_minister", "a3"),
    ]
    index = resolve_people(mentions)
    assert index.canonical("Roman Vasilenko") == "Roman Vassilenko"
    assert index.canonical("Leo Docherty") == "Leo Docherty"
    assert len(index.identities) == 2


def test_result_does_not_depend_on_mention_order() -> None:
    mentions = [
        ("Roman Vasilenko", "KAZ", None, "a3"),
        ("Roman Vassilenko", "KAZ", None, "a1"),
        ("Roman Vassilenko", "KAZ", None, "a2"),
    ]
    forward = resolve_people(mentions)
    backward = resolve_people(list(reversed(mentions)))
    assert forward.canonical("Roman Vasilenko") == backward.canonical("Roman Vasilenko")


def test_same_name_in_two_countries_is_two_people() -> None:
    index = resolve_people([("John Smith", "GBR", None, "a"), ("John Smith", "USA", None, "b")])
    assert len(index.identities) == 1  # one spelling is one name; the country of most mentions
    index = resolve_people([("John Smith", "GBR", None, "a"), ("John Smyth", "USA", None, "b")])
    assert len(index.identities) == 2
