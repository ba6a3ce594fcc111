"""One group named by several forms of its word (`Democrat`, `Democrats`, `Democratic`, the clipped `Dems`;
`Turkish-American`, `Turkish Americans`; `Jews`, `Jewish`) is one entity record: a reader counts the Democrats
of an article once, not three times, and `--across` and jq recipes group by one name. Only the records join: the
holder resolver keeps the clusters as found, where `one Democrat` is one person, not the party's voters."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .cluster import EntityCluster
from .surface import key, tidy

# Adjective endings of a group's word beside its noun (`Democrat-ic`, `Jew-ish`, `Kurd-ish`, `Swed-ish`).
_ADJECTIVE_ENDINGS = ("ic", "ish")


# A party's word as headlines and wires clip it (`Dems`, `Repubs`): the same group as its full word.
_CLIPPED = {"dem": "democrat", "repub": "republican"}


def _words(name: str) -> list[str]:
    return key(name).replace("-", " ").split()


def _noun_key(name: str) -> str:
    """The name's key with hyphens as spaces and its last word singular (`Turkish Americans`: `turkish american`)."""
    words = _words(name)
    if not words:
        return ""
    last = words[-1]
    if len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        words[-1] = last[:-1]
    words[-1] = _CLIPPED.get(words[-1], words[-1])
    return " ".join(words)



def _noun_of_adjective(noun_key: str, nouns: set[str]) -> str:
    """The group noun an adjective form belongs to, when the text names the group by that noun too
    (`democratic` beside `democrat`, `jewish` beside `jew`, `swedish` beside `swede`)."""
    for ending in _ADJECTIVE_ENDINGS:
        stem = noun_key[: -len(ending)]
        if noun_key.endswith(ending) and len(stem) > 2:
            for noun in (stem, stem + "e"):
                if noun in nouns and noun != noun_key:
                    return noun
    return noun_key


def _clipped(name: str) -> bool:
    """`Dems`: a clipped form, which never names the group where the text writes a full one."""
    words = _words(name)
    return bool(words) and words[-1].rstrip("s") in _CLIPPED


def _plural(name: str, noun_key: str) -> bool:
    return _noun_key(name) == noun_key and key(name).endswith("s") and not key(name).endswith("ss")


def join_group_forms(clusters: list[EntityCluster], text: str) -> list[EntityCluster]:
    """NORP clusters whose names are forms of one group word merged into the first, named by the group's plural
    where the text writes one (`Democrats`), else by its most frequent form."""
    groups = [c for c in clusters if c.label == "NORP"]
    nouns = {_noun_key(c.name) for c in groups}
    first: dict[str, EntityCluster] = {}
    merged: dict[str, list[EntityCluster]] = {}
    for cluster in groups:
        noun = _noun_of_adjective(_noun_key(cluster.name), nouns)
        first.setdefault(noun, cluster)
        merged.setdefault(noun, []).append(cluster)
    joined: dict[int, EntityCluster] = {}
    dropped: set[int] = set()
    for noun, members in merged.items():
        if len(members) < 2:
            continue
        spans = sorted(span for member in members for span in member.mentions)
        written = [tidy(text[start:end]) for start, end in spans]
        full = [w for w in written if not _clipped(w)] or written  # `Democrats`, `Democratic` before `Dems`
        plurals = [w for w in full if _plural(w, noun)]
        counts, order = Counter(written), {w: -i for i, w in reversed(list(enumerate(written)))}
        name = max(plurals or full, key=lambda w: (counts[w], order[w]))
        aliases = list(dict.fromkeys(w for w in [*(m.name for m in members), *written] if w != name))
        joined[id(first[noun])] = replace(first[noun], name=name, mentions=spans, aliases=aliases)
        dropped.update(id(member) for member in members if member is not first[noun])
    return [joined.get(id(c), c) for c in clusters if id(c) not in dropped]
