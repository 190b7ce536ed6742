"""Rotating coaching tips per reminder kind, in nl and en, each built on a fact in the seed text.

Every tip restates one fact from the seed in our own words and stays inside the programme's content
boundaries: no tests, no elimination diets, no promise of a cure, probiotics as the part of the
programme the participant chose, never claimed to work (the seed names strains; a Cochrane
review of 2018 found little or no difference in eczema). `source` quotes the seed sentence
(verbatim, Dutch) for review. Keys are stored in the database to rotate tips: never rename
one, only add new ones.

A parent taking part for a child (docs/programme.md) sees only tips with
`for_child`, in their `child_nl`/`child_en` wording where the adult one does not fit: about
"je kind", no adult amounts (CFU, grams of fibre, hours of sleep), and "vraag je apotheker of
huisarts" wherever a supplement, a dose or a big change of diet comes up. `tip_text` picks the
wording; `PHASE_EXPECTATIONS_CHILD` is the parent's version of the phase texts.
"""

from __future__ import annotations

import datetime as dtm
from dataclasses import dataclass
from typing import Final

__all__ = [
    "PHASE_EXPECTATIONS",
    "PHASE_EXPECTATIONS_CHILD",
    "TIPS",
    "Tip",
    "tip_text",
    "tips_for",
]


@dataclass(frozen=True)
class Tip:
    key: str  # stable id, e.g. "probiotic.strains_lgg" (stored to rotate: never rename one)
    phases: frozenset[int]  # programme phases 1..5 in which this tip fits
    nl: str
    en: str
    source: str  # short verbatim quote (Dutch, <= 120 chars) of the seed sentence behind the fact
    # Shown to a parent taking part for a child? False for kombucha, caffeine, raw milk and
    # adult amounts that cannot be reworded.
    for_child: bool = True
    # The wording for a parent, where the adult one does not fit (None: the adult one does).
    child_nl: str | None = None
    child_en: str | None = None
    # Shown to an adult taking part for themselves? False for what only a parent needs.
    for_adult: bool = True
    # About what to eat or drink: not for a baby (messages/audience.py).
    food: bool = False
    # Fits a child of 1 to 3 years: no "glass of water", no raw sauerkraut or kefir.
    small_child: bool = True
    # Shown only with a reminder due before this local time (None: at any time of day).
    before: dtm.time | None = None


ALL_PHASES: Final[frozenset[int]] = frozenset({1, 2, 3, 4, 5})
_START: Final[frozenset[int]] = frozenset({1})  # weeks 0-4: just started, building up
_EARLY: Final[frozenset[int]] = frozenset({1, 2})  # first two months
_BEFORE_FULL_EFFECT: Final[frozenset[int]] = frozenset({1, 2, 3})  # probiotic: 2-3 months
_MAINTENANCE: Final[frozenset[int]] = frozenset({4, 5})  # month 4 on: keeping the routine

# Recurring sentences, so that every tip says them the same way.
_ALLERGY_NL: Final = "Heb je een voedselallergie, sla dan over wat je niet mag hebben."
_ALLERGY_EN: Final = "If you have a food allergy, skip what you can't have."
_CHILD_ALLERGY_NL: Final = (
    "Heeft je kind een voedselallergie, sla dan over wat het niet mag hebben."
)
_CHILD_ALLERGY_EN: Final = "If your child has a food allergy, skip what they can't have."
_CHILD_ASK_NL: Final = "Bij twijfel: vraag je apotheker of huisarts."
_CHILD_ASK_EN: Final = "If in doubt, ask your pharmacist or GP."
_SOURCE_NL: Final = "De bron van dit programma"
_SOURCE_EN: Final = "This programme's source"
# Review A-new-6: the evidence as Cochrane weighed it (Makrgeorgou 2018, 39 trials), right
# beside the strains the seed calls effective.
_MIXED_NL: Final = "een Cochrane-review (2018) vond weinig of geen verschil bij eczeem"
_MIXED_EN: Final = "a Cochrane review (2018) found little or no difference in eczema"

_PROBIOTIC: Final[tuple[Tip, ...]] = (
    Tip(
        key="probiotic.strains_lgg",
        phases=ALL_PHASES,
        nl="Noemt het etiket de stam, zoals Lactobacillus rhamnosus GG of Bifidobacterium "
        f"lactis HN019? {_SOURCE_NL} noemt ze; {_MIXED_NL}.",
        en="Does the label name the strain, like Lactobacillus rhamnosus GG or "
        f"Bifidobacterium lactis HN019? {_SOURCE_EN} names them; {_MIXED_EN}.",
        source="Lactobacillus rhamnosus GG, Bifidobacterium lactis HN019, Lactobacillus "
        "salivarius LS01 en Lactobacillus plantarum WCFS1",
        child_nl=f"{_SOURCE_NL} noemt stammen zoals Lactobacillus rhamnosus GG; {_MIXED_NL}. "
        "Voor je kind: vraag je apotheker of huisarts.",
        child_en=f"{_SOURCE_EN} names strains such as Lactobacillus rhamnosus GG; "
        f"{_MIXED_EN}. For your child, ask your pharmacist or GP.",
    ),
    Tip(
        key="probiotic.strains_ls01",
        phases=ALL_PHASES,
        nl=f"{_SOURCE_NL} noemt ook de stammen LS01 (Lactobacillus salivarius) en WCFS1 "
        f"(Lactobacillus plantarum); {_MIXED_NL}.",
        en=f"{_SOURCE_EN} also names the strains LS01 (Lactobacillus salivarius) and WCFS1 "
        f"(Lactobacillus plantarum); {_MIXED_EN}.",
        source="behoren tot de stammen die in klinische studies positieve resultaten hebben "
        "laten zien bij eczeem",
        for_child=False,  # LS01 was tried in adults only; the child route names LGG instead
    ),
    Tip(
        key="probiotic.dose_cfu",
        phases=ALL_PHASES,
        nl="De dosis van een probioticum staat in CFU (levende bacteriën). De bron noemt "
        "meestal 10 tot 50 miljard CFU per dag; volg de bijsluiter van wat jij neemt.",
        en="A probiotic's dose is given in CFU (live bacteria). The source usually names 10 "
        "to 50 billion CFU a day; follow the package leaflet of what you take.",
        source="De optimale dosering ligt meestal tussen 10-50 miljard CFU per dag",
        for_child=False,  # an adult amount; probiotic.child_dose is the child's version
    ),
    Tip(
        key="probiotic.start_low",
        phases=_START,
        nl="Begin met een lagere dosis van je probioticum en bouw rustig op, binnen wat de "
        "bijsluiter zegt. Zo is de kans op gas of een opgeblazen gevoel kleiner.",
        en="Start your probiotic at a lower dose and build up gradually, within what the "
        "package leaflet says. That makes gas or a bloated feeling less likely.",
        source="Begin met een lagere dosis en bouw geleidelijk op om eventuele tijdelijke "
        "bijwerkingen zoals gas",
        child_nl="Net begonnen met een probioticum voor je kind? Vraag je apotheker of huisarts "
        "welke dosis past, en volg de bijsluiter.",
        child_en="Just started your child on a probiotic? Ask your pharmacist or GP which dose "
        "fits, and follow the package leaflet.",
    ),
    Tip(
        key="probiotic.mild_gas",
        phases=_EARLY,
        nl="Wat meer gas of een opgeblazen buik in de eerste weken komt vaak voor en gaat "
        "meestal over. Houdt het aan of krijg je echt buikpijn, stop dan en vraag je apotheker "
        "of huisarts.",
        en="A bit more gas or a bloated belly in the first weeks is common and usually passes. "
        "If it persists or you get real belly pain, stop and ask your pharmacist or GP.",
        source="Deze bijwerkingen zijn meestal mild en tijdelijk, en een teken dat je "
        "darmmicrobioom zich aanpast.",
        child_nl="Wat meer gas of een opgeblazen buik bij je kind komt in de eerste weken vaak "
        "voor. Houdt het aan of heeft je kind echt buikpijn, stop dan en vraag je apotheker of "
        "huisarts.",
        child_en="A bit more gas or a bloated belly is common for a child in the first weeks. "
        "If it persists or your child has real belly pain, stop and ask your pharmacist or GP.",
    ),
    Tip(
        key="probiotic.full_effect_months",
        phases=_BEFORE_FULL_EFFECT,
        nl="Of een probioticum bij jou iets doet, zie je pas na een paar maanden; "
        f"{_SOURCE_NL.lower()} noemt 2 tot 3 maanden.",
        en="Whether a probiotic does anything for you only shows after a few months; "
        f"{_SOURCE_EN.lower()} mentions 2 to 3 months.",
        source="Het kan 2-3 maanden duren voordat probiotica hun volledige effect bereiken",
        child_nl="Of een probioticum bij je kind iets doet, zie je pas na een paar maanden; "
        f"{_SOURCE_NL.lower()} noemt 2 tot 3 maanden. {_CHILD_ASK_NL}",
        child_en="Whether a probiotic does anything for your child only shows after a few "
        f"months; {_SOURCE_EN.lower()} mentions 2 to 3 months. {_CHILD_ASK_EN}",
    ),
    Tip(
        key="probiotic.fermented_dairy",
        phases=ALL_PHASES,
        nl="Ook via je eten krijg je levende culturen binnen: volle yoghurt en kefir zijn "
        f"gefermenteerd. {_ALLERGY_NL}",
        en="Food can bring live cultures too: whole-milk yoghurt and kefir are fermented. "
        f"{_ALLERGY_EN}",
        source="Natuurlijke bronnen zoals volle yoghurt, kefir, zuurkool, kimchi en kombucha "
        "bevatten levende culturen",
        child_nl="Ook via eten krijgt je kind levende culturen binnen: volle yoghurt en kefir "
        f"zijn gefermenteerd. {_CHILD_ALLERGY_NL}",
        child_en="Food can bring your child live cultures too: whole-milk yoghurt and kefir "
        f"are fermented. {_CHILD_ALLERGY_EN}",
        food=True,
        small_child=False,  # raw sauerkraut or kefir
    ),
    Tip(
        key="probiotic.fermented_veg",
        phases=ALL_PHASES,
        nl="Rauwe zuurkool (bijvoorbeeld in een salade), kimchi of een glas kombucha: "
        f"gefermenteerd eten brengt levende culturen mee. {_ALLERGY_NL}",
        en="Raw sauerkraut (in a salad, for example), kimchi or a glass of kombucha: fermented "
        f"foods bring live cultures. {_ALLERGY_EN}",
        source="Natuurlijke bronnen zoals volle yoghurt, kefir, zuurkool, kimchi en kombucha "
        "bevatten levende culturen",
        child_nl="Een schepje rauwe zuurkool, bijvoorbeeld in een salade, brengt levende "
        "culturen mee voor de darmflora van je kind.",
        child_en="A spoonful of raw sauerkraut, in a salad for example, brings live cultures "
        "for your child's gut flora.",
        food=True,
        small_child=False,  # raw sauerkraut or kefir
    ),
    Tip(
        key="probiotic.storage",
        phases=ALL_PHASES,
        nl="Kijk even hoe je probioticum bewaard moet worden. Sommige horen in de koelkast, "
        "andere kunnen op kamertemperatuur blijven.",
        en="Check how your probiotic should be stored. Some belong in the fridge, others "
        "keep fine at room temperature.",
        source="Sommige probiotica vereisen koeling, terwijl andere speciaal geformuleerd zijn "
        "om stabiel te blijven",
        child_nl="Kijk even hoe het probioticum van je kind bewaard moet worden: in de koelkast "
        f"of op kamertemperatuur. {_CHILD_ASK_NL}",
        child_en="Check how your child's probiotic should be stored: in the fridge or at room "
        f"temperature. {_CHILD_ASK_EN}",
    ),
    Tip(
        key="probiotic.prebiotic_fibre",
        phases=ALL_PHASES,
        nl="Bacteriën hebben iets te eten nodig. Veel vezels werken als prebiotica (voeding "
        "voor de bacteriën), dus je probioticum en vezels gaan goed samen.",
        en="Bacteria need something to eat. Many kinds of fibre work as a prebiotic (food for "
        "the bacteria), so your probiotic and fibre go well together.",
        source="Zonder de juiste voedingsbodem (prebiotica) en omgeving kunnen zelfs de beste "
        "probiotica",
        child_nl="Bacteriën hebben iets te eten nodig. Veel vezels werken als prebiotica "
        "(voeding voor de bacteriën), ook in de darmen van je kind.",
        child_en="Bacteria need something to eat. Many kinds of fibre work as a prebiotic "
        "(food for the bacteria), in your child's gut too.",
        food=True,
    ),
    Tip(
        key="probiotic.child_dose",
        phases=ALL_PHASES,
        nl="Geef je een probioticum aan je kind? Vraag je apotheker of huisarts welke dosis "
        "past, want die hangt af van leeftijd en gewicht.",
        en="Giving a probiotic to your child? Ask your pharmacist or GP which dose fits, "
        "as it depends on age and weight.",
        source="Bij kinderen kunnen lagere doseringen worden gebruikt, aangepast aan hun "
        "leeftijd en gewicht.",
        for_adult=False,  # "giving a probiotic to your child?" is a parent's tip
    ),
    Tip(
        key="probiotic.part_of_whole",
        phases=ALL_PHASES,
        nl="Je probioticum is het deel van het programma dat jij hebt gekozen, en één stukje "
        "van het geheel. Eten, slaap en rust doen ook mee.",
        en="Your probiotic is the part of the programme you chose, and one piece of the "
        "whole. Food, sleep and rest play their part too.",
        source="als onderdeel van een bredere aanpak die ook aandacht besteedt aan voeding, "
        "stress en leefstijl",
        child_nl="Het probioticum is één stukje van het geheel: eten, slaap en rust doen ook "
        f"mee voor je kind. {_CHILD_ASK_NL}",
        child_en="The probiotic is one piece of the whole: food, sleep and rest play their "
        f"part for your child too. {_CHILD_ASK_EN}",
    ),
    Tip(
        key="probiotic.label_quality",
        phases=ALL_PHASES,
        nl="Een duidelijk etiket noemt de precieze stammen en hoeveel levende bacteriën erin "
        "zitten. Dan weet je wat je neemt.",
        en="A clear label names the exact strains and how many live bacteria it contains. "
        "That way you know what you are taking.",
        source="transparant is over de exacte stammen en aantallen levende bacteriën",
        child_nl="Een duidelijk etiket noemt de precieze stammen en hoeveel levende bacteriën "
        f"erin zitten, zodat je weet wat je kind krijgt. {_CHILD_ASK_NL}",
        child_en="A clear label names the exact strains and how many live bacteria it "
        f"contains, so you know what your child gets. {_CHILD_ASK_EN}",
    ),
    Tip(
        key="probiotic.same_moment",
        phases=ALL_PHASES,
        nl="Koppel je probioticum aan iets wat je elke dag al doet, zoals je ontbijt. "
        "Een vast moment maakt het makkelijk om consequent te blijven.",
        en="Link your probiotic to something you already do every day, like breakfast. "
        "A fixed moment makes it easy to stay consistent.",
        source="Blijf consequent in je aanpak en geef je lichaam de tijd om te reageren",
        child_nl="Koppel het probioticum van je kind aan een vast moment, zoals het ontbijt; "
        f"dat maakt het makkelijk. {_CHILD_ASK_NL}",
        child_en="Link your child's probiotic to a fixed moment, like breakfast; that makes it "
        f"easy. {_CHILD_ASK_EN}",
    ),
    Tip(
        key="probiotic.food_and_supplement",
        phases=ALL_PHASES,
        nl="Gefermenteerd eten en een supplement sluiten elkaar niet uit: eten brengt levende "
        "culturen mee, een supplement specifieke stammen in een vaste dosis.",
        en="Fermented food and a supplement can go together: food brings live cultures, a "
        "supplement gives specific strains in a fixed dose.",
        source="Supplementen daarentegen maken het mogelijk om specifieke stammen en hoge "
        "doseringen te krijgen",
        child_nl="Gefermenteerd eten en een supplement sluiten elkaar niet uit. Voor de dosis "
        "van een supplement voor je kind: vraag je apotheker of huisarts.",
        child_en="Fermented food and a supplement can go together. For the dose of a "
        "supplement for your child, ask your pharmacist or GP.",
        food=True,
    ),
    Tip(
        key="probiotic.maintenance_routine",
        phases=_MAINTENANCE,
        nl="Als je probioticum al een gewoonte is, telt voor de lange termijn vooral een "
        "routine die je makkelijk volhoudt, samen met vezels en gefermenteerd eten.",
        en="If your probiotic is already a habit, what counts for the long run is a routine "
        "you can keep up easily, together with fibre and fermented food.",
        source="6+ maanden: langdurige verbetering met goede onderhoudsroutine",
        child_nl="Als het probioticum al een gewoonte is voor je kind, houd dan een routine aan "
        f"die jullie makkelijk volhouden. {_CHILD_ASK_NL}",
        child_en="If the probiotic is already a habit for your child, keep to a routine you "
        f"can both keep up easily. {_CHILD_ASK_EN}",
    ),
)

_HYDRATION: Final[tuple[Tip, ...]] = (
    Tip(
        key="hydration.water_makes_fibre_work",
        phases=ALL_PHASES,
        nl="Vezels hebben water nodig om hun werk te kunnen doen. Een glas nu helpt de vezels "
        "van vandaag op weg.",
        en="Fibre needs water to do its job. A glass now helps today's fibre along.",
        source="Voldoende water drinken is daarbij essentieel om de vezels hun werk te laten doen.",
        child_nl="Vezels hebben water nodig om hun werk te kunnen doen. Een glas water voor je "
        "kind helpt de vezels van vandaag op weg.",
        child_en="Fibre needs water to do its job. A glass of water for your child helps "
        "today's fibre along.",
        food=True,
        small_child=False,  # a glass of water
    ),
    Tip(
        key="hydration.more_fibre_more_water",
        phases=_BEFORE_FULL_EFFECT,
        nl="Eet je steeds meer vezels? Laat je drinken dan meegroeien, want vezels werken pas "
        "goed met genoeg water.",
        en="Eating more and more fibre? Let your drinking grow along with it, because fibre "
        "only works well with enough water.",
        source="Voldoende water drinken is daarbij essentieel om de vezels hun werk te laten doen.",
        child_nl="Eet je kind steeds meer vezels? Laat het drinken dan meegroeien, want vezels "
        "werken pas goed met genoeg water.",
        child_en="Is your child eating more and more fibre? Let their drinking grow along with "
        "it, because fibre only works well with enough water.",
        food=True,
    ),
    Tip(
        key="hydration.glass_per_meal",
        phases=ALL_PHASES,
        nl="Een makkelijke vuistregel: zet bij elke maaltijd een glas water klaar. Zo drink je "
        "mee met de vezels die je eet.",
        en="An easy rule of thumb: put a glass of water next to every meal. That way you drink "
        "along with the fibre you eat.",
        source="Voldoende water drinken is daarbij essentieel om de vezels hun werk te laten doen.",
        child_nl="Een makkelijke vuistregel: zet bij elke maaltijd een glas water klaar voor je "
        "kind. Zo drinkt het mee met de vezels die het eet.",
        child_en="An easy rule of thumb: put a glass of water next to your child's plate at "
        "every meal. That way they drink along with the fibre they eat.",
        food=True,
        small_child=False,  # a glass of water
    ),
    Tip(
        key="hydration.oats_chia_breakfast",
        phases=ALL_PHASES,
        nl="Havermout of chiazaad bij je ontbijt? Drink er een glas water bij, zodat die vezels "
        "hun werk kunnen doen.",
        en="Oats or chia seeds for breakfast? Have a glass of water with them, so that fibre "
        "can do its work.",
        source="Goede bronnen van oplosbare vezels zijn onder andere haver, lijnzaad, chiazaad",
        child_nl="Havermout bij het ontbijt van je kind? Geef er een glas water bij, zodat die "
        "vezels hun werk kunnen doen.",
        child_en="Oats for your child's breakfast? Give a glass of water with them, so that "
        "fibre can do its work.",
        food=True,
        small_child=False,  # a glass of water
    ),
    Tip(
        key="hydration.legumes_meal",
        phases=ALL_PHASES,
        nl="Bonen, linzen of kikkererwten op het menu? Peulvruchten zitten vol vezels, dus een "
        "extra glas water bij het eten komt goed van pas.",
        en="Beans, lentils or chickpeas on the menu? Legumes are full of fibre, so an extra "
        "glass of water with the meal comes in handy.",
        source="wortelen, zoete aardappelen en peulvruchten",
        child_nl="Bonen, linzen of kikkererwten op het menu? Peulvruchten zitten vol vezels, "
        "dus een extra glas water voor je kind bij het eten komt goed van pas.",
        child_en="Beans, lentils or chickpeas on the menu? Legumes are full of fibre, so an "
        "extra glass of water for your child with the meal comes in handy.",
        food=True,
        small_child=False,  # a glass of water
    ),
    Tip(
        key="hydration.green_tea",
        phases=ALL_PHASES,
        nl="Zin in iets warms overdag? Een kop groene thee telt ook als drinkmoment en bevat "
        "antioxidanten.",
        en="Fancy something warm during the day? A cup of green tea counts as a drink too and "
        "contains antioxidants.",
        source="Kurkuma, gember en groene thee bevatten krachtige antioxidanten",
        for_child=False,  # green tea contains caffeine
        food=True,
        before=dtm.time(15, 0),  # caffeine: not with a late glass, close to the wind-down
    ),
    Tip(
        key="hydration.ginger_water",
        phases=ALL_PHASES,
        nl="Een paar plakjes verse gember in heet water geven een warm drankje met "
        "antioxidanten, zonder suiker.",
        en="A few slices of fresh ginger in hot water make a warm drink with antioxidants, "
        "without sugar.",
        source="Kurkuma, gember en groene thee bevatten krachtige antioxidanten",
        for_child=False,  # a hot drink: for a child, plain water is the point
        food=True,
    ),
    Tip(
        key="hydration.kefir_kombucha",
        phases=ALL_PHASES,
        nl="Ook kefir of kombucha kan een drinkmoment zijn: ze zijn gefermenteerd en bevatten "
        f"levende culturen. {_ALLERGY_NL}",
        en="Kefir or kombucha can be a drink moment too: both are fermented and contain live "
        f"cultures. {_ALLERGY_EN}",
        source="Natuurlijke bronnen zoals volle yoghurt, kefir, zuurkool, kimchi en kombucha "
        "bevatten levende culturen",
        for_child=False,  # kombucha (caffeine, traces of alcohol); kefir: probiotic.fermented_dairy
        food=True,
    ),
    Tip(
        key="hydration.unsweetened",
        phases=ALL_PHASES,
        nl="Dorst? Water of thee zonder suiker is een fijne keuze, want veel suiker kan je "
        "darmflora ongunstig beïnvloeden.",
        en="Thirsty? Water or unsweetened tea is a good choice, as a lot of sugar can affect "
        "your gut flora unfavourably.",
        source="die ook bekend staan om hun negatieve invloed op de darmflora",
        child_nl="Dorst? Water is voor je kind een fijne keuze, want veel suiker kan de "
        "darmflora ongunstig beïnvloeden.",
        child_en="Thirsty? Water is a good choice for your child, as a lot of sugar can affect "
        "the gut flora unfavourably.",
        food=True,
    ),
    Tip(
        key="hydration.after_movement",
        phases=ALL_PHASES,
        nl="Gewandeld, gefietst of gezwommen? Een glas water erna hoort er mooi bij, en "
        "bewegen houdt ook je darmen in beweging.",
        en="Been walking, cycling or swimming? A glass of water afterwards fits right in, and "
        "moving keeps your gut moving too.",
        source="Bovendien bevordert beweging de darmperistaltiek, wat helpt bij de gezonde "
        "doorstroming",
        child_nl="Heeft je kind gerend, gefietst of gezwommen? Een glas water erna hoort er "
        "mooi bij, en bewegen houdt ook de darmen in beweging.",
        child_en="Has your child been running, cycling or swimming? A glass of water afterwards "
        "fits right in, and moving keeps the gut moving too.",
        food=True,
        small_child=False,  # a glass of water
    ),
    Tip(
        key="hydration.breathing_pause",
        phases=ALL_PHASES,
        nl="Maak van dit glas water een mini-pauze: drink rustig en adem een paar keer diep in "
        "en uit. Korte momenten van ontspanning tellen ook.",
        en="Turn this glass of water into a mini break: drink slowly and take a few deep "
        "breaths. Short moments of relaxation count too.",
        source="Zelfs korte dagelijkse momenten van bewuste ontspanning kunnen een groot "
        "verschil maken",
        child_nl="Maak van dit glas water samen met je kind een mini-pauze: rustig drinken en "
        "een paar keer diep ademen. Korte momenten van ontspanning tellen ook.",
        child_en="Turn this glass of water into a mini break with your child: drink slowly and "
        "take a few deep breaths. Short moments of relaxation count too.",
        food=True,
        small_child=False,  # a glass of water
    ),
    Tip(
        key="hydration.log_glasses",
        phases=ALL_PHASES,
        nl="Met één tik noteer je een glas, en in /today zie je je teller. Bijhouden maakt "
        "kleine stappen beter zichtbaar.",
        en="One tap logs a glass, and /today shows your count. Keeping track makes small steps "
        "easier to see.",
        source="Houd een dagboek bij van je symptomen om deze geleidelijke vooruitgang beter te "
        "kunnen monitoren.",
        child_nl="Met één tik noteer je een glas van je kind, en in /today zie je de teller. "
        "Bijhouden maakt kleine stappen beter zichtbaar.",
        child_en="One tap logs a glass for your child, and /today shows the count. Keeping "
        "track makes small steps easier to see.",
        food=True,
        small_child=False,  # a glass of water
    ),
    Tip(
        key="hydration.within_reach",
        phases=ALL_PHASES,
        nl="Een fles of glas water binnen handbereik maakt drinken makkelijker. Kies een manier "
        "die bij je past en houd die vast.",
        en="A bottle or glass of water within reach makes drinking easier. Pick a way that "
        "suits you and stick with it.",
        source="Het gaat erom een methode te vinden die bij je past en deze consequent toe te "
        "passen.",
        child_nl="Een beker of fles water binnen handbereik maakt drinken makkelijker voor je "
        "kind. Kies een manier die bij jullie past en houd die vast.",
        child_en="A cup or bottle of water within reach makes drinking easier for your child. "
        "Pick a way that suits you both and stick with it.",
        food=True,
    ),
    Tip(
        key="hydration.maintenance_habit",
        phases=_MAINTENANCE,
        nl="Als water drinken al een gewoonte is: juist zulke kleine dagelijkse gewoontes "
        "houden je onderhoudsroutine stevig.",
        en="If drinking water is already a habit: small daily habits like this are what keep "
        "a maintenance routine steady.",
        source="Vergeet niet dat blijvende verbetering vaak een blijvende aanpassing van je "
        "leefstijl vraagt.",
        child_nl="Als water drinken al een gewoonte is voor je kind: juist zulke kleine "
        "dagelijkse gewoontes houden de onderhoudsroutine stevig.",
        child_en="If drinking water is already a habit for your child: small daily habits "
        "like this are what keep a maintenance routine steady.",
        food=True,
    ),
)

_FIBRE: Final[tuple[Tip, ...]] = (
    Tip(
        key="fibre.daily_goal",
        phases=ALL_PHASES,
        nl="Het doel is minimaal 25 tot 30 gram vezels per dag, verdeeld over je maaltijden. "
        "Je avondeten is een mooi moment om daar een flink deel van te halen.",
        en="The goal is at least 25 to 30 g of fibre a day, spread over your meals. Dinner is "
        "a good moment to get a fair share of it.",
        source="Streef naar een dagelijkse inname van minimaal 25-30 gram vezels",
        for_child=False,  # an adult amount: the tip is the number
        food=True,
    ),
    Tip(
        key="fibre.build_gradually",
        phases=_EARLY,
        nl="Bouw je vezels stap voor stap op naar minimaal 25 tot 30 gram per dag. Te snel "
        "verhogen kan je buik van streek maken; rustig aan voorkomt dat vaak.",
        en="Build your fibre up step by step to at least 25 to 30 g a day. Raising it too fast "
        "can upset your belly; going slowly often prevents that.",
        source="maar verhoog dit geleidelijk om darmklachten te voorkomen",
        child_nl="Bouw vezels voor je kind stap voor stap op, want te snel verhogen kan de buik "
        "van streek maken. Vraag je huisarts, het consultatiebureau of een (kinder)diëtist "
        "hoeveel past.",
        child_en="Build your child's fibre up step by step, as raising it too fast can upset "
        "the belly. Ask your GP, the child health clinic or a (paediatric) dietitian how much "
        "fits.",
        food=True,
    ),
    Tip(
        key="fibre.hold_level",
        phases=_EARLY,
        nl="Meer gerommel of een opgeblazen gevoel sinds je meer vezels eet? Blijf dan een paar "
        "dagen op hetzelfde niveau voordat je verder opbouwt.",
        en="More rumbling or bloating since you started eating more fibre? Stay at the same "
        "level for a few days before building up further.",
        source="maar verhoog dit geleidelijk om darmklachten te voorkomen",
        child_nl="Meer gerommel of een opgeblazen gevoel sinds je kind meer vezels eet? Blijf dan "
        "een paar dagen op hetzelfde niveau voordat je verder opbouwt.",
        child_en="More rumbling or bloating since your child started eating more fibre? Stay "
        "at the same level for a few days before building up further.",
        food=True,
    ),
    Tip(
        key="fibre.oats",
        phases=ALL_PHASES,
        nl="Havermout bevat oplosbare vezels, de soort waar je goede darmbacteriën van leven. "
        "Een kom bij het ontbijt is een makkelijke start.",
        en="Oats contain soluble fibre, the kind your good gut bacteria live on. A bowl at "
        "breakfast is an easy start.",
        source="Voedingsvezels, met name oplosbare vezels, vormen een essentiële voedingsbron",
        child_nl="Havermout bevat oplosbare vezels, de soort waar goede darmbacteriën van "
        "leven. Havermout bij het ontbijt is voor je kind een makkelijke start.",
        child_en="Oats contain soluble fibre, the kind good gut bacteria live on. Oats at "
        "breakfast are an easy start for your child.",
        food=True,
    ),
    Tip(
        key="fibre.flax_chia",
        phases=ALL_PHASES,
        nl="Een lepel gemalen lijnzaad of chiazaad door je ontbijt of salade levert vezels én "
        "plantaardige omega-3.",
        en="A spoonful of ground flaxseed or chia seeds in your breakfast or salad gives you "
        "fibre as well as plant-based omega-3.",
        source="Goede bronnen van oplosbare vezels zijn onder andere haver, lijnzaad, chiazaad",
        child_nl="Wat gemalen lijnzaad door de pap of het ontbijt van je kind levert vezels én "
        "plantaardige omega-3.",
        child_en="A little ground flaxseed in your child's porridge or breakfast gives fibre as "
        "well as plant-based omega-3.",
        food=True,
    ),
    Tip(
        key="fibre.apple_citrus",
        phases=ALL_PHASES,
        nl="Een appel, sinaasappel of mandarijn als tussendoortje is een simpele manier om "
        "vezels toe te voegen.",
        en="An apple, orange or mandarin as a snack is a simple way to add fibre.",
        source="appels, citrusvruchten, wortelen",
        child_nl="Een appel, sinaasappel of mandarijn als tussendoortje is een simpele manier "
        "om je kind wat meer vezels te geven.",
        child_en="An apple, orange or mandarin as a snack is a simple way to give your child a "
        "bit more fibre.",
        food=True,
    ),
    Tip(
        key="fibre.carrot_sweet_potato",
        phases=ALL_PHASES,
        nl="Wortels en zoete aardappel passen makkelijk in je avondeten en brengen oplosbare "
        "vezels mee.",
        en="Carrots and sweet potato fit easily into dinner and bring soluble fibre with them.",
        source="appels, citrusvruchten, wortelen, zoete aardappelen en peulvruchten",
        child_nl="Wortels en zoete aardappel passen makkelijk in het avondeten van je kind en "
        "brengen oplosbare vezels mee.",
        child_en="Carrots and sweet potato fit easily into your child's dinner and bring "
        "soluble fibre with them.",
        food=True,
    ),
    Tip(
        key="fibre.legumes",
        phases=ALL_PHASES,
        nl="Een paar lepels linzen, kikkererwten of bonen door je soep, salade of curry zijn "
        "een royale bron van vezels.",
        en="A few spoonfuls of lentils, chickpeas or beans in your soup, salad or curry are a "
        "generous source of fibre.",
        source="wortelen, zoete aardappelen en peulvruchten",
        child_nl="Wat linzen, kikkererwten of bonen door de soep of het avondeten van je kind "
        "zijn een royale bron van vezels.",
        child_en="A few lentils, chickpeas or beans in your child's soup or dinner are a "
        "generous source of fibre.",
        food=True,
    ),
    Tip(
        key="fibre.butyrate",
        phases=ALL_PHASES,
        # Says nothing about the reader: fits a parent as it stands.
        nl="Als goede darmbacteriën oplosbare vezels afbreken, maken ze korteketenvetzuren: "
        "kleine vetzuren zoals butyraat. Dat zijn stoffen die ontstekingen helpen remmen.",
        en="When good gut bacteria break down soluble fibre, they make short-chain fatty "
        "acids: small fatty acids such as butyrate. These are substances that help calm "
        "inflammation.",
        source="wat leidt tot de productie van korte-keten vetzuren zoals butyraat",
        food=True,
    ),
    Tip(
        key="fibre.colourful_plate",
        phases=ALL_PHASES,
        nl="Maak je bord kleurrijk: bessen, donkergroene bladgroenten en avocado bevatten "
        "stoffen die de groei van goede darmbacteriën steunen.",
        en="Make your plate colourful: berries, dark leafy greens and avocado contain "
        "substances that support the growth of good gut bacteria.",
        source="Denk aan donkergroene bladgroenten, bessen, avocado's en zoete aardappelen.",
        child_nl="Maak het bord van je kind kleurrijk: bessen, donkergroene bladgroenten en "
        "avocado bevatten stoffen die de groei van goede darmbacteriën steunen.",
        child_en="Make your child's plate colourful: berries, dark leafy greens and avocado "
        "contain substances that support the growth of good gut bacteria.",
        food=True,
    ),
    Tip(
        key="fibre.oily_fish",
        phases=ALL_PHASES,
        nl="Vette vis zoals zalm of makreel levert omega-3, vetten die ontstekingen kunnen "
        f"helpen dempen. {_ALLERGY_NL}",
        en="Oily fish such as salmon or mackerel provides omega-3, fats that can help calm "
        f"inflammation. {_ALLERGY_EN}",
        source="Omega-3 vetzuren, aanwezig in vette vis zoals zalm en makreel",
        child_nl="Vette vis zoals zalm of makreel levert omega-3, vetten die ontstekingen "
        f"kunnen helpen dempen. {_CHILD_ALLERGY_NL}",
        child_en="Oily fish such as salmon or mackerel provides omega-3, fats that can help "
        f"calm inflammation. {_CHILD_ALLERGY_EN}",
        food=True,
    ),
    Tip(
        key="fibre.plant_omega3",
        phases=ALL_PHASES,
        nl="Walnoten, gemalen lijnzaad, chiazaad en hennepzaad geven plantaardige omega-3, al "
        f"benut je lichaam daar maar een deel van. {_ALLERGY_NL}",
        en="Walnuts, ground flaxseed, chia and hemp seeds give plant omega-3, though your body "
        f"only makes use of part of it. {_ALLERGY_EN}",
        source="plantaardige bronnen zoals lijnzaad, chiazaad, hennepzaad en walnoten waardevol",
        for_child=False,  # whole nuts and seeds are a choking risk for young children
        food=True,
    ),
    Tip(
        key="fibre.daily_movement",
        phases=ALL_PHASES,
        nl="Ook bewegen helpt je darmflora: wie regelmatig beweegt, heeft vaak meer soorten "
        "darmbacteriën. Een half uur wandelen, fietsen of zwemmen per dag telt al.",
        en="Moving helps your gut flora too: people who move regularly often have more kinds "
        "of gut bacteria. Half an hour of walking, cycling or swimming a day counts.",
        source="Dagelijks 30 minuten matige beweging, zoals wandelen, fietsen, zwemmen of yoga",
        child_nl="Ook bewegen helpt de darmflora van je kind: wie regelmatig beweegt, heeft "
        "vaak meer soorten darmbacteriën. Buiten spelen, fietsen of zwemmen telt allemaal mee.",
        child_en="Moving helps your child's gut flora too: people who move regularly often "
        "have more kinds of gut bacteria. Playing outside, cycling or swimming all count.",
    ),
    Tip(
        key="fibre.movement_own_level",
        phases=ALL_PHASES,
        nl="Bewegen hoeft geen topsport te zijn. Heel zware training kan voor sommigen "
        "juist stress geven, dus kies een niveau dat bij je past.",
        en="Moving doesn't have to be competitive sport. Very intense training can be a strain "
        "for some people, so pick a level that suits you.",
        source="zeer intensieve training bij sommige mensen juist stress voor het lichaam kan "
        "betekenen",
        child_nl="Bewegen hoeft voor je kind geen topsport te zijn. Heel zware training "
        "kan juist stress geven, dus kies een niveau dat bij je kind past.",
        child_en="Moving doesn't have to be competitive sport for your child. Very intense "
        "training can be a strain, so pick a level that suits your child.",
    ),
    Tip(
        key="fibre.fermented_side",
        phases=ALL_PHASES,
        nl="Een schepje rauwe zuurkool bij je avondeten, bijvoorbeeld in een salade, brengt "
        "levende culturen én vezels mee.",
        en="A spoonful of raw sauerkraut with dinner, in a salad for example, brings live "
        "cultures as well as fibre.",
        source="naast probiotica ook prebiotische vezels en andere voedingsstoffen bevatten",
        child_nl="Een schepje rauwe zuurkool bij het avondeten van je kind, bijvoorbeeld in een "
        "salade, brengt levende culturen én vezels mee.",
        child_en="A spoonful of raw sauerkraut with your child's dinner, in a salad for "
        "example, brings live cultures as well as fibre.",
        food=True,
        small_child=False,  # raw sauerkraut or kefir
    ),
    Tip(
        key="fibre.turmeric_ginger",
        phases=ALL_PHASES,
        nl="Een snufje kurkuma of wat verse gember in je avondeten geeft smaak en antioxidanten.",
        en="A pinch of turmeric or some fresh ginger in your dinner adds flavour and antioxidants.",
        source="Kurkuma, gember en groene thee bevatten krachtige antioxidanten",
        child_nl="Een snufje kurkuma of wat verse gember in het avondeten van je kind geeft "
        "smaak en antioxidanten.",
        child_en="A pinch of turmeric or some fresh ginger in your child's dinner adds flavour "
        "and antioxidants.",
        food=True,
    ),
    Tip(
        key="fibre.water_with_dinner",
        phases=ALL_PHASES,
        nl="Vezels en water horen bij elkaar: drink bij je avondeten een glas water, dan "
        "kunnen de vezels hun werk doen.",
        en="Fibre and water belong together: have a glass of water with dinner so the fibre "
        "can do its job.",
        source="Voldoende water drinken is daarbij essentieel om de vezels hun werk te laten doen.",
        child_nl="Vezels en water horen bij elkaar: geef je kind bij het avondeten een glas "
        "water, dan kunnen de vezels hun werk doen.",
        child_en="Fibre and water belong together: give your child a glass of water with "
        "dinner so the fibre can do its job.",
        food=True,
        small_child=False,  # a glass of water
    ),
    Tip(
        key="fibre.maintenance_variety",
        phases=_MAINTENANCE,
        nl="Als vezels al een vast deel van je dag zijn: haal ze uit verschillende bronnen, dan "
        "krijgt je darmflora gevarieerd te eten.",
        en="If fibre is already a fixed part of your day, get it from different sources, so "
        "your gut flora gets a varied diet.",
        source="vormen een essentiële voedingsbron voor de gunstige bacteriën in je darmen",
        child_nl="Als vezels al een vast deel van de dag van je kind zijn: haal ze uit "
        "verschillende bronnen, dan krijgt de darmflora gevarieerd te eten.",
        child_en="If fibre is already a fixed part of your child's day, get it from different "
        "sources, so the gut flora gets a varied diet.",
        food=True,
    ),
)

_WINDDOWN: Final[tuple[Tip, ...]] = (
    Tip(
        key="winddown.screens_away",
        phases=ALL_PHASES,
        nl="Tijd om je scherm weg te leggen. Een uur zonder telefoon of tv voor het slapen "
        "helpt je lichaam tot rust te komen.",
        en="Time to put your screen away. An hour without phone or TV before sleep helps your "
        "body settle down.",
        source="vermijd schermtijd in het uur voor het slapengaan",
        child_nl="Tijd om schermen weg te leggen. Een uur zonder telefoon, tablet of tv voor "
        "het slapen helpt je kind tot rust te komen.",
        child_en="Time to put screens away. An hour without phone, tablet or TV before sleep "
        "helps your child settle down.",
    ),
    Tip(
        key="winddown.dark_quiet_room",
        phases=ALL_PHASES,
        nl="Maak je slaapkamer donker en stil: gordijnen dicht, lampjes uit. Een rustige kamer "
        "is een goede basis voor je nachtrust.",
        en="Make your bedroom dark and quiet: curtains closed, small lights off. A calm room "
        "is a good base for a night's rest.",
        source="Creëer een rustige, donkere slaapomgeving",
        child_nl="Maak de slaapkamer van je kind donker en stil: gordijnen dicht, felle lampjes "
        "uit. Een rustige kamer is een goede basis voor de nachtrust.",
        child_en="Make your child's bedroom dark and quiet: curtains closed, bright lights off. "
        "A calm room is a good base for a night's rest.",
    ),
    Tip(
        key="winddown.deep_breathing",
        phases=ALL_PHASES,
        nl="Adem een paar minuten rustig en diep: langzaam in, nog langzamer uit. Veel mensen "
        "komen zo makkelijker tot rust.",
        en="Breathe slowly and deeply for a few minutes: in slowly, out even more slowly. Many "
        "people find it easier to settle that way.",
        source="ontspanningstechnieken zoals diepe ademhaling, meditatie of een warm bad voor "
        "het slapengaan",
        child_nl="Adem een paar minuten samen met je kind rustig en diep: langzaam in, nog "
        "langzamer uit. Zo komt je kind misschien makkelijker tot rust.",
        child_en="Breathe slowly and deeply with your child for a few minutes: in slowly, out "
        "even more slowly. It may help your child settle.",
    ),
    Tip(
        key="winddown.meditation",
        phases=ALL_PHASES,
        nl="Een korte meditatie voor het slapen kan helpen om je hoofd leeg te maken. Een paar "
        "minuten is genoeg om mee te beginnen.",
        en="A short meditation before sleep can help clear your head. A few minutes is enough "
        "to start with.",
        source="ontspanningstechnieken zoals diepe ademhaling, meditatie of een warm bad voor "
        "het slapengaan",
        child_nl="Een korte, rustige oefening voor het slapen kan je kind helpen het hoofd leeg "
        "te maken. Een paar minuten is genoeg om mee te beginnen.",
        child_en="A short, calm exercise before sleep can help your child clear their head. A "
        "few minutes is enough to start with.",
    ),
    Tip(
        key="winddown.warm_bath",
        phases=ALL_PHASES,
        nl="Een warm (niet te heet) bad kan je helpen ontspannen voor het slapen. Verzorg je "
        "huid daarna zoals je gewend bent.",
        en="A warm (not hot) bath can help you relax before sleep. Afterwards, care for your "
        "skin the way you usually do.",
        source="ontspanningstechnieken zoals diepe ademhaling, meditatie of een warm bad voor "
        "het slapengaan",
        child_nl="Een warm (niet te heet) bad kan je kind helpen ontspannen voor het slapen. "
        "Verzorg de huid daarna zoals jullie gewend zijn.",
        child_en="A warm (not hot) bath can help your child relax before sleep. Afterwards, "
        "care for the skin the way you usually do.",
    ),
    Tip(
        key="winddown.same_bedtime",
        phases=ALL_PHASES,
        nl="Probeer elke dag rond dezelfde tijd naar bed te gaan, ook in het weekend. Een vast "
        "ritme helpt je slaap.",
        en="Try to go to bed around the same time every day, weekends included. A steady "
        "rhythm helps your sleep.",
        source="probeer regelmatige slaaptijden aan te houden",
        child_nl="Laat je kind elke dag rond dezelfde tijd naar bed gaan, ook in het weekend. "
        "Een vast ritme helpt de slaap.",
        child_en="Put your child to bed around the same time every day, weekends included. A "
        "steady rhythm helps sleep.",
    ),
    Tip(
        key="winddown.sleep_hours",
        phases=ALL_PHASES,
        nl="Tussen 7 en 9 uur slaap per nacht is een mooi doel. Reken terug vanaf je wektijd, "
        "dan weet je wanneer je het licht uitdoet.",
        en="Between 7 and 9 hours of sleep a night is a good goal. Count back from your "
        "wake-up time to know when to turn off the lights.",
        source="Streef naar 7-9 uur kwalitatieve slaap per nacht",
        for_child=False,  # an adult amount: children need more sleep, by age
    ),
    Tip(
        key="winddown.sleep_repairs",
        phases=ALL_PHASES,
        nl="Slaap is meer dan rust: in je diepe slaap doet je lichaam herstelwerk dat helpt "
        "ontstekingen in toom te houden.",
        en="Sleep is more than rest: in deep sleep your body does repair work that helps keep "
        "inflammation in check.",
        source="Tijdens de diepe slaapfases vinden belangrijke herstelprocessen plaats",
        child_nl="Slaap is meer dan rust: in de diepe slaap doet het lichaam van je kind "
        "herstelwerk dat helpt ontstekingen in toom te houden.",
        child_en="Sleep is more than rest: in deep sleep your child's body does repair work "
        "that helps keep inflammation in check.",
    ),
    Tip(
        key="winddown.stress_gut_skin",
        phases=ALL_PHASES,
        nl="Stress heeft invloed op je darmflora én op je huid. Een rustig moment aan het eind "
        "van de dag is dus goed besteed.",
        en="Stress affects both your gut flora and your skin. A calm moment at the end of the "
        "day is time well spent.",
        source="Stress heeft een directe invloed op zowel je darmflora als je huidgezondheid",
        child_nl="Stress heeft invloed op de darmflora én op de huid. Een rustig moment met je "
        "kind aan het eind van de dag is dus goed besteed.",
        child_en="Stress affects both the gut flora and the skin. A calm moment with your "
        "child at the end of the day is time well spent.",
    ),
    Tip(
        key="winddown.short_moments",
        phases=ALL_PHASES,
        nl="Ontspannen hoeft niet lang te duren: ook korte momenten per dag kunnen je "
        "stressniveau merkbaar verlagen.",
        en="Relaxing doesn't have to take long: short moments each day can noticeably lower "
        "your stress.",
        source="Zelfs korte dagelijkse momenten van bewuste ontspanning kunnen een groot "
        "verschil maken",
        child_nl="Ontspannen hoeft niet lang te duren: ook korte rustige momenten per dag "
        "kunnen stress bij je kind verlagen.",
        child_en="Relaxing doesn't have to take long: short calm moments each day can lower "
        "your child's stress.",
    ),
    Tip(
        key="winddown.time_in_nature",
        phases=ALL_PHASES,
        nl="Tijd in de natuur is een van de manieren om stress te verminderen. Past er morgen "
        "een korte wandeling in het groen in?",
        en="Time in nature is one of the ways to ease stress. Could a short walk somewhere "
        "green fit into tomorrow?",
        source="yoga, tai chi of regelmatige tijd in de natuur doorbrengen",
        child_nl="Tijd in de natuur is een van de manieren om stress te verminderen. Past er "
        "morgen een korte wandeling in het groen in, samen met je kind?",
        child_en="Time in nature is one of the ways to ease stress. Could a short walk "
        "somewhere green with your child fit into tomorrow?",
    ),
    Tip(
        key="winddown.own_method",
        phases=ALL_PHASES,
        nl="Mindfulness, ademoefeningen, yoga of tai chi: er is niet één beste manier. Kies wat "
        "bij je past en doe het regelmatig.",
        en="Mindfulness, breathing exercises, yoga or tai chi: there is no single best way. "
        "Choose what suits you and do it regularly.",
        source="Het gaat erom een methode te vinden die bij je past en deze consequent toe te "
        "passen.",
        child_nl="Ademoefeningen, yoga of tijd buiten: er is niet één beste manier. Kies wat "
        "bij je kind past en doe het regelmatig.",
        child_en="Breathing exercises, yoga or time outdoors: there is no single best way. "
        "Choose what suits your child and do it regularly.",
    ),
    Tip(
        key="winddown.ups_and_downs",
        phases=ALL_PHASES,
        nl="Een dag met meer jeuk of een opflakkering kan erbij horen; het gaat om het verloop "
        "over weken. Wordt het duidelijk erger of houdt het aan, laat je huisarts meekijken.",
        en="A day with more itch or a flare-up can be part of it; what matters is the trend "
        "over weeks. If it clearly gets worse or lasts, let your GP take a look.",
        source="Het herstelproces verloopt zelden lineair, maar kent eerder ups en downs",
        child_nl="Een dag met meer jeuk of een opflakkering kan erbij horen; het gaat om het "
        "verloop over weken. Wordt het duidelijk erger of houdt het aan, laat je huisarts "
        "naar je kind kijken.",
        child_en="A day with more itch or a flare-up can be part of it; what matters is the "
        "trend over weeks. If it clearly gets worse or lasts, let your GP see your child.",
    ),
    Tip(
        key="winddown.itch_diary",
        phases=ALL_PHASES,
        nl="Elke avond je jeuk noteren werkt als een klein dagboek. Over een paar weken zie je "
        "zo beter hoe het gaat, ook als één dag tegenvalt.",
        en="Noting your itch every evening works like a small diary. Over a few weeks it shows "
        "how things are going, even when one day is disappointing.",
        source="Houd een dagboek bij van je symptomen om deze geleidelijke vooruitgang beter te "
        "kunnen monitoren.",
        child_nl="Elke avond de jeuk van je kind noteren werkt als een klein dagboek. Over een "
        "paar weken zie je zo beter hoe het gaat, ook als één dag tegenvalt.",
        child_en="Noting your child's itch every evening works like a small diary. Over a few "
        "weeks it shows how things are going, even when one day is disappointing.",
    ),
    Tip(
        key="winddown.one_step_first",
        phases=_START,
        nl="Een nieuwe avondroutine is even wennen. Begin met één stap, bijvoorbeeld je scherm "
        "een uur voor bedtijd wegleggen, en bouw van daaruit verder.",
        en="A new evening routine takes some getting used to. Start with one step, such as "
        "putting your screen away an hour before bed, and go from there.",
        source="Het gaat erom een methode te vinden die bij je past en deze consequent toe te "
        "passen.",
        child_nl="Een nieuwe avondroutine is even wennen voor je kind. Begin met één stap, "
        "bijvoorbeeld schermen een uur voor bedtijd weg, en bouw van daaruit verder.",
        child_en="A new evening routine takes your child some getting used to. Start with one "
        "step, such as screens away an hour before bed, and go from there.",
    ),
    Tip(
        key="winddown.maintenance_rest",
        phases=_MAINTENANCE,
        nl="Goed slapen en omgaan met stress blijven ook op de lange termijn belangrijk. Als je "
        "avondroutine al vastligt, is die een mooi deel van je onderhoud.",
        en="Good sleep and handling stress stay important in the long run too. If your evening "
        "routine is already settled, it is a good part of your maintenance.",
        source="stressmanagement en voldoende slaap blijvende aandachtspunten blijven",
        child_nl="Goed slapen en omgaan met stress blijven ook op de lange termijn belangrijk. "
        "Als de avondroutine van je kind al vastligt, is die een mooi deel van het onderhoud.",
        child_en="Good sleep and handling stress stay important in the long run too. If your "
        "child's evening routine is already settled, it is a good part of the maintenance.",
    ),
)

_SKINCARE: Final[tuple[Tip, ...]] = (
    Tip(
        key="skincare.gut_and_skin",
        phases=ALL_PHASES,
        nl="Deze aanpak werkt aan je darmen én je huid. Het insmeren is het deel voor je huid, "
        "naast je darmroutine.",
        en="This approach works on your gut and your skin. Moisturising is the part for your "
        "skin, alongside your gut routine.",
        source="Een geïntegreerde aanpak die zowel darmen als huid behandelt, biedt de beste "
        "resultaten",
        child_nl="Deze aanpak werkt aan de darmen én de huid van je kind. Het insmeren is het "
        "deel voor de huid, naast de darmroutine.",
        child_en="This approach works on your child's gut and skin. Moisturising is the part "
        "for the skin, beside the gut routine.",
    ),
    Tip(
        key="skincare.calm_moment",
        phases=ALL_PHASES,
        nl="Stress raakt ook je huidbarrière. Neem het insmeren rustig: het kan meteen een "
        "kalm moment van je dag zijn.",
        en="Stress affects your skin barrier too. Take your time moisturising: it can be a calm "
        "moment in your day as well.",
        source="stress ook direct de huidbarrièrefunctie",
        child_nl="Stress raakt ook de huidbarrière. Neem het insmeren rustig: het kan meteen "
        "een kalm moment samen met je kind zijn.",
        child_en="Stress affects the skin barrier too. Take your time moisturising: it can be a "
        "calm moment with your child as well.",
    ),
    Tip(
        key="skincare.barrier_months",
        phases=frozenset({3, 4, 5}),
        nl="Volgens de bron kan de huidbarrière na 4 tot 6 maanden sterker worden. Het insmeren "
        "hoort er intussen gewoon bij.",
        en="According to the source, the skin barrier can grow stronger after 4 to 6 months. "
        "Moisturising is simply part of the day meanwhile.",
        source="na 4-6 maanden de huidbarrière zelf sterker wordt",
    ),
    Tip(
        key="skincare.gut_bacteria_barrier",
        phases=ALL_PHASES,
        nl="Volgens de bron kunnen goede darmbacteriën stoffen maken die ook je huidbarrière "
        "steunen. Je darmroutine is zorg van binnen, dit insmeren zorg van buiten.",
        en="According to the source, good gut bacteria can make substances that support your "
        "skin barrier too. Your gut routine is care from within, this moisturising care from "
        "outside.",
        source="de integriteit van zowel de darm- als de huidbarrière ondersteunen",
        child_nl="Volgens de bron kunnen goede darmbacteriën stoffen maken die ook de "
        "huidbarrière steunen. De darmroutine van je kind is zorg van binnen, dit insmeren "
        "zorg van buiten.",
        child_en="According to the source, good gut bacteria can make substances that support "
        "the skin barrier too. Your child's gut routine is care from within, this moisturising "
        "care from outside.",
    ),
    Tip(
        key="skincare.weeks_to_months",
        phases=_EARLY,
        nl="Verbetering van eczeem gaat volgens de bron niet in dagen, maar in weken tot "
        "maanden. Een vast moment om in te smeren maakt het makkelijker om vol te houden.",
        en="According to the source, improvement in eczema takes not days but weeks to months. "
        "A fixed moment to moisturise makes it easier to keep going.",
        source="is geen kwestie van dagen, maar eerder van weken tot maanden",
        child_nl="Verbetering van eczeem gaat volgens de bron niet in dagen, maar in weken tot "
        "maanden. Een vast moment om je kind in te smeren maakt het makkelijker om vol te "
        "houden.",
        child_en="According to the source, improvement in eczema takes not days but weeks to "
        "months. A fixed moment to moisturise your child makes it easier to keep going.",
    ),
    Tip(
        key="skincare.breathe_while_moisturising",
        phases=ALL_PHASES,
        nl="Volgens de bron kunnen ademhalingsoefeningen en ontspanning net zo belangrijk zijn "
        "als huidverzorging. Adem tijdens het insmeren rustig in en uit, dan doe je allebei.",
        en="According to the source, breathing exercises and relaxation can matter as much as "
        "skin care. Breathe slowly in and out while you moisturise, and you do both.",
        source="voldoende ontspanning kunnen daarom net zo belangrijk zijn als "
        "voedingsaanpassingen en huidverzorging",
        child_nl="Volgens de bron kunnen ademhalingsoefeningen en ontspanning net zo belangrijk "
        "zijn als huidverzorging. Adem tijdens het insmeren samen met je kind rustig in en uit.",
        child_en="According to the source, breathing exercises and relaxation can matter as "
        "much as skin care. Breathe slowly in and out with your child while you moisturise.",
    ),
    Tip(
        key="skincare.more_than_gut",
        phases=ALL_PHASES,
        nl="Alleen op je darmen letten is volgens de bron voor de meeste mensen niet genoeg; "
        "ook huidverzorging telt mee. Daarom hoort dit moment bij het programma.",
        en="According to the source, paying attention to your gut alone is not enough for most "
        "people; skin care counts too. That is why this moment is part of the programme.",
        source="Voor de meeste mensen met eczeem is echter een meer holistische aanpak nodig",
        child_nl="Alleen op de darmen letten is volgens de bron voor de meeste mensen niet "
        "genoeg; ook huidverzorging telt mee. Daarom hoort dit moment met je kind erbij.",
        child_en="According to the source, paying attention to the gut alone is not enough for "
        "most people; skin care counts too. That is why this moment with your child is part of "
        "it.",
    ),
    Tip(
        key="skincare.first_signs",
        phases=_EARLY,
        nl="Insmeren is ook een moment om rustig naar je huid te kijken. Volgens de bron kunnen "
        "bij deze aanpak rond 4 tot 6 weken de eerste tekenen van verbetering komen.",
        en="Moisturising is also a moment to look calmly at your skin. According to the "
        "source, with this approach the first signs of improvement can come around 4 to 6 "
        "weeks.",
        source="Na ongeveer 4-6 weken kun je de eerste tekenen van verbetering in je huid "
        "beginnen te zien",
        child_nl="Insmeren is ook een moment om rustig naar de huid van je kind te kijken. "
        "Volgens de bron kunnen bij deze aanpak rond 4 tot 6 weken eerste tekenen komen.",
        child_en="Moisturising is also a moment to look calmly at your child's skin. According "
        "to the source, with this approach first signs can come around 4 to 6 weeks.",
    ),
    Tip(
        key="skincare.link_to_routine",
        phases=ALL_PHASES,
        nl="Koppel insmeren aan iets wat je elke dag al doet, zoals douchen of tandenpoetsen. "
        "Volgens de bron helpt het om consequent te blijven en je lichaam tijd te geven.",
        en="Link moisturising to something you already do every day, like showering or "
        "brushing your teeth. The source says it helps to stay consistent and give your body "
        "time.",
        source="Blijf consequent in je aanpak en geef je lichaam de tijd om te reageren",
        child_nl="Koppel het insmeren van je kind aan iets vasts, zoals douchen of in bad gaan "
        "of tandenpoetsen. Volgens de bron helpt het om consequent te blijven en het lichaam "
        "tijd te geven.",
        child_en="Link moisturising your child to something fixed, like the shower, the bath or "
        "brushing teeth. The source says it helps to stay consistent and give the body time.",
    ),
    Tip(
        key="skincare.own_pace",
        phases=ALL_PHASES,
        nl="Ieder lichaam reageert volgens de bron in zijn eigen tempo. Vergelijk je huid dus "
        "vooral met hoe die was toen je begon.",
        en="According to the source, every body responds at its own pace. So compare your skin "
        "mostly with how it was when you started.",
        source="Ieder lichaam reageert in zijn eigen tempo",
        child_nl="Ieder lichaam reageert volgens de bron in zijn eigen tempo, ook dat van je "
        "kind. Vergelijk de huid dus vooral met hoe die was bij de start.",
        child_en="According to the source, every body responds at its own pace, your child's "
        "too. So compare the skin mostly with how it was at the start.",
    ),
    Tip(
        key="skincare.ups_and_downs",
        phases=ALL_PHASES,
        nl="Een mindere huiddag kan erbij horen: herstel gaat volgens de bron met ups en downs. "
        "Wordt het duidelijk erger of houdt het aan, laat je huisarts meekijken.",
        en="A worse skin day can be part of it: according to the source, recovery has its ups "
        "and downs. If it clearly gets worse or lasts, let your GP take a look.",
        source="Het herstelproces verloopt zelden lineair, maar kent eerder ups en downs",
        child_nl="Een mindere huiddag bij je kind kan erbij horen: herstel gaat volgens de bron "
        "met ups en downs. Wordt het duidelijk erger of houdt het aan, laat je huisarts "
        "meekijken.",
        child_en="A worse skin day for your child can be part of it: according to the source, "
        "recovery has its ups and downs. If it clearly gets worse or lasts, let your GP take a "
        "look.",
    ),
    Tip(
        key="skincare.sleep_and_skin",
        phases=ALL_PHASES,
        nl="Slaap telt ook mee: volgens de bron kan langdurig slaaptekort huidklachten "
        "verergeren. Smeer je 's avonds in, dan kan dit een rustig begin van je nacht zijn.",
        en="Sleep counts too: according to the source, ongoing lack of sleep can make skin "
        "problems worse. If you moisturise in the evening, it can be a calm start to your "
        "night.",
        source="in het bloed en kan zowel darm- als huidproblemen verergeren",
        child_nl="Slaap telt ook mee: volgens de bron kan langdurig slaaptekort huidklachten "
        "verergeren. Smeer je je kind 's avonds in, dan kan dit een rustig begin van de nacht "
        "zijn.",
        child_en="Sleep counts too: according to the source, ongoing lack of sleep can make "
        "skin problems worse. If you moisturise your child in the evening, it can be a calm "
        "start to the night.",
    ),
    Tip(
        key="skincare.food_for_barrier",
        phases=ALL_PHASES,
        nl="Je huid verzorg je van buiten, maar ook je eten telt: volgens de bron kan eten met "
        "veel vezels, antioxidanten en gezonde vetten je huidbarrière helpen versterken.",
        en="You care for your skin from outside, but food counts too: according to the source, "
        "food rich in fibre, antioxidants and healthy fats can help strengthen your skin "
        "barrier.",
        source="kan de balans in je darmen helpen herstellen en daarmee ook je huidbarrière "
        "versterken",
        child_nl="De huid van je kind verzorg je van buiten, maar ook eten telt: volgens de bron "
        "kan eten met veel vezels, antioxidanten en gezonde vetten de huidbarrière helpen "
        "versterken.",
        child_en="You care for your child's skin from outside, but food counts too: according "
        "to the source, food rich in fibre, antioxidants and healthy fats can help strengthen "
        "the skin barrier.",
        food=True,
    ),
    Tip(
        key="skincare.ask_about_cream",
        phases=ALL_PHASES,
        nl="Vragen over je crème of hoe je die gebruikt? Vraag je apotheker of huisarts; "
        "volgens de bron gaan zorg voor de huid en zorg voor de darmen het best samen.",
        en="Questions about your cream or how to use it? Ask your pharmacist or GP; according "
        "to the source, care for the skin and care for the gut work best together.",
        source="De meest effectieve behandeling van darmgerelateerd eczeem vereist vaak een "
        "samenwerking",
        child_nl="Vragen over de crème van je kind of hoe je die gebruikt? Vraag je apotheker "
        "of huisarts; volgens de bron gaan zorg voor de huid en voor de darmen het best samen.",
        child_en="Questions about your child's cream or how to use it? Ask your pharmacist or "
        "GP; according to the source, care for the skin and for the gut work best together.",
    ),
    Tip(
        key="skincare.maintenance_routine",
        phases=_MAINTENANCE,
        nl="Als insmeren al bij je dag hoort, is het een mooi deel van je onderhoudsroutine. "
        "Volgens de bron draait het na 6 maanden om zo'n routine.",
        en="If moisturising is already part of your day, it is a good part of your maintenance "
        "routine. According to the source, from 6 months on it is about a routine like this.",
        source="6+ maanden: langdurige verbetering met goede onderhoudsroutine",
        child_nl="Als insmeren al bij de dag van je kind hoort, is het een mooi deel van de "
        "onderhoudsroutine. Volgens de bron draait het na 6 maanden om zo'n routine.",
        child_en="If moisturising is already part of your child's day, it is a good part of "
        "the maintenance routine. According to the source, from 6 months on it is about a "
        "routine like this.",
    ),
)

# By reminder kind (bot/programme/kinds.py declares them; a test checks they match).
TIPS: Final[dict[str, tuple[Tip, ...]]] = {
    "probiotic": _PROBIOTIC,
    "hydration": _HYDRATION,
    "fibre": _FIBRE,
    "winddown": _WINDDOWN,
    "skincare": _SKINCARE,
}


def tips_for(kind: str, phase: int, *, for_child: bool = False) -> tuple[Tip, ...]:
    """The tips of one kind that fit a programme phase (1..5), in a stable order.

    With `for_child`, only the tips a parent taking part for a child may see.
    """
    return tuple(
        tip
        for tip in TIPS[kind]
        if phase in tip.phases and (tip.for_child if for_child else tip.for_adult)
    )


def tip_text(tip: Tip, language: str, for_child: bool) -> str:
    """The tip's wording in `language`: for a parent, its child wording where it has one."""
    if language == "nl":
        return (tip.child_nl or tip.nl) if for_child else tip.nl
    return (tip.child_en or tip.en) if for_child else tip.en


_OWN_NUMBERS_NL: Final = "Hoe het bij jou gaat, laten je eigen cijfers hieronder zien."
_OWN_NUMBERS_EN: Final = "Your own numbers below show how it is going for you."
_CHILD_NUMBERS_NL: Final = "Hoe het bij je kind gaat, laten de cijfers hieronder zien."
_CHILD_NUMBERS_EN: Final = "The numbers below show how it is going for your child."
_ARTICLE_NL: Final = "Volgens het artikel waarop dit programma is gebaseerd"
_ARTICLE_EN: Final = "The article this programme is based on says"

# The top of /progress: what the seed says a phase can bring, attributed to it, never promised.
PHASE_EXPECTATIONS: Final[dict[int, dict[str, str]]] = {
    1: {
        "nl": f"{_ARTICLE_NL} kun je in de eerste weken al kleine veranderingen in je "
        "spijsvertering merken, zoals minder opgeblazen gevoel of een regelmatigere "
        f"stoelgang. {_OWN_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that in the first weeks you may already notice small changes in "
        f"your digestion, such as less bloating or more regular stools. {_OWN_NUMBERS_EN}",
    },
    2: {
        "nl": f"{_ARTICLE_NL} kun je rond week 4 tot 6 de eerste tekenen in je huid zien, "
        f"zoals minder roodheid en jeuk. {_OWN_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that around week 4 to 6 you may see the first signs in your "
        f"skin, such as less redness and itch. {_OWN_NUMBERS_EN}",
    },
    3: {
        "nl": f"{_ARTICLE_NL} kan een opflakkering rond 2 tot 3 maanden minder vaak komen "
        f"en milder zijn. {_OWN_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that around 2 to 3 months a flare-up can come less often and be "
        f"milder. {_OWN_NUMBERS_EN}",
    },
    4: {
        "nl": f"{_ARTICLE_NL} kan je huidbarrière tussen 4 en 6 maanden sterker worden, "
        f"zodat je huid minder snel reageert op prikkels van buiten. {_OWN_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that between 4 and 6 months your skin barrier can grow stronger, "
        f"so your skin reacts less readily to triggers from outside. {_OWN_NUMBERS_EN}",
    },
    5: {
        "nl": f"{_ARTICLE_NL} gaat het na 6 maanden om een onderhoudsroutine: vezels, water, "
        f"slaap en rust blijven belangrijk. {_OWN_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that from 6 months on it is about a maintenance routine: fibre, "
        f"water, sleep and rest stay important. {_OWN_NUMBERS_EN}",
    },
}

# The same, for a parent taking part for a child: about "je kind", the same facts.
PHASE_EXPECTATIONS_CHILD: Final[dict[int, dict[str, str]]] = {
    1: {
        "nl": f"{_ARTICLE_NL} kunnen er in de eerste weken al kleine veranderingen in de "
        "spijsvertering te merken zijn, zoals minder opgeblazen gevoel of een regelmatigere "
        f"stoelgang. {_CHILD_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that in the first weeks small changes in digestion may already "
        "show, such as less bloating or more regular stools. "
        f"{_CHILD_NUMBERS_EN}",
    },
    2: {
        "nl": f"{_ARTICLE_NL} kunnen rond week 4 tot 6 de eerste tekenen in de huid te zien "
        f"zijn, zoals minder roodheid en jeuk. {_CHILD_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that around week 4 to 6 the first signs may show in the skin, "
        f"such as less redness and itch. {_CHILD_NUMBERS_EN}",
    },
    3: {
        "nl": f"{_ARTICLE_NL} kan een opflakkering rond 2 tot 3 maanden minder vaak komen "
        f"en milder zijn. {_CHILD_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that around 2 to 3 months a flare-up can come less often and be "
        f"milder. {_CHILD_NUMBERS_EN}",
    },
    4: {
        "nl": f"{_ARTICLE_NL} kan de huidbarrière tussen 4 en 6 maanden sterker worden, "
        f"zodat de huid minder snel reageert op prikkels van buiten. {_CHILD_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that between 4 and 6 months the skin barrier can grow stronger, "
        f"so the skin reacts less readily to triggers from outside. {_CHILD_NUMBERS_EN}",
    },
    5: {
        "nl": f"{_ARTICLE_NL} gaat het na 6 maanden om een onderhoudsroutine: vezels, water, "
        f"slaap en rust blijven ook voor je kind belangrijk. {_CHILD_NUMBERS_NL}",
        "en": f"{_ARTICLE_EN} that from 6 months on it is about a maintenance routine: fibre, "
        f"water, sleep and rest stay important for your child too. {_CHILD_NUMBERS_EN}",
    },
}
