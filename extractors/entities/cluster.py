"""The entity cluster: every mention of one real-world entity in one parsed document."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EntityCluster:
    """One entity of a Doc; `mentions` are character offsets into `doc.text`."""

    name: str
    label: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    # What found it (`RULES` of the package): the origin of its first mention, or `acronym` when an
    # acronym joined its long form.
    rule: str = "model"
