"""A synthetic content folder of any size, valid and shaped like the real one.

``write_corpus(folder, quotes=1000)`` writes about ``quotes`` quotes and, for
N = quotes / 10: N actors, N events, N/10 agreements, N/10 sources, a few
differences and an episode.yaml. References are dense (speakers, addressees,
events, agreements, ``[[id]]`` links in prose) and skewed the way real stories
are: a few actors say much, most say little. Names come in Azerbaijani Latin,
Cyrillic, Armenian, Georgian and English; texts are short or long.

Everything is drawn from ``random.Random(seed)`` and written in a fixed order,
so a size and a seed always give the same files, byte for byte.

    python -m bench.corpus OUT_FOLDER --quotes 1000 [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

# (native, romanised) pairs, so every id stays ASCII whatever the script.
# fmt: off
FIRST_NAMES = {
    "az": [
        ("Əli", "ali"), ("Şahin", "shahin"), ("Gülnarə", "gulnare"), ("İlqar", "ilqar"),
        ("Çingiz", "chingiz"), ("Ağasəlim", "agaselim"), ("Töhfə", "tohfe"), ("Ülviyyə", "ulviyye"),
        ("Rəşad", "reshad"), ("Sevinc", "sevinj"), ("Fərid", "ferid"), ("Aygün", "aygun"),
    ],
    "ru": [
        ("Ирина", "irina"), ("Сергей", "sergey"), ("Дмитрий", "dmitriy"), ("Ольга", "olga"),
        ("Алексей", "aleksey"), ("Наталья", "natalya"), ("Юрий", "yuriy"), ("Татьяна", "tatyana"),
    ],
    "hy": [
        ("Արամ", "aram"), ("Անի", "ani"), ("Տիգրան", "tigran"), ("Նարինե", "narine"),
        ("Գևորգ", "gevorg"), ("Լուսինե", "lusine"),
    ],
    "ka": [
        ("გიორგი", "giorgi"), ("ნინო", "nino"), ("დავით", "davit"), ("თამარ", "tamar"),
        ("ლევან", "levan"), ("მარიამ", "mariam"),
    ],
    "en": [
        ("Margaret", "margaret"), ("James", "james"), ("Patricia", "patricia"),
        ("Robert", "robert"), ("Linda", "linda"), ("Michael", "michael"),
    ],
}
SURNAMES = {
    "az": [
        ("Məmmədov", "mammadov"), ("Hüseynova", "huseynova"), ("Ağayev", "agayev"),
        ("Çələbi", "chalabi"), ("Qasımlı", "gasimli"), ("Şükürov", "shukurov"),
        ("Rəhimova", "rahimova"), ("Əliyev", "aliyev"), ("Göyüşov", "goyushov"),
        ("Nəsirli", "nasirli"), ("İsmayılzadə", "ismayilzade"), ("Bağırov", "bagirov"),
    ],
    "ru": [
        ("Иванов", "ivanov"), ("Смирнова", "smirnova"), ("Кузнецов", "kuznetsov"),
        ("Попова", "popova"), ("Лебедев", "lebedev"), ("Соколова", "sokolova"),
    ],
    "hy": [
        ("Պետրոսյան", "petrosyan"), ("Հակոբյան", "hakobyan"), ("Սարգսյան", "sargsyan"),
        ("Մկրտչյան", "mkrtchyan"), ("Ղազարյան", "ghazaryan"),
    ],
    "ka": [
        ("ბერიძე", "beridze"), ("კაპანაძე", "kapanadze"), ("გელაშვილი", "gelashvili"),
        ("მაისურაძე", "maisuradze"), ("ლომიძე", "lomidze"),
    ],
    "en": [
        ("Whitfield", "whitfield"), ("Okafor", "okafor"), ("Lindqvist", "lindqvist"),
        ("Hernández", "hernandez"), ("O'Brien", "obrien"), ("Novak", "novak"),
    ],
}
SCRIPTS = ["az", "az", "az", "ru", "hy", "ka", "en", "en"]
COUNTRY_NAMES = [
    ("Azərbaycan", "azerbaycan"), ("Россия", "rossiya"), ("Հայաստան", "hayastan"),
    ("საქართველო", "sakartvelo"), ("United States", "united-states"), ("Türkiyə", "turkiye"),
    ("France", "france"), ("Ukraine", "ukraine"), ("Qazaxıstan", "qazaxistan"),
    ("Deutschland", "deutschland"),
]
BODY_WORDS = [
    ("Milli Məclis", "milli-meclis", "legislature"),
    ("Xarici İşlər Nazirliyi", "xin", "government-body"),
    ("Министерство обороны", "minoborony", "government-body"),
    ("Ազգային ժողով", "azgayin-zhoghov", "legislature"),
    ("საგარეო საქმეთა სამინისტრო", "mfa-georgia", "government-body"),
    ("Popular Front Party", "popular-front", "political-party"),
    ("Helsinki Committee", "helsinki-committee", "organisation"),
    ("Turan Xəbər Agentliyi", "turan", "media-outlet"),
    ("Радио Свобода", "radio-svoboda", "media-outlet"),
    ("Caucasus Observer", "caucasus-observer", "media-outlet"),
    ("Group of signatory MPs", "signatory-mps", "group"),
]
ROLE_TITLES = [
    "President", "Foreign Minister", "Member of parliament", "Spokesperson",
    "Deputy Foreign Minister", "Ambassador", "Party chairman", "Editor-in-chief",
    "Senator", "Political analyst",
]
WORDS = [
    "the", "agreement", "appeal", "letter", "parliament", "minister", "sanctions", "cooperation",
    "waiver", "section", "declaration", "peace", "process", "treaty", "border", "corridor",
    "delegation", "statement", "response", "council", "interference", "sovereignty", "partnership",
    "energy", "climate", "conference", "security", "democracy", "media", "freedom", "election",
    "observers", "defence", "aid", "policy", "relations", "dialogue", "region", "neighbours",
    "talks",
]
AZ_WORDS = [
    "müqavilə", "bəyanat", "parlament", "nazir", "əməkdaşlıq", "sülh", "sərhəd", "müraciət",
    "qərar", "dövlət", "xalq", "ölkə", "siyasət", "təhlükəsizlik", "üçün", "ilə", "və", "bu", "o",
    "biz",
]
RU_WORDS = [
    "соглашение", "заявление", "парламент", "министр", "сотрудничество", "мир", "граница",
    "решение",
]
TAGS = ["us-letter", "section 907", "peace talks", "cop29", "sanctions", "mps-appeal", "media"]
ROLES_IN_EVENT = ["author", "addressee", "signatory", "speaker", "subject", "host", "witness"]
EVENT_VERBS = [
    "speaks at", "writes to", "meets", "criticises", "answers", "visits", "signs with",
    "calls on", "comments on",
]
# fmt: on
# Characters that must stay text on the page, mixed into a few texts.
SYNTAX_BITS = ["*stars*", "<b>bold?</b>", "[brackets]", "{{ jinja }}", "50% | 3 # 1", "a_b_c"]


@dataclass
class Corpus:
    """The records, as plain dicts in the order their files are written."""

    episode: dict = field(default_factory=dict)
    records: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def quotes(self) -> list[dict]:
        return self.records["quotes"]


def sizes_for(quotes: int) -> dict[str, int]:
    n = max(quotes // 10, 4)
    return {
        "quotes": quotes,
        "actors": n,
        "events": n,
        "agreements": max(n // 10, 2),
        "sources": max(n // 10, 3),
        "differences": 3 + quotes // 2000,
    }


class _Builder:
    def __init__(self, quotes: int, seed: int):
        self.rng = random.Random(seed)
        self.sizes = sizes_for(quotes)
        self.used: set[str] = set()
        # Ids of events: a bare [[id]] to one would print its title mid-sentence.
        self.titled: set[str] = set()

    # --- small pieces -------------------------------------------------------

    def unique(self, base: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:60] or "x"
        candidate, n = base, 1
        while candidate in self.used:
            n += 1
            candidate = f"{base}-{n}"
        self.used.add(candidate)
        return candidate

    def date(self, inside: float = 0.8) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < inside:
            return f"2024-10-{rng.randint(1, 31):02d}"
        if roll < inside + 0.08:
            return f"{rng.randint(1991, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if roll < inside + 0.12:
            return f"{rng.randint(1991, 2023)}-{rng.randint(1, 12):02d}"
        if roll < inside + 0.16:
            return str(rng.randint(1991, 2023))
        if roll < inside + 0.18:
            return f"about {rng.randint(1991, 2023)}"
        if roll < inside + 0.19:
            return "2024-11-15"
        return "unknown"

    def words(self, low: int, high: int, pool: list[str] | None = None) -> str:
        pool = pool or WORDS
        count = self.rng.randint(low, high)
        return " ".join(self.rng.choice(pool) for _ in range(count))

    def sentence(self, low: int = 6, high: int = 16) -> str:
        text = self.words(low, high)
        if self.rng.random() < 0.05:
            text += " " + self.rng.choice(SYNTAX_BITS)
        return text[0].upper() + text[1:] + "."

    def prose(self, links: list[str], long: bool = False) -> str:
        """Sentences with [[id]] links woven in; long texts have paragraphs."""
        paragraphs = self.rng.randint(2, 4) if long else 1
        out = []
        for _ in range(paragraphs):
            sentences = [self.sentence() for _ in range(self.rng.randint(1, 4 if long else 2))]
            out.append(" ".join(sentences))
        for target in links:
            p = self.rng.randrange(len(out))
            if self.rng.random() < 0.3:
                link = f"[[{target}|{self.words(1, 3)}]]"
            elif target in self.titled:
                link = f"[[{target}|the event]]"
            else:
                link = f"[[{target}]]"
            joiner = self.rng.choice(["as {} said", "according to {}", "with {}", "(see {})"])
            out[p] = out[p].rstrip(".") + ", " + joiner.format(link) + "."
        return "\n\n".join(out)

    def pick(self, items: list, k: int) -> list:
        return self.rng.sample(items, min(k, len(items)))

    def zipf(self, items: list) -> object:
        """One item, the first ones far more often (a few actors say much)."""
        index = int(len(items) ** self.rng.random()) - 1
        return items[max(index, 0)]

    # --- records ------------------------------------------------------------

    def build(self) -> Corpus:
        rng, sizes = self.rng, self.sizes
        corpus = Corpus()

        # Outlets and states come first: sources and actors refer to them.
        n_states = max(2, min(len(COUNTRY_NAMES), sizes["actors"] // 20))
        states = []
        for native, roman in COUNTRY_NAMES[:n_states]:
            states.append({"id": self.unique(roman), "name": native, "type": "state"})
        bodies = []
        n_bodies = max(2, sizes["actors"] // 8)
        for i in range(n_bodies):
            native, roman, kind = BODY_WORDS[i % len(BODY_WORDS)]
            suffix = f" ({i // len(BODY_WORDS) + 1})" if i >= len(BODY_WORDS) else ""
            bodies.append({"id": self.unique(roman), "name": native + suffix, "type": kind})
        people = []
        for _ in range(sizes["actors"] - n_states - n_bodies):
            script = rng.choice(SCRIPTS)
            first, first_r = rng.choice(FIRST_NAMES[script])
            last, last_r = rng.choice(SURNAMES[script])
            person = {"id": self.unique(f"{first_r}-{last_r}"), "name": f"{first} {last}"}
            person["type"] = "person"
            if script != "en":
                person["other_names"] = [f"{first_r.title()} {last_r.title()}"]
            people.append(person)
        outlets = [b for b in bodies if b["type"] == "media-outlet"]

        sources = []
        for i in range(sizes["sources"]):
            outlet = rng.choice(outlets) if outlets and rng.random() < 0.6 else None
            date = self.date(0.9)
            source = {
                "id": self.unique(f"src-{(outlet or {}).get('id', 'report')}-{i}"),
                "title": self.sentence(4, 10).rstrip("."),
                "outlet": outlet["name"] if outlet else rng.choice(["unknown", "APA", "Reuters"]),
            }
            if outlet:
                source["publisher"] = outlet["id"]
            source["date"] = date
            source["language"] = rng.choice(["az", "ru", "hy", "ka", "en", "en"])
            source["url"] = (
                f"https://example.org/{source['id']}" if rng.random() < 0.7 else "unknown"
            )
            source["type"] = rng.choice(
                ["news-report", "news-report", "commentary", "interview", "official-statement"]
            )
            sources.append(source)
        source_ids = [s["id"] for s in sources]

        def cite(low: int = 1, high: int = 2) -> list[str]:
            return self.pick(source_ids, rng.randint(low, high))

        actors = states + bodies + people
        rng.shuffle(people)  # the first people after the shuffle are the talkative ones
        state_ids = [s["id"] for s in states]
        actor_ids = [a["id"] for a in actors]
        for actor in actors:
            if actor["type"] != "state":
                actor["country"] = rng.choice(state_ids)
            linked = self.pick(actor_ids, rng.randint(0, 2))
            actor["description"] = self.prose(
                [a for a in linked if a != actor["id"]], long=rng.random() < 0.1
            )
            if actor["type"] == "person" and rng.random() < 0.7:
                actor["roles"] = [
                    {
                        "title": rng.choice(ROLE_TITLES),
                        "of": rng.choice(state_ids + [b["id"] for b in bodies]),
                        "start": rng.choice(["unknown", "2018", "2021-02", "2013-10-01"]),
                        "sources": cite(1, 1),
                    }
                    for _ in range(rng.randint(1, 2))
                ]
            if actor["type"] == "person" and rng.random() < 0.3:
                actor["affiliations"] = [
                    {"actor": rng.choice(bodies)["id"], "relation": "member", "sources": cite(1, 1)}
                ]
            actor["sources"] = cite(1, 3)
        for source in sources:
            if rng.random() < 0.4:
                source["notes"] = self.prose(self.pick(actor_ids, 1))

        agreements = []
        for i in range(sizes["agreements"]):
            kind = rng.choice(["agreement", "declaration", "treaty", "law", "law-section"])
            year = rng.randint(1992, 2023)
            title = f"{self.words(2, 4).title()} {kind.replace('-', ' ')} ({year})"
            agreements.append(
                {
                    "id": self.unique(f"{kind}-{year}-{i}"),
                    "name": title,
                    "names": [
                        {"name": f"{title} — {self.words(1, 3)}", "sources": cite(1, 2)}
                        for _ in range(rng.randint(1, 3))
                    ],
                    "type": kind,
                    "date": rng.choice([str(year), f"{year}-{rng.randint(1, 12):02d}"]),
                    "parties": self.pick(state_ids, 2),
                    "status": rng.choice(["in-force", "suspended", "waived", "unknown"]),
                    "status_note": self.sentence() if rng.random() < 0.5 else None,
                    "description": self.prose(self.pick(state_ids, 1), long=rng.random() < 0.3),
                    "sources": cite(1, 3),
                }
            )
        agreement_ids = [a["id"] for a in agreements]

        speakers = people + bodies
        events = []
        for i in range(sizes["events"]):
            who = [self.zipf(speakers) for _ in range(rng.randint(1, 3))]
            who = list({a["id"]: a for a in who}.values())
            verb = rng.choice(EVENT_VERBS)
            target = rng.choice(actors)
            event = {
                "id": self.unique(f"{who[0]['id']}-{verb.split()[0]}-{i}"),
                "title": f"{who[0]['name']} {verb} {target['name']}",
                "date": self.date(0.7),
                "summary": self.prose(
                    [a["id"] for a in who] + self.pick(agreement_ids, rng.randint(0, 1)),
                    long=rng.random() < 0.2,
                ),
                "actors": [{"actor": a["id"], "role": rng.choice(ROLES_IN_EVENT)} for a in who],
                "agreements": self.pick(agreement_ids, rng.choice([0, 0, 1, 2])),
                "sources": cite(1, 2),
                "tags": self.pick(TAGS, rng.choice([0, 1, 1, 2])),
            }
            events.append(event)
        event_ids = [e["id"] for e in events]
        self.titled.update(event_ids)

        quotes = []
        for i in range(sizes["quotes"]):
            speaker = self.zipf(speakers)
            long = rng.random() < 0.15
            pool = rng.choice([WORDS, WORDS, AZ_WORDS, RU_WORDS])
            if long:
                text = "\n\n".join(
                    self.words(30, 70, pool).capitalize() + "." for _ in range(rng.randint(2, 3))
                )
            else:
                text = self.words(5, 18, pool).capitalize()
                if rng.random() < 0.2:
                    text += " ... " + self.words(2, 6, pool)
            quote = {
                "id": self.unique(f"{speaker['id']}-q{i}"),
                "text": text,
                "speaker": speaker["id"],
                "date": self.date(0.85),
                "event": rng.choice(event_ids) if rng.random() < 0.7 else None,
                "addressee": rng.choice(actor_ids) if rng.random() < 0.3 else None,
                "agreements": self.pick(agreement_ids, rng.choice([0, 0, 0, 1, 2])),
                "sources": cite(1, 2),
                "context": (
                    self.prose(self.pick(actor_ids + event_ids, rng.randint(1, 2)))
                    if rng.random() < 0.6
                    else None
                ),
                "translation": (
                    "Translated from Azerbaijani by the editors." if pool is AZ_WORDS else None
                ),
                "tags": self.pick(TAGS, rng.choice([0, 0, 1, 2])),
            }
            if quote["addressee"] == speaker["id"]:
                quote["addressee"] = None
            quotes.append(quote)

        quote_ids = [q["id"] for q in quotes]
        differences = []
        for i in range(sizes["differences"]):
            about = [rng.choice(event_ids), rng.choice(quote_ids)]
            differences.append(
                {
                    "id": self.unique(f"differs-{i}"),
                    "point": f"How sources report {self.words(2, 4)}",
                    "about": about,
                    "versions": [
                        {"says": self.prose(self.pick(actor_ids, 1)), "sources": cite(1, 2)}
                        for _ in range(rng.randint(2, 3))
                    ],
                    "note": self.sentence() if rng.random() < 0.5 else None,
                }
            )

        corpus.records = {
            "sources": sources,
            "actors": actors,
            "agreements": agreements,
            "events": events,
            "quotes": quotes,
            "differences": differences,
        }
        talkative = [a["id"] for a in speakers[:3]]
        corpus.episode = {
            "title": "A synthetic episode for the benchmark",
            "tagline": "Generated by bench/corpus.py; every name is invented",
            "summary": self.prose(talkative + agreement_ids[:1], long=True),
            "period_start": "2024-10-01",
            "period_end": "2024-10-31",
            "figures": [
                {"value": str(len(quotes)), "label": "quotes", "sources": cite(1, 1)},
                {"value": "43", "label": "MPs who signed", "sources": cite(1, 1)},
            ],
            "start_here": talkative + agreement_ids[:1] + [differences[0]["id"]],
            "sources": cite(1, 2),
        }
        return corpus


# --- writing ------------------------------------------------------------------

_PLAIN = re.compile(r"^(?:about )?[0-9]{4}(?:-[0-9]{2}){0,2}$|^[a-z][a-z0-9-]*$|^unknown$")


def _scalar(value: str, indent: str) -> str:
    if "\n" in value:
        # A folded block keeps long texts readable, like hand-written content.
        body = "\n".join(f"{indent}  {line}" if line else "" for line in value.split("\n"))
        return "|-\n" + body
    if _PLAIN.match(value) and value not in ("true", "false", "null"):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML string


def _emit(value: dict, indent: str = "") -> list[str]:
    lines = []
    for key, item in value.items():
        if item is None or item == []:
            continue
        if isinstance(item, list) and isinstance(item[0], dict):
            lines.append(f"{indent}{key}:")
            for entry in item:
                inner = _emit(entry, indent + "    ")
                inner[0] = indent + "  - " + inner[0].lstrip()
                lines.extend(inner)
        elif isinstance(item, list):
            lines.append(f"{indent}{key}: [" + ", ".join(_scalar(v, "") for v in item) + "]")
        else:
            lines.append(f"{indent}{key}: {_scalar(str(item), indent)}")
    return lines


def to_yaml(value: dict) -> str:
    return "\n".join(_emit(value)) + "\n"


def build_corpus(quotes: int, seed: int = 7) -> Corpus:
    return _Builder(quotes, seed).build()


def write_corpus(folder: Path, quotes: int, seed: int = 7) -> Corpus:
    """Replace `folder` with a content folder of about `quotes` quotes."""
    corpus = build_corpus(quotes, seed)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "episode.yaml").write_text(to_yaml(corpus.episode), encoding="utf-8")
    for kind, records in corpus.records.items():
        (folder / kind).mkdir()
        for record in records:
            (folder / kind / f"{record['id']}.yaml").write_text(to_yaml(record), encoding="utf-8")
    return corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--quotes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    corpus = write_corpus(args.folder, args.quotes, args.seed)
    counts = ", ".join(f"{len(v)} {k}" for k, v in corpus.records.items())
    print(f"wrote {args.folder}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
