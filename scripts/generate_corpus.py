#!/usr/bin/env python3
"""Seeded synthetic news corpus for claimcheck's scale benchmarks (issue 7).

N stories x K sources of templated articles in four domains (disaster, crime, business, politics)
with varied wording, page furniture, syndicated near-duplicates, optional briefs, and injected
contradictions and omissions recorded as ground truth. Streams story by story: memory does not grow
with N.
Run through scripts/generate-corpus.sh; see its header for the options.
Only the standard library: the scripts use it, CI does not.
"""
import argparse
import contextlib
import csv
import itertools
import json
import os
import random
import sys
import time

FIRST = ("Lena Omar Sofia Daniel Maria James Aiko Pieter Katrin Ravi Elena Tomas Grace Samuel Ines "
         "Victor Hannah Marco Leila Arjun Clara Felix Nadia Oscar Ruth Hugo Mei Anton Zara Diego").split()
LAST = ("Marsh Okafor Lindqvist Moreau Castillo Whitfield Tanaka Daalman Vollmer Iyer Petrov Novak "
        "Bennett Adeyemi Ferreira Kowalski Brandt Rossi Haddad Mehta Lund Keller Sato Varga Quinn "
        "Holloway Achebe Duarte Nakamura Sorensen").split()
TOWN_A = "Port North East West Lake Glen Red Stone Ash Bright Fair Oak Mill River Cold Silver".split()
TOWN_B = "haven field bridge ford wick ton mouth dale brook gate view stead wood port crest".split()
# Syllables for the long tail of names: a day of news names thousands of different people and
# places, and two stories rarely share a full name. (30 x 30 fixed names made unrelated stories share
# their people and towns far more often than real ones do.)
SYL_A = "Ab Bel Cor Dal Ed Fen Gar Hol Ir Jas Kel Lor Mor Nel Or Pen Quar Ros Sel Tor Ul Var Wen Yor".split()
SYL_B = "an er in on ar el ov ik ub es".split()
SYL_C = "berg ford man sson ski ez ani ova ley well ton ard".split()
REGION_END = "dale shire land mark vale moor".split()
# Things a report names: each story draws its own few, and its sources mention them in detail
# sentences. Reports of one event describe the same bridge, school or plant; reports of two events
# of one kind mostly do not.
THINGS = ("bridge reservoir pipeline ferry warehouse factory harbour stadium library hospital clinic "
          "school campus railway tunnel viaduct refinery quarry orchard vineyard marina airport "
          "depot brewery mill foundry shipyard lighthouse cathedral chapel museum theatre market "
          "bakery pharmacy hotel motel hostel prison barracks monastery farmhouse ranch dairy "
          "greenhouse sawmill smelter substation dam levee canal lock pier jetty boardwalk plaza "
          "courthouse armoury observatory planetarium aquarium zoo racetrack casino arena gym "
          "laboratory datacentre hangar silo granary tannery distillery cannery kiln aqueduct "
          "footbridge bypass motorway roundabout flyover terminal dockyard wharf boathouse "
          "campsite caravan chalet cottage bungalow tower skyscraper mall arcade gallery studio "
          "workshop garage showroom dealership kindergarten nursery orphanage hospice sanatorium "
          "crematorium cemetery mosque synagogue temple pagoda abbey convent rectory vicarage "
          "parsonage almshouse tavern inn brasserie canteen cafeteria diner bistro creamery "
          "hatchery kennel stable paddock meadow heath marsh fen moorland woodland copse spinney "
          "glade ravine gorge canyon plateau escarpment headland peninsula lagoon estuary delta "
          "creek rapids waterfall spring geyser glacier volcano crater dune oasis").split()
DETAIL = ("Footage showed the {a} near the {b}.",
          "Residents said the {a} on {street} had been closed since the weekend.",
          "Inspectors visited the {a} and the {b} on {street}.",
          "Witnesses described the scene at the {a} as chaotic.",
          "The {a} next to the {b} was cordoned off by police.",
          "Photos shared online showed the {a} and the nearby {b}.")
COMPANY_A = "Bren Val Nor Cor Ast Vex Hal Tor Quin Sel Mar Zen Ori Cal Dun".split()
COMPANY_B = "nark trion vex dyne lith gard tek ora mont ix cast wave".split()
OUTLETS = ("Wire Service", "Daily Gazette", "Evening Post", "Metro News", "Coastal Herald",
           "Radio 4 News", "Tribune", "City Chronicle", "The Observer Online", "KXTV News",
           "Morning Ledger", "Regional Bulletin")
# Mastheads for --outlets: a prefix, a kind and, past the first 2,160, a region.
OUTLET_A = "Bren Val Nor Cor Ast Vex Hal Tor Quin Sel Mar Zen Ori Cal Dun Elm Fal Gil".split()
OUTLET_B = "ford ton ley wick mere dale stow bury holm gate".split()
OUTLET_KIND = ("Gazette Courier Herald Ledger Sentinel Chronicle Times Post Record Examiner Journal "
               "Dispatch").split()
OUTLET_REGION = "North South East West Valley Coast Highlands Plains Metro County".split()


def outlet_names(n):
    """n distinct mastheads ("Valford Courier", "Norwick Times West"); the wire comes first."""
    names = ["Wire Service"]
    per_region = len(OUTLET_A) * len(OUTLET_B) * len(OUTLET_KIND)
    for i in range(n - 1):
        name = (f"{OUTLET_A[i % len(OUTLET_A)]}{OUTLET_B[i // len(OUTLET_A) % len(OUTLET_B)]} "
                f"{OUTLET_KIND[i // (len(OUTLET_A) * len(OUTLET_B)) % len(OUTLET_KIND)]}")
        if i >= per_region:
            name += " " + OUTLET_REGION[(i // per_region - 1) % len(OUTLET_REGION)]
        names.append(name)
    if len(set(names)) != n:
        sys.exit(f"generate-corpus: at most {per_region * (len(OUTLET_REGION) + 1) + 1} outlets")
    return names


WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = ("January February March April May June July August September October November "
          "December").split()
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    """An integer below 100 in words ("forty-two")."""
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])


def count(rng, n, start=False):
    """A count as a reporter writes it: digits, words (small numbers), with thousands separators."""
    if n < 100 and (n < 10 or rng.random() < 0.3):
        w = words(n)
        return w.capitalize() if start else w
    return f"{n:,}"


def approx(rng):
    return rng.choice(("about ", "around ", "nearly ", "roughly ", "some ", ""))


def cap(s):
    return s[:1].upper() + s[1:]


class Story:
    """The facts of one event, shared by every source that reports it."""

    def __init__(self, rng, sid):
        self.sid = sid
        self.domain = rng.choice(("disaster", "crime", "business", "politics"))
        self.town = rng.choice(TOWN_A + SYL_A) + rng.choice(TOWN_B)
        self.region = rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(REGION_END)
        self.day = rng.choice(WEEKDAYS)
        self.month = rng.choice(MONTHS)
        self.date = rng.randint(1, 28)
        self.p1 = (rng.choice(FIRST), surname(rng))
        self.p2 = (rng.choice(FIRST), surname(rng))
        self.age = rng.randint(34, 71)
        self.f = getattr(self, "_" + self.domain)(rng)
        # The places of this story, named in its detail sentences (no claims).
        things = rng.sample(THINGS, 6)
        street = f"{surname(rng)} {rng.choice(('Street', 'Road', 'Avenue', 'Lane'))}"
        self.details = [d.format(a=things[i], b=things[(i + 1) % 6], street=street)
                        for i, d in enumerate(rng.sample(DETAIL, 4))]
        # An organization the background sentences of this story name (not a claim).
        self.org = {"disaster": f"{self.region} Relief Agency",
                    "crime": f"{self.region} District Court",
                    "business": f"{surname(rng)} {rng.choice(('Capital', 'Securities', 'Partners'))}",
                    "politics": f"{self.region} Civic Alliance"}[self.domain]

    # Each fact: name -> value. Numbers are ints so a contradiction can change them.
    def _disaster(self, rng):
        self.kind = rng.choice(("storm", "earthquake", "flood", "wildfire"))
        return {"killed": rng.randint(3, 90), "injured": rng.randint(10, 400),
                "evacuated": rng.randint(2, 300) * 1000, "missing": rng.randint(2, 30),
                "homes": rng.randint(50, 5000), "magnitude": rng.randint(55, 79)}

    def _crime(self, rng):
        self.kind = rng.choice(("embezzlement", "fraud", "bribery"))
        return {"years": rng.randint(2, 25), "amount": rng.randint(12, 990) / 10,
                "victims": rng.randint(20, 900), "accounts": rng.randint(2, 40),
                "fine": rng.randint(1, 50) * 10000}

    def _business(self, rng):
        self.kind = "takeover"
        self.buyer = rng.choice(COMPANY_A) + rng.choice(COMPANY_B)
        self.target = rng.choice(COMPANY_A) + rng.choice(COMPANY_B)
        while self.target == self.buyer:
            self.target = rng.choice(COMPANY_A) + rng.choice(COMPANY_B)
        return {"price": rng.randint(11, 250) / 10, "per_share": rng.randint(1000, 9000) / 100,
                "premium": rng.randint(8, 60), "jobs": rng.randint(2, 60) * 100,
                "savings": rng.randint(5, 90) * 10}

    def _politics(self, rng):
        self.kind = "election"
        return {"share": rng.randint(41, 68), "turnout": rng.randint(38, 81),
                "seats": rng.randint(12, 90), "margin": rng.randint(2000, 90000),
                "districts": rng.randint(5, 40)}


def surname(rng):
    """A surname: one of the common ones, or one of about 2,900 built from syllables."""
    if rng.random() < 0.2:
        return rng.choice(LAST)
    return rng.choice(SYL_A) + rng.choice(SYL_B) + rng.choice(SYL_C)


def person(rng, p, title):
    """A name, with the title before it in some sources."""
    full = f"{p[0]} {p[1]}"
    return f"{title} {full}" if title and rng.random() < 0.6 else full


def sentences(rng, st, f):
    """The fact sentences of one source: (fact key, sentence). Wording varies per source."""
    out = []
    a = approx
    t, d, k = st.town, st.day, st.kind
    said = rng.choice(("said", "told reporters", "said in a statement", "confirmed"))
    if st.domain == "disaster":
        off = person(rng, st.p1, rng.choice(("Governor", "Mayor", "Emergency Minister")))
        what = {"storm": "The storm", "earthquake": "The earthquake", "flood": "The flood",
                "wildfire": "The fire"}[k]
        out.append(("killed", rng.choice((
            f"At least {count(rng, f['killed'])} people were killed, officials {said} on {d}.",
            f"{what} killed {count(rng, f['killed'])} people, {off} {said}.",
            f"The death toll rose to {count(rng, f['killed'])} on {d}, according to {off}.",
        ))))
        out.append(("injured", rng.choice((
            f"Another {count(rng, f['injured'])} people were injured, most of them by falling debris.",
            f"{cap(count(rng, f['injured'], True))} people were hurt, hospital officials said.",
        ))))
        out.append(("evacuated", rng.choice((
            f"{cap(a(rng))}{f['evacuated']:,} people were evacuated from {t} and nearby villages.",
            f"Authorities ordered {a(rng)}{f['evacuated']:,} residents to leave their homes.",
        ))))
        out.append(("missing", rng.choice((
            f"{count(rng, f['missing'], True)} people remain missing, {off} said.",
            f"Rescue teams were searching for {count(rng, f['missing'])} people still unaccounted for.",
        ))))
        out.append(("homes", f"{cap(a(rng))}{f['homes']:,} homes were destroyed or badly damaged."))
        if k == "earthquake":
            out.append(("magnitude", f"The magnitude {f['magnitude'] / 10:.1f} quake struck at a shallow depth near {t}."))
        else:
            out.append(("cause", f"{what} hit {t} early on {d}, tearing roofs from buildings."))
    elif st.domain == "crime":
        defendant = f"{st.p1[0]} {st.p1[1]}"
        judge = person(rng, st.p2, "Judge")
        out.append(("years", rng.choice((
            f"{defendant}, {st.age}, was sentenced to {count(rng, f['years'])} years in prison on {d} for {k}.",
            f"{judge} sentenced {defendant} to {count(rng, f['years'])} years in prison.",
        ))))
        out.append(("amount", rng.choice((
            f"Prosecutors said {st.p1[1]} stole ${f['amount']:.1f} million from the {t} pension fund.",
            f"The court found that {f['amount']:.1f} million dollars had been taken from the fund.",
        ))))
        out.append(("victims", f"{cap(a(rng))}{count(rng, f['victims'])} retired workers lost money, the prosecutor {said}."))
        out.append(("accounts", f"The money was moved through {count(rng, f['accounts'])} bank accounts opened in the name of a relative."))
        out.append(("fine", f"{st.p1[1]} was also ordered to pay a fine of ${f['fine']:,}."))
        out.append(("custody", f"{st.p1[1]} was taken into custody in the courtroom, {judge} presiding."))
    elif st.domain == "business":
        ceo = person(rng, st.p1, "chief executive")
        out.append(("price", rng.choice((
            f"{st.buyer} said on {d} it had agreed to buy {st.target} for ${f['price']:.1f} billion in cash.",
            f"{st.buyer} will acquire {st.target} in a deal worth {f['price']:.1f} billion dollars, the companies said.",
        ))))
        out.append(("per_share", f"{st.buyer} will pay ${f['per_share']:.2f} a share, a premium of {f['premium']}% to the closing price on Friday."))
        out.append(("jobs", rng.choice((
            f"The company expects to cut {a(rng)}{f['jobs']:,} jobs over three years.",
            f"{cap(a(rng))}{f['jobs']:,} jobs will go, mainly in sales and administration.",
        ))))
        out.append(("savings", f"The deal is expected to save ${f['savings']} million a year in costs by 2028."))
        out.append(("ceo", f"\"This brings together two engineering cultures,\" {ceo}, {st.age}, {said}."))
        out.append(("approval", f"The deal requires approval from competition regulators and is expected to close next year."))
    else:
        winner = person(rng, st.p1, "Mayor")
        rival = person(rng, st.p2, "Councillor")
        out.append(("share", rng.choice((
            f"{winner} won the {t} election on {d} with {f['share']}% of the vote.",
            f"Voters in {t} re-elected {winner}, who took {f['share']} percent of the vote.",
        ))))
        out.append(("turnout", f"Turnout was {a(rng)}{f['turnout']}%, the election commission {said}."))
        out.append(("seats", f"Her party won {count(rng, f['seats'])} of the council's seats."))
        out.append(("margin", f"{winner} beat {rival} by {a(rng)}{f['margin']:,} votes."))
        out.append(("districts", f"Results from all {count(rng, f['districts'])} districts were declared by midnight."))
        out.append(("concede", f"{rival} conceded defeat on {d} evening and congratulated the winner."))
    return out


FILLER = {
    # {town}, {region} and {org} are the story's own: background sentences of real reports name the
    # places and bodies of their event, not only words every report of the kind uses.
    "disaster": ("Power was cut to large parts of {region} and schools were closed.",
                 "Forecasters said more rain was expected over {region} over the weekend.",
                 "Aid agencies, among them the {org}, said they were sending food, water and blankets.",
                 "Residents of {town} described hearing a loud roar before the water rose.",
                 "Roads into {region} were blocked by fallen trees and debris.",
                 "The national weather office had issued a warning for {region} two days earlier."),
    "crime": ("The case came to light when a clerk at the {org} noticed payments that did not match any contract.",
              "Defence lawyers said they would appeal the verdict.",
              "Retired city workers in the courtroom applauded when the sentence was read.",
              "{town} has since changed how it reviews payments to vendors.",
              "The trial at the {org} lasted three weeks and heard from dozens of witnesses.",
              "Former colleagues in {region} described the defendant as quiet and hard-working."),
    "business": ("Shares of the target jumped in early trading while the buyer's shares fell.",
                 "Analysts at {org} said the price looked full but the strategic logic was sound.",
                 "The two companies have competed for customers in {region} for decades.",
                 "Unions said they would seek talks about the planned job cuts at the {town} plant.",
                 "The buyer has made several smaller acquisitions over the past five years.",
                 "Both boards have unanimously backed the offer, the companies said in a joint statement."),
    "politics": ("Campaigning in {town} focused on housing costs and public transport.",
                 "Supporters of the {org} gathered outside the town hall as the results came in.",
                 "Observers from {region} said the vote was orderly and there were no serious complaints.",
                 "The new council will meet for the first time next month.",
                 "Opposition parties said they would study the results before commenting.",
                 "Polling stations across {region} stayed open an hour longer because of long queues."),
}
# Background lines any story can carry (no claims), so articles reach a realistic ~1.5 KB.
GENERIC = ("Officials said more details would be released in the coming days.",
           "The events drew wide attention on social media, where videos were shared thousands of times.",
           "Local newspapers had reported on the matter for several weeks before the announcement.",
           "A spokesperson declined to comment further when contacted by telephone on Wednesday evening.",
           "Community leaders called for calm and asked people to rely on official information.",
           "This is a developing story and will be updated as more information becomes available.")
BREADCRUMBS = ("Home > News > Local", "Home / World / Europe", "News > Business > Deals",
               "Home > Politics", "Latest > Region")
CAPTIONS = ("Photo: Rescue workers at the scene. (Staff photographer)",
            "Image caption: Residents gather outside the town hall.",
            "Photograph: File image. All rights reserved.")
TRAILERS = ("Advertisement", "Share this article", "Sign up for our newsletter",
            "Related: More from our coverage")


def background(rng, st, fillers, details):
    """The story's background sentences (no claims): (min, max) of its domain's fillers, then of
    its detail sentences."""
    out = [f.format(town=st.town, region=st.region, org=st.org)
           for f in rng.sample(FILLER[st.domain], rng.randint(*fillers))]
    return out + rng.sample(st.details, rng.randint(*details))


def render(rng, st, outlet, facts, drop=None, sentence_list=None):
    """One article: headline, dateline, fact and filler sentences, page furniture."""
    sents = sentence_list if sentence_list is not None else sentences(rng, st, facts)
    sents = [s for s in sents if s[0] != drop]
    first, rest = sents[0], sents[1:]
    rng.shuffle(rest)  # sources order the secondary facts differently
    body = [first[1]] + [s for _, s in rest]
    fillers = background(rng, st, (4, 6), (2, 3))
    for filler in fillers + rng.sample(GENERIC, rng.randint(2, 4)):
        body.insert(rng.randint(1, len(body)), filler)
    if st.domain == "business":
        head = f"{st.buyer} agrees takeover of {st.target}"
    else:
        head = {"disaster": f"{cap(st.kind)} hits {st.town}",
                "crime": f"{st.p1[1]} sentenced for {st.kind}",
                "politics": f"{st.p1[1]} wins {st.town} election"}[st.domain]
    lines = []
    if rng.random() < 0.5:
        lines.append(rng.choice(BREADCRUMBS))
    lines.append(head)
    lines.append("")
    lines.append(f"{st.day}, {st.month} {st.date}")
    lines.append("")
    # Paragraphs of 1-3 sentences; the first carries the dateline.
    i = 0
    first_para = True
    while i < len(body):
        n = rng.randint(1, 3)
        para = " ".join(body[i:i + n])
        if first_para:
            para = f"{st.town.upper()} ({outlet}) - {para}"
            first_para = False
        lines.append(para)
        lines.append("")
        if rng.random() < 0.15:
            lines.append(rng.choice(CAPTIONS))
            lines.append("")
        i += n
    if rng.random() < 0.4:
        lines.append(rng.choice(TRAILERS))
    lines.append(f"Copyright 2026 {outlet}. All rights reserved.")
    return "\n".join(lines) + "\n", sents


def brief(rng, st, outlet, sents):
    """A news brief or late update: the lead fact and one or two others, little background.

    Such a report shares few of its story's words, so it links to the story through one or two of
    its articles only: the peripheral member that story clustering must keep.
    """
    kept = [sents[0]] + rng.sample(sents[1:], rng.randint(1, 2))
    body = [s for _, s in kept]
    for filler in background(rng, st, (0, 1), (0, 1)):
        body.insert(rng.randint(1, len(body)), filler)
    lines = ["In brief", "", f"{st.day}, {st.month} {st.date}", "",
             f"{st.town.upper()} ({outlet}) - " + " ".join(body), "",
             f"Copyright 2026 {outlet}. All rights reserved."]
    return "\n".join(lines) + "\n", [k for k, _ in kept]


def syndicate(rng, wire_text, outlet):
    """A near-duplicate: the wire text with light edits and another outlet's furniture."""
    text = wire_text.replace("Copyright 2026 Wire Service. All rights reserved.\n", "")
    for a, b in (("said on", "said on"), ("officials said", "officials told reporters"),
                 ("was expected", "is expected"), ("said.", "said in a statement.")):
        if rng.random() < 0.5:
            text = text.replace(a, b, 1)
    return (text + f"This article was originally published by Wire Service and has been lightly "
            f"edited.\nCopyright 2026 {outlet}. All rights reserved.\n")


def changed(rng, value):
    """A different value for a contradiction: clearly off, same type."""
    if isinstance(value, float):
        return round(value * rng.choice((0.5, 0.7, 1.4, 2.0)), 2 if value < 100 else 1)
    new = value
    while new == value:
        new = max(2, int(value * rng.choice((0.5, 0.6, 1.5, 2)) + rng.randint(-1, 1)))
    if value >= 1000:  # keep round numbers round
        new = round(new, -2) or value + 1000
    return new


class Writer:
    """Writes documents as .txt files (1,000 per directory) or JSONL shards (10,000 lines each)."""

    def __init__(self, out, jsonl):
        self.out, self.jsonl, self.n = out, jsonl, 0
        self.fh = None

    def write(self, doc_id, source, text):
        if self.jsonl:
            if self.n % 10000 == 0:
                if self.fh:
                    self.fh.close()
                self.fh = open(os.path.join(self.out, "docs", f"part-{self.n // 10000:05d}.jsonl"),
                               "w", encoding="utf-8")
            self.fh.write(json.dumps({"id": doc_id, "text": text, "source": source},
                                     ensure_ascii=False) + "\n")
        else:
            d = os.path.join(self.out, "docs", f"{self.n // 1000:05d}")
            if self.n % 1000 == 0:
                os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, doc_id + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
        self.n += 1

    def close(self):
        if self.fh:
            self.fh.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--stories", type=int, required=True)
    ap.add_argument("--sources", type=int, default=5)
    ap.add_argument("--min-sources", type=int, default=None,
                    help="each story draws its number of sources from MIN..--sources, a story of k "
                         "sources with weight 1/k (most stories small, a few large); default: every "
                         "story has --sources")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jsonl", action="store_true")
    ap.add_argument("--contradiction-rate", type=float, default=0.3,
                    help="share of stories with one changed number in one source")
    ap.add_argument("--omission-rate", type=float, default=0.3,
                    help="share of stories where one source drops a widely reported sentence")
    ap.add_argument("--syndication-rate", type=float, default=0.25,
                    help="share of stories with a syndicated copy of the wire text")
    ap.add_argument("--brief-rate", type=float, default=0.0,
                    help="share of the other sources (not the wire, a copy or an injected one) that "
                         "run a brief: the lead fact and one or two others (listed in briefs.csv); "
                         "default 0: none, and no draw, so a seed gives the same corpus as before")
    ap.add_argument("--outlets", type=int, default=None,
                    help="number of outlets: the wire runs each story's first report and the others "
                         "draw from the rest, the outlet of rank r with weight 1/r (a few large, a "
                         "long tail of small ones); default: the 12 fixed outlets in turn, and no "
                         "draw, so a seed gives the same corpus as before")
    ap.add_argument("--big-story", type=int, default=None,
                    help="the first story has this many sources instead (a day's top story: "
                         "thousands of reports, an outlet running several); default: none")
    args = ap.parse_args()
    if args.big_story is not None and args.big_story < 2:
        sys.exit("generate-corpus: need --big-story >= 2")
    if args.outlets is not None and args.outlets < args.sources:
        sys.exit("generate-corpus: need --outlets >= --sources (a story's sources are distinct outlets)")
    if args.stories < 1 or args.sources < 2:
        sys.exit("generate-corpus: need --stories >= 1 and --sources >= 2")
    if not 0 <= args.brief_rate <= 1:
        sys.exit("generate-corpus: need 0 <= --brief-rate <= 1")
    if args.min_sources is not None and not 2 <= args.min_sources <= args.sources:
        sys.exit("generate-corpus: need 2 <= --min-sources <= --sources")
    sizes = list(range(args.min_sources or args.sources, args.sources + 1))
    size_weights = [1 / k for k in sizes]
    os.makedirs(os.path.join(args.out, "docs"), exist_ok=True)
    rng = random.Random(args.seed)
    names = outlet_names(args.outlets) if args.outlets else None
    if names:
        others = names[1:]
        other_cum = list(itertools.accumulate(1 / r for r in range(1, len(names))))
    writer = Writer(args.out, args.jsonl)
    started = time.time()
    briefs_path = os.path.join(args.out, "briefs.csv")
    if not args.brief_rate and os.path.exists(briefs_path):
        os.remove(briefs_path)  # a stale list from an earlier run would describe other documents
    with open(os.path.join(args.out, "truth.csv"), "w", newline="") as tf, \
         open(os.path.join(args.out, "injected.csv"), "w", newline="") as inf, \
         (open(briefs_path, "w", newline="") if args.brief_rate else contextlib.nullcontext()) as bf:
        truth, inj = csv.writer(tf), csv.writer(inf)
        briefs = csv.writer(bf) if bf else None
        if briefs:
            briefs.writerow(("doc_id", "story_id", "facts_kept", "facts_left_out"))
        truth.writerow(("doc_id", "story_id", "source", "domain", "copy_of"))
        inj.writerow(("story_id", "doc_id", "type", "fact", "value", "others_value"))
        for s in range(args.stories):
            sid = f"story-{s:07d}"
            st = Story(rng, sid)
            # Without --min-sources no draw is made, so a seed gives the same corpus as before.
            n_sources = rng.choices(sizes, size_weights)[0] if len(sizes) > 1 else sizes[0]
            big = s == 0 and args.big_story
            if big:
                n_sources = args.big_story
            # Victims of injection: never the wire (source 0) nor a syndicated copy of it.
            synd = n_sources >= 3 and rng.random() < args.syndication_rate
            synd_idx = n_sources - 1 if synd else -1
            free = [i for i in range(1, n_sources) if i != synd_idx]
            contra = free and rng.random() < args.contradiction_rate
            omit = free and rng.random() < args.omission_rate
            c_doc = rng.choice(free) if contra else -1
            o_doc = rng.choice(free) if omit else -1
            c_fact = rng.choice([k for k, v in st.f.items() if isinstance(v, (int, float))
                                 and not (st.domain == "disaster" and k == "magnitude")]) if contra else None
            o_fact = None
            wire_text = None
            brief_docs = set()
            if args.brief_rate:
                brief_docs = {i for i in free if i not in (c_doc, o_doc) and rng.random() < args.brief_rate}
            if names and big:
                # An outlet runs several reports of the top story: drawn with replacement.
                story_outlets = [names[0]] + [others[r] for r in sorted(
                    rng.choices(range(len(others)), cum_weights=other_cum, k=n_sources - 1))]
            elif names:
                # Distinct outlets in rank order (a set's order would vary from run to run).
                chosen = set()
                while len(chosen) < n_sources - 1:
                    chosen.add(rng.choices(range(len(others)), cum_weights=other_cum)[0])
                story_outlets = [names[0]] + [others[r] for r in sorted(chosen)]
            for i in range(n_sources):
                outlet = story_outlets[i] if names else OUTLETS[i % len(OUTLETS)]
                doc_id = f"s{s:07d}-{i:02d}"  # past 99 sources (--big-story) the number grows
                copy_of = ""
                if i == synd_idx:
                    text = syndicate(rng, wire_text, outlet)
                    copy_of = f"s{s:07d}-00"
                else:
                    facts = st.f
                    if i == c_doc:
                        facts = dict(st.f)
                        facts[c_fact] = changed(rng, st.f[c_fact])
                        inj.writerow((sid, doc_id, "CONTRADICTION", c_fact, facts[c_fact], st.f[c_fact]))
                    sents = sentences(rng, st, facts)
                    if i in brief_docs:
                        text, kept = brief(rng, st, outlet, sents)
                        briefs.writerow((doc_id, sid, ";".join(kept),
                                         ";".join(k for k, _ in sents if k not in kept)))
                        writer.write(doc_id, outlet, text)
                        truth.writerow((doc_id, sid, outlet, st.domain, copy_of))
                        continue
                    drop = None
                    if i == o_doc:
                        # A widely reported sentence: every fact sentence is in every other source
                        # but the briefs.
                        o_fact = rng.choice([k for k, _ in sents[1:]])
                        drop = o_fact
                        inj.writerow((sid, doc_id, "OMISSION", o_fact, "", ""))
                    text, _ = render(rng, st, outlet, facts, drop, sents)
                    if i == 0:
                        wire_text = text
                writer.write(doc_id, outlet, text)
                truth.writerow((doc_id, sid, outlet, st.domain, copy_of))
    writer.close()
    elapsed = time.time() - started
    per_story = (f"{args.sources} sources" if len(sizes) == 1
                 else f"{args.min_sources}-{args.sources} sources")
    if args.big_story:
        per_story += f", the first {args.big_story}"
    print(f"generate-corpus: {writer.n} documents ({args.stories} stories x {per_story}) "
          f"in {elapsed:.1f} s ({writer.n / max(elapsed, 1e-9):,.0f} docs/s) under {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
