#!/usr/bin/env bash
# (Re)generates the generated members of fixtures/bad-input/: binary files, non-UTF-8 text,
# gzip files, the JSONL feeds and the megabyte-long line. Deterministic: the same bytes on every
# run (gzip -n leaves out name and time). The hand-written articles (good/*.txt, wires/*) are not
# touched. The outputs are committed, so a clean clone does not need to run this; run it after
# changing it, and update ClaimCheckBadInputTest when a member or its reason changes.
#   scripts/make-bad-input.sh
set -euo pipefail
export LC_ALL=C

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$repo/fixtures/bad-input"
mkdir -p "$dir/bad" "$dir/encodings" "$dir/feeds" "$dir/good"

# --- rejected: empty file -------------------------------------------------------------------
: > "$dir/bad/empty.txt"
printf ' \n\t\r\n  \n' > "$dir/bad/blank.txt"

# --- rejected: no text after cleaning (only page furniture) ------------------------------------
printf 'Advertisement\nSkip to content\nCopyright 2025 Reuters. All rights reserved.\n' \
  > "$dir/bad/furniture-only.txt"

# --- rejected: binary content (a PDF and a PNG saved with a .txt name) -------------------------
{
  printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
  printf '4 0 obj\n<< /Length 32 /Filter /FlateDecode >>\nstream\n'
  printf 'x\x9c\x03\x00\x00\x00\x00\x01\x8b\x1f\x00\x07\x00\xff\xfe\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a'
  printf '\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n'
} > "$dir/bad/scanned-statement.txt"
{
  printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6'
  printf '\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef'
  printf '\x00\x00\x00\x00IEND\xaeB`\x82'
} > "$dir/bad/photo.txt"

# --- rejected: undecodable bytes (DOS code page 850: 0x81 = u-umlaut, undefined in Windows-1252) -
printf 'Z\x81rich airport reopens after strike\n\nFlights resumed at Z\x81rich airport on Friday after a two-day strike by ground staff.\n' \
  > "$dir/bad/zurich-cp850.txt"

# --- rejected: unreadable (a gzip file cut in the middle of its data) --------------------------
# (pipefail off: the writer may be stopped by head's early exit, which is the point.)
( set +o pipefail
  printf 'Storm closes schools\n\nA winter storm closed 120 schools across the district on Thursday, officials said.\n' \
    | gzip -n -9 -c | head -c 40 ) > "$dir/bad/cut-download.txt.gz"

# --- rejected: too large (one line of 1,200,000 characters; the default limit is 1,000,000) ----
( set +o pipefail
  yes 'The committee met again and the talks went on late into the night without any result. ' \
    | tr -d '\n' | head -c 1200000 ) > "$dir/bad/one-line-dump.txt"

# --- documents: Windows-1252 and Latin-1 text, a UTF-8 file cut inside a character -------------
printf 'Rail strike halts trains across the region\n\nLYON (AFP) \x96 A 48-hour rail strike halted 80%% of regional trains on Monday, the operator said. \x93We regret the disruption,\x94 said spokesman Andr\xe9 Caron. Union leader Sophie Marchal said the strike would continue on Wednesday.\n' \
  > "$dir/encodings/rail-strike-cp1252.txt"
printf 'S\xe3o Paulo metro fares rise\n\nS\xc3O PAULO \x96 Metro fares in S\xe3o Paulo will rise by 6%% from January, city officials said on Tuesday. Mayor Ricardo Nunes said the increase was below inflation.\n' \
  > "$dir/encodings/metro-fares-latin1.txt"
printf 'Museum reopens after renovation\n\nThe city museum reopened on Saturday after a renovation that cost about 8 million euros, director Claire Dubois said. The caf\xc3' \
  > "$dir/encodings/museum-truncated-utf8.txt"

# --- documents: a gzip article -------------------------------------------------------------------
printf 'River flood warning for Millbrook\n\nMILLBROOK \x97 Forecasters warned on Sunday that the Millbrook River could rise 2 metres above flood stage by Tuesday. About 600 homes were told to prepare for evacuation.\n' \
  | iconv -f WINDOWS-1252 -t UTF-8 | gzip -n -9 -c > "$dir/good/river-flood.txt.gz"

# --- JSONL: good lines next to every kind of bad line ------------------------------------------
{
  printf '%s\n' '{"id":"feed-quake","text":"A magnitude 6.1 earthquake struck off the coast on Friday. At least 7 people were killed, the civil defence agency said.","source":"Kyodo","published":"2025-03-14"}'
  printf '%s\n' '{"id":"feed-broken","text":"This line stops in the middle'
  printf '\n'
  printf '%s\n' '{"text":"A line without an id: Officials said 40 people were hurt."}'
  printf '%s\n' '{"id":"feed-no-text","title":"Headline only"}'
  printf '%s\n' '{"id":"feed-empty","text":"   "}'
  printf '%s\n' '{"id":"feed-quake","text":"A second copy of the quake story, from another outlet: 8 people were killed."}'
  printf '%s\n' '["not","an","object"]'
  printf '%s\n' '{"id":"feed-budget","text":"The city council approved a budget of 2.4 billion dollars on Thursday, Mayor Alan Price said."}'
} > "$dir/feeds/wire-feed.jsonl"
{
  printf '%s\n' '{"id":"feed-quake","text":"A third copy of the quake story: 7 people died."}'
  printf '%s\n' '{"id":"feed-election","text":"Voters in the northern province elected Anna Berg as governor on Sunday with 54% of the vote."}'
} | gzip -n -9 -c > "$dir/feeds/archive-feed.jsonl.gz"

echo "make-bad-input: wrote $(find "$dir" -type f | wc -l | tr -d ' ') files under fixtures/bad-input" >&2
