"""What changed between two reports of the same article: claims whose status changed.

Claim ids are stable for the same article text, so two runs compare claim by claim; a claim
present in only one report (the article was edited) is listed as added or removed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from reports.model import Report
from reports.render import write_atomic


@dataclass(frozen=True)
class ClaimChange:
    claim_id: str
    text: str
    old_status: str | None  # None: the claim is new
    new_status: str | None  # None: the claim is gone
    old_confidence: float | None
    new_confidence: float | None
    rationale: str | None


def diff_reports(old: Report, new: Report) -> list[ClaimChange]:
    before = {c.id: c for c in old.claims}
    after = {c.id: c for c in new.claims}
    changes = []
    for claim_id in [*after, *(i for i in before if i not in after)]:
        a, b = before.get(claim_id), after.get(claim_id)
        if a and b and a.status == b.status:
            continue
        changes.append(
            ClaimChange(
                claim_id=claim_id,
                text=(b or a).text,
                old_status=a.status.value if a else None,
                new_status=b.status.value if b else None,
                old_confidence=a.confidence if a else None,
                new_confidence=b.confidence if b else None,
                rationale=b.rationale if b else None,
            )
        )
    return changes


def render_diff_markdown(old: Report, new: Report, changes: list[ClaimChange]) -> str:
    lines = [
        f"# Changes: {new.article.title or new.article.path or new.article.id[:12]}",
        "",
        f"From run `{old.run.id}` ({old.run.finished_at}) to run `{new.run.id}` "
        f"({new.run.finished_at}).",
        "",
    ]
    if not changes:
        return "\n".join([*lines, "No claim changed status.", ""])
    lines += ["| claim | before | after |", "|---|---|---|"]
    for c in changes:
        text = c.text.replace("|", "\\|")
        lines.append(f"| {text} | {c.old_status or '(new)'} | {c.new_status or '(gone)'} |")
    return "\n".join([*lines, ""])


def write_diff(old: Report, new: Report, folder: Path) -> list[ClaimChange]:
    """Write diff.json and diff.md into `folder` (the new run's report folder)."""
    changes = diff_reports(old, new)
    payload = {
        "old_run": old.run.id,
        "new_run": new.run.id,
        "changes": [asdict(c) for c in changes],
    }
    write_atomic(folder / "diff.json", json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    write_atomic(folder / "diff.md", render_diff_markdown(old, new, changes))
    return changes
