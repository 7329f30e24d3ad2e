#!/usr/bin/env python3
"""Scores a claimcheck report.csv against a generated corpus's injected.csv (scripts/generate_corpus.py).

For each injected contradiction or omission: is the document it was injected into flagged by a
finding of that type? (recall, overall and the misses per fact). For each finding type: how many findings flag at least one
document injected with that type? The generator also makes omissions it does not list (each source
carries a random subset of its domain's filler sentences), so omission findings beyond the injected
ones are not necessarily wrong.
    scripts/score_findings.py OUTPUT_DIR INJECTED_CSV
"""
import collections
import csv
import sys


def main(out_dir, injected_csv):
    # A finding of a very large story lists thousands of documents in one field.
    csv.field_size_limit(sys.maxsize)
    injected = list(csv.DictReader(open(injected_csv, newline="", encoding="utf-8")))
    report = list(csv.DictReader(open(f"{out_dir}/report.csv", newline="", encoding="utf-8")))
    flagged = set()
    for row in report:
        for doc in row["flagged_sources"].split(";"):
            flagged.add((doc, row["type"]))
    injected_pairs = {(row["doc_id"], row["type"]) for row in injected}
    for kind in ("CONTRADICTION", "OMISSION"):
        rows = [r for r in injected if r["type"] == kind]
        found = sum(1 for r in rows if (r["doc_id"], kind) in flagged)
        findings = [r for r in report if r["type"] == kind]
        on_injected = sum(1 for r in findings
                          if any((d, kind) in injected_pairs for d in r["flagged_sources"].split(";")))
        recall = found / len(rows) if rows else float("nan")
        print(f"{kind.lower():14s} injected {len(rows):7d}  found {found:7d}  recall {recall:.3f}  "
              f"findings {len(findings):7d}  flagging an injected document {on_injected:7d}")
        # Misses per fact: a fact never found points at a wording the extractor does not read.
        injected_per_fact = collections.Counter(r["fact"] for r in rows)
        missed_per_fact = collections.Counter(r["fact"] for r in rows if (r["doc_id"], kind) not in flagged)
        for fact, missed in missed_per_fact.most_common():
            print(f"  {kind.lower()} missed on {fact}: {missed} of {injected_per_fact[fact]}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
