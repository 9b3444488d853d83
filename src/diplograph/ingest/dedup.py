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


def shingles(text: str, size: int) -> list[bytes]:
    """Overlapping word n-grams, lowercased: robust to changed headers and punctuation."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)]


def fingerprint(text: str, permutations: int = 64, shingle_words: int = 5) -> Fingerprint:
    minhash = MinHash(num_perm=permutations, seed=1, hashfunc=zlib.crc32)
    grams = shingles(text, shingle_words)
    if grams:
        minhash.update_batch(grams)
    values = minhash.hashvalues.astype(np.uint64)
    signature = values.tobytes()
    bands = []
    for band, start in enumerate(range(0, permutations, _ROWS_PER_BAND)):
        chunk = values[start : start + _ROWS_PER_BAND].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=struct.pack("<Q", band)).digest()
        bands.append(struct.unpack("<q", digest)[0])
    return Fingerprint(signature=signature, bands=tuple(bands))
