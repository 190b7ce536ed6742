"""Nederlandse teksten. Toon: "je", warm en gewoon, hooguit één emoji, nooit schuldgevoel."""

from __future__ import annotations

from typing import Final

TEXTS: Final[dict[str, str]] = {
    # -- kennismaking --------------------------------------------------------------------------
    "onboarding.language": (
        "Welkom bij Darm-Huid Coach.\nIn welke taal wil je je berichten krijgen?"
    ),
    "onboarding.disclaimer": (
        "Even wat ik wel en niet ben.\n"
        "Ik help je met dagelijkse gewoontes voor je darmflora en je huid: een probioticum, "
        "water, vezels en tot rust komen. Ik houd ook bij hoe het met je huid en je buik gaat.\n"
        "Ik geef geen medisch advies en ik vervang je huisarts of dermatoloog niet. Stop nooit "
        "met een voorgeschreven behandeling zonder overleg met je arts; ik zal je ook nooit "
        "vragen ermee te stoppen."
    ),
    "onboarding.age": (
        "Ben je 16 jaar of ouder? Of gebruik je mij als ouder of verzorger voor een kind?"
    ),
    "onboarding.age_under": (
        "Dank je voor je eerlijkheid. Ik ben gemaakt voor mensen van 16 jaar en ouder. "
        "Vraag je ouder of verzorger om mij op zijn of haar eigen telefoon te starten. Ik heb "
        "niets van je bewaard."
    ),
    "onboarding.consent": (
        "Toestemming voor je gezondheidsgegevens\n{terms}\nGeef je daar toestemming voor?"
    ),
    "consent.terms": (
        "Om je te coachen bewaar ik: je taal, tijdzone en tijden; wat je met de herinneringen "
        "doet (gedaan, later, overgeslagen); je glazen water; je jeukscore van elke avond; en je "
        "antwoorden in de wekelijkse check-in over huid, buik, slaap en stress, met de triggers "
        "die je aanvinkt en je eigen notitie; wat je op een dag als mogelijke trigger "
        "noteert, met de dag en het tijdstip; wat je gebruikt (crèmes, zalven, medicijnen), "
        "zoals je het zelf noteert, en de naam en verpakking van je probioticum als je die "
        "geeft; en wat je later verbetert, met wat het eerst was. Dat zijn "
        "gezondheidsgegevens.\n"
        "Je naam bewaar ik niet, alleen je Telegram-ID (een nummer, niet je telefoonnummer). "
        "De beheerder van deze bot ziet alleen totalen, nooit jouw antwoorden.\n"
        "Met /export krijg je alles als bestand. Je kunt je toestemming altijd intrekken: met "
        "/delete wis ik alles en stop ik. /stop zet alleen de berichten stil; je gegevens "
        "blijven dan bewaard."
    ),
    "onboarding.consent.child": (
        "Ook voor je kind: stop nooit met een voorgeschreven behandeling zonder overleg met de "
        "huisarts.\n\nToestemming voor de gezondheidsgegevens van je kind\n{terms}\nGeef je "
        "als ouder of verzorger daar toestemming voor?"
    ),
    "consent.terms.child": (
        "Om jullie te coachen bewaar ik: je taal, tijdzone en tijden; wat je met de "
        "herinneringen doet (gedaan, later, overgeslagen); de glazen water; de jeukscore van je "
        "kind van elke avond; en je antwoorden in de wekelijkse check-in over de huid, buik, "
        "slaap en stress van je kind, met de triggers die je aanvinkt en je eigen notitie; wat "
        "je op een dag als mogelijke trigger bij je kind noteert, met de dag en het tijdstip; "
        "wat je kind gebruikt (crèmes, zalven, medicijnen), zoals je het zelf noteert, en de "
        "naam en verpakking van het probioticum als je die geeft; wat je later verbetert, met "
        "wat het eerst was; en de leeftijdsgroep van je kind (geen geboortedatum). Dat zijn "
        "gezondheidsgegevens van "
        "je kind, en jij geeft er als ouder of verzorger toestemming voor.\n"
        "Namen bewaar ik niet, alleen je Telegram-ID (een nummer, niet je telefoonnummer). De "
        "beheerder van deze bot ziet alleen totalen, nooit jouw antwoorden.\n"
        "Met /export krijg je alles als bestand. Je kunt je toestemming altijd intrekken: met "
        "/delete wis ik alles en stop ik. /stop zet alleen de berichten stil; de gegevens "
        "blijven dan bewaard."
    ),
    "consent.updated": (
        "Wat ik bewaar is veranderd; zo staat het er nu:\n{terms}\nGa je akkoord met deze "
        "tekst? Tot dan bewaar ik niets nieuws en stuur ik je geen herinneringen. Liever "
        "stoppen? Met /delete wis ik alles; met /export krijg je eerst een kopie."
    ),
    "consent.first": (
        "Eerst even dit: ga je akkoord met de nieuwe tekst over wat ik bewaar? Tik hieronder op "
        "Ja of Nee."
    ),
    "consent.thanks": "Dank je, je toestemming is bewaard. Je herinneringen lopen weer.",
    "consent.declined_new": (
        "Goed. Dan bewaar ik niets nieuws en stuur ik je geen berichten meer. Wat ik al had, "
        "staat er nog: met /export krijg je een kopie, met /delete wis ik alles. Met /start "
        "begin je weer."
    ),
    "onboarding.declined": (
        "Helemaal goed. Zonder toestemming bewaar ik niets over je gezondheid en stuur ik je "
        "geen herinneringen. Ik heb je gegevens gewist. Met /start kun je later alsnog beginnen."
    ),
    "onboarding.timezone": (
        "In welke tijdzone zit je? Tik er een aan, of typ de naam, zoals Europe/Berlin."
    ),
    "onboarding.wake": (
        "Hoe laat sta je meestal op? Tik op een tijd of typ hem, bijvoorbeeld 07:30."
    ),
    "onboarding.wake.child": (
        "Hoe laat staat je kind meestal op? Tik op een tijd of typ hem, bijvoorbeeld 07:30."
    ),
    "onboarding.bed": ("Hoe laat ga je meestal slapen? Tussen bedtijd en opstaan stuur ik niets."),
    "onboarding.bed.child": (
        "Hoe laat gaat je kind meestal naar bed? Een uur daarvoor komt het seintje om tot rust "
        "te komen; tussen bedtijd en opstaan stuur ik niets."
    ),
    "onboarding.probiotic_use": (
        "Neem je een probioticum, of wil je dat gaan doen? Het is jouw keuze. Zo niet, dan "
        "stuur ik er geen herinnering voor; in /settings zet je die later aan."
    ),
    "onboarding.probiotic_use.child": (
        "Krijgt je kind een probioticum, of wil je daarmee beginnen? Voor een kind: vraag je "
        "apotheker of huisarts welk soort en hoeveel. Zo niet, dan stuur ik er geen herinnering "
        "voor; in /settings zet je die later aan."
    ),
    "zone.Europe/Amsterdam": "Amsterdam",
    "zone.Europe/Brussels": "Brussel",
    "zone.Europe/Berlin": "Berlijn",
    "zone.Europe/London": "Londen",
    "zone.America/Paramaribo": "Paramaribo",
    "zone.America/Curacao": "Curaçao",
    "button.probiotic_yes": "Ja, ik neem er een",
    "button.probiotic_yes.child": "Ja, mijn kind krijgt er een",
    "button.probiotic_start": "Ik wil ermee beginnen",
    "button.probiotic_no": "Nee",
    "onboarding.probiotic": (
        "Wanneer wil je een seintje voor je probioticum? Bij het ontbijt werkt voor veel "
        "mensen goed."
    ),
    "onboarding.probiotic.child": (
        "Wanneer wil je een seintje voor het probioticum van je kind? Bij het ontbijt werkt "
        "voor veel gezinnen goed."
    ),
    "onboarding.fibre": (
        "Wanneer wil je een seintje over vezels? Voor het avondeten is een goed moment."
    ),
    "onboarding.fibre.child": (
        "Wanneer wil je een seintje over de vezels van je kind? Voor het avondeten is een goed "
        "moment."
    ),
    "onboarding.skincare": (
        "Wanneer wil je een seintje om in te smeren? Na het douchen of voor het slapen is een "
        "goed moment."
    ),
    "onboarding.skincare.child": (
        "Wanneer wil je een seintje om de huid van je kind in te smeren? Na het douchen of in "
        "bad, of voor het slapen, is een goed moment."
    ),
    "onboarding.done": (
        "Klaar, je programma begint vandaag. Dit is je dagritme:\n"
        "{schedule}\n"
        "Met /today zie je je lijstje, met /settings pas je alles aan en /help laat alles zien."
    ),
    "onboarding.finish_first": (
        "We zijn nog aan het kennismaken. Beantwoord eerst de vraag hieronder, dan werkt dit ook."
    ),
    "onboarding.already_answered": ("Die vraag had je al beantwoord. Hier gaan we verder:"),
    "schedule.line": "{at}  {label}",
    "schedule.checkin": "Check-in: elke {day} om {at}",
    # -- invoer --------------------------------------------------------------------------------
    "input.bad_time": (
        "Dat herken ik niet als tijd. Typ bijvoorbeeld 07:30, 7.30 of 0730, of tik op een knop."
    ),
    "zone.ask_again": (
        "De tijdzone die je koos, staat niet meer in de lijst die ik gebruik. Tot je een "
        "andere kiest, reken ik met {fallback}. In welke tijdzone zit je?"
    ),
    "input.bad_zone": (
        "Die tijdzone ken ik niet. Typ een naam zoals Europe/Amsterdam, of tik op een knop."
    ),
    "flood.slow_down": (
        "Je stuurt veel berichten vlak na elkaar. De komende {seconds} seconden lees ik er even "
        "niet meer; daarna kun je gewoon verder."
    ),
    "input.bad_day": "Dat herken ik niet als dag. Typ bijvoorbeeld zondag, of tik op een knop.",
    "input.bad_count": "Typ een aantal keer per dag, zoals 4, of tik op een knop.",
    "input.use_buttons": "Tik op een van de knoppen hieronder, dan gaan we verder.",
    "button.triggers_none": "Geen",
    "button.quiet_move": "Verplaatsen",
    "button.quiet_keep": "Bewust zo houden",
    "button.first_now": "Nu",
    "button.first_later": "Later, om {at}",
    "button.first_tomorrow": "Morgen om {at}",
    "button.settings_done": "Klaar",
    "settings.done": "Je instellingen zijn bewaard. Met /settings pas je ze altijd weer aan.",
    "settings.quiet": (
        "Daarmee valt dit in de nachtrust ({bed} tot {wake}), en dan stuur ik "
        "niets:\n{items}\nZal ik het verplaatsen, of wil je het bewust zo houden?"
    ),
    "settings.quiet_item": "{label} om {at} (verplaatst: {moved})",
    "input.short_day": (
        "Dan blijft er te weinig dag over: tussen opstaan en bedtijd moet minstens 8 uur zitten."
    ),
    "input.short_night": (
        "Dan blijft er te weinig nacht over: tussen bedtijd en opstaan moet minstens 4 uur zitten."
    ),
    "input.asleep": (
        "{at} valt in de nachtrust ({bed} tot {wake}), en dan stuur ik niets. Kies een tijd "
        "tussen {wake} en {bed}."
    ),
    "checkin.pointer": (
        "Je check-in wacht op een antwoord op vraag {n} van {total} hierboven: tik op een van de "
        "knoppen, of Later verder."
    ),
    "checkin.first_offer": (
        "Je eerste check-in is je startpunt: 14 korte vragen over de afgelopen week, een paar "
        "minuten werk. Nu meteen, of later vandaag?"
    ),
    "checkin.later_ok": "Prima. {when} stuur ik je de eerste vragen.",
    "checkin.later_today": "Om {at}",
    "checkin.later_tomorrow": "Morgen om {at}",
    "settings.quiet_pointer": "Tik hierboven op Verplaatsen of Bewust zo houden (of Terug).",
    "input.unknown": "Dat begrijp ik niet helemaal. Met /help zie je wat ik kan.",
    # -- knoppen -------------------------------------------------------------------------------
    "button.default_choice": "{label} (standaard)",
    "button.understood": "Begrepen",
    "button.age_adult": "Ja, 16 of ouder",
    "button.age_parent": "Ik ben ouder/verzorger",
    "button.age_under": "Nee, jonger dan 16",
    "button.consent_yes": "Ja, ik geef toestemming",
    "button.consent_no": "Nee, liever niet",
    "button.done": "✓ Gedaan",
    "button.done_item": "✓ {label}",
    "button.later": "Later",
    "button.skip": "Overslaan",
    "button.snooze_30": "30 min",
    "button.snooze_60": "1 uur",
    "button.snooze_180": "3 uur",
    "button.back": "Terug",
    "button.glass_so_far": "+1 glas (vandaag {n})",
    "button.glass": "💧 +1 glas",
    "button.recorded_done": "✓ {label}: gedaan",
    "button.recorded_skipped": "{label}: overgeslagen",
    "button.recorded_snoozed": "{label}: om {at}",
    "button.set_for_whom": "Voor wie",
    "button.for_whom_adult": "Voor mezelf",
    "button.for_whom_parent": "Voor mijn kind",
    "for_whom.adult": "jezelf",
    "for_whom.parent": "je kind (jij antwoordt als ouder of verzorger)",
    "settings.switched_parent": (
        "Opgeslagen: vanaf nu gaan vragen, tips en voortgang over je kind. Nog drie korte "
        "vragen: de leeftijd en de bedtijd van je kind, en het probioticum."
    ),
    "settings.switched_adult": (
        "Opgeslagen: vanaf nu gaan vragen, tips en voortgang over jezelf. Nog twee korte "
        "vragen: je bedtijd en je probioticum."
    ),
    "onboarding.child_age": (
        "Hoe oud is je kind? Dan stem ik de herinneringen en tips daarop af. Ook voor je kind "
        "geldt: stop nooit met een voorgeschreven behandeling zonder overleg met de huisarts."
    ),
    "button.child_age_under1": "Jonger dan 1 jaar",
    "button.child_age_1to3": "1 tot 4 jaar",
    "button.child_age_4to11": "4 tot 12 jaar",
    "button.child_age_12to15": "12 tot 16 jaar",
    "button.set_child_age": "Leeftijd kind",
    "for_whom.parent_aged": "je kind, {age} (jij antwoordt als ouder of verzorger)",
    "children.baby_note": (
        "Voor een baby loopt voeding via het consultatiebureau of de huisarts; daarom stuur ik "
        "geen water- of voedingstips, en staan water en vezels uit."
    ),
    "settings.saved_baby": (
        "Opgeslagen. Voor een baby loopt voeding via het consultatiebureau of de huisarts; "
        "daarom stuur ik geen water- of voedingstips, en staan water en vezels uit."
    ),
    "settings.for_whom": (
        "Voor wie gebruik je mij? Vragen, tips en voortgang gaan dan over jezelf of over je "
        "kind. Eerdere check-ins blijven zoals je ze invulde."
    ),
    "button.set_language": "Taal",
    "button.set_timezone": "Tijdzone",
    "button.set_wake": "Opstaan",
    "button.set_bed": "Bedtijd",
    "button.set_probiotic": "Tijd probioticum",
    "button.set_probiotic_name": "Naam probioticum",
    "button.set_probiotic_pack": "Verpakking probioticum",
    "button.pack_none": "Niet bijhouden",
    "button.name_none": "Geen naam",
    "settings.probiotic_name": (
        "Hoe heet je probioticum? Typ de naam zoals op de verpakking; dat hoeft niet."
    ),
    "settings.probiotic_name.child": (
        "Hoe heet het probioticum van je kind? Typ de naam zoals op de verpakking; dat hoeft niet."
    ),
    "settings.probiotic_pack": (
        "Hoeveel doses zitten er in de verpakking die je nu gebruikt? Dan zeg ik het een paar "
        "dagen voordat hij op is, geteld met je 'Gedaan'. Tik of typ het aantal; bij een "
        "nieuwe verpakking zet je het opnieuw."
    ),
    "input.bad_pack": "Typ het aantal doses in de verpakking, zoals 30, of tik op een knop.",
    "input.bad_name": "Typ de naam op één regel (hooguit 60 tekens), of tik op Geen naam.",
    "overview.probiotic_name": " · {name}",
    "overview.probiotic_pack": " · verpakking van {pack}",
    "stock.named": " ({name})",
    "stock.low": (
        "Je probioticum{named} raakt bijna op: nog ongeveer {left}, geteld met je 'Gedaan'. "
        "Ga je door met een nieuwe verpakking, zet dan in /settings het aantal opnieuw."
    ),
    "stock.low.child": (
        "Het probioticum van je kind{named} raakt bijna op: nog ongeveer {left}, geteld met je "
        "'Gedaan'. Gaan jullie door met een nieuwe verpakking, zet dan in /settings het aantal "
        "opnieuw."
    ),
    "button.set_fibre": "Tijd vezels",
    "button.set_skincare": "Tijd insmeren",
    "button.set_hydration": "Water per dag",
    "button.toggle": "{label}: {state}",
    "button.carry_on": "✓ Ik doe mee",
    "button.rest_pause": "2 weken pauze",
    "button.stop": "Stoppen",
    "backoff.still_there": (
        "Nog bezig? Ik hoor al een week niets van je, dus ik stuur je voorlopig één bericht "
        "per dag. Tik op iets en alles gaat weer zoals eerst; even pauze of stoppen mag ook."
    ),
    "backoff.on": "Fijn! Je herinneringen komen weer zoals eerst.",
    "backoff.rest": (
        "Ik hoor al drie weken niets van je, dus ik laat je met rust: tot en met {until} stuur "
        "ik niets. Wil je eerder verder? Stuur me een bericht of tik /resume, dan gaat alles "
        "weer zoals eerst. Je gegevens blijven bewaard; met /delete wis ik alles."
    ),
    "button.pause.one": "{count} dag",
    "button.pause.other": "{count} dagen",
    "button.cancel": "Toch niet",
    # -- soorten herinneringen ----------------------------------------------------------------
    "kind.probiotic": "Probioticum",
    "kind.hydration": "Water",
    "kind.fibre": "Vezels",
    "kind.checkin": "Check-in",
    "kind.winddown": "Tot rust komen",
    "kind.skincare": "Insmeren",
    "reminder.single.probiotic": "Tijd voor je probioticum.",
    "reminder.single.probiotic.child": "Tijd voor het probioticum van je kind.",
    "reminder.single.hydration": "Tijd voor een glas water.",
    "reminder.single.hydration.child": "Tijd voor een glas water voor je kind.",
    "reminder.single.hydration_small": "Tijd om je kind wat te laten drinken.",
    "reminder.single.fibre": "Een seintje voor je vezels vandaag.",
    "reminder.single.fibre.child": "Een seintje voor de vezels van je kind vandaag.",
    "reminder.single.skincare": "Tijd om je huid in te smeren.",
    "reminder.single.skincare.child": "Tijd om de huid van je kind in te smeren.",
    "reminder.single.winddown": "Over een uur is het bedtijd: tijd om tot rust te komen.",
    "reminder.single.winddown.child": (
        "Over een uur is het bedtijd voor je kind: tijd om samen tot rust te komen."
    ),
    "reminder.single.winddown_late": "Bijna bedtijd: tijd om tot rust te komen.",
    "reminder.single.winddown_late.child": (
        "Bijna bedtijd voor je kind: tijd om samen tot rust te komen."
    ),
    "reminder.late": "Deze stond voor {at}; hij komt wat later dan gepland.",
    "reminder.combined": "Nu aan de beurt: {items}.",
    "reminder.combined.child": "Nu aan de beurt voor je kind: {items}.",
    "reminder.combined_item": "{label} ({at})",
    "reminder.tip": "Tip: {tip}",
    # -- antwoorden op knoppen ---------------------------------------------------------------
    "answer.done": "Genoteerd: gedaan.",
    "answer.skipped": "Genoteerd: overgeslagen.",
    "answer.done_for_day": "Genoteerd voor {date}: gedaan.",
    "answer.skipped_for_day": "Genoteerd voor {date}: overgeslagen.",
    "answer.snoozed": "Ik herinner je er om {at} nog een keer aan.",
    "answer.already_done": "Dit had je al doorgegeven: gedaan. Er is niets veranderd.",
    "answer.already_skipped": "Dit had je al doorgegeven: overgeslagen. Er is niets veranderd.",
    "answer.already_snoozed": "Deze staat al uitgesteld tot {at}. Er is niets veranderd.",
    "answer.cannot_snooze": (
        "Deze herinnering is van {date}; uitstellen kan niet meer, afvinken of overslaan wel."
    ),
    "answer.glass.one": "Genoteerd: {count} glas water op {date}.",
    "answer.glass.other": "Genoteerd: {count} glazen water op {date}.",
    "answer.stale": "Deze knop werkt niet meer. Met /today zie je je lijstje van vandaag.",
    "answer.saved": "Opgeslagen.",
    # -- instellingen --------------------------------------------------------------------------
    "settings.overview": (
        "Je instellingen\n"
        "Voor: {for_whom}\n"
        "Taal: {language} · Tijdzone: {timezone}\n"
        "Opstaan {wake} · Bedtijd {bed}\n"
        "{reminders}\n"
        "Check-in: {checkin_day} {checkin_time}\n"
        "Tik op wat je wilt veranderen."
    ),
    # One line per reminder kind in the overview (bot/programme/kinds.py).
    "overview.kind.probiotic": "Probioticum {at} ({state}){extra}",
    "overview.kind.hydration": "Water {number}× per dag ({state})",
    "overview.kind.fibre": "Vezels {at} ({state})",
    "overview.kind.winddown": "Tot rust komen {at} ({state})",
    "overview.kind.skincare": "Insmeren {at} ({state})",
    "offer.skincare": (
        "Een idee: wil je ook een dagelijks seintje om je huid in te smeren? Darmen en huid "
        "samen, daar draait deze aanpak om.\n"
        "Welke crème en hoe vaak bespreek je met je huisarts, dermatoloog of apotheek. Een "
        "zalf met medicijn gebruik je zoals je arts hem voorschreef; dit seintje verandert daar "
        "niets aan."
    ),
    "offer.skincare.child": (
        "Een idee: wil je ook een dagelijks seintje om de huid van je kind in te smeren? Darmen "
        "en huid samen, daar draait deze aanpak om.\n"
        "Welke crème en hoe vaak bespreek je met de huisarts, dermatoloog of apotheek. Een "
        "zalf met medicijn gebruik je zoals de arts hem voorschreef; dit seintje verandert daar "
        "niets aan."
    ),
    # A reminder kind that is off, offered once (bot/programme/kinds.py: offer_day).
    "button.offer_yes": "Ja, om {at}",
    "button.offer_time": "Ja, op een andere tijd",
    "button.offer_no": "Nee, bedankt",
    "offer.on": "{label} staat aan, elke dag om {at}. Een andere tijd kies je in /settings.",
    "offer.on_choose": "Het seintje staat aan. Kies hieronder de tijd die bij je dag past.",
    "offer.no": "Goed, geen seintje. Wil je het later toch? {label} staat in /settings.",
    "settings.saved": "Opgeslagen. Je herinneringen volgen vanaf nu je nieuwe keuze.",
    "settings.hydration": "Hoe vaak per dag wil je een seintje om water te drinken?",
    "settings.language": "In welke taal wil je je berichten krijgen?",
    "state.on": "aan",
    "state.off": "uit",
    "language.name": "Nederlands",
    "language.saved": "Vanaf nu praat ik Nederlands met je.",
    # -- vandaag -------------------------------------------------------------------------------
    "today.header": "Vandaag, {date}",
    "today.line": "{at}  {label}: {state}",
    "today.line_before": "{at}  {label}: {state} (tijd in {zone}, je vorige tijdzone)",
    "today.empty": "Vandaag staan er geen herinneringen voor je klaar.",
    "today.water.one": "Water: {count} glas",
    "today.water.other": "Water: {count} glazen",
    "today.paused": "Je herinneringen staan op pauze tot en met {until}.",
    "today.stopped": "Je krijgt geen herinneringen; met /start zet je ze weer aan.",
    "status.done": "gedaan",
    "status.skipped": "overgeslagen",
    "status.snoozed": "uitgesteld tot {at}",
    "status.planned": "komt nog",
    "status.open": "open",
    "status.missed": "niet verstuurd",
    "status.failed": "niet bezorgd",
    "status.cancelled": "vervallen",
    # -- pauze, stoppen ------------------------------------------------------------------------
    "pause.ask": "Hoe lang wil je pauzeren? Ik stuur dan niets, en je gegevens blijven bewaard.",
    "pause.bad": "Typ /pause met een aantal dagen, bijvoorbeeld /pause 3 (1 tot {max} dagen).",
    "pause.done": "Gepauzeerd tot en met {until}. Met /resume ga je eerder verder.",
    "resume.done": "Welkom terug. Je herinneringen lopen weer.",
    "resume.not_paused": "Je herinneringen lopen al, er is niets te hervatten.",
    "stop.done": (
        "Ik stuur je geen berichten meer. Je gegevens blijven bewaard; met /start zet je de "
        "herinneringen weer aan. Wil je dat ik alles wis? Stuur dan /delete."
    ),
    "start.first": "Stuur /start als je wilt beginnen. Tot dan bewaar ik niets over je.",
    "start.welcome_back": "Fijn dat je er weer bent. Je herinneringen lopen weer.",
    # -- groepen en fouten ---------------------------------------------------------------------
    "group.refuse": (
        "Ik werk alleen in een privégesprek, omdat het om gezondheidsgegevens gaat. "
        "Stuur me gerust een persoonlijk bericht. Ik verlaat deze groep nu."
    ),
    "error.generic": (
        "Sorry, daar ging iets mis aan mijn kant. Je gegevens zijn veilig; probeer het zo nog eens."
    ),
    # -- hulp en menu --------------------------------------------------------------------------
    "help": (
        "Dit kan ik voor je doen:\n"
        "{commands}\n"
        "Ik geef geen medisch advies. Twijfel je over de huid of de behandeling, bel dan de "
        "huisarts. Plekken die plotseling nat worden of pijn doen, gele korstjes, pijnlijke "
        "blaasjes of koorts: bel nog dezelfde dag de huisarts.\n"
        "Vragen over tests, zoals voedselintolerantie- of darmtests? Bespreek die met je "
        "huisarts."
    ),
    "input.tests": (
        "Vragen over tests, zoals een IgG- of voedselintolerantietest, een test op een "
        "'lekkende darm' of een ontlastingsonderzoek, bespreek je het best met je huisarts. Ik "
        "doe of adviseer zelf geen tests."
    ),
    "safety.allergic": (
        "Let op: zwelling van lippen, mond, gezicht of tong, galbulten of moeite met ademen "
        "kunnen op een allergische reactie wijzen. Is ademen of slikken moeilijk: bel direct "
        "112. Anders: bel vandaag nog je huisarts ('s avonds en in het weekend: de "
        "huisartsenpost)."
    ),
    "safety.allergic.child": (
        "Let op: zwelling van lippen, mond, gezicht of tong, galbulten of moeite met ademen "
        "kunnen bij je kind op een allergische reactie wijzen. Is ademen of slikken moeilijk: "
        "bel direct 112. Anders: bel vandaag nog de huisarts van je kind ('s avonds en in het "
        "weekend: de huisartsenpost)."
    ),
    "help.line": "/{command} – {description}",
    "cmd.start": "beginnen, of je instellingen openen",
    "cmd.today": "je lijstje van vandaag en je glazen water",
    "cmd.settings": "tijden, taal en herinneringen aan of uit",
    "cmd.pause": "een paar dagen pauze, bijvoorbeeld /pause 3",
    "cmd.resume": "na een pauze weer verder",
    "cmd.language": "Nederlands of Engels",
    "cmd.stop": "geen berichten meer (met /start ga je verder)",
    "cmd.help": "dit overzicht",
    # -- check-in -------------------------------------------------------------------------------
    "onboarding.checkin_day": (
        "Eén keer per week stel ik je een paar vragen over je huid, je buik, je slaap en "
        "stress. Op welke dag past dat het best?"
    ),
    "onboarding.checkin_day.child": (
        "Eén keer per week stel ik je een paar vragen over de huid, de buik, de slaap en de "
        "stress van je kind. Op welke dag past dat het best?"
    ),
    "onboarding.checkin_time": "Hoe laat op die dag?",
    "button.set_checkin_day": "Dag check-in",
    "button.set_checkin_time": "Tijd check-in",
    "checkin.intro": (
        "Tijd voor je wekelijkse check-in: 14 korte vragen over de afgelopen week. Je kunt "
        "tussentijds stoppen, je antwoorden blijven bewaard."
    ),
    "checkin.intro_baseline": (
        "Dan nu je eerste check-in. Samen met die van volgende week wordt dit je startpunt, "
        "zodat we later eerlijk kunnen vergelijken. 14 korte vragen over de afgelopen week."
    ),
    "checkin.resume": "Je check-in staat nog open. We gaan verder waar je was.",
    "checkin.progress": "({n}/{total})",
    "checkin.q.poem1": "Jeuk door het eczeem: op hoeveel dagen van de afgelopen week?",
    "checkin.q.poem1.child": (
        "Jeuk door het eczeem bij je kind: op hoeveel dagen van de afgelopen week?"
    ),
    "checkin.q.poem2": (
        "Slechter geslapen door het eczeem: op hoeveel nachten van de afgelopen week?"
    ),
    "checkin.q.poem2.child": (
        "Je kind sliep slechter door het eczeem: op hoeveel nachten van de afgelopen week?"
    ),
    "checkin.q.poem3": "Bloedende huid door het eczeem: op hoeveel dagen van de afgelopen week?",
    "checkin.q.poem3.child": (
        "De huid van je kind bloedde door het eczeem: op hoeveel dagen van de afgelopen week?"
    ),
    "checkin.q.poem4": (
        "Je huid lekte of had natte plekjes door het eczeem: op hoeveel dagen van de afgelopen "
        "week?"
    ),
    "checkin.q.poem4.child": (
        "De huid van je kind lekte of had natte plekjes door het eczeem: op hoeveel dagen van "
        "de afgelopen week?"
    ),
    "checkin.q.poem5": (
        "Gebarsten huid (kloofjes) door het eczeem: op hoeveel dagen van de afgelopen week?"
    ),
    "checkin.q.poem5.child": (
        "Gebarsten huid (kloofjes) bij je kind door het eczeem: op hoeveel dagen van de "
        "afgelopen week?"
    ),
    "checkin.q.poem6": (
        "Schilferende huid door het eczeem: op hoeveel dagen van de afgelopen week?"
    ),
    "checkin.q.poem6.child": (
        "Schilferende huid bij je kind door het eczeem: op hoeveel dagen van de afgelopen week?"
    ),
    "checkin.q.poem7": (
        "Droge of ruwe huid door het eczeem: op hoeveel dagen van de afgelopen week?"
    ),
    "checkin.q.poem7.child": (
        "Droge of ruwe huid bij je kind door het eczeem: op hoeveel dagen van de afgelopen week?"
    ),
    "checkin.q.bloating": "Op hoeveel dagen had je de afgelopen week een opgeblazen buik?",
    "checkin.q.bloating.child": (
        "Op hoeveel dagen had je kind de afgelopen week een opgeblazen buik?"
    ),
    "checkin.q.pain": "Op hoeveel dagen had je de afgelopen week buikpijn?",
    "checkin.q.pain.child": "Op hoeveel dagen had je kind de afgelopen week buikpijn?",
    "checkin.q.stools": (
        "Op hoeveel dagen was je ontlasting de afgelopen week onregelmatig (te hard, te dun of "
        "anders dan normaal)?"
    ),
    "checkin.q.stools.child": (
        "Op hoeveel dagen was de ontlasting van je kind de afgelopen week onregelmatig (te "
        "hard, te dun of anders dan normaal)?"
    ),
    "checkin.q.sleep": "Hoeveel uur sliep je de afgelopen week gemiddeld per nacht?",
    "checkin.q.sleep.child": "Hoeveel uur sliep je kind de afgelopen week gemiddeld per nacht?",
    "checkin.q.stress": (
        "Hoeveel stress had je de afgelopen week? 0 = helemaal geen, 10 = heel veel."
    ),
    "checkin.q.stress.child": (
        "Hoeveel stress of onrust zag je de afgelopen week bij je kind? 0 = helemaal geen, "
        "10 = heel veel."
    ),
    "checkin.q.triggers": (
        "Viel je iets op dat je huid leek te prikkelen? Tik aan wat past (meer mag) en dan op "
        "Klaar."
    ),
    "checkin.q.triggers.child": (
        "Viel je iets op dat de huid van je kind leek te prikkelen? Tik aan wat past (meer mag) "
        "en dan op Klaar."
    ),
    "checkin.q.note": (
        "Wil je nog iets kwijt over deze week? Typ het (hooguit 500 tekens) of tik op Overslaan."
    ),
    "checkin.food_caveat": (
        "Goed om bij te houden. Iets uit je eten schrappen doe je samen met je huisarts of een "
        "diëtist."
    ),
    "checkin.food_caveat.child": (
        "Goed om bij te houden. Iets uit het eten van je kind schrappen doe je altijd samen met "
        "de huisarts of een kinderdiëtist, zodat je kind niets tekortkomt."
    ),
    "checkin.poem.none": "Geen",
    "checkin.poem.1_2": "1–2",
    "checkin.poem.3_4": "3–4",
    "checkin.poem.5_6": "5–6",
    "checkin.poem.every": "Elke dag",
    "trigger.dairy": "Zuivel",
    "trigger.gluten": "Gluten",
    "trigger.eggs": "Eieren",
    "trigger.soy": "Soja",
    "trigger.nuts": "Noten",
    "trigger.sugar": "Suiker/bewerkt",
    "trigger.stress": "Stress",
    "trigger.weather": "Weer",
    "trigger.other": "Iets anders",
    "trigger.sweat": "Zweet",
    "trigger.care_product": "Nieuw verzorgingsproduct",
    "button.noticed": "Iets opgemerkt vandaag?",
    "trigger_day.today": "vandaag ({date})",
    "trigger_day.yesterday": "gisteren ({date})",
    "button.trigger_today": "Vandaag",
    "button.trigger_yesterday": "Gisteren",
    "triggers.ask": (
        "Wat viel je op, {day}? Tik aan wat past, meer mag; ik bewaar het meteen. Het helpt "
        "/patterns te zien wat je jeuk erna deed."
    ),
    "triggers.ask.child": (
        "Wat viel je op bij je kind, {day}? Tik aan wat past, meer mag; ik bewaar het meteen. "
        "Het helpt /patterns te zien wat de jeuk erna deed."
    ),
    "triggers.saved": "Genoteerd voor {day}: {items}.",
    "triggers.saved_none": "Niets genoteerd voor {day}.",
    "patterns.none": (
        "Nog niets te zien. Noteer met /trigger, of de knop bij het avondbericht, wat je opvalt. "
        "Staat iets op {minimum} dagen of meer genoteerd, dan laat ik zien wat je jeuk erna "
        "deed."
    ),
    "patterns.none.child": (
        "Nog niets te zien. Noteer met /trigger, of de knop bij het avondbericht, wat je opvalt "
        "bij je kind. Staat iets op {minimum} dagen of meer genoteerd, dan laat ik zien wat de "
        "jeuk erna deed."
    ),
    "patterns.header": (
        "Wat je eigen cijfers laten zien. Per ding dat je noteerde: je jeuk op de avond vóór "
        "een dag waarop je het noteerde en op de avond ná die dag, naast je jeuk op de andere "
        "avonden uit dezelfde weken. Een dag telt mee als je de avond ervoor en de avond erna "
        "een cijfer gaf."
    ),
    "patterns.header.child": (
        "Wat de cijfers van je kind laten zien. Per ding dat je noteerde: de jeuk van je kind op "
        "de avond vóór een dag waarop je het noteerde en op de avond ná die dag, naast de jeuk "
        "op de andere avonden uit dezelfde weken. Een dag telt mee als je de avond ervoor en de "
        "avond erna een cijfer gaf."
    ),
    "patterns.line": (
        "• {label} ({noted}): jeuk gemiddeld {before} de avond ervoor en {after} de avond erna "
        "({times}); {other} op de andere avonden ({others})."
    ),
    "patterns.line.after": (
        "• {label} ({noted}): jeuk gemiddeld {before} de avond ervoor en {after} de avond erna "
        "({times})."
    ),
    "patterns.line.none": "• {label} ({noted}).",
    "patterns.times.one": "{count} keer",
    "patterns.times.other": "{count} keer",
    "patterns.need": "Om te vergelijken heb ik nodig: {needed}.",
    "patterns.need.days": "minstens {minimum} dagen waarop je het noteerde (nu {now})",
    "patterns.need.times": (
        "minstens {minimum} van die dagen met een cijfer de avond ervoor én de avond erna "
        "(nu {now})"
    ),
    "patterns.need.others": (
        "minstens {minimum} andere avonden uit dezelfde weken, met een cijfer die avond en twee "
        "avonden eerder (nu {now})"
    ),
    "patterns.need.span": "cijfers over minstens {minimum} weken",
    "patterns.no_clear": (
        "Van de avond ervoor tot de avond erna steeg je jeuk niet duidelijk meer dan anders in "
        "twee dagen in die weken."
    ),
    "patterns.no_clear.child": (
        "Van de avond ervoor tot de avond erna steeg de jeuk van je kind niet duidelijk meer dan "
        "anders in twee dagen in die weken."
    ),
    "patterns.worth.food": (
        "Van de avond ervoor tot de avond erna steeg je jeuk meer dan anders in twee dagen in "
        "die weken. Dat is de moeite waard om met je huisarts of een diëtist te bespreken; het "
        "kan ook komen door wanneer je noteerde, door het seizoen of door toeval."
    ),
    "patterns.worth.food.child": (
        "Van de avond ervoor tot de avond erna steeg de jeuk van je kind meer dan anders in twee "
        "dagen in die weken. Dat is de moeite waard om met de huisarts of een kinderdiëtist te "
        "bespreken; het kan ook komen door wanneer je noteerde, door het seizoen of door toeval."
    ),
    "patterns.worth.other": (
        "Van de avond ervoor tot de avond erna steeg je jeuk meer dan anders in twee dagen in "
        "die weken. Dat is de moeite waard om met je huisarts te bespreken; het kan ook komen "
        "door wanneer je noteerde, door het seizoen of door toeval."
    ),
    "patterns.worth.other.child": (
        "Van de avond ervoor tot de avond erna steeg de jeuk van je kind meer dan anders in twee "
        "dagen in die weken. Dat is de moeite waard om met de huisarts te bespreken; het kan ook "
        "komen door wanneer je noteerde, door het seizoen of door toeval."
    ),
    "patterns.doctor": (
        "• {label} ({noted} genoteerd): jeuk gemiddeld {before} op de avond vóór en {after} op "
        "de avond ná zo'n dag ({times}); {other} op de andere avonden uit dezelfde weken "
        "({others})."
    ),
    "patterns.doctor.after": (
        "• {label} ({noted} genoteerd): jeuk gemiddeld {before} op de avond vóór en {after} op "
        "de avond ná zo'n dag ({times}); geen andere avonden uit dezelfde weken."
    ),
    "patterns.doctor.none": (
        "• {label} ({noted} genoteerd): geen dag met een jeukcijfer de avond ervoor en erna."
    ),
    "count.days.one": "{count} dag",
    "count.days.other": "{count} dagen",
    "count.evenings.one": "{count} avond",
    "count.evenings.other": "{count} avonden",
    "patterns.easily_chance": "Met zo weinig kan een verschil makkelijk toeval zijn.",
    "patterns.footer": "Dit laat zien wat samen voorkwam, niet waar het door komt.",
    "patterns.foods": "Iets uit je eten schrappen doe je samen met je huisarts of een diëtist.",
    "patterns.foods.child": (
        "Iets uit het eten van je kind schrappen doe je altijd samen met de huisarts of een "
        "kinderdiëtist, zodat je kind niets tekortkomt."
    ),
    "progress.patterns": "Je hebt genoeg genoteerd om te vergelijken: /patterns.",
    "cmd.trigger": "noteer wat je vandaag opviel (een mogelijke trigger)",
    "cmd.patterns": "wat de jeuk deed na wat je noteerde",
    "button.triggers_done": "Klaar",
    "button.skip_question": "Overslaan",
    "button.pause_checkin": "Later verder",
    "button.continue": "Verder",
    "checkin.note_too_long": (
        "Dat is wat lang: hooguit {max} tekens. Maak het korter, of tik op Overslaan."
    ),
    "checkin.done": (
        "Dank je, je check-in is bewaard.\nHuidscore (POEM-schaal): {score} van 28, {band}."
    ),
    "checkin.done_first": (
        "Dank je, je check-in is bewaard.\nHuidscore (POEM-schaal, een gangbare vragenlijst "
        "voor eczeem; 0 betekent: de afgelopen week geen klachten): {score} van 28, {band}."
    ),
    "checkin.done_first.child": (
        "Dank je, de check-in is bewaard.\nHuidscore van je kind (POEM-schaal, een gangbare "
        "vragenlijst voor eczeem; 0 betekent: de afgelopen week geen klachten): {score} van "
        "28, {band}."
    ),
    "checkin.done.child": (
        "Dank je, de check-in is bewaard.\nHuidscore van je kind (POEM-schaal): {score} van 28, "
        "{band}."
    ),
    "checkin.done_no_score": (
        "Dank je, je check-in is bewaard. Er zijn twee of meer huidvragen overgeslagen, dus deze "
        "week is er geen huidscore."
    ),
    "checkin.done_no_score.child": (
        "Dank je, de check-in is bewaard. Er zijn twee of meer huidvragen overgeslagen, dus deze "
        "week is er geen huidscore voor je kind."
    ),
    "checkin.baseline_next": (
        "Na de volgende check-in is er een startpunt; daarna laat /progress zien hoe het gaat."
    ),
    "checkin.baseline_next_on": (
        "Je volgende check-in komt {day}. Daarna is er een startpunt, en laat /progress zien "
        "hoe het gaat."
    ),
    "checkin.next_on": "{day} om {at}",
    "checkin.done_next": "Met /progress zie je hoe het gaat.",
    "checkin.paused": "Prima, je antwoorden zijn bewaard. Met /checkin ga je verder waar je was.",
    "checkin.nudge": (
        "Je check-in staat nog open. Tik op Verder of gebruik /checkin; hij blijft staan tot "
        "{until}."
    ),
    "answer.checkin_old": (
        "Deze vraag is al beantwoord of de check-in is afgesloten. Er is niets veranderd."
    ),
    "answer.checkin_expired": (
        "Deze check-in is verlopen. Er is niets veranderd; met /checkin begin je een nieuwe."
    ),
    "band.clear": "(bijna) geen eczeem",
    "band.mild": "mild eczeem",
    "band.moderate": "matig eczeem",
    "band.severe": "ernstig eczeem",
    "band.very_severe": "zeer ernstig eczeem",
    "reminder.itch_question": (
        "Hoe erg was de jeuk vandaag op zijn ergst? 0 = geen jeuk, 10 = de ergste die je kunt "
        "bedenken."
    ),
    "reminder.itch_question.child": (
        "Hoe erg was de jeuk van je kind vandaag op zijn ergst? 0 = geen jeuk, 10 = de ergste "
        "die je kunt bedenken."
    ),
    "answer.itch": "Genoteerd: jeuk {score} op {date}.",
    "button.fix": "✎ Een antwoord wijzigen",
    "button.fix_item": "{label}: {now}",
    "checkin.fix_pick": "Welk antwoord wil je wijzigen? Dat kan tot 24 uur na de check-in.",
    "checkin.fixed": "Gewijzigd: {label} van {old} naar {new}.",
    "checkin.fixed_score": "Huidscore nu {score} van 28, {band}.",
    "checkin.fix_expired": "Wijzigen kan tot 24 uur na de check-in; deze staat vast.",
    "button.undo": "↩ Ongedaan maken",
    "answer.undone": "Ongedaan gemaakt: {label} staat weer open.",
    "cmd.itch": "de jeuk van vandaag of gisteren invullen of verbeteren (ook /jeuk)",
    "itch.ask": (
        "Hoe erg was de jeuk op {date} op zijn ergst? 0 = geen jeuk, 10 = de ergste die je kunt "
        "bedenken."
    ),
    "itch.ask.child": (
        "Hoe erg was de jeuk van je kind op {date} op zijn ergst? 0 = geen jeuk, 10 = de ergste "
        "die je kunt bedenken."
    ),
    "itch.given": "Nu genoteerd: {score}. Tik een ander cijfer om het te verbeteren.",
    "itch.bad": (
        "Typ /itch, of /itch met een cijfer van 0 tot 10, bijvoorbeeld /itch 4 of /itch gisteren 4."
    ),
    "button.itch_yesterday": "Gisteren",
    "itch.before_start": "Gisteren was vóór je start; met /itch vul je de jeuk van vandaag in.",
    "button.itch_today": "Vandaag",
    "answer.itch_same": "Jeuk {score} op {date} stond al genoteerd. Er is niets veranderd.",
    "answer.itch_updated": "Bijgewerkt: jeuk op {date} van {old} naar {score}.",
    "cmd.treatment": (
        "bijhouden wat je gebruikt: crème, zalf, medicijn of iets anders (ook /behandeling)"
    ),
    "treatment.empty": (
        "Hier houd je bij wat je gebruikt, in je eigen woorden: een crème, zalf, medicijn of "
        "iets anders. Er staat nog niets. Tik op Toevoegen."
    ),
    "treatment.empty.child": (
        "Hier houd je bij wat je kind gebruikt, in je eigen woorden: een crème, zalf, medicijn "
        "of iets anders. Er staat nog niets. Tik op Toevoegen."
    ),
    "treatment.header": "Wat je gebruikt, in je eigen woorden:",
    "treatment.header.child": "Wat je kind gebruikt, in je eigen woorden:",
    "treatment.line": "• {name} ({purpose}), sinds {since}",
    "treatment.line_stopped": "• {name} ({purpose}), {since} tot {stopped}",
    "treatment.stopped_header": "Gestopt:",
    "treatment.full": (
        "Dit lijstje houdt er {max} tegelijk bij. Wil je iets nieuws toevoegen, zet er dan "
        "eerst één op gestopt."
    ),
    "treatment.ask_name": (
        "Hoe heet het? Typ de naam zoals op de verpakking staat of zoals jij het noemt."
    ),
    "treatment.ask_name.child": (
        "Hoe heet het? Typ de naam zoals op de verpakking staat of zoals jullie het noemen."
    ),
    "treatment.bad_name": "Typ de naam als tekst, bijvoorbeeld: vettende crème.",
    "treatment.ask_for": "Waarvoor is {name}?",
    "treatment.use_buttons": "Tik hieronder waarvoor {name} is.",
    "treatment.for.skin": "Huid",
    "treatment.for.gut": "Darm",
    "treatment.for.other": "Iets anders",
    "treatment.purpose.skin": "huid",
    "treatment.purpose.gut": "darm",
    "treatment.purpose.other": "anders",
    "treatment.ask_since": (
        "Sinds wanneer gebruik je {name}? Tik op Vandaag, of typ een datum, bijvoorbeeld "
        "12 november of 2026-11-12."
    ),
    "treatment.ask_since.child": (
        "Sinds wanneer gebruikt je kind {name}? Tik op Vandaag, of typ een datum, bijvoorbeeld "
        "12 november of 2026-11-12."
    ),
    "treatment.bad_since": (
        "Die datum kan ik niet lezen, of hij ligt nog in de toekomst. Typ bijvoorbeeld "
        "12 november, 12-11-2026 of gisteren, of tik op Vandaag."
    ),
    "treatment.added": "Genoteerd: {name} ({purpose}), sinds {since}.",
    "treatment.ask_stop": "Welke gebruik je niet meer? Tik erop.",
    "treatment.ask_stop.child": "Welke gebruikt je kind niet meer? Tik erop.",
    "treatment.ask_stopped": (
        "Sinds wanneer gebruik je {name} niet meer? Tik op Vandaag, of typ een datum, "
        "bijvoorbeeld gisteren of 12 november."
    ),
    "treatment.ask_stopped.child": (
        "Sinds wanneer gebruikt je kind {name} niet meer? Tik op Vandaag, of typ een datum, "
        "bijvoorbeeld gisteren of 12 november."
    ),
    "treatment.stopped_before": (
        "Die datum ligt voor {since}, toen het begon. Typ een latere datum, of tik op Vandaag."
    ),
    "treatment.stopped": "Genoteerd: {name}, gestopt op {date}.",
    "button.treatment_add": "Toevoegen",
    "button.treatment_stop": "Iets gestopt",
    "button.treatment_today": "Vandaag",
    "button.treatment_back": "Terug",
    "button.treatment_daily": "Elke avond vragen",
    "button.treatment_use": "{name} vandaag gebruikt?",
    "button.treatment_used": "✓ {name} vandaag gebruikt",
    "treatment.daily_mark": " · elke avond gevraagd",
    "treatment.ask_daily": (
        "Over welke vraag ik in het avondbericht of je ze die dag gebruikt hebt? Tik om aan of "
        "uit te zetten."
    ),
    "treatment.ask_daily.child": (
        "Over welke vraag ik in het avondbericht of je kind ze die dag gebruikt heeft? Tik om "
        "aan of uit te zetten."
    ),
    "treatment.use_noted": "Genoteerd: {name} gebruikt op {date}.",
    "treatment.use_removed": "Weggehaald: {name} gebruikt op {date}.",
    "export.file.treatment_days.csv": (
        "de dagen waarop je in het avondbericht tikte dat je iets gebruikte"
    ),
    "export.col.daily": "Elke avond gevraagd",
    "cmd.checkin": "je wekelijkse vragen, nu meteen",
    "cmd.progress": "hoe het gaat, per fase, met grafiek",
    # -- voortgang (/progress) ----------------------------------------------------------------
    "progress.header": "Je voortgang · dag {day} van je programma, fase {phase}",
    "progress.header.child": "Voortgang van je kind · dag {day} van het programma, fase {phase}",
    "progress.no_checkin": (
        "Je hebt nog geen check-in gedaan. Met /checkin beantwoord je de vragen; na twee "
        "check-ins heb je een startpunt om mee te vergelijken."
    ),
    "progress.one_checkin": (
        "Je eerste check-in staat. Na de volgende ({day} om {time}) heb je een startpunt."
    ),
    "progress.latest": "Huidscore (POEM-schaal) nu: {score} van 28, {band}.",
    "progress.latest.child": "Huidscore van je kind (POEM-schaal) nu: {score} van 28, {band}.",
    "progress.baseline": "Startpunt (gemiddelde van de eerste twee check-ins): {baseline}.",
    "progress.wait_for_verdict": "Vanaf de volgende check-in kan ik met het startpunt vergelijken.",
    "direction.better": "beter",
    "direction.worse": "slechter",
    "direction.same": "gelijk",
    "verdict.no_clear_change.one": (
        "Vergeleken met het startpunt: geen duidelijke verandering ({change} punt verschil)."
    ),
    "verdict.no_clear_change.other": (
        "Vergeleken met het startpunt: geen duidelijke verandering ({change} punten verschil)."
    ),
    "verdict.small_change": (
        "Vergeleken met het startpunt: een kleine verandering ({change} punten {direction}), "
        "mogelijk niet betekenisvol."
    ),
    "verdict.unconfirmed_change": (
        "Vergeleken met het startpunt: {change} punten {direction}. Eén check-in is te weinig "
        "om zeker te zijn; na de volgende kijk ik opnieuw."
    ),
    "verdict.unconfirmed_worse": (
        "Gaat het snel slechter of maak je je zorgen, neem dan contact op met je huisarts."
    ),
    "verdict.unconfirmed_worse.child": (
        "Gaat het snel slechter of maak je je zorgen, neem dan contact op met de huisarts van "
        "je kind."
    ),
    "verdict.probably_meaningful": (
        "Vergeleken met het startpunt: waarschijnlijk een betekenisvolle verandering ({change} "
        "punten {direction}, twee check-ins op rij)."
    ),
    "verdict.very_likely_meaningful": (
        "Vergeleken met het startpunt: zeer waarschijnlijk een betekenisvolle verandering "
        "({change} punten {direction}, twee check-ins op rij)."
    ),
    "trend.falling": "dalend",
    "trend.rising": "stijgend",
    "trend.flat": "ongeveer gelijk",
    "itchband.mild": "mild",
    "itchband.moderate": "matig",
    "itchband.severe": "ernstig",
    "itch.response": (
        "Jeuk: het weekgemiddelde is minstens 4 punten lager dan het startpunt ({baseline}, "
        "{band}). Dat telt als een duidelijke daling."
    ),
    "itch.no_response": (
        "Jeuk: startpunt {baseline} ({band}); nog geen daling van 4 punten, de trend is {trend}."
    ),
    "itch.trend_only": (
        "Jeuk: het startpunt was {baseline} ({band}), dus ik laat alleen de trend zien: {trend}."
    ),
    "progress.by_phase": "Per fase:",
    "progress.phase_head": "Fase {phase} (week {first}–{last})",
    "progress.phase_head_one": "Fase {phase} (week {week})",
    "progress.phase_skin": "huidscore gemiddeld {mean}",
    "progress.phase_skin_one": "huidscore {mean}",
    "progress.phase_best_worst": (
        "beste week {best} ({best_score}), zwaarste week {worst} ({worst_score})"
    ),
    "progress.phase_itch": "jeuk gemiddeld {mean}",
    "progress.phase_itch_one": "jeuk {mean}",
    "progress.adherence": "  afgevinkt: {items}",
    "progress.adherence_item": "{label} {percent}%",
    "progress.streaks": "Op rij gedaan: {items}",
    "lookback.itch": "Jeuk deze week gemiddeld {this}, de week ervoor {last}.",
    "lookback.itch_first": "Jeuk deze week gemiddeld {this}.",
    "lookback.habits": "Gewoontes: {items}.",
    "habit.ticked": "{label}: afgevinkt {done} van {sent}",
    "habit.ticked_scored": "{label}: afgevinkt {done} van {sent}, gewoontescore {score}%",
    "progress.habits": (
        "Gewoontes: {items}.\nAfgevinkt is een tik op Gedaan, van de herinneringen die "
        "verstuurd zijn. De gewoontescore weegt de laatste weken het zwaarst, en overslaan telt "
        "er niet in mee; hij verschijnt na twee weken, eerder zegt hij te weinig."
    ),
    "progress.streak_item.one": "{label} {count} dag",
    "progress.streak_item.other": "{label} {count} dagen",
    "escalation.no_improvement_6_weeks": (
        "Na 6 weken zie ik nog geen duidelijke verbetering. Dat is een goed moment om je "
        "huisarts of dermatoloog te laten meekijken; vaak werkt een dermatoloog samen met een "
        "diëtist het best."
    ),
    "escalation.no_improvement_6_weeks.child": (
        "Na 6 weken zie ik nog geen duidelijke verbetering. Dat is een goed moment om de "
        "huisarts van je kind of een dermatoloog te laten meekijken; vaak werkt een "
        "dermatoloog samen met een kinderdiëtist het best."
    ),
    "escalation.worsening": (
        "Je huidscore is duidelijk slechter dan bij je startpunt. Neem contact op met je "
        "huisarts of dermatoloog."
    ),
    "escalation.worsening.child": (
        "De huidscore van je kind is duidelijk slechter dan bij het startpunt. Neem contact op "
        "met de huisarts van je kind of met een dermatoloog."
    ),
    "escalation.severe": (
        "Je huidscore valt in de ernstige zone. Maak deze week een afspraak bij je huisarts of "
        "dermatoloog."
    ),
    "escalation.severe.child": (
        "De huidscore van je kind valt in de ernstige zone. Maak deze week een afspraak bij de "
        "huisarts van je kind of een dermatoloog."
    ),
    "escalation.very_severe": (
        "Je huidscore valt in de zeer ernstige zone. Maak deze week een afspraak bij je huisarts "
        "of dermatoloog."
    ),
    "escalation.very_severe.child": (
        "De huidscore van je kind valt in de zeer ernstige zone. Maak deze week een afspraak bij "
        "de huisarts van je kind of een dermatoloog."
    ),
    "escalation.severe_last": (
        "Je vorige huidscore viel in de ernstige zone. Maak deze week een afspraak bij je "
        "huisarts of dermatoloog."
    ),
    "escalation.severe_last.child": (
        "De vorige huidscore van je kind viel in de ernstige zone. Maak deze week een afspraak "
        "bij de huisarts van je kind of een dermatoloog."
    ),
    "escalation.very_severe_last": (
        "Je vorige huidscore viel in de zeer ernstige zone. Maak deze week een afspraak bij je "
        "huisarts of dermatoloog."
    ),
    "escalation.very_severe_last.child": (
        "De vorige huidscore van je kind viel in de zeer ernstige zone. Maak deze week een "
        "afspraak bij de huisarts van je kind of een dermatoloog."
    ),
    "escalation.infection": (
        "Plekken die plotseling nat worden of pijn doen, gele korstjes, pijnlijke blaasjes of "
        "koorts kunnen op een infectie wijzen: bel dan nog dezelfde dag je huisarts ('s avonds "
        "en in het weekend: de huisartsenpost)."
    ),
    "escalation.infection.child": (
        "Plekken die plotseling nat worden of pijn doen, gele korstjes, pijnlijke blaasjes of "
        "koorts kunnen op een infectie wijzen: bel dan nog dezelfde dag de huisarts ('s avonds "
        "en in het weekend: de huisartsenpost)."
    ),
    "progress.no_cause": (
        "Dit laat zien wat er veranderde, niet waardoor: de huid reageert op veel dingen tegelijk."
    ),
    # -- samenvatting voor de arts (/summary) ---------------------------------------------------
    "cmd.summary": "een samenvatting van één pagina voor de huisarts of dermatoloog (pdf)",
    "summary.ask": (
        "Ik maak een samenvatting van één pagina voor je huisarts of dermatoloog (pdf). Wil je "
        "je eigen notities uit de check-ins erin, of liever niet?"
    ),
    "button.summary_plain": "Zonder notities",
    "button.summary_notes": "Met mijn notities",
    "summary.caption": (
        "Je samenvatting voor de huisarts of dermatoloog. Zelf ingevuld, geen diagnose; neem "
        "hem mee of stuur hem door als je dat wilt."
    ),
    "summary.file_name": "darm-huid-samenvatting-{date}.pdf",
    "summary.title": "Samenvatting voor de huisarts of dermatoloog",
    "summary.title.child": "Samenvatting voor de huisarts of dermatoloog, over een kind",
    "summary.period": "Van {start} tot en met {end}: dag {day} van het programma, {phases}.",
    "summary.phase_single": "fase {phase}",
    "summary.phase_range": "fase {first} t/m {last}",
    "summary.range": "{first} t/m {last}",
    "summary.answered_by": "Ingevuld door de deelnemer zelf.",
    "summary.answered_by.child": "Ingevuld door een ouder of verzorger, over het kind.",
    "summary.skin": "Huidscore (POEM-schaal, 0–28) per week, en jeuk (0–10)",
    "summary.skin.child": "Huidscore van het kind (POEM-schaal, 0–28) per week, en jeuk (0–10)",
    "summary.week_tick": "week {week}",
    "summary.legend.skin": "huidscore (as links; lager is beter)",
    "summary.legend.baseline": "startpunt ({baseline})",
    "summary.legend.itch": "jeuk, weekgemiddelde (as rechts)",
    "summary.legend.bands": "banden (Charman 2013)",
    "summary.legend.evenings": "jeuk per avond, onderste strook ({period}; {evenings} ingevuld)",
    "summary.latest": (
        "Laatste huidscore ({date}): {score} van 28, {band} ({scored} met een score)."
    ),
    "summary.severe": "Laatste score in de ernstige band (≥ 17).",
    "summary.very_severe": "Laatste score in de zeer ernstige band (≥ 25).",
    "summary.baseline": (
        "Startpunt (gemiddelde van de eerste twee check-ins, {first} en {second}): {baseline}."
    ),
    "summary.unconfirmed": (
        "Vergeleken met het startpunt: {change} punten {direction} op de laatste check-in (één "
        "meting, nog niet bevestigd)."
    ),
    "summary.itch.response": (
        "Jeuk (weekgemiddelde): startpunt {baseline} ({band}), laatste week {latest}; minstens "
        "4 punten lager, een duidelijke daling."
    ),
    "summary.itch.no_response": (
        "Jeuk (weekgemiddelde): startpunt {baseline} ({band}), laatste week {latest}; geen "
        "daling van 4 punten, de trend is {trend}."
    ),
    "summary.itch.trend_only": (
        "Jeuk (weekgemiddelde): startpunt {baseline} ({band}), laatste week {latest}; bij een "
        "startpunt onder 4 telt alleen de trend: {trend}."
    ),
    "count.checkins.one": "{count} check-in",
    "count.checkins.other": "{count} check-ins",
    "summary.no_score": "Nog geen check-in met een huidscore.",
    "summary.months": "Buik (dagen per week), slaap en stress per maand ({period})",
    "summary.col.month": "Maand",
    "summary.col.checkins": "Check-ins",
    "summary.col.bloating": "Opgeblazen",
    "summary.col.pain": "Buikpijn",
    "summary.col.stools": "Onregelm. ontlasting",
    "summary.col.sleep": "Slaap (uur)",
    "summary.col.stress": "Stress (0–10)",
    "summary.habits": "Gewoontes ({period})",
    "summary.habits_note": (
        "Afgevinkt: een tik op Gedaan bij een herinnering, geen bewijs van inname. "
        "Gewoontescore: een voortschrijdend gemiddelde van wat per dag is afgevinkt, waarin een "
        "dag na 13 dagen half zo zwaar weegt; overslaan telt niet mee; getoond na 14 dagen."
    ),
    "summary.no_habits": "Nog geen herinneringen verstuurd.",
    "summary.triggers": "Vermoede triggers en wat de jeuk erna deed",
    "summary.triggers.child": "Vermoede triggers bij het kind en wat de jeuk erna deed",
    "summary.ticked": "Als vermoede trigger aangevinkt in de check-ins ({period}): {items}.",
    "summary.ticked_item": "{label} in {ticked} van {total}",
    "summary.noted": "Op de dag zelf genoteerd ({period}):",
    "summary.patterns_footer": "Samen voorgekomen, geen oorzaak: zelf genoteerd, niet getest.",
    "summary.patterns_footer.child": (
        "Samen voorgekomen, geen oorzaak: door een ouder genoteerd, niet getest."
    ),
    "summary.no_triggers": "Geen vermoede triggers genoteerd.",
    "summary.no_itch": "Nog geen jeukscores per avond.",
    "summary.treatment": "Behandeling volgens de deelnemer",
    "summary.treatment.child": "Behandeling volgens de ouder",
    "summary.treatment_line": "{name} ({purpose}): sinds {since}",
    "summary.treatment_stopped": "{name} ({purpose}): {since} tot {stopped}",
    "summary.treatment_uses.one": ", op {count} avond aangevinkt als gebruikt ({first})",
    "summary.treatment_uses.other": (
        ", op {count} avonden aangevinkt als gebruikt ({first} t/m {last})"
    ),
    "summary.treatment_more.one": "en nog {count}",
    "summary.treatment_more.other": "en nog {count}",
    "summary.notes": "Notities van de deelnemer ({period})",
    "summary.notes.child": "Notities van de ouder of verzorger ({period})",
    "summary.footer": (
        "De huidscore volgt de POEM-schaal (Patient-Oriented Eczema Measure): zeven vragen, in "
        "eigen woorden gesteld, over op hoeveel dagen van de afgelopen week de huid jeukte, de "
        "slaap verstoord was, de huid bloedde, lekte, gebarsten was, schilferde en droog of ruw "
        "voelde; 0–4 per vraag, samen 0–28. {method} Alles is zelf ingevuld en geen diagnose. "
        "Gemaakt op {made} met Darm-Huid Coach."
    ),
    "summary.footer.child": (
        "De huidscore volgt de POEM-schaal (Patient-Oriented Eczema Measure), door een ouder "
        "ingevuld over het kind: zeven vragen, in eigen woorden gesteld, over op hoeveel dagen "
        "van de afgelopen week de huid jeukte, de slaap verstoord was, de huid bloedde, lekte, "
        "gebarsten was, schilferde en droog of ruw voelde; 0–4 per vraag, samen 0–28. {method} "
        "Geen diagnose. Gemaakt op {made} met Darm-Huid Coach."
    ),
    "summary.method": (
        "Banden: Charman 2013 (0–2 / 3–7 / 8–16 / 17–24 / 25–28: (bijna) geen, mild, matig, "
        "ernstig, zeer ernstig eczeem). Verandering: Howells 2018, ten opzichte van het startpunt "
        "(het gemiddelde van de eerste twee check-ins): ≤ 2 punten geen duidelijke verandering, "
        "2,1–2,9 een kleine; ≥ 3 punten op twee check-ins op rij waarschijnlijk en ≥ 4 zeer "
        "waarschijnlijk betekenisvol. Jeuk: de ergste jeuk van de dag (0–10), elke avond "
        "gevraagd; banden 0–3 / 4–6 / 7–10; een daling van ≥ 4 punten in het weekgemiddelde "
        "telt als duidelijk, alleen vanaf een startpunt van 4 of meer."
    ),
    # -- privacy -------------------------------------------------------------------------------
    "export.caption": (
        "Alles wat ik over je bewaar, in één zip-bestand: leesbare tabellen (CSV) en hetzelfde "
        "als JSON. Bewaar het op een veilige plek."
    ),
    "export.readme_name": "LEESMIJ.txt",
    "export.readme": (
        "Dit is alles wat Darm-Huid Coach over je bewaart, gemaakt op {made} (tijdzone {zone})."
        " De tabellen (CSV) openen in een spreadsheet; data.json bevat hetzelfde voor "
        "computers."
    ),
    "export.file.settings.csv": "je instellingen en je toestemming",
    "export.file.reminders.csv": "elke herinnering: datum, tijd en wat je ermee deed",
    "export.file.reminder_weeks.csv": (
        "herinneringen van langer dan een paar maanden geleden, per week geteld: verstuurd, "
        "gedaan, overgeslagen, uitgesteld"
    ),
    "export.col.week_start": "Week vanaf",
    "export.col.sent": "Verstuurd",
    "export.col.done": "Gedaan",
    "export.col.skipped": "Overgeslagen",
    "export.col.snoozed": "Uitgesteld",
    "export.col.itch_done": "Avondmoment beantwoord met de jeukscore",
    "export.file.checkins.csv": (
        "de wekelijkse check-ins: de huidvragen (POEM-schaal, 0-4 per vraag), de huidscore, "
        "buik, slaap, stress, triggers, over wie ze gaan en je notitie"
    ),
    "export.file.itch.csv": "de jeukscore van elke avond (0-10)",
    "export.file.triggers.csv": "wat je op een dag opmerkte (mogelijke triggers)",
    "export.col.trigger": "Trigger",
    "export.col.noted_at": "Genoteerd op",
    "export.file.water.csv": "je glazen water per dag",
    "export.file.corrections.csv": (
        "elk antwoord dat je later veranderde: wat, voor welke dag, van wat naar wat, en wanneer"
    ),
    "export.file.treatments.csv": (
        "wat je gebruikt (/treatment), in je eigen woorden: waarvoor, sinds wanneer en tot wanneer"
    ),
    "export.col.name": "Naam",
    "export.col.purpose": "Waarvoor",
    "export.col.since": "Sinds",
    "export.col.stopped": "Gestopt op",
    "export.col.what": "Wat",
    "export.col.old": "Was",
    "export.col.new": "Werd",
    "export.col.changed_at": "Veranderd op",
    "export.what.itch": "Jeuk (0-10)",
    "export.undone": "(ongedaan gemaakt)",
    "export.file.data.json": "alles hierboven, voor computers",
    "export.col.date": "Datum",
    "export.col.time": "Tijd",
    "export.col.reminder": "Herinnering",
    "export.col.status": "Status",
    "export.col.about": "Over wie",
    "export.about_self": "jezelf",
    "export.about_child": "je kind",
    "export.col.answered_at": "Beantwoord op",
    "export.col.snoozes": "Keer uitgesteld",
    "export.col.completed_at": "Afgerond op",
    "export.col.poem1": "Jeuk (0-4)",
    "export.col.poem2": "Slaap verstoord (0-4)",
    "export.col.poem3": "Bloeden (0-4)",
    "export.col.poem4": "Vocht of lekken (0-4)",
    "export.col.poem5": "Kloven (0-4)",
    "export.col.poem6": "Schilferen (0-4)",
    "export.col.poem7": "Droog of ruw (0-4)",
    "export.col.bloating": "Opgeblazen (dagen)",
    "export.col.pain": "Buikpijn (dagen)",
    "export.col.stools": "Onregelmatige ontlasting (dagen)",
    "export.col.sleep": "Slaap (uur per nacht)",
    "export.col.stress": "Stress (0-10)",
    "export.col.note": "Notitie",
    "export.col.triggers": "Triggers",
    "export.col.skin_score": "Huidscore (POEM-schaal, 0-28)",
    "export.col.band": "Huidscore in woorden",
    "export.col.score": "Jeuk (0-10)",
    "export.col.glasses": "Glazen water",
    "export.col.setting": "Instelling",
    "export.col.value": "Waarde",
    "export.col.id": "Telegram-ID",
    "export.col.language": "Taal",
    "export.col.timezone": "Tijdzone",
    "export.col.wake": "Opstaan",
    "export.col.bed": "Bedtijd",
    "export.col.probiotic_time": "Tijd probioticum",
    "export.col.probiotic_name": "Naam probioticum",
    "export.col.probiotic_pack": "Doses in de verpakking",
    "export.col.pack_started": "Verpakking geteld vanaf",
    "export.col.child_age": "Leeftijd kind",
    "export.col.fibre_time": "Tijd vezels",
    "export.col.hydration_count": "Waterherinneringen per dag",
    "export.col.probiotic_on": "Herinnering probioticum",
    "export.col.hydration_on": "Herinnering water",
    "export.col.fibre_on": "Herinnering vezels",
    "export.col.winddown_on": "Herinnering tot rust komen",
    "export.col.skincare_on": "Herinnering insmeren",
    "export.col.skincare_time": "Tijd insmeren",
    "export.col.checkin_day": "Dag van de check-in",
    "export.col.checkin_time": "Tijd van de check-in",
    "export.col.age_group": "Voor wie (adult: jezelf, parent: je kind)",
    "export.col.start_date": "Begonnen op",
    "export.col.consent_version": "Versie van de toestemmingstekst",
    "export.col.consent_at": "Toestemming gegeven op",
    "export.col.paused_until": "Gepauzeerd tot",
    "export.checkin.open": "nog bezig",
    "export.checkin.done": "afgerond",
    "export.checkin.expired": "verlopen",
    "export.planned": "nog niet verstuurd",
    "export.missed": "niet verstuurd (te laat)",
    "export.failed": "niet afgeleverd",
    "export.cancelled": "vervallen",
    "export.none": "Ik bewaar niets over je.",
    "delete.confirm": (
        "Wil je dat ik alles over je wis: je instellingen en toestemming, herinneringen, "
        "check-ins met notities, jeukscores, glazen water, genoteerde triggers en behandelingen? "
        "Dit kan niet "
        "ongedaan worden. Wil je eerst een kopie van alles, tik dan op de bovenste knop."
    ),
    "button.delete_yes": "Ja, wis alles",
    "button.delete_export": "Eerst een kopie van alles (/export)",
    "delete.confirm_after_export": (
        "Hierboven staat je kopie. Wil je nu dat ik alles over je wis? Dit kan niet ongedaan "
        "worden."
    ),
    "delete.kept": "Goed, er is niets gewist.",
    "delete.done": (
        "Alles is gewist; er staat niets meer over je in mijn database. Mijn berichten van de "
        "afgelopen 48 uur heb ik uit dit gesprek gehaald. Oudere berichten kan ik niet "
        "verwijderen (dat staat Telegram een bot niet toe); die verdwijnen als je dit gesprek "
        "zelf verwijdert. Met /start kun je opnieuw beginnen."
    ),
    "cmd.export": "al je gegevens als bestand",
    "cmd.delete": "alles over jou wissen",
    # -- grafiek (/progress) -------------------------------------------------------------------
    "chart.title": "Je huid en jeuk per week",
    "chart.title.child": "De huid en jeuk van je kind per week",
    "chart.skin": "Huidscore (POEM-schaal, 0–28)",
    "chart.itch": "Jeuk (weekgemiddelde, 0–10)",
    "chart.adherence": "Afgevinkt\n(% van verstuurd)",
    "chart.zero": "verstuurd, niets afgevinkt (0%)",
    "chart.lower_is_better": "lager is beter",
    "chart.baseline": "Startpunt ({baseline})",
    "chart.itch_daily": "Jeuk per\navond",
    "chart.week": "Week",
    "chart.habits": "Gewoontes tot nu toe",
    "chart.phase": "Fase {phase}",
    "chart.too_early": (
        "Je grafiek begint na je tweede check-in: dan zijn er twee weken om te vergelijken."
    ),
    "chart.no_data": "Nog geen gegevens",
    # -- het gesprek: getypte antwoorden, één check-in per week, de nacht ---------------------
    "onboarding.recorded": "Genoteerd: {value}.",
    "settings.pointer": (
        "Tik hierboven op wat je wilt veranderen, of typ de naam van een knop (bijvoorbeeld "
        "Bedtijd). Met /help zie je wat ik verder kan."
    ),
    "checkin.first_pointer": "Tik hierboven op Nu of Later, of typ 'nu' of 'later'.",
    "checkin.open_pointer": "Je check-in staat nog open. Met /checkin ga je verder waar je was.",
    "checkin.replace_ask": (
        "Deze week heb je de check-in al ingevuld ({date}). Per week telt er één, zodat je "
        "startpunt en je voortgang eerlijk blijven. Wil je hem opnieuw invullen? Dan telt de "
        "nieuwe in plaats van de eerste."
    ),
    "button.replace_yes": "Ja, opnieuw invullen",
    "button.replace_no": "Nee, laat staan",
    "checkin.replace_kept": "Prima, je check-in van deze week blijft staan.",
    "checkin.replace_pointer": (
        "Tik hierboven op Ja of Nee: wil je de check-in van deze week opnieuw invullen?"
    ),
    "checkin.ticks_cleared": "Weggehaald: {items}. Tik op Klaar om verder te gaan.",
    "triggers.pointer": "Tik in het lijstje hierboven aan wat je opviel, of tik op Klaar.",
    "button.next_of_kind": "Morgen om {at}",
    "answer.until_next": "Goed, dan hoor je morgen om {at} weer van me.",
    "answer.snooze_asleep": (
        "{at} valt in je nachtrust ({bed} tot {wake}); dan stuur ik niets. Kies een ander moment."
    ),
    "pause.first_after": "Daarna krijg je {day} om {at} weer een seintje.",
    "pause.first_checkin_moved": "Je eerste check-in komt daardoor op {day} om {at}.",
    "export.checkin.replaced": "vervangen door een latere van dezelfde week",
    "export.triggers_none": "geen",
}
