"""Event places: where a draft happened, beyond the places its own clause names.

The dateline's town ("ZAMBOANGA, Philippines (AP) -": Zamboanga) and whether the lede below it
happened there (dateline_place, dateline_lede); the country a round-up's paragraph opens on
("In Sudan, ...": paragraph_country); what "the capital" means there (story_capital); the seat of a
court that rules (court_seat); the capital of a state that acts as a clause's subject
(capital_of_subject); the story's country and its most mentioned places (main_places); the place
of a sentence that names none (fallback_place: the candidate's just before, the town "the town"
points back to, the story's); a detail that narrows a candidate placed only in its province or
country (narrow_place). Places named only to situate another ("145 km southwest of Kabul", "on
the highway to Damascus") or as a quarter of a town are told apart here too.

Apart from events.py because this reads the article's places, its dateline and paragraphs, and the
gazetteer (PlaceFinding's docstring names what it reads from the Builder); events.py decides which
sentences and dates make events and asks this module where each one was; this module never
imports events.py.
"""
from __future__ import annotations

from chronoapp.core.extract.regex_start import skipping_re as re  # (re.compile skipping in C to where a match can start)

from chronoapp.core.extract import entities
from chronoapp.core.extract.draft import _VIOLENT_TYPES, Draft, parse_timex
from chronoapp.core.extract.duplicates import _family
from chronoapp.core.extract.sentences import Sentence

_LEDE_SAYS_WHERE = re.compile(r"\b(?:along|on|across|near|at)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:border|frontier|"
                            r"front\s*line|line\s+of\s+contact|ceasefire\s+line)\b|"
                            # a named landmark the gazetteer lacks: "near the 11th-century Preah Vihear temple"
                            r"\b(?:near|at|around|outside|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)\s+"
                            r"(?:temple|shrine|monastery|bridge|dam|pass|hill|mountain|lake|river|crossing|airport)\b", re.I)
# a relative clause set off by commas, the main clause going on after it: "Deby, who ruled for 30 years, died ..."
_ASIDE_RELATIVE = re.compile(r",\s+(?:who|which|whose)\s[^,;]*,")
_RELATIVE_CUT = re.compile(r",?\s+(?:who|which|that|whose|where)\s")  # (the main clause: "convicted men who attacked a school near the border")
# a building the story named before: "The hospital, run by the Anglican church, had been hit"
_SITE_NOUNS = (r"(?P<noun>hospital|clinic|school|mosque|church|hotel|market|prison|embassy|camp|compound|airport|university|"
               r"stadium|dam|shoal|mall)")
_THE_SITE = re.compile(rf"\s*The\s+(?:same\s+)?{_SITE_NOUNS}\b")
# the state acts as a whole ("The government imposed a curfew", "Myanmar's military junta executed four activists"):
# the country, not the dateline's town or the place of the story just told
_STATE_ACTS = re.compile(r"\s*(?:[^,.;]{0,40},\s+)?(?:(?:The|the)\s+)?(?:[A-Z][\w'\u2019-]+['\u2019]s\s+)?(?:(?:interim|military|transitional|"
                         r"federal|national|central|new)\s+)?(?:government|junta|cabinet|regime)\b(?!\s+(?:forces|troops|soldiers|"
                         r"aircraft|jets|warplanes|army|militias?|fighters|positions|side|leaders?|chief|spokes\w+|officials?|members?|critics?|"
                         r"opponents?|supporters?|-))", re.I)  # ("Mali's junta leader ...": a man)
_THE_AREA = re.compile(r"\b(?:to|in|into|around|near|on|across|of)\s+the\s+(?:affected\s+|same\s+)?area\b(?!\s+of\b)")  # told before
# (mid-sentence: "The militants blew up the mosque in June 2017", "killed in a riot at the same prison")
_THE_SITE_IN = re.compile(rf"\bthe\s+(?:same\s+)?{_SITE_NOUNS}\b")


def _site_in(told: str, noun: str, place: str) -> bool:
    """The site is named with its place: "its hospital in Kunduz", "the Kunduz hospital", "Tishrin Dam"."""
    p = re.escape(place)
    return re.search(rf"(?i:\b{noun}\b)[^.;,]{{0,30}}?\b(?:in|at|near|outside|of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{0,3}}?{p}\b|"
                     rf"\b{p}(?:['\u2019]s)?\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?i:{noun})\b", told) is not None


# a town's part named with its noun: "the Madina district", "the Pelerin area", "the Jolan neighbourhood"
_QUARTER_NAMED = re.compile(r"\s(?:district|area|neighbou?rhood|quarter)$")
_THE_CITY = re.compile(r"\bthe\s+(?:city|capital)\b")


# words _quarter_of_town needs: without them (most sentences) no pattern is built for the place; a pattern
# per place name overflows re's cache on a long paste, which then compiles them again and again
_QUARTER_OR_AREAS = re.compile(r"neighbou?rhood|quarter|suburb|\bareas\b")


def _quarter_of_town(s: str, place: str) -> bool:
    """The place is named as a quarter of a town ("in the Faladié neighbourhood", "the suburb of Dahiyeh",
    "near the Natinga and Zongo areas": parts of the town, named together)."""
    if place not in s or not _QUARTER_OR_AREAS.search(s):
        return False
    return re.search(rf"\b{re.escape(place)}(?:\s+and\s+[A-Z][\w'\u2019-]*)?\s+(?:neighbou?rhood|quarter|suburb)s?\b|"
                     rf"\b{re.escape(place)}\s+and\s+[A-Z][\w'\u2019-]*\s+areas\b|\b[A-Z][\w'\u2019-]*\s+and\s+{re.escape(place)}\s+areas\b|"
                     rf"\b(?:neighbou?rhood|quarter|suburb)\s+of\s+{re.escape(place)}\b", s) is not None


# an office a place names ("Buluan town vice mayor", "Borno governor"): the place is no event's
_OFFICE_AFTER = (r"(?:\s+(?:town|city|district|province|state|county|municipal|provincial))?\s+(?:vice\s+|deputy\s+)?"
                 r"(?:mayor|governor|councillor|council\s+chairman|chief|administrator|lawmaker|legislator)\b")
# what someone says may happen: "warned that the army would ...", "threatened to kill", "any attack"
_SAYING = re.compile(r"\b(?:said|says|told|warned|vowed|threatened|pledged|promised|statement)\b", re.I)
_THE_TOWN = re.compile(r"\b[Tt]he\s+(?:(?:port|border|garrison|market|frontier|coastal|northern|southern|eastern|western|"
                       r"capital|provincial|regional)\s+)?(?P<noun>city|town|village|camp)(?:['\u2019]s)?\b(?!\s+(?:of|council|authorities)\b)")
# a place the text names as a camp or a quarter ("stormed the Abu Shouk displacement camp", "the neighbourhood of
# Solino"): inside or by a town, not the town "the city" points back to
_PART_OF_TOWN_NEXT = re.compile(r"(?:\s+[a-z-]+)?\s+(?:camp|neighbou?rhood|suburb|quarter)s?\b")
_PART_OF_TOWN_BEFORE = re.compile(r"\b(?:camp|neighbou?rhood|suburb|quarter)\s+of\s+(?:the\s+)?$")


def _part_of_a_town(told: str, place: str) -> bool:
    if re.search(r"\s(?:[Cc]amp|[Nn]eighbou?rhood|[Ss]uburb|[Qq]uarter)$", place):
        return True
    return any(_PART_OF_TOWN_NEXT.match(told, m.end()) or _PART_OF_TOWN_BEFORE.search(told, max(0, m.start() - 30), m.start())
               for m in re.finditer(rf"\b{re.escape(place)}\b", told))


# words _reference_point and _road_destination need: without them (most sentences) no pattern is built
# for the place (see _QUARTER_OR_AREAS)
_DISTANCE_OR_ROUTE = re.compile(r"\b(?:km|kilometres|kilometers|miles|highway|road|motorway|railway|route|bridge|pipeline)\b")


def _reference_point(told: str, place: str) -> bool:
    """A place named only to situate another: "Ghazni, 145 km southwest of Kabul", "on the highway
    linking Palmyra with Deir ez-Zor", "about 150 km (90 miles) north of Kyiv"."""
    if place not in told or not _DISTANCE_OR_ROUTE.search(told):
        return False
    p = re.escape(place)
    return bool(re.search(rf"\b(?:km|kilometres|kilometers|miles)\)?\s+(?:\w+\s+)?of\s+{p}\b|"
                          rf"\b(?:highway|road|motorway|railway|route|bridge|pipeline)\s+(?:linking|connecting|between|from)\s+"
                          rf"(?:[\w'\u2019-]+\s+){{0,4}}?{p}\b", told))


def _road_destination(told: str, place: str) -> bool:
    """A place named as where a road leads, not where the act was: "kidnapped a merchant on the highway to
    Damascus", "checkpoints had been set up on the highway to Apatzingan"."""
    if place not in told or not _DISTANCE_OR_ROUTE.search(told):
        return False
    return re.search(rf"\b(?:highway|road|motorway)\s+(?:to|towards|leading\s+to)\s+(?:[\w'\u2019-]+\s+){{0,2}}?"
                     rf"{re.escape(place)}\b", told) is not None


def _trip_cut_short(told: str, place: str) -> bool:
    """A place named as where the actor was and left, not where he acted: "cut short a visit to Moscow",
    "cut short his trip to the United States and convened his security cabinet"."""
    if "short" not in told and "curtail" not in told:
        return False
    return re.search(rf"\b(?:cut(?:ting|s)?\s+short|curtail(?:ed|ing|s)?)\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+)?"
                     rf"(?:visit|trip|tour|stay)\s+to\s+(?:the\s+)?{re.escape(place)}\b", told) is not None


def _bound_for(told: str, place: str) -> bool:
    """A place named only as where a departure was bound or a load was taken, not where the act was: "The first
    convoy of French troops set off by road for Chad", "left Niamey for Paris", "took its crew to the port of Hodeidah"
    (not a traveller's whereabouts: "was on his way to Belarus" is where he is)."""
    if place not in told or not re.search(r"\b(?:set|left|headed|bound|took|taken)\b", told):
        return False
    return re.search(r"\b(?:(?:set\s+(?:off|out)|left|headed)\s+(?:[\w'\u2019-]+\s+){0,3}?for|bound\s+for|"
                     r"(?:took|taken)\s+(?:[\w'\u2019-]+\s+){1,4}?to)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|port|capital)\s+of\s+)?"
                     + re.escape(place) + r"\b", told) is not None


# words _venue_of_saying needs (most sentences have none: no pattern is built for the place)
_SAID_OR_SPOKE = re.compile(r"\b(?:said|says|told|speaking|spoke|speech|address|conference|briefing|remarks)\b")


def _venue_of_saying(told: str, place: str) -> bool:
    """A place named only as where someone spoke, not where the act he spoke of was: "told reporters in
    Kabul", "said in a speech in the western city of Canakkale", "at a news conference in Nairobi", "In Kyiv,
    the deputy defence minister, Hanna Maliar, said ..." (the place the sentence opens on, its clause a saying)."""
    if place not in told or not _SAID_OR_SPOKE.search(told):
        return False
    # (the speaker, maybe with a name set off by commas, then the verb: not "In Kyiv, a missile hit a warehouse,
    # officials said", the act's own place)
    if re.match(rf"\s*In\s+{re.escape(place)},\s+[^,.;]{{0,60}}?(?:,\s+[A-Z][^,.;]{{0,40}},)?\s+(?:said|says|told)\b", told):
        return True
    # (a day may come between: "said on Sunday in Ouagadougou", "told reporters late on Friday in Kabul")
    return re.search(r"\b(?:(?:said|says|spoke|speaking)\s+|told\s+(?:[\w.-]+\s+){0,2}?|"
                     r"(?:speech|address|(?:news|press)\s+conference|briefing|remarks)\s+(?:(?:broadcast|delivered|given)\s+)?)"
                     r"(?:(?:late\s+|early\s+)?(?:on\s+)?[A-Z][a-z]+day\s+)?"
                     r"in\s+(?:(?:a|an|his|her|the)\s+(?:[\w-]+\s+)?(?:speech|address|(?:news|press)\s+conference|briefing)\s+in\s+)?"
                     r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital|village|port)\s+of\s+|the\s+)?" + re.escape(place) + r"\b",
                     told) is not None


def spoken_of(content: str, places: list[str], verb_end: int) -> bool:
    """Every place is named only in what a statement says, after its verb and its "that" ("The government
    denied that Kombolcha had fallen", "The RSF said ... and accused the army of bombing residential areas in
    Bahri"): places spoken of, not where it was said (not a venue, "said on Sunday in Ouagadougou", nor where
    the speaker was before "that", "vowed, after attending funeral prayers in Rawalpindi, that ...")."""
    that = re.compile(r"\bthat\s").search(content, verb_end)
    told = that.end() if that else verb_end
    return bool(places) and all(content.find(p) >= told and not _venue_of_saying(content, p) for p in places)


# a paragraph opening on its country: "In Sudan, ...", "Last week in Burkina Faso, ...", "In neighbouring Niger, ..."
_IN_COUNTRY = re.compile(r"(?:(?:Last|This|Earlier\s+this|Over\s+the\s+past)\s+(?:week|month)\s+)?[Ii]n\s+(?:neighbou?ring\s+)?"
                         r"(?P<c>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}),"
                         # or a round-up's section heading in capitals: "SYRIA: An air strike ...", "* SUDAN - ..."
                         r"|[*\u2022-]?\s*(?P<heading>[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){0,2})\s*(?::|\s[-\u2013\u2014])(?:\s|$)")
# what a court does where it sits: "The International Criminal Court on Wednesday sentenced ...", "U.N. judges upheld ..."
_COURT_RULES = re.compile(r"\b(?:sentenced|convicted|acquitted|upheld|overturned|quashed|ruled|dismissed|rejected|"
                          r"issued|ordered|found|jailed|handed\s+down|delivered|charged|indicted|opened)\b")
_JUDGES = re.compile(r"\b(?:[Tt]he\s+(?:court|tribunal)|(?:[\w.-]+\s+)?[Jj]udges)\s+(?:(?:on|late\s+on)\s+\w+day\s+)?$")
# an unnamed town an act took or struck: "captured a sixth provincial capital", "overran a district headquarters"
_UNNAMED_TOWN = re.compile(r"\b(?:a|an|another|the\s+(?:[a-z]+th|second|third))\s+(?:[\w-]+\s+){0,2}?(?:provincial|regional|district|state)\s+"
                           r"(?:capital|headquarters|seat)\b")
_UNNAMED_VILLAGE = re.compile(r"\b(?:a|one|another)\s+(?:[\w-]+\s+)?(?:village|hamlet|settlement|locality)\s+(?:in|near|outside|of)\b")
# "in the northeastern Nigerian town of Gwoza": the name says where, the words before it can go when space is short
_PLACE_NOUN_OF = re.compile(r"\b(?P<prep>in|at|near|outside|inside|into|on|over|from|across|of|to|towards?|around|through)\s+"
                            # (its own words only: not "on motorcycles stormed the village of"; "the besieged city")
                            r"(?:(?:the|a)\s+(?:(?!(?:the|a|an)\s)[\w'\u2019-]+\s+){0,3}?|"
                            r"(?:(?!(?:the|a|an)\s|[a-z]+ed\s)[\w'\u2019-]+\s+){0,3}?)(?:town|city|village|hamlet|province|state|region|district|county|"
                            r"suburb|municipality|neighbou?rhood|commune)\s+of\s+(?=[A-Z])")
_PARTY_BEFORE = re.compile(r"\b(?:accus\w+|blam\w+|with|backing|backed\s+by|embass(?:y|ies)\s+of|of\s+backing|"
                           r"supported\s+by|by)\s+(?:the\s+)?$", re.I)
_PARTY_AFTER = re.compile(r"(?:-backed|-supported|-allied|\s+(?:denie[sd]|den(?:y|ies)|says|said|accuse[sd]|blame[sd]|"
                          r"rejects?|rejected|has\s+denied|insists|insisted|backs|backed|supports|supported)\b)")


class PlaceFinding:
    """The Builder's place finding (events.Builder inherits it). Reads from the Builder: `text`,
    `sentences`, `vocab` (the Vocab), `known_places` (places editors confirmed), `cast` (the
    article's cast), `drafts` (the candidates made so far), `_entry_lines` (a timeline's entry
    sentences), the caches `_para_country`, `_named` and `_main_places` (set up empty in
    Builder.__init__), and its methods _content(s), places_in(clause), cast_at(i) and head_of_state_acts(i)."""

    def paragraph_country(self, i: int) -> str | None:
        """The country a paragraph opens on, as a round-up's sections do ("In Sudan, the RSF ...",
        "Last week in Burkina Faso, ..."), or None."""
        para = self.sentences[i].paragraph
        if para not in self._para_country:
            lo = i
            while lo > 0 and self.sentences[lo - 1].paragraph == para:
                lo -= 1
            m = _IN_COUNTRY.match(self.text, self.sentences[lo].start, self.sentences[lo].end)
            name = m and (m.group("c") or m.group("heading").title())
            self._para_country[para] = self.vocab.country(name) if name else None
        return self._para_country[para]

    def dateline_place(self) -> str | None:
        """The town of the article's dateline ("ZAMBOANGA, Philippines (AP) -": Zamboanga), if the
        gazetteer knows it."""
        name = self._dateline_head()
        if not name:
            return None
        if name in self.vocab.places or self.known_places and name in self.known_places:
            return name
        # a town the gazetteer lacks, vouched for by its country after it: "RACAK, Yugoslavia (AP)"
        line = self._dateline()
        after = re.match(r"[^,]*,\s*(?P<country>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s*[(\-\u2013\u2014]",
                         self.text[line.start:line.end]) if line else None
        return name if after and len(name) < 30 and (self.vocab.country(after.group("country"))
                                                     or after.group("country") in self.vocab.places) else None

    def dateline_lede(self, i: int) -> str | None:
        """The dateline's town, when sentence i is the lede just below it and happened there:
        "BESLAN, Russia (AP) - Russian special forces stormed a school". Only when the town is in
        the story's country (not a hub: "BEIRUT - Syrian jets struck"), not when a government tells
        it from its capital ("YEREVAN - Armenia said ... shelled towns"), and not when the lede says
        where it was: "BISHKEK - ... killed in clashes along the border"."""
        if not i or self.sentences[i - 1].kind != "dateline" or not (town := self.dateline_place()):
            return None
        lede = self.text[self.sentences[i].start:self.sentences[i].end]
        if self.vocab.places.get(town) != (self.cast.home or self.vocab.places.get(town)) \
                or town in self.vocab.capital_country and _SAYING.search(lede, 0, 60) \
                or _LEDE_SAYS_WHERE.search(_RELATIVE_CUT.split(_ASIDE_RELATIVE.sub("", lede))[0]):
            return None
        return town

    def _dateline(self) -> Sentence | None:
        """The dateline just before the article's first body sentence."""
        line = None
        for sent in self.sentences[:4]:
            if sent.kind == "body":
                break
            if sent.kind == "dateline":  # (a headline "Bangladesh: police fire ..." splits like one)
                line = sent
        return line

    def _dateline_head(self) -> str | None:
        """The first word(s) of the dateline just before the article's first body sentence."""
        line = self._dateline()
        if line is None:
            return None
        # (a dash apart ends it, a hyphen inside a name does not: "PORT-AU-PRINCE (AFP) -")
        head = re.split(r"[,(:\u2013\u2014]|\s-|-\s", self.text[line.start:line.end], maxsplit=1)[0].strip()
        return entities.dateline_town(head, self.vocab)

    def story_capital(self, i: int) -> str | None:
        """The capital of the country the paragraph opens on, else of the dateline's country
        ("KATHMANDU, March 21 (AFP)": Kathmandu), else of the story's: what "the capital" means there."""
        country = self.paragraph_country(i)
        if country is None and (here := self.dateline_place()):
            country = self.vocab.places.get(here)
        country = country or self.cast_at(i).home
        capital = self.vocab.country_capital.get(country) if country else None
        return capital if capital and capital in self.vocab.places else None

    def countries_named(self) -> set[str]:
        """The countries the article names, by name or people ("Egypt", "Egyptian"), not by its towns."""
        if self._named is None:
            v = self.vocab
            self._named = {c for m in re.finditer(r"\b[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?(?:\s+[A-Z][A-Za-z]+)?\b", self.text[:200_000])
                           if (c := v.country(m.group()) or v.demonym_to_country.get(m.group())
                               or v.country(m.group().split()[0]) or v.demonym_to_country.get(m.group().split()[0]))}
        return self._named

    def countries_in(self, text: str) -> set[str]:
        """The countries a passage names: by name (also "NIGERIA -"), people or known towns."""
        v = self.vocab
        out = {v.places.get(p) for p in self.places_in(text)} - {None}
        # (a go-between is not where the passage is: "a Norwegian-brokered ceasefire" in a Sri Lanka story; nor is
        # where a source sits: "a UK-based war monitor")
        for m in re.finditer(r"\b[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?\b(?!-(?:brokered|mediated|sponsored|hosted|based|registered)\b)", text[:5000]):
            w = m.group()
            c = v.country(w) or v.country(w.title()) or v.demonym_to_country.get(w)
            if c:
                out.add(c)
        return out

    def quarter_ranks(self, d: Draft) -> dict[str, float]:
        """The ranks of the event's places its sentences name as quarters of a big city it names ("a car bomb
        exploded in the Cali neighborhood of Meléndez"): just after the city's, whatever village rank an
        unknown quarter's name has."""
        cities = [n for n in d.locations if n in self.vocab.big_cities]
        if not cities or len(d.locations) < 2:
            return {}
        told = self.text[self.sentences[d.first].start:self.sentences[d.last].end]
        return {n: entities.place_rank(c, self.vocab, self.known_places) + 0.5
                for n in d.locations for c in cities if n != c and entities.city_quarter(told, n, c)}

    def holder_ranks(self, d: Draft) -> dict[str, float]:
        """The ranks of the event's places its sentences name as where another of them lies ("near the town of
        Camargo, also in Tamaulipas", "Masisi, North Kivu"): just after that place's, whatever village rank an
        unknown province's name has."""
        if len(d.locations) < 2:
            return {}
        told = self.text[self.sentences[d.first].start:self.sentences[d.last].end]
        rank = lambda n: entities.place_rank(n, self.vocab, self.known_places)  # noqa: E731
        return {n: rank(p) + 0.5 for n in d.locations for p in d.locations
                if n != p and rank(n) < 3 and rank(n) <= rank(p) and not entities.is_site(p)  # (a site is coded at its town)
                and not entities.country_border(p, self.vocab)  # ("near the Niger border in the Menaka region": the region)
                and entities.lies_in(told, p, n)}

    def detail_spreads(self, d: Draft) -> str | None:
        """The country an event's own sentence places it in, when a detail told after it lists three or more of its
        towns together ("... shelled towns and military positions inside Armenia" + "the shelling had hit Jermuk,
        Goris and Kapan"): ACLED would code each town apart; the one candidate stays the country's, not the first
        town's (a sentence that lists the towns itself is placed at the first: "struck churches in Colombo,
        Negombo and Batticaloa")."""
        rank = lambda n: entities.place_rank(n, self.vocab, self.known_places)  # noqa: E731
        towns = [p for p in d.locations if rank(p) < 2]
        if len(towns) < 3 or d.last == d.first:
            return None
        told = self.text[self.sentences[d.first + 1].start:self.sentences[d.last].end]
        own = self.places_in(self.text[self.sentences[d.first].start:self.sentences[d.first].end])
        name = "(?:" + "|".join(re.escape(t) for t in sorted(towns, key=len, reverse=True)) + ")"
        listed = re.search(rf"\b{name}(?:(?:,\s+|,?\s+and\s+){name}){{2,}}\b", told)
        if listed is None:
            return None
        named = [t for t in towns if t in listed.group()]
        return next((c for c in own if c in self.vocab.countries and c in d.locations
                     and all(self.vocab.places.get(t) == c for t in named)), None)

    def named_next(self, d: Draft) -> str | None:
        """The town the sentence after an event names first, when the event took an unnamed town of a country it is
        placed in ("The Taliban captured a sixth provincial capital in Afghanistan on Monday" + "Aybak, the capital of
        Samangan province, fell without a fight"): that town, the one the lede meant."""
        rank = lambda n: entities.place_rank(n, self.vocab, self.known_places)  # noqa: E731
        if not d.locations or d.locations[0] not in self.vocab.countries or d.last + 1 >= len(self.sentences):
            return None
        own = self.text[self.sentences[d.first].start:self.sentences[d.last].end]
        if not _UNNAMED_TOWN.search(own):
            return None
        nxt = self.sentences[d.last + 1]
        opens = re.match(r"[A-Z][\w'\u2019-]*(?:[\s-][A-Z][\w'\u2019-]*){0,2}(?=,|\s+(?:was|fell|is|has|had)\b)", self.text[nxt.start:nxt.end])
        if not opens:
            return None
        # a place, not a man ("Mujahid, the group's spokesman, said"): a town of that country the gazetteer knows, or
        # one it lacks that the sentence calls a town ("Aybak, the capital of Samangan province, fell")
        town, told = opens.group(), self.text[nxt.start:nxt.end]
        known = town in self.places_in(told) and rank(town) < 2 and self.vocab.places.get(town) == d.locations[0]
        described = self.vocab.places.get(town) is None and re.match(
            r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:capital|town|city|village|seat|hub)\b", told[opens.end():])
        return town if known or described else None

    def town_of_quarter(self, d: Draft) -> str | None:
        """The story's town, when the event is placed only at a quarter the sentence names with its noun and no town
        ("A second bomb exploded in the Madina district two hours later", "fighting continued in the Abu Salim
        district", "Russian troops took the Zavodskoi district, the last rebel stronghold in the city"): the town's
        part, coded at the town as ACLED does; the story's most told big city, or its most told town when the
        sentence says "the city". Not a province's district named bare ("in Buner district": no article) nor one
        named with its province."""
        rank = lambda n: entities.place_rank(n, self.vocab, self.known_places)  # noqa: E731
        if not d.locations or not _QUARTER_NAMED.search(d.locations[0]) or self.vocab.places.get(d.locations[0]) \
                or any(rank(p) < 3 for p in d.locations[1:]):
            return None
        told = self.text[self.sentences[d.first].start:self.sentences[d.last].end]
        if not re.search(rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?{re.escape(d.locations[0])}\b", told):
            return None
        city = _THE_CITY.search(told) is not None
        town = next((p for p in self.main_places()[1] if rank(p) == 1), None)
        if town is None or not (town in self.vocab.big_cities or city) or town in told:
            return None
        country = entities.place_country(town, self.vocab)
        return town if all(p == country for p in d.locations[1:]) else None

    def same_unit(self, unit: str) -> list[str]:
        """The place of that kind the last candidates named ("in the same region": the region the attack just told
        lay in; "in the same town": its town), nearest first."""
        region = unit in ("region", "province", "state", "district", "county")
        for d in reversed(self.drafts[-3:]):
            for p in d.locations:
                rank = entities.place_rank(p, self.vocab, self.known_places)
                if (rank == 2) if region else (rank < 2 if unit != "area" else rank < 3):
                    return [p]
        return []

    def region_told(self, i: int) -> list[str]:
        """The province or region the sentences before name, the nearest (of one sentence, the one named last):
        what "in the region" points back to; none when they name none (a region named only in a group's name)."""
        for j in range(i - 1, max(-1, i - 8), -1):
            told = self._content(self.text[self.sentences[j].start:self.sentences[j].end])
            regions = [p for p in self.places_in(told)
                       if entities.place_rank(p, self.vocab, self.known_places) == 2 and not entities.is_site(p)]
            if regions:
                return [max(regions, key=told.rfind)]
        return []

    def court_seat(self, content: str) -> str | None:
        """Where the court that rules in the clause sits: a court named as the subject of a ruling ("The East African
        Court of Justice on Tuesday dismissed a case"), or judges or "the court" of a story about such a court or
        filed from its seat ("THE HAGUE (AP) - U.N. judges on Tuesday upheld the genocide conviction")."""
        rules = _COURT_RULES.search(content, 0, 160)
        if rules is None:
            return None
        subject = content[:rules.start()]
        for m, actor in self.vocab.actor_index.finditer(subject):
            if actor.seat and actor.seat in self.vocab.places and not re.search(r"[,;]", subject[m.end():]):
                return actor.seat
        # a state's court, named by its people or its state: "A Kenyan court ruled in January that the deployment was
        # unconstitutional", "Pakistan's Supreme Court ordered": in that country, whatever place its case is about
        court = entities._JUDICIARY.search(content, 0, rules.end() + 40) if not re.search(r"[,;]", subject) else None
        court = court if court and court.start() < rules.start() else None
        owner = court and court.group("owner") and re.sub(r"^(?:The|the)\s+", "", court.group("owner"))
        if owner and (country := self.vocab.country(owner) or self.vocab.demonym_to_country.get(owner)):
            return country
        if _JUDGES.search(subject) and not re.search(r"[,;]", subject):
            here = self.dateline_place()
            seats = {a.seat for a in self.vocab.actors if a.seat}
            if here in seats:
                return here
            named = [a.seat for _m, a in self.vocab.actor_index.finditer(self.text[:3000]) if a.seat]
            if named and named[0] in self.vocab.places:
                return named[0]
        return None

    def capital_of_subject(self, subject: str) -> str | None:
        """The capital of the state a clause's subject names first: the capital itself ("Manila summoned"),
        or that of a country or its people ("Poland's foreign ministry", "The Philippine foreign ministry")."""
        if len(subject) > 120:
            return None
        v = self.vocab
        for name in entities.capitalised_names(subject):  # "The United States": the longest name first
            country = v.country(name) or v.demonym_to_country.get(name)
            capital = name if name in v.capital_country else v.country_capital.get(country) if country else None
            if capital and capital in v.places:
                return capital
        return None

    def narrow_place(self, d: Draft, s: str) -> None:
        """A detail that names the village or town of an event placed only in its province or
        country ("The fighters attacked the base in the village of Cowsweyne") places it there; one
        placed only in a country, also a province."""
        rank = lambda p: entities.place_rank(p, self.vocab, self.known_places)  # noqa: E731
        told = self.text[self.sentences[d.first].start:self.sentences[d.first].end]
        # (a place the event's sentence does not name came from the dateline or the story: any named place is better)
        # (named, not a substring: "the department of Arauca" is found as "Arauca department")
        # (nor is a village the sentence names bare, found by a preposition elsewhere: "which has controlled Kessara")
        guessed = bool(d.locations) and d.locations[0] not in self.places_in(told, speakers=True) \
            and not re.search(rf"(?<![\w-]){re.escape(d.locations[0])}(?![\w-])", told)
        # (a town the event was only near: "shelled a displacement camp near El Fasher" + "The Zamzam camp ... came
        # under artillery fire": the camp; the town stays after it)
        near = bool(d.locations) and re.search(rf"\bnear\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{re.escape(d.locations[0])}\b", told) is not None
        # (a district is a part of a province, named as such: "in North Waziristan district" + "in the general area
        # of Mir Ali": the town in it)
        district = bool(d.locations) and entities.is_district(d.locations[0])
        # (an unnamed village of the place told: "an attack on a village in Congo's western Kwamouth territory" +
        # "set fire to dozens of homes in the village of Mbanza-Ngoma": that village)
        near = near or bool(d.locations) and _UNNAMED_VILLAGE.search(told) is not None
        if d.locations and rank(d.locations[0]) < 2 and not guessed and not near and not district:
            return
        if d.locations and re.search(rf"\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?:\w+\s+)?{re.escape(d.locations[0])}\b", told):
            return  # "strikes killed 492 people across Lebanon": the whole country, whatever one place the next sentence names
        # a country narrows to a province too ("... in eastern Syria" + "... base in Deir el-Zor province")
        limit = 1 if near or district else rank(d.locations[0]) if d.locations and not guessed else 3
        content = self._content(s)
        here = [p for p in self.places_in(content) if rank(p) < limit
                and not (d.locations and rank(d.locations[0]) == 1 and _quarter_of_town(content, p))]  # (ACLED's unit: the town)
        # a place that only qualifies an office comes last ("the candidacy papers of Buluan town vice mayor Esmael
        # Mangudadatu ... stopped them on a highway in Ampatuan town": Ampatuan)
        here.sort(key=lambda p: re.search(rf"\b{re.escape(p)}{_OFFICE_AFTER}", content) is not None)
        if here:  # (a guessed place gives way)
            d.locations = list(dict.fromkeys(here[:1] + d.locations[guessed:]))

    def fallback_place(self, i: int, period, etype: str = "") -> list[str]:
        """No place in the sentence: the place of the candidate just before (same story: same
        paragraph or the sentence before, and about the same days), or for background, a
        statement or diplomacy the article's country (the lede's, else the most mentioned),
        else its most mentioned place."""
        precision = period.precision
        if etype == "statement":
            # "Ankara denied on Saturday that its jets had hit the hospital": the state that speaks, at home (as
            # "Turkey denied" is placed), not the hospital or town it speaks of
            sent = self.sentences[i]
            said = entities.subject_capitals(self.text[sent.start:min(sent.end, sent.start + 60)], self.vocab)
            if said and re.fullmatch(r"(?:[^,]{0,30},\s+)?(?:[Tt]he\s+)?", self.text[sent.start:sent.start + said[0][0]]):
                return [said[0][1]]
        site = _THE_SITE.match(self.text, self.sentences[i].start, self.sentences[i].end) or \
            _THE_SITE_IN.search(self.text, self.sentences[i].start, self.sentences[i].end)
        for j in range(i - 1, max(-1, i - 15), -1) if site else ():
            # "The hospital, run by the Anglican church, had been hit ...": where the story's hospital is
            told = self._content(self.text[self.sentences[j].start:self.sentences[j].end])
            if re.search(rf"\b{site.group('noun')}\b", told, re.I):
                named = [p for p in self.places_in(told)
                         if entities.place_rank(p, self.vocab, self.known_places) < 3]
                again = re.search(rf"\b[Tt]he\s+(?:same\s+|[a-z][\w-]*\s+)?(?i:{site.group('noun')})\b", told)
                if named and again and not any(_site_in(told, site.group("noun"), p) for p in named):
                    # "All parties, including in Kabul and Washington, had been informed of the location of the hospital":
                    # the story's hospital again, told beside places it is not in; it was placed further back
                    continue
                if named:  # the site by its name first ("the dam": "Tishrin Dam", not a village "south of the dam"), then
                    # the place named with it ("blast at Gaza hospital", a headline naming Tel Aviv first)
                    return [next((p for p in named if re.search(rf"\b{site.group('noun')}\b", p, re.I)), None)
                            or next((p for p in named if _site_in(told, site.group("noun"), p)), named[0])]
                if not again:
                    break  # (a sentence that says "the shoal", "the upscale mall" too points further back)
        town = _THE_TOWN.search(self.text, self.sentences[i].start, self.sentences[i].end)
        if town or precision in ("day", "week") and _THE_AREA.search(self.text, self.sentences[i].start, self.sentences[i].end):
            # "repelled an assault on the city's southern defences": the town the sentences before name
            # ("troops had been deployed to the area" on a day: the village just attacked; not "an operation in the
            # area after ARSA's first attacks in October 2016", a region)
            # a sentence that opens on "The town" (or follows one that does) names it in the sentence before,
            # across a paragraph break too; so does a dated incident, across wire copy's one-sentence paragraphs
            chain = bool(_THE_TOWN.match(self.text, self.sentences[i].start, self.sentences[i].end))
            for j in range(i - 1, max(-1, i - 3), -1):
                if self.sentences[j].paragraph != self.sentences[i].paragraph and not chain and precision not in ("day", "week"):
                    break
                chain = bool(_THE_TOWN.match(self.text, self.sentences[j].start, self.sentences[j].end))
                told = self._content(self.text[self.sentences[j].start:self.sentences[j].end])
                ranks = {p: r for p in self.places_in(told)
                         if (r := entities.place_rank(p, self.vocab, self.known_places)) < 2
                         and not _reference_point(told, p) and not _venue_of_saying(told, p)
                         # "repelled an RSF assault on the city's eastern defences" after "stormed the Abu Shouk
                         # displacement camp north of the city": a camp or a quarter is not the city meant
                         and not (town and town.group("noun") in ("city", "town") and _part_of_a_town(told, p))}
                if ranks:  # a town before a region; of equals, the one named last ("in Cabo Delgado ... in Mocimboa")
                    return [min(ranks, key=lambda p: (ranks[p], -told.rfind(p)))]
            if etype not in ("statement", "diplomacy") and (top := [p for p in self.main_places()[1]
                                                                    if entities.place_rank(p, self.vocab, self.known_places) < 2][:1]):
                # "the part of the city encircled by IS since 2014", paragraphs after the lede's Deir ez-Zor: the
                # story's town (not a statement's: "Ghani said in a televised address that the government would retake the city")
                return top
        last = self.drafts[-1] if self.drafts else None
        # a timeline's entries are separate steps: one's place is not the next one's
        wide = precision not in ("day", "week") or etype in ("statement", "diplomacy") or i in self._entry_lines \
            or _STATE_ACTS.match(self.text, self.sentences[i].start, self.sentences[i].end) is not None \
            or self.head_of_state_acts(i) and self.dateline_lede(i) is None  # (a lede under its capital's dateline: there)
        before = self.sentences[i - 1] if i else None
        if not wide and (town := self.dateline_lede(i)):
            return [town]
        if not wide and before is not None and before.paragraph == self.sentences[i].paragraph and \
                before.kind != "dateline" and (last is None or last.last != i - 1):
            # "In Ngong, police fired live rounds at a crowd. A witness said the man died.": that place
            # (not where the sentence before was said: "told reporters in Kabul")
            told = self._content(self.text[before.start:before.end])
            here = [p for p in self.places_in(told)
                    if not _venue_of_saying(told, p)
                    and not _reference_point(told, p)]
            if here:
                return here[:1]
        # (across a paragraph break too, when the one sentence between names no place and the act is of the same kind:
        # "M23 rebels seized the town of Masisi on Saturday ... | The group entered the town late on Saturday, forcing
        # residents to flee towards Goma. At least 10 civilians were killed by shelling on Friday": Masisi, not the
        # story's most named place; not the state of emergency the lede told first, nor a place it did not name)
        silent = last is not None and last.last == i - 2 and _family(last.event_type) == _family(etype) and last.locations \
            and last.locations[0] in self.text[self.sentences[last.first].start:self.sentences[last.last].end] \
            and before is not None and before.kind != "dateline" and not self.places_in(self._content(self.text[before.start:before.end]))
        if not wide and last is not None and last.locations and (
                self.sentences[last.last].paragraph == self.sentences[i].paragraph or silent
                # (across a paragraph break, not the venue of talks for violence: "Talks ... would be held in the
                # town of Yevlakh on Thursday" is not where the landmines the next paragraph tells went off)
                or last.last == i - 1 and not (last.event_type == "diplomacy" and etype in _VIOLENT_TYPES)) and \
                abs((parse_timex(last.date_start).first - period.first).days) <= 7:
            # a statement is placed where it was said; what it spoke of is its next place
            if last.event_type == "statement" and len(last.locations) > 1:
                return last.locations[1:2]
            # (a report of an act, placed where it was told: "Erdogan said in a speech in Canakkale that troops had
            # taken the town centre", then "Fighters looted shops in the town": not where he spoke)
            told = self.text[self.sentences[last.first].start:self.sentences[last.last].end]
            if last.event_type == "statement" or not _venue_of_saying(told, last.locations[0]):
                return last.locations[:1]
        country, top = self.main_places()
        here = self.paragraph_country(i)
        if here:
            country = [here]
        return country if wide and country else top[:1]

    def main_places(self) -> tuple[list[str], list[str]]:
        """The story's country (the lede's, else the most mentioned) and its places, most mentioned first."""
        if self._main_places is None:
            counts: dict[str, float] = {}
            for sent in self.sentences[:60]:  # the lede and first paragraphs say where the story is
                text = self.text[sent.start:sent.end]
                for p in self.places_in(text):
                    counts[p] = counts.get(p, 0) + self._place_weight(text, p)
            ranked = sorted(counts, key=lambda p: -counts[p])
            countries = [p for p in ranked if p in self.vocab.countries] or \
                [self.vocab.places[p] for p in ranked if self.vocab.places.get(p)]
            # (no country of the lede: the dateline's, before a country named only as a venue, "in Samarkand, Uzbekistan")
            filed = self.vocab.places.get(self._dateline_head() or "")
            filed = filed if filed in self.countries_named() else None  # (not a hub's: "DUBAI - Yemen's Houthis ...")
            self._main_places = ([self.cast.home or filed] if self.cast.home or filed else countries[:1], ranked)
        return self._main_places

    def _place_weight(self, text: str, place: str) -> float:
        """How much a mention tells where the story is: a country named only as a party
        ("Rwanda denies it", "accuse Rwanda of backing M23", "ties with Rwanda", "Rwanda-backed")
        counts a quarter; any other mention ("in eastern Congo", "Myanmar's military") counts whole."""
        if place not in self.vocab.countries:
            return 1.0
        seen = False
        for m in re.finditer(re.escape(place), text[:2000]):
            seen = True
            if not (_PARTY_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _PARTY_AFTER.match(text, m.end())):
                return 1.0
        return 0.25 if seen else 1.0

    def named_place_only(self, text: str) -> str:
        """text with a place described then named ("in the northern Lebanese village of Aitou") named only
        ("in Aitou"), to make room in a headline; not a place named before its noun ("in the Rueso district
        of Narathiwat": the district is the place, Narathiwat only where it lies)."""
        def short(m: re.Match) -> str:
            before = m.group().split()[-3] if len(m.group().split()) > 3 else ""  # the word before the noun
            named = before[:1].isupper() and not before.endswith(("'s", "\u2019s")) and before not in self.vocab.demonym_to_country
            return m.group() if named else m.group("prep") + " "
        return _PLACE_NOUN_OF.sub(short, text)

    def in_country_of(self, place: str, d: Draft) -> bool:
        """place is one of d's, a country, or in the country d is placed in when d is placed no closer
        ("strikes on Iran" and Tehran; not a clash in Lalibela and Debre Tabor, another town)."""
        rank = lambda n: entities.place_rank(n, self.vocab, self.known_places)  # noqa: E731
        if place in d.locations or rank(place) >= 3:
            return True
        country = self.vocab.country(place) or self.vocab.places.get(place)
        return country is not None and all(rank(p) >= 3 for p in d.locations) and \
            any(country in (self.vocab.country(p), p) for p in d.locations)
