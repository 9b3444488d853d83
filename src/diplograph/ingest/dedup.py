"""Near-duplicate detection: MinHash over word shingles, banded for lookup in the store.

The store keeps each article's signature and band hashes, so finding candidates is an indexed
query and memory does not grow with the number of stored articles.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

_WORD = re.compile(r"\w+")
_ROWS_PER_BAND = 4
_CACHE_LIMIT = 300_000  # distinct words remembered by a Fingerprinter
_MASK32 = np.uint64(0xFFFFFFFF)
_MERSENNE = np.uint64((1 << 61) - 1)


@dataclass(frozen=True)
class Fingerprint:
    """A MinHash signature and the band hashes derived from it."""

    signature: bytes
    bands: tuple[int, ...]

    def similarity(self, other_signature: bytes) -> float:
        """Estimated Jaccard similarity of the two articles' shingle sets."""
        mine = np.frombuffer(self.signature, dtype=np.uint64)
        theirs = np.frombuffer(other_signature, dtype=np.uint64)
        if mine.shape != theirs.shape:
            return 0.0
        return float(np.count_nonzero(mine == theirs)) / float(len(mine))


def shingle_hashes(text: str, size: int, cache: dict[str, int] | None = None) -> np.ndarray:  # type: ignore[type-arg]
    """32-bit hashes of overlapping lowercased word n-grams (robust to headers, punctuation).

    ``cache`` keeps word hashes between calls (words repeat from article to article)."""
    words = _WORD.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint64)
    known = cache if cache is not None else {}
    if len(known) > _CACHE_LIMIT:
        known.clear()
    values = []
    for word in words:
        value = known.get(word)
        if value is None:
            value = known[word] = zlib.crc32(word.encode("utf-8"))
        values.append(value)
    hashes = np.array(values, dtype=np.uint64)
    width = min(size, len(words))
    count = len(words) - width + 1
    combined = hashes[:count].copy()
    for offset in range(1, width):
        combined = (combined * np.uint64(1_000_003) + hashes[offset : offset + count]) & _MASK32
    return combined


class Fingerprinter:
    """Computes fingerprints. The permutations are datasketch's, drawn once, and applied to all
    shingle hashes of an article in one vectorised step (datasketch's per-item hashing loop
    costs more than the rest of ingest)."""

    def __init__(self, permutations: int = 64, shingle_words: int = 5) -> None:
        self.permutations = permutations
        self.shingle_words = shingle_words
        self._words: dict[str, int] = {}
        a, b = MinHash(num_perm=permutations, seed=1, scheme="legacy").permutations
        self._a = np.asarray(a, dtype=np.uint64)[np.newaxis, :]
        self._b = np.asarray(b, dtype=np.uint64)[np.newaxis, :]

    def __call__(self, text: str) -> Fingerprint:
        grams = shingle_hashes(text, self.shingle_words, self._words)
        if grams.size:
            mixed = (grams[:, np.newaxis] * self._a + self._b) % _MERSENNE & _MASK32
            values = mixed.min(axis=0)
        else:
            values = np.full(self.permutations, _MASK32, dtype=np.uint64)
        bands = []
        for band, start in enumerate(range(0, self.permutations, _ROWS_PER_BAND)):
            chunk = values[start : start + _ROWS_PER_BAND].tobytes()
            digest = hashlib.blake2b(chunk, digest_size=8, person=struct.pack("<Q", band)).digest()
            bands.append(struct.unpack("<q", digest)[0])
        return Fingerprint(signature=values.tobytes(), bands=tuple(bands))
