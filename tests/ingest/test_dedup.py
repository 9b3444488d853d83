from __future__ import annotations

from diplograph.ingest.dedup import Fingerprinter

BASE = (
    "The president received the special envoy of the French president in the capital on "
    "Thursday and discussed trade, energy and education. He recalled their meeting last "
    "November and said that one hundred and seventy French firms now work in the country. "
    "The envoy conveyed greetings and said France valued the strategic partnership."
)


def test_fingerprint_is_stable_across_instances() -> None:
    assert Fingerprinter()(BASE) == Fingerprinter()(BASE)


def test_small_edits_keep_similarity_high_and_other_stories_low() -> None:
    fp = Fingerprinter()
    edited = "WIRE SERVICE - " + BASE.replace("discussed", "talked about")
    other = "Oil prices rose sharply on Monday as traders weighed supply cuts by producers."
    first = fp(BASE)
    assert first.similarity(fp(edited).signature) > 0.7
    assert first.similarity(fp(other).signature) < 0.2


def test_near_duplicates_share_a_band() -> None:
    fp = Fingerprinter()
    a, b = fp(BASE), fp(BASE.replace("Thursday", "Friday"))
    assert set(a.bands) & set(b.bands)


def test_empty_text_has_a_fingerprint() -> None:
    assert len(Fingerprinter()("").bands) == 16
