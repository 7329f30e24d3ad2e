#!/usr/bin/env bash
# Generates a synthetic, reproducible corpus for the scale benchmarks (issue 7): N stories x K
# sources of templated articles (disasters, crime, business, politics) with varied wording, page
# furniture, syndicated near-duplicates, and injected contradictions and omissions. Each story has
# its own people (surnames from ~2,900), town, region, organization and a few named places that its
# sources mention in background and detail sentences (no claims), so that, as in real news, two
# reports of one event share their specifics and two events of one kind mostly share genre words.
#   scripts/generate-corpus.sh --stories=N [--sources=K] [--min-sources=M] [--seed=S] --out=DIR [--jsonl]
#       [--contradiction-rate=0.3] [--omission-rate=0.3] [--syndication-rate=0.25] [--brief-rate=0]
#       [--outlets=N] [--big-story=N]
# --min-sources=M: each story has M..K sources, a story of k with weight 1/k (most stories small,
# a few large), instead of K each.
# --brief-rate=R: each other source (not the wire, a copy or an injected one) runs a brief with
# probability R: the lead fact and one or two others with little background, the short report that
# shares few features with its story; listed in DIR/briefs.csv with the facts kept and left out.
# --outlets=N: N outlets instead of 12 fixed ones: the wire runs each story's first report, the
# other sources are distinct outlets drawn from the rest, the one of rank r with weight 1/r (a few
# large outlets and a long tail of small ones, as in a real day's feed), named in the datelines.
# --big-story=N: the first story has N sources (a day's top story: thousands of reports, an outlet
# running several; with --outlets drawn with repeats by the same weights).
# Writes DIR/docs/ (.txt files, 1,000 per folder; with --jsonl, JSONL shards of 10,000 lines),
# DIR/truth.csv (doc id -> story id, outlet, domain, copy_of for syndicated copies) and
# DIR/injected.csv (one row per injected contradiction or omission). The same options give the same
# bytes. Streams story by story, so any size works. Needs python3 (3.8+); only scripts use it.
set -euo pipefail
exec python3 "$(dirname "${BASH_SOURCE[0]}")/generate_corpus.py" "$@"
