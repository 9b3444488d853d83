"""Event data standards: diplograph's event model coded as PLOVER types and CAMEO roots.

diplograph keeps what happened (type) apart from whether it happened (status, negation,
modality). PLOVER folds those into the type: a promise or a planned visit is AGREE, a promised
sanction is THREATEN, a refusal is REJECT, a demand is REQUEST, a signed agreement is SUPPORT.
"""

from __future__ import annotations

from diplograph.models import Event

# Types whose plan is a threat rather than a promise.
HOSTILE = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
DEMANDING = frozenset({"must", "should"})

# The CAMEO root code nearest to each PLOVER type (for exports in GDELT's layout).
CAMEO_ROOT = {
    "AGREE": "03",
    "CONSULT": "04",
    "SUPPORT": "05",
    "COOPERATE": "06",
    "AID": "07",
    "CONCEDE": "08",
    "RETREAT": "08",
    "REQUEST": "02",
    "ACCUSE": "11",
    "REJECT": "12",
    "THREATEN": "13",
    "PROTEST": "14",
    "SANCTION": "16",
    "MOBILIZE": "15",
    "COERCE": "17",
    "ASSAULT": "18",
}
CAMEO_MODE: dict[tuple[str, str | None], str] = {
    ("CONSULT", "meet"): "040",
    ("CONSULT", "visit"): "042",
    ("CONSULT", "phone"): "040",
    ("CONSULT", "multilateral"): "040",
    ("AGREE", "sign"): "057",
}


def plover_type(event: Event) -> str:
    """The PLOVER type of an event under the PLOVER manual's coding rules."""
    if event.negated and event.type in COOPERATIVE:
        return "REJECT"
    if event.modality in DEMANDING and event.type != "REQUEST":
        return "REQUEST"
    if event.status == "planned":
        return "THREATEN" if event.type in HOSTILE else "AGREE"
    if event.type == "AGREE" and event.mode == "sign":
        return "SUPPORT"
    return event.type


def cameo_code(event: Event) -> str:
    """A CAMEO event code for an event: the mode's code where one fits, else the type's root."""
    kind = plover_type(event)
    if kind == event.type and (event.type, event.mode) in CAMEO_MODE:
        return CAMEO_MODE[(event.type, event.mode)]
    if event.type == "AGREE" and event.mode == "sign" and event.status == "occurred":
        return "057"
    return CAMEO_ROOT.get(kind, "01")
