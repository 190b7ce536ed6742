"""Rotating coaching tips per reminder kind, in nl and en, each built on a fact in the seed text.

Every tip restates one fact from the seed in our own words and stays inside PRODUCT's content
boundaries: no tests, no elimination diets, no promise of a cure, probiotics as the part of the
programme the participant chose. `source` quotes the seed sentence (verbatim, Dutch) for review.
Keys are stored in the database to rotate tips: never rename one, only add new ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["PHASE_EXPECTATIONS", "TIPS", "Tip", "tips_for"]


@dataclass(frozen=True)
class Tip:
    key: str  # stable id, e.g. "probiotic.strains_lgg" (stored to rotate: never rename one)
    phases: frozenset[int]  # programme phases 1..5 in which this tip fits
    nl: str
    en: str
    source: str  # short verbatim quote (Dutch, <= 120 chars) of the seed sentence behind the fact


ALL_PHASES: Final[frozenset[int]] = frozenset({1, 2, 3, 4, 5})
_START: Final[frozenset[int]] = frozenset({1})  # weeks 0-4: just started, building up
_EARLY: Final[frozenset[int]] = frozenset({1, 2})  # first two months
_BEFORE_FULL_EFFECT: Final[frozenset[int]] = frozenset({1, 2, 3})  # probiotic: 2-3 months
_MAINTENANCE: Final[frozenset[int]] = frozenset({4, 5})  # month 4 on: keeping the routine

_PROBIOTIC: Final[tuple[Tip, ...]] = (
    Tip(
        key="probiotic.strains_lgg",
        phases=ALL_PHASES,
        nl="Op het etiket van je probioticum staat de naam van de stam, zoals L. rhamnosus GG of "
        "B. lactis HN019. Dat zijn twee stammen die bij eczeem zijn onderzocht.",
        en="Your probiotic's label gives the strain name, such as L. rhamnosus GG or "
        "B. lactis HN019. Those are two strains that have been studied in people with eczema.",
        source="Lactobacillus rhamnosus GG, Bifidobacterium lactis HN019, Lactobacillus "
        "salivarius LS01 en Lactobacillus plantarum WCFS1",
    ),
    Tip(
        key="probiotic.strains_ls01",
        phases=ALL_PHASES,
        nl="Ook L. salivarius LS01 en L. plantarum WCFS1 zijn bij eczeem onderzocht. "
        "De letters en cijfers achter de naam wijzen de precieze stam aan.",
        en="L. salivarius LS01 and L. plantarum WCFS1 have also been studied in people with "
        "eczema. The letters and numbers after the name point to the exact strain.",
        source="behoren tot de stammen die in klinische studies positieve resultaten hebben "
        "laten zien bij eczeem",
    ),
    Tip(
        key="probiotic.dose_cfu",
        phases=ALL_PHASES,
        nl="De dosis van een probioticum staat in CFU (levende bacteriën). Meestal gaat het om "
        "10 tot 50 miljard CFU per dag; op je verpakking zie je wat jij neemt.",
        en="A probiotic's dose is given in CFU (live bacteria). The usual range is 10 to 50 "
        "billion CFU a day; your pack shows what you are taking.",
        source="De optimale dosering ligt meestal tussen 10-50 miljard CFU per dag",
    ),
    Tip(
        key="probiotic.start_low",
        phases=_START,
        nl="Net begonnen met je probioticum? Start met een lagere dosis en bouw rustig op, dan "
        "is de kans op gas of een opgeblazen gevoel kleiner.",
        en="Just started your probiotic? Begin with a lower dose and build up gradually, which "
        "makes gas or a bloated feeling less likely.",
        source="Begin met een lagere dosis en bouw geleidelijk op om eventuele tijdelijke "
        "bijwerkingen zoals gas",
    ),
    Tip(
        key="probiotic.mild_gas",
        phases=_EARLY,
        nl="Wat meer gas of een opgeblazen buik in de eerste weken komt vaak voor. Meestal is "
        "het mild en gaat het over terwijl je darmflora zich aanpast.",
        en="A bit more gas or a bloated belly in the first weeks is common. It is usually mild "
        "and passes while your gut flora adjusts.",
        source="Deze bijwerkingen zijn meestal mild en tijdelijk, en een teken dat je "
        "darmmicrobioom zich aanpast.",
    ),
    Tip(
        key="probiotic.full_effect_months",
        phases=_BEFORE_FULL_EFFECT,
        nl="Een probioticum heeft tijd nodig: reken op 2 tot 3 maanden voordat het volle effect "
        "zich kan laten zien.",
        en="A probiotic needs time: allow 2 to 3 months before its full effect can show.",
        source="Het kan 2-3 maanden duren voordat probiotica hun volledige effect bereiken",
    ),
    Tip(
        key="probiotic.fermented_dairy",
        phases=ALL_PHASES,
        nl="Ook via je eten krijg je levende culturen binnen: volle yoghurt en kefir zijn "
        "gefermenteerd en bevatten van nature probiotica.",
        en="Food can bring live cultures too: whole-milk yoghurt and kefir are fermented and "
        "naturally contain probiotics.",
        source="Natuurlijke bronnen zoals volle yoghurt, kefir, zuurkool, kimchi en kombucha "
        "bevatten levende culturen",
    ),
    Tip(
        key="probiotic.fermented_veg",
        phases=ALL_PHASES,
        nl="Een schepje zuurkool of kimchi bij het eten, of een glas kombucha: gefermenteerde "
        "producten brengen levende culturen mee voor je darmflora.",
        en="A spoonful of sauerkraut or kimchi with a meal, or a glass of kombucha: fermented "
        "foods bring live cultures for your gut flora.",
        source="Natuurlijke bronnen zoals volle yoghurt, kefir, zuurkool, kimchi en kombucha "
        "bevatten levende culturen",
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
    ),
    Tip(
        key="probiotic.prebiotic_fibre",
        phases=ALL_PHASES,
        nl="Bacteriën hebben iets te eten nodig. Vezels zijn prebiotica (voeding voor de "
        "bacteriën), dus je probioticum en vezels gaan goed samen.",
        en="Bacteria need something to eat. Fibre works as a prebiotic (food for the "
        "bacteria), so your probiotic and fibre go well together.",
        source="Zonder de juiste voedingsbodem (prebiotica) en omgeving kunnen zelfs de beste "
        "probiotica",
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
    ),
    Tip(
        key="probiotic.label_quality",
        phases=ALL_PHASES,
        nl="Een duidelijk etiket noemt de precieze stammen en hoeveel levende bacteriën erin "
        "zitten. Dan weet je wat je neemt.",
        en="A clear label names the exact strains and how many live bacteria it contains. "
        "That way you know what you are taking.",
        source="transparant is over de exacte stammen en aantallen levende bacteriën",
    ),
    Tip(
        key="probiotic.same_moment",
        phases=ALL_PHASES,
        nl="Koppel je probioticum aan iets wat je elke dag al doet, zoals je ontbijt. "
        "Een vast moment maakt het makkelijk om consequent te blijven.",
        en="Link your probiotic to something you already do every day, like breakfast. "
        "A fixed moment makes it easy to stay consistent.",
        source="Blijf consequent in je aanpak en geef je lichaam de tijd om te reageren",
    ),
    Tip(
        key="probiotic.food_and_supplement",
        phases=ALL_PHASES,
        nl="Gefermenteerd eten en een supplement sluiten elkaar niet uit: eten brengt naast "
        "levende culturen ook vezels mee, een supplement specifieke stammen in een vaste dosis.",
        en="Fermented food and a supplement can go together: food brings fibre as well as "
        "live cultures, a supplement gives specific strains in a fixed dose.",
        source="naast probiotica ook prebiotische vezels en andere voedingsstoffen bevatten",
    ),
    Tip(
        key="probiotic.maintenance_routine",
        phases=_MAINTENANCE,
        nl="Je probioticum hoort inmiddels bij je dag. Voor de lange termijn telt vooral een "
        "routine die je makkelijk volhoudt, samen met vezels en gefermenteerd eten.",
        en="Your probiotic is part of your day by now. For the long run, what counts is a "
        "routine you can keep up easily, together with fibre and fermented food.",
        source="6+ maanden: langdurige verbetering met goede onderhoudsroutine",
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
    ),
    Tip(
        key="hydration.more_fibre_more_water",
        phases=_BEFORE_FULL_EFFECT,
        nl="Eet je steeds meer vezels? Laat je drinken dan meegroeien, want vezels werken pas "
        "goed met genoeg water.",
        en="Eating more and more fibre? Let your drinking grow along with it, because fibre "
        "only works well with enough water.",
        source="Voldoende water drinken is daarbij essentieel om de vezels hun werk te laten doen.",
    ),
    Tip(
        key="hydration.glass_per_meal",
        phases=ALL_PHASES,
        nl="Een makkelijke vuistregel: zet bij elke maaltijd een glas water klaar. Zo drink je "
        "mee met de vezels die je eet.",
        en="An easy rule of thumb: put a glass of water next to every meal. That way you drink "
        "along with the fibre you eat.",
        source="Voldoende water drinken is daarbij essentieel om de vezels hun werk te laten doen.",
    ),
    Tip(
        key="hydration.oats_chia_breakfast",
        phases=ALL_PHASES,
        nl="Havermout of chiazaad bij je ontbijt? Drink er een glas water bij, zodat die vezels "
        "hun werk kunnen doen.",
        en="Oats or chia seeds for breakfast? Have a glass of water with them, so that fibre "
        "can do its work.",
        source="Goede bronnen van oplosbare vezels zijn onder andere haver, lijnzaad, chiazaad",
    ),
    Tip(
        key="hydration.legumes_meal",
        phases=ALL_PHASES,
        nl="Bonen, linzen of kikkererwten op het menu? Peulvruchten zitten vol vezels, dus een "
        "extra glas water bij het eten komt goed van pas.",
        en="Beans, lentils or chickpeas on the menu? Legumes are full of fibre, so an extra "
        "glass of water with the meal comes in handy.",
        source="wortelen, zoete aardappelen en peulvruchten",
    ),
    Tip(
        key="hydration.green_tea",
        phases=ALL_PHASES,
        nl="Zin in iets warms overdag? Een kop groene thee telt ook als drinkmoment en bevat "
        "antioxidanten.",
        en="Fancy something warm during the day? A cup of green tea counts as a drink too and "
        "contains antioxidants.",
        source="Kurkuma, gember en groene thee bevatten krachtige antioxidanten",
    ),
    Tip(
        key="hydration.ginger_water",
        phases=ALL_PHASES,
        nl="Een paar plakjes verse gember in heet water geven een warm drankje met "
        "antioxidanten, zonder suiker.",
        en="A few slices of fresh ginger in hot water make a warm drink with antioxidants, "
        "without sugar.",
        source="Kurkuma, gember en groene thee bevatten krachtige antioxidanten",
    ),
    Tip(
        key="hydration.kefir_kombucha",
        phases=ALL_PHASES,
        nl="Ook kefir of kombucha kan een drinkmoment zijn. Ze zijn allebei gefermenteerd en "
        "bevatten levende culturen voor je darmflora.",
        en="Kefir or kombucha can be a drink moment too. Both are fermented and contain live "
        "cultures for your gut flora.",
        source="Natuurlijke bronnen zoals volle yoghurt, kefir, zuurkool, kimchi en kombucha "
        "bevatten levende culturen",
    ),
    Tip(
        key="hydration.unsweetened",
        phases=ALL_PHASES,
        nl="Dorst? Water of thee zonder suiker is een fijne keuze, want veel suiker kan je "
        "darmflora ongunstig beïnvloeden.",
        en="Thirsty? Water or unsweetened tea is a good choice, as a lot of sugar can affect "
        "your gut flora unfavourably.",
        source="die ook bekend staan om hun negatieve invloed op de darmflora",
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
    ),
    Tip(
        key="hydration.maintenance_habit",
        phases=_MAINTENANCE,
        nl="Water drinken is inmiddels een gewoonte. Juist zulke kleine dagelijkse gewoontes "
        "houden je onderhoudsroutine stevig.",
        en="Drinking water is a habit by now. Small daily habits like this are what keep a "
        "maintenance routine steady.",
        source="Vergeet niet dat blijvende verbetering vaak een blijvende aanpassing van je "
        "leefstijl vraagt.",
    ),
)

_FIBRE: Final[tuple[Tip, ...]] = (
    Tip(
        key="fibre.daily_goal",
        phases=ALL_PHASES,
        nl="Het doel is 25 tot 30 gram vezels per dag, verdeeld over je maaltijden. "
        "Je avondeten is een mooi moment om daar een flink deel van te halen.",
        en="The goal is 25 to 30 g of fibre a day, spread over your meals. Dinner is a good "
        "moment to get a fair share of it.",
        source="Streef naar een dagelijkse inname van minimaal 25-30 gram vezels",
    ),
    Tip(
        key="fibre.build_gradually",
        phases=_EARLY,
        nl="Bouw je vezels stap voor stap op naar 25 tot 30 gram per dag. Te snel verhogen kan "
        "je buik van streek maken; rustig aan voorkomt dat vaak.",
        en="Build your fibre up step by step towards 25 to 30 g a day. Raising it too fast can "
        "upset your gut; going slowly often prevents that.",
        source="maar verhoog dit geleidelijk om darmklachten te voorkomen",
    ),
    Tip(
        key="fibre.hold_level",
        phases=_EARLY,
        nl="Meer onrust in je buik sinds je meer vezels eet? Blijf dan een paar dagen op "
        "hetzelfde niveau voordat je verder opbouwt.",
        en="A more restless gut since you started eating more fibre? Stay at the same level "
        "for a few days before building up further.",
        source="maar verhoog dit geleidelijk om darmklachten te voorkomen",
    ),
    Tip(
        key="fibre.oats",
        phases=ALL_PHASES,
        nl="Havermout bevat oplosbare vezels, de soort waar je goede darmbacteriën van leven. "
        "Een kom bij het ontbijt is een makkelijke start.",
        en="Oats contain soluble fibre, the kind your good gut bacteria live on. A bowl at "
        "breakfast is an easy start.",
        source="Voedingsvezels, met name oplosbare vezels, vormen een essentiële voedingsbron",
    ),
    Tip(
        key="fibre.flax_chia",
        phases=ALL_PHASES,
        nl="Een lepel lijnzaad of chiazaad door je yoghurt of salade levert vezels én "
        "plantaardige omega-3.",
        en="A spoonful of flaxseed or chia seeds in your yoghurt or salad gives you fibre as "
        "well as plant-based omega-3.",
        source="Goede bronnen van oplosbare vezels zijn onder andere haver, lijnzaad, chiazaad",
    ),
    Tip(
        key="fibre.apple_citrus",
        phases=ALL_PHASES,
        nl="Een appel, sinaasappel of mandarijn als tussendoortje is een simpele manier om "
        "vezels toe te voegen.",
        en="An apple, orange or mandarin as a snack is a simple way to add fibre.",
        source="appels, citrusvruchten, wortelen",
    ),
    Tip(
        key="fibre.carrot_sweet_potato",
        phases=ALL_PHASES,
        nl="Wortels en zoete aardappel passen makkelijk in je avondeten en brengen oplosbare "
        "vezels mee.",
        en="Carrots and sweet potato fit easily into dinner and bring soluble fibre with them.",
        source="appels, citrusvruchten, wortelen, zoete aardappelen en peulvruchten",
    ),
    Tip(
        key="fibre.legumes",
        phases=ALL_PHASES,
        nl="Een handje linzen, kikkererwten of bonen door je soep, salade of curry is een "
        "royale bron van vezels.",
        en="A handful of lentils, chickpeas or beans in your soup, salad or curry is a generous "
        "source of fibre.",
        source="wortelen, zoete aardappelen en peulvruchten",
    ),
    Tip(
        key="fibre.butyrate",
        phases=ALL_PHASES,
        nl="Goede darmbacteriën maken van oplosbare vezels korte-keten vetzuren zoals butyraat: "
        "stoffen die ontstekingen helpen remmen.",
        en="Good gut bacteria turn soluble fibre into short-chain fatty acids like butyrate: "
        "substances that help calm inflammation.",
        source="wat leidt tot de productie van korte-keten vetzuren zoals butyraat",
    ),
    Tip(
        key="fibre.colourful_plate",
        phases=ALL_PHASES,
        nl="Maak je bord kleurrijk: bessen, donkergroene bladgroenten en avocado bevatten "
        "stoffen die de groei van goede darmbacteriën steunen.",
        en="Make your plate colourful: berries, dark leafy greens and avocado contain "
        "substances that support the growth of good gut bacteria.",
        source="Denk aan donkergroene bladgroenten, bessen, avocado's en zoete aardappelen.",
    ),
    Tip(
        key="fibre.oily_fish",
        phases=ALL_PHASES,
        nl="Vette vis zoals zalm of makreel levert omega-3, vetten die ontstekingen in je "
        "lichaam kunnen helpen dempen. Past prima bij je avondeten.",
        en="Oily fish such as salmon or mackerel provides omega-3, fats that can help calm "
        "inflammation in your body. It fits nicely into dinner.",
        source="Omega-3 vetzuren, aanwezig in vette vis zoals zalm en makreel",
    ),
    Tip(
        key="fibre.plant_omega3",
        phases=ALL_PHASES,
        nl="Geen vis? Walnoten, lijnzaad, chiazaad en hennepzaad bevatten plantaardige omega-3, "
        "al zet je lichaam daar maar een deel van om in de actieve vorm.",
        en="No fish? Walnuts, flaxseed, chia and hemp seeds contain plant omega-3, although "
        "your body turns only part of it into the active form.",
        source="plantaardige bronnen zoals lijnzaad, chiazaad, hennepzaad en walnoten waardevol",
    ),
    Tip(
        key="fibre.daily_movement",
        phases=ALL_PHASES,
        nl="Ook bewegen helpt je darmflora: wie regelmatig beweegt, heeft vaak meer soorten "
        "darmbacteriën. Een half uur wandelen, fietsen of zwemmen per dag telt al.",
        en="Moving helps your gut flora too: people who move regularly often have more kinds "
        "of gut bacteria. Half an hour of walking, cycling or swimming a day counts.",
        source="Dagelijks 30 minuten matige beweging, zoals wandelen, fietsen, zwemmen of yoga",
    ),
    Tip(
        key="fibre.movement_own_level",
        phases=ALL_PHASES,
        nl="Bewegen hoeft geen topsport te zijn. Heel zware training kan voor sommigen juist "
        "stress geven, dus kies een niveau dat bij je past.",
        en="Moving doesn't have to be top-level sport. Very intense training can be a strain "
        "for some people, so pick a level that suits you.",
        source="zeer intensieve training bij sommige mensen juist stress voor het lichaam kan "
        "betekenen",
    ),
    Tip(
        key="fibre.fermented_side",
        phases=ALL_PHASES,
        nl="Een schepje zuurkool of kimchi naast je avondeten brengt levende culturen én "
        "vezels mee.",
        en="A spoonful of sauerkraut or kimchi next to dinner brings live cultures as well as "
        "fibre.",
        source="naast probiotica ook prebiotische vezels en andere voedingsstoffen bevatten",
    ),
    Tip(
        key="fibre.turmeric_ginger",
        phases=ALL_PHASES,
        nl="Een snufje kurkuma of wat verse gember in je avondeten geeft smaak en antioxidanten.",
        en="A pinch of turmeric or some fresh ginger in your dinner adds flavour and antioxidants.",
        source="Kurkuma, gember en groene thee bevatten krachtige antioxidanten",
    ),
    Tip(
        key="fibre.water_with_dinner",
        phases=ALL_PHASES,
        nl="Vezels en water horen bij elkaar: drink bij je avondeten een glas water, dan "
        "kunnen de vezels hun werk doen.",
        en="Fibre and water belong together: have a glass of water with dinner so the fibre "
        "can do its job.",
        source="Voldoende water drinken is daarbij essentieel om de vezels hun werk te laten doen.",
    ),
    Tip(
        key="fibre.maintenance_variety",
        phases=_MAINTENANCE,
        nl="Vezels zijn nu een vast deel van je dag. Haal ze uit verschillende bronnen, dan "
        "krijgt je darmflora gevarieerd te eten.",
        en="Fibre is a fixed part of your day now. Get it from different sources, so your gut "
        "flora gets a varied diet.",
        source="vormen een essentiële voedingsbron voor de gunstige bacteriën in je darmen",
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
    ),
    Tip(
        key="winddown.dark_quiet_room",
        phases=ALL_PHASES,
        nl="Maak je slaapkamer donker en stil: gordijnen dicht, lampjes uit. Een rustige kamer "
        "is een goede basis voor je nachtrust.",
        en="Make your bedroom dark and quiet: curtains closed, little lights off. A calm room "
        "is a good base for a night's rest.",
        source="Creëer een rustige, donkere slaapomgeving",
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
    ),
    Tip(
        key="winddown.same_bedtime",
        phases=ALL_PHASES,
        nl="Probeer elke dag rond dezelfde tijd naar bed te gaan, ook in het weekend. Een vast "
        "ritme helpt je slaap.",
        en="Try to go to bed around the same time every day, weekends included. A steady "
        "rhythm helps your sleep.",
        source="probeer regelmatige slaaptijden aan te houden",
    ),
    Tip(
        key="winddown.sleep_hours",
        phases=ALL_PHASES,
        nl="Tussen 7 en 9 uur slaap per nacht is een mooi doel. Reken terug vanaf je wektijd, "
        "dan weet je wanneer je het licht uitdoet.",
        en="Between 7 and 9 hours of sleep a night is a good goal. Count back from your "
        "wake-up time to know when to turn off the lights.",
        source="Streef naar 7-9 uur kwalitatieve slaap per nacht",
    ),
    Tip(
        key="winddown.sleep_repairs",
        phases=ALL_PHASES,
        nl="Slaap is meer dan rust: in je diepe slaap doet je lichaam herstelwerk dat helpt "
        "ontstekingen in toom te houden.",
        en="Sleep is more than rest: in deep sleep your body does repair work that helps keep "
        "inflammation in check.",
        source="Tijdens de diepe slaapfases vinden belangrijke herstelprocessen plaats",
    ),
    Tip(
        key="winddown.stress_gut_skin",
        phases=ALL_PHASES,
        nl="Stress heeft invloed op je darmflora én op je huid. Een rustig moment aan het eind "
        "van de dag is dus goed besteed.",
        en="Stress affects both your gut flora and your skin. A calm moment at the end of the "
        "day is time well spent.",
        source="Stress heeft een directe invloed op zowel je darmflora als je huidgezondheid",
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
    ),
    Tip(
        key="winddown.time_in_nature",
        phases=ALL_PHASES,
        nl="Tijd in de natuur is een van de manieren om stress te verminderen. Past er morgen "
        "een korte wandeling in het groen in?",
        en="Time in nature is one of the ways to ease stress. Could a short walk somewhere "
        "green fit into tomorrow?",
        source="yoga, tai chi of regelmatige tijd in de natuur doorbrengen",
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
    ),
    Tip(
        key="winddown.ups_and_downs",
        phases=ALL_PHASES,
        nl="Een dag met meer jeuk of een opflakkering hoort er soms bij. Herstel gaat zelden in "
        "een rechte lijn; het gaat om de lijn over weken.",
        en="A day with more itch or a flare-up is sometimes part of it. Recovery rarely runs "
        "in a straight line; what matters is the trend over weeks.",
        source="Het herstelproces verloopt zelden lineair, maar kent eerder ups en downs",
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
    ),
    Tip(
        key="winddown.maintenance_rest",
        phases=_MAINTENANCE,
        nl="Goed slapen en omgaan met stress blijven ook op de lange termijn belangrijk. Je "
        "avondroutine is een vast deel van je onderhoud.",
        en="Good sleep and handling stress stay important in the long run too. Your evening "
        "routine is a steady part of your maintenance.",
        source="stressmanagement en voldoende slaap blijvende aandachtspunten blijven",
    ),
)

# By reminder kind (the programme's four: bot.programme.schedule.KINDS; a test checks they match).
TIPS: Final[dict[str, tuple[Tip, ...]]] = {
    "probiotic": _PROBIOTIC,
    "hydration": _HYDRATION,
    "fibre": _FIBRE,
    "winddown": _WINDDOWN,
}


def tips_for(kind: str, phase: int) -> tuple[Tip, ...]:
    """The tips of one kind that fit a programme phase (1..5), in a stable order."""
    return tuple(tip for tip in TIPS[kind] if phase in tip.phases)


PHASE_EXPECTATIONS: Final[dict[int, dict[str, str]]] = {
    1: {
        "nl": "In de eerste weken merken veel mensen de eerste veranderingen in hun "
        "spijsvertering, zoals minder opgeblazen gevoel of een regelmatigere stoelgang. "
        "Iedereen heeft zijn eigen tempo.",
        "en": "In the first weeks, many people notice the first changes in their digestion, "
        "such as less bloating or more regular stools. Everyone has their own pace.",
    },
    2: {
        "nl": "Vanaf ongeveer week 4 tot 6 zien veel mensen roodheid en jeuk wat afnemen. "
        "Gaat het bij jou langzamer, dan kan dat: iedereen heeft zijn eigen tempo.",
        "en": "From around week 4 to 6, many people see redness and itch start to ease. "
        "If it goes slower for you, that can happen: everyone has their own pace.",
    },
    3: {
        "nl": "Rond 2 tot 3 maanden merken veel mensen dat een opflakkering minder vaak komt "
        "en milder is. Herstel gaat zelden in een rechte lijn, dus ups en downs horen erbij.",
        "en": "Around 2 to 3 months, many people notice that a flare-up comes less often and "
        "is milder. Recovery rarely runs in a straight line, so ups and downs are normal.",
    },
    4: {
        "nl": "Tussen 4 en 6 maanden wordt de huidbarrière bij veel mensen sterker, zodat je huid "
        "minder snel reageert op prikkels van buiten. Ook hier heeft iedereen een eigen tempo.",
        "en": "Between 4 and 6 months, the skin barrier grows stronger for many people, so your "
        "skin reacts less readily to triggers from outside. Here too, everyone has their own pace.",
    },
    5: {
        "nl": "Na 6 maanden gaat het erom vast te houden wat je hebt opgebouwd, met een "
        "onderhoudsroutine: vezels, water, slaap en rust blijven belangrijk.",
        "en": "From 6 months on, it is about keeping what you have built with a maintenance "
        "routine: fibre, water, sleep and rest stay important.",
    },
}
