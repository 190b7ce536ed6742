"""English texts, the same keys and placeholders as `messages.nl`; warm and plain, no guilt."""

from __future__ import annotations

from typing import Final

TEXTS: Final[dict[str, str]] = {
    # -- onboarding ----------------------------------------------------------------------------
    "onboarding.language": (
        "Welcome to Darm-Huid Coach.\nWhich language would you like your messages in?"
    ),
    "onboarding.disclaimer": (
        "A word on what I am and what I am not.\n"
        "I help you with daily habits for your gut flora and your skin: a probiotic, water, "
        "fibre and winding down. I also keep track of how your skin and your belly are doing.\n"
        "I give no medical advice and I do not replace your GP or dermatologist. Never stop a "
        "prescribed treatment without talking to your doctor first; I will never ask you to."
    ),
    "onboarding.age": (
        "Are you 16 or older? Or are you using me as a parent or carer for a child?"
    ),
    "onboarding.age_under": (
        "Thank you for being honest. I am made for people aged 16 and over. Ask your parent or "
        "carer to start me on their own phone. I have kept nothing about you."
    ),
    "onboarding.consent": ("Consent for your health data\n{terms}\nDo you give your consent?"),
    "consent.terms": (
        "To coach you I keep: your language, time zone and times; what you do with the "
        "reminders (done, later, skipped); your glasses of water; your itch score each evening; "
        "your answers in the weekly check-in about skin, belly, sleep and stress, with the "
        "triggers you tick and your own note; what you note on a day as a possible trigger, "
        "with the day and time; what you use (creams, ointments, medicines) as you note it "
        "yourself, and your probiotic's name and pack if you give them; and what you correct "
        "later, with what it was before. That is health data.\n"
        "I don't keep your name, only your Telegram ID (a number, not your phone number). The "
        "person who runs this bot sees totals only, never your answers.\n"
        "/export gives you everything as a file. You can withdraw your consent at any time: "
        "with /delete I erase everything and stop. /stop only pauses the messages; your data "
        "is then kept."
    ),
    "onboarding.consent.child": (
        "For your child too: never stop a prescribed treatment without talking to the GP.\n\n"
        "Consent for your child's health data\n{terms}\nDo you, as parent or carer, give your "
        "consent?"
    ),
    "consent.terms.child": (
        "To coach you both I keep: your language, time zone and times; what you do with the "
        "reminders (done, later, skipped); the glasses of water; your child's itch score each "
        "evening; and your answers in the weekly check-in about your child's skin, belly, sleep "
        "and stress, with the triggers you tick and your own note; what you note on a day as a "
        "possible trigger for your child, with the day and time; what your child uses (creams, "
        "ointments, medicines) as you note it yourself, and the probiotic's name and pack if "
        "you give them; what you correct later, with what it was before; and your child's age "
        "group (no date of birth). That is your child's health data, and you give consent for "
        "it as "
        "parent or carer.\n"
        "I keep no names, only your Telegram ID (a number, not your phone number). The person "
        "who runs this bot sees totals only, never your answers.\n"
        "/export gives you everything as a file. You can withdraw your consent at any time: "
        "with /delete I erase everything and stop. /stop only pauses the messages; the data is "
        "then kept."
    ),
    "consent.updated": (
        "What I keep has changed; this is how it reads now:\n{terms}\nDo you agree to this "
        "text? Until you do, I keep nothing new and send you no reminders. Would you rather "
        "stop? With /delete I erase everything; /export gives you a copy first."
    ),
    "consent.first": (
        "First this: do you agree to the new text on what I keep? Tap Yes or No below."
    ),
    "consent.thanks": "Thank you, your consent is saved. Your reminders are running again.",
    "consent.declined_new": (
        "Fine. Then I keep nothing new and send you no more messages. What I had is still "
        "there: /export gives you a copy, /delete erases everything. /start begins again."
    ),
    "onboarding.declined": (
        "That is completely fine. Without consent I keep nothing about your health and send "
        "no reminders. I have erased your data. You can still start later with /start."
    ),
    "onboarding.timezone": (
        "Which time zone are you in? Tap one, or type its name, such as Europe/Berlin."
    ),
    "onboarding.wake": (
        "What time do you usually get up? Tap a time or type it, for example 07:30."
    ),
    "onboarding.wake.child": (
        "What time does your child usually get up? Tap a time or type it, for example 07:30."
    ),
    "onboarding.bed": (
        "What time do you usually go to sleep? Between bedtime and getting up I send nothing."
    ),
    "onboarding.bed.child": (
        "What time does your child usually go to bed? The wind-down nudge comes an hour before; "
        "between bedtime and getting up I send nothing."
    ),
    "onboarding.probiotic_use": (
        "Do you take a probiotic, or do you want to start one? It is your choice. If not, I "
        "won't send a probiotic reminder; you can switch it on later in /settings."
    ),
    "onboarding.probiotic_use.child": (
        "Does your child take a probiotic, or do you want to start one? For a child, ask your "
        "pharmacist or GP which kind and how much. If not, I won't send a probiotic reminder; "
        "you can switch it on later in /settings."
    ),
    "zone.Europe/Amsterdam": "Amsterdam",
    "zone.Europe/Brussels": "Brussels",
    "zone.Europe/Berlin": "Berlin",
    "zone.Europe/London": "London",
    "zone.America/Paramaribo": "Paramaribo",
    "zone.America/Curacao": "Curaçao",
    "button.probiotic_yes": "Yes, I take one",
    "button.probiotic_yes.child": "Yes, my child takes one",
    "button.probiotic_start": "I want to start",
    "button.probiotic_no": "No",
    "onboarding.probiotic": (
        "When would you like a nudge for your probiotic? With breakfast works well for many people."
    ),
    "onboarding.probiotic.child": (
        "When would you like a nudge for your child's probiotic? With breakfast works well for "
        "many families."
    ),
    "onboarding.fibre": (
        "When would you like a nudge about fibre? Before dinner is a good moment."
    ),
    "onboarding.fibre.child": (
        "When would you like a nudge about your child's fibre? Before dinner is a good moment."
    ),
    "onboarding.skincare": (
        "When would you like a nudge to moisturise? After a shower or before bed is a good moment."
    ),
    "onboarding.skincare.child": (
        "When would you like a nudge to moisturise your child's skin? After a shower or bath, "
        "or before bed, is a good moment."
    ),
    "onboarding.done": (
        "All set, your programme starts today. This is your daily rhythm:\n"
        "{schedule}\n"
        "/today shows your list, /settings changes anything and /help shows everything."
    ),
    "onboarding.finish_first": (
        "We are still getting to know each other. Please answer the question below first, "
        "then this will work too."
    ),
    "onboarding.already_answered": "You had already answered that one. Here is where we are:",
    "schedule.line": "{at}  {label}",
    "schedule.checkin": "Check-in: every {day} at {at}",
    # -- input ---------------------------------------------------------------------------------
    "input.bad_time": (
        "I don't recognise that as a time. Type for example 07:30, 7.30 or 0730, or tap a button."
    ),
    "zone.ask_again": (
        "The time zone you chose is no longer in the list I use. Until you choose another, "
        "I'm using {fallback}. Which time zone are you in?"
    ),
    "input.bad_zone": (
        "I don't know that time zone. Type a name such as Europe/Amsterdam, or tap a button."
    ),
    "flood.slow_down": (
        "You're sending a lot of messages in a row. For the next {seconds} seconds I won't read "
        "them; after that you can simply carry on."
    ),
    "input.bad_day": "I don't recognise that as a day. Type Sunday, for example, or tap a button.",
    "input.bad_count": "Type how many times a day, such as 4, or tap a button.",
    "input.use_buttons": "Please tap one of the buttons below and we'll carry on.",
    "button.triggers_none": "None",
    "button.quiet_move": "Move it",
    "button.quiet_keep": "Keep it on purpose",
    "button.first_now": "Now",
    "button.first_later": "Later, at {at}",
    "button.first_tomorrow": "Tomorrow at {at}",
    "button.settings_done": "Done",
    "settings.done": "Your settings are saved. /settings changes them whenever you like.",
    "settings.quiet": (
        "That puts this in the night's rest ({bed} to {wake}), when I send "
        "nothing:\n{items}\nShall I move it, or do you want to keep it on purpose?"
    ),
    "settings.quiet_item": "{label} at {at} (moved: {moved})",
    "input.short_day": (
        "That leaves too little day: there must be at least 8 hours between getting up and bedtime."
    ),
    "input.short_night": (
        "That leaves too little night: there must be at least 4 hours between bedtime and "
        "getting up."
    ),
    "input.asleep": (
        "{at} is in the night's rest ({bed} to {wake}), when I send nothing. Pick a time between"
        " {wake} and {bed}."
    ),
    "checkin.pointer": (
        "Your check-in is waiting for an answer to question {n} of {total} above: tap one of "
        "the buttons, or Continue later."
    ),
    "checkin.first_offer": (
        "Your first check-in is your starting point: 14 short questions about the past week, a "
        "few minutes' work. Now, or later today?"
    ),
    "checkin.later_ok": "Fine. {when} I'll send you the first questions.",
    "checkin.later_today": "At {at}",
    "checkin.later_tomorrow": "Tomorrow at {at}",
    "settings.quiet_pointer": "Tap Move it or Keep it on purpose above (or Back).",
    "input.unknown": "I didn't quite get that. /help shows what I can do.",
    # -- buttons -------------------------------------------------------------------------------
    "button.default_choice": "{label} (default)",
    "button.understood": "Understood",
    "button.age_adult": "Yes, 16 or older",
    "button.age_parent": "I'm a parent/carer",
    "button.age_under": "No, under 16",
    "button.consent_yes": "Yes, I consent",
    "button.consent_no": "No, I'd rather not",
    "button.done": "✓ Done",
    "button.done_item": "✓ {label}",
    "button.later": "Later",
    "button.skip": "Skip",
    "button.snooze_30": "30 min",
    "button.snooze_60": "1 hour",
    "button.snooze_180": "3 hours",
    "button.back": "Back",
    "button.glass_so_far": "+1 glass ({n} today)",
    "button.glass": "💧 +1 glass",
    "button.recorded_done": "✓ {label}: done",
    "button.recorded_skipped": "{label}: skipped",
    "button.recorded_snoozed": "{label}: at {at}",
    "button.set_for_whom": "For whom",
    "button.for_whom_adult": "For myself",
    "button.for_whom_parent": "For my child",
    "for_whom.adult": "yourself",
    "for_whom.parent": "your child (you answer as parent or carer)",
    "settings.switched_parent": (
        "Saved: from now on questions, tips and progress are about your child. Three short "
        "questions more: your child's age and bedtime, and the probiotic."
    ),
    "settings.switched_adult": (
        "Saved: from now on questions, tips and progress are about you. Two short questions "
        "more: your bedtime and your probiotic."
    ),
    "onboarding.child_age": (
        "How old is your child? Then I fit the reminders and tips to that. For your child too: "
        "never stop a prescribed treatment without talking to the GP first."
    ),
    "button.child_age_under1": "Under 1 year",
    "button.child_age_1to3": "1 to 3 years",
    "button.child_age_4to11": "4 to 11 years",
    "button.child_age_12to15": "12 to 15 years",
    "button.set_child_age": "Child's age",
    "for_whom.parent_aged": "your child, {age} (you answer as parent or carer)",
    "children.baby_note": (
        "For a baby, food and drink go through the baby clinic (consultatiebureau) or the GP; "
        "so I send no water or food tips, and water and fibre are off."
    ),
    "settings.saved_baby": (
        "Saved. For a baby, food and drink go through the baby clinic (consultatiebureau) or the "
        "GP; so I send no water or food tips, and water and fibre are off."
    ),
    "settings.for_whom": (
        "Who are you using me for? Questions, tips and progress are then about you or about "
        "your child. Earlier check-ins stay as you filled them in."
    ),
    "button.set_language": "Language",
    "button.set_timezone": "Time zone",
    "button.set_wake": "Wake-up",
    "button.set_bed": "Bedtime",
    "button.set_probiotic": "Probiotic time",
    "button.set_probiotic_name": "Probiotic name",
    "button.set_probiotic_pack": "Probiotic pack",
    "button.pack_none": "Don't count",
    "button.name_none": "No name",
    "settings.probiotic_name": (
        "What is your probiotic called? Type the name as on the pack; you don't have to."
    ),
    "settings.probiotic_name.child": (
        "What is your child's probiotic called? Type the name as on the pack; you don't have to."
    ),
    "settings.probiotic_pack": (
        "How many doses are in the pack you are using now? Then I'll tell you a few days "
        "before it runs out, counted with your 'Done' taps. Tap or type the number; with a new "
        "pack, set it again."
    ),
    "input.bad_pack": "Type the number of doses in the pack, such as 30, or tap a button.",
    "input.bad_name": "Type the name on one line (60 characters at most), or tap No name.",
    "overview.probiotic_name": " · {name}",
    "overview.probiotic_pack": " · pack of {pack}",
    "stock.named": " ({name})",
    "stock.low": (
        "Your probiotic{named} is nearly finished: about {left} left, counted with your 'Done' "
        "taps. If you go on with a new pack, set the number again in /settings."
    ),
    "stock.low.child": (
        "Your child's probiotic{named} is nearly finished: about {left} left, counted with your "
        "'Done' taps. If you go on with a new pack, set the number again in /settings."
    ),
    "button.set_fibre": "Fibre time",
    "button.set_skincare": "Skin care time",
    "button.set_hydration": "Water per day",
    "button.toggle": "{label}: {state}",
    "button.carry_on": "✓ I'm in",
    "button.rest_pause": "2 weeks' break",
    "button.stop": "Stop",
    "backoff.still_there": (
        "Still with me? I haven't heard from you in a week, so for now I send one message a "
        "day. Tap anything and all goes back to normal; a break or stopping is fine too."
    ),
    "backoff.on": "Great! Your reminders come as before again.",
    "backoff.rest": (
        "I haven't heard from you in three weeks, so I'll leave you in peace: I send nothing "
        "up to and including {until}. Want to carry on sooner? Send me a message or tap "
        "/resume, and all goes back to normal. Your data stays kept; /delete erases it all."
    ),
    "button.pause.one": "{count} day",
    "button.pause.other": "{count} days",
    "button.cancel": "Never mind",
    # -- reminder kinds ------------------------------------------------------------------------
    "kind.probiotic": "Probiotic",
    "kind.hydration": "Water",
    "kind.fibre": "Fibre",
    "kind.checkin": "Check-in",
    "kind.winddown": "Winding down",
    "kind.skincare": "Skin care",
    "reminder.single.probiotic": "Time for your probiotic.",
    "reminder.single.probiotic.child": "Time for your child's probiotic.",
    "reminder.single.hydration": "Time for a glass of water.",
    "reminder.single.hydration.child": "Time for a glass of water for your child.",
    "reminder.single.hydration_small": "Time for your child to have something to drink.",
    "reminder.single.fibre": "A nudge for your fibre today.",
    "reminder.single.fibre.child": "A nudge for your child's fibre today.",
    "reminder.single.skincare": "Time to moisturise your skin.",
    "reminder.single.skincare.child": "Time to moisturise your child's skin.",
    "reminder.single.winddown": "Bedtime is in an hour: time to wind down.",
    "reminder.single.winddown.child": (
        "Your child's bedtime is in an hour: time to wind down together."
    ),
    "reminder.single.winddown_late": "Bedtime is close: time to wind down.",
    "reminder.single.winddown_late.child": (
        "Your child's bedtime is close: time to wind down together."
    ),
    "reminder.late": "This one was due at {at}; it comes a little later than planned.",
    "reminder.combined": "Due now: {items}.",
    "reminder.combined.child": "Due now for your child: {items}.",
    "reminder.combined_item": "{label} ({at})",
    "reminder.tip": "Tip: {tip}",
    # -- answers to buttons --------------------------------------------------------------------
    "answer.done": "Noted: done.",
    "answer.skipped": "Noted: skipped.",
    "answer.done_for_day": "Noted for {date}: done.",
    "answer.skipped_for_day": "Noted for {date}: skipped.",
    "answer.snoozed": "I'll remind you again at {at}.",
    "answer.already_done": "You had already answered this one: done. Nothing changed.",
    "answer.already_skipped": "You had already answered this one: skipped. Nothing changed.",
    "answer.already_snoozed": "This one is already snoozed until {at}. Nothing changed.",
    "answer.cannot_snooze": (
        "This reminder is from {date}; it can't be snoozed any more, but you can tick it off "
        "or skip it."
    ),
    "answer.glass.one": "Noted: {count} glass of water on {date}.",
    "answer.glass.other": "Noted: {count} glasses of water on {date}.",
    "answer.stale": "This button no longer works. /today shows today's list.",
    "answer.saved": "Saved.",
    # -- settings ------------------------------------------------------------------------------
    "settings.overview": (
        "Your settings\n"
        "For: {for_whom}\n"
        "Language: {language} · Time zone: {timezone}\n"
        "Wake-up {wake} · Bedtime {bed}\n"
        "{reminders}\n"
        "Check-in: {checkin_day} {checkin_time}\n"
        "Tap what you would like to change."
    ),
    # One line per reminder kind in the overview (bot/programme/kinds.py).
    "overview.kind.probiotic": "Probiotic {at} ({state}){extra}",
    "overview.kind.hydration": "Water {number}× a day ({state})",
    "overview.kind.fibre": "Fibre {at} ({state})",
    "overview.kind.winddown": "Winding down {at} ({state})",
    "overview.kind.skincare": "Skin care {at} ({state})",
    "offer.skincare": (
        "An idea: would you like a daily nudge to moisturise your skin as well? Gut and skin "
        "together, that is what this approach is about.\n"
        "Which cream and how often is for you and your GP, dermatologist or pharmacist. A "
        "medicated ointment you use as your doctor prescribed it; this nudge changes nothing "
        "about that."
    ),
    "offer.skincare.child": (
        "An idea: would you like a daily nudge to moisturise your child's skin as well? Gut and "
        "skin together, that is what this approach is about.\n"
        "Which cream and how often is for you and the GP, dermatologist or pharmacist. A "
        "medicated ointment you use as the doctor prescribed it; this nudge changes nothing "
        "about that."
    ),
    # A reminder kind that is off, offered once (bot/programme/kinds.py: offer_day).
    "button.offer_yes": "Yes, at {at}",
    "button.offer_time": "Yes, at another time",
    "button.offer_no": "No, thanks",
    "offer.on": "{label} is on, every day at {at}. You can choose another time in /settings.",
    "offer.on_choose": "The nudge is on. Choose the time that fits your day below.",
    "offer.no": "Fine, no nudge. Want it after all? {label} is in /settings.",
    "settings.saved": "Saved. Your reminders follow your new choice from now on.",
    "settings.hydration": "How many times a day would you like a nudge to drink water?",
    "settings.language": "Which language would you like your messages in?",
    "state.on": "on",
    "state.off": "off",
    "language.name": "English",
    "language.saved": "From now on I'll talk to you in English.",
    # -- today ---------------------------------------------------------------------------------
    "today.header": "Today, {date}",
    "today.line": "{at}  {label}: {state}",
    "today.line_before": "{at}  {label}: {state} ({zone} time, your previous time zone)",
    "today.empty": "There are no reminders for you today.",
    "today.water.one": "Water: {count} glass",
    "today.water.other": "Water: {count} glasses",
    "today.paused": "Your reminders are paused up to and including {until}.",
    "today.stopped": "You get no reminders; /start switches them back on.",
    "status.done": "done",
    "status.skipped": "skipped",
    "status.snoozed": "snoozed until {at}",
    "status.planned": "still to come",
    "status.open": "open",
    "status.missed": "not sent",
    "status.failed": "not delivered",
    "status.cancelled": "called off",
    # -- pause, stop ---------------------------------------------------------------------------
    "pause.ask": "How long would you like to pause? I'll send nothing, and your data stays.",
    "pause.bad": "Type /pause with a number of days, for example /pause 3 (1 to {max} days).",
    "pause.done": "Paused up to and including {until}. Use /resume to start again sooner.",
    "resume.done": "Welcome back. Your reminders are running again.",
    "resume.not_paused": "Your reminders are already running, there is nothing to resume.",
    "stop.done": (
        "I won't send you any more messages. Your data is kept; /start switches the reminders "
        "back on. Would you like me to erase everything? Send /delete."
    ),
    "start.first": "Send /start if you'd like to begin. Until then I keep nothing about you.",
    "start.welcome_back": "Good to have you back. Your reminders are running again.",
    # -- groups and errors ---------------------------------------------------------------------
    "group.refuse": (
        "I only work in a private chat, because this is about health data. Feel free to send "
        "me a personal message. I'm leaving this group now."
    ),
    "error.generic": (
        "Sorry, something went wrong on my side. Your data is safe; please try again in a moment."
    ),
    # -- help and menu -------------------------------------------------------------------------
    "help": (
        "This is what I can do for you:\n"
        "{commands}\n"
        "I give no medical advice. If you are unsure about the skin or the treatment, call the "
        "GP. Patches that suddenly weep or hurt, yellow crusts, painful blisters or a fever: "
        "call the GP the same day.\n"
        "Questions about tests, such as food-intolerance or gut tests? Discuss them with your GP."
    ),
    "input.tests": (
        "Questions about tests, such as an IgG or food-intolerance test, a 'leaky gut' test or "
        "a stool test, are best discussed with your GP. I do not do or recommend tests myself."
    ),
    "safety.allergic": (
        "Please note: swelling of the lips, mouth, face or tongue, hives or trouble breathing "
        "can mean an allergic reaction. If breathing or swallowing is hard, call 112 now. "
        "Otherwise call your GP today (in the evening or at the weekend: the out-of-hours GP "
        "service)."
    ),
    "safety.allergic.child": (
        "Please note: swelling of the lips, mouth, face or tongue, hives or trouble breathing "
        "can mean an allergic reaction in your child. If breathing or swallowing is hard, call "
        "112 now. Otherwise call your child's GP today (in the evening or at the weekend: the "
        "out-of-hours GP service)."
    ),
    "help.line": "/{command} – {description}",
    "cmd.start": "start, or open your settings",
    "cmd.today": "today's list and your glasses of water",
    "cmd.settings": "times, language and reminders on or off",
    "cmd.pause": "a few days' break, for example /pause 3",
    "cmd.resume": "carry on after a pause",
    "cmd.language": "Dutch or English",
    "cmd.stop": "no more messages (/start picks up again)",
    "cmd.help": "this overview",
    # -- check-in -------------------------------------------------------------------------------
    "onboarding.checkin_day": (
        "Once a week I ask you a few questions about your skin, your belly, your sleep and "
        "stress. Which day suits you best?"
    ),
    "onboarding.checkin_day.child": (
        "Once a week I ask you a few questions about your child's skin, belly, sleep and "
        "stress. Which day suits you best?"
    ),
    "onboarding.checkin_time": "At what time on that day?",
    "button.set_checkin_day": "Check-in day",
    "button.set_checkin_time": "Check-in time",
    "checkin.intro": (
        "Time for your weekly check-in: 14 short questions about the past week. You can stop "
        "halfway, your answers are kept."
    ),
    "checkin.intro_baseline": (
        "Now your first check-in. Together with next week's, it becomes your starting point, "
        "so we can compare fairly later on. 14 short questions about the past week."
    ),
    "checkin.resume": "Your check-in is still open. Let's carry on where you were.",
    "checkin.progress": "({n}/{total})",
    "checkin.q.poem1": "Itch from your eczema: on how many days of the past week?",
    "checkin.q.poem1.child": "Itch from your child's eczema: on how many days of the past week?",
    "checkin.q.poem2": ("Sleep disturbed by your eczema: on how many nights of the past week?"),
    "checkin.q.poem2.child": (
        "Your child's sleep disturbed by eczema: on how many nights of the past week?"
    ),
    "checkin.q.poem3": "Bleeding skin from your eczema: on how many days of the past week?",
    "checkin.q.poem3.child": (
        "Bleeding skin from your child's eczema: on how many days of the past week?"
    ),
    "checkin.q.poem4": (
        "Weeping skin or wet patches from your eczema: on how many days of the past week?"
    ),
    "checkin.q.poem4.child": (
        "Weeping skin or wet patches from your child's eczema: on how many days of the past week?"
    ),
    "checkin.q.poem5": "Cracked skin from your eczema: on how many days of the past week?",
    "checkin.q.poem5.child": (
        "Cracked skin from your child's eczema: on how many days of the past week?"
    ),
    "checkin.q.poem6": "Flaking skin from your eczema: on how many days of the past week?",
    "checkin.q.poem6.child": (
        "Flaking skin from your child's eczema: on how many days of the past week?"
    ),
    "checkin.q.poem7": "Dry or rough skin from your eczema: on how many days of the past week?",
    "checkin.q.poem7.child": (
        "Dry or rough skin from your child's eczema: on how many days of the past week?"
    ),
    "checkin.q.bloating": "On how many days in the past week did your belly feel bloated?",
    "checkin.q.bloating.child": (
        "On how many days in the past week did your child's belly feel bloated?"
    ),
    "checkin.q.pain": "On how many days in the past week did you have belly pain?",
    "checkin.q.pain.child": "On how many days in the past week did your child have belly pain?",
    "checkin.q.stools": (
        "On how many days in the past week were your stools irregular (too hard, too loose or "
        "different from normal)?"
    ),
    "checkin.q.stools.child": (
        "On how many days in the past week were your child's stools irregular (too hard, too "
        "loose or different from normal)?"
    ),
    "checkin.q.sleep": "How many hours a night did you sleep on average in the past week?",
    "checkin.q.sleep.child": (
        "How many hours a night did your child sleep on average in the past week?"
    ),
    "checkin.q.stress": (
        "How much stress did you have in the past week? 0 = none at all, 10 = a great deal."
    ),
    "checkin.q.stress.child": (
        "How much stress or unrest did you see in your child in the past week? 0 = none at all, "
        "10 = a great deal."
    ),
    "checkin.q.triggers": (
        "Did you notice anything that seemed to set your skin off? Tap all that apply, then Done."
    ),
    "checkin.q.triggers.child": (
        "Did you notice anything that seemed to set your child's skin off? Tap all that apply, "
        "then Done."
    ),
    "checkin.q.note": (
        "Anything else about this week? Type it (500 characters at most) or tap Skip."
    ),
    "checkin.food_caveat": (
        "Good to keep track of. Cutting a food out is something to do with your GP or a dietitian."
    ),
    "checkin.food_caveat.child": (
        "Good to keep track of. Cutting a food out of your child's diet is always something to "
        "do with the GP or a paediatric dietitian, so that your child gets all the nutrients they "
        "need."
    ),
    "checkin.poem.none": "None",
    "checkin.poem.1_2": "1–2",
    "checkin.poem.3_4": "3–4",
    "checkin.poem.5_6": "5–6",
    "checkin.poem.every": "Every day",
    "trigger.dairy": "Dairy",
    "trigger.gluten": "Gluten",
    "trigger.eggs": "Eggs",
    "trigger.soy": "Soy",
    "trigger.nuts": "Nuts",
    "trigger.sugar": "Sugar/processed",
    "trigger.stress": "Stress",
    "trigger.weather": "Weather",
    "trigger.other": "Something else",
    "trigger.sweat": "Sweat",
    "trigger.care_product": "New care product",
    "button.noticed": "Noticed something today?",
    "trigger_day.today": "today ({date})",
    "trigger_day.yesterday": "yesterday ({date})",
    "button.trigger_today": "Today",
    "button.trigger_yesterday": "Yesterday",
    "triggers.ask": (
        "What did you notice, {day}? Tap all that apply; I keep it straight away. It helps "
        "/patterns show what your itch did afterwards."
    ),
    "triggers.ask.child": (
        "What did you notice in your child, {day}? Tap all that apply; I keep it straight away. "
        "It helps /patterns show what the itch did afterwards."
    ),
    "triggers.saved": "Noted for {day}: {items}.",
    "triggers.saved_none": "Nothing noted for {day}.",
    "patterns.none": (
        "Nothing to show yet. Note what you notice with /trigger, or the button on the evening "
        "message. Once something is noted on {minimum} days or more, I show what your itch did "
        "afterwards."
    ),
    "patterns.none.child": (
        "Nothing to show yet. Note what you notice in your child with /trigger, or the button on "
        "the evening message. Once something is noted on {minimum} days or more, I show what the "
        "itch did afterwards."
    ),
    "patterns.header": (
        "What your own numbers show. For each thing you noted: your itch on the evening before "
        "a day you noted it and on the evening after that day, beside your itch on the other "
        "evenings of the same weeks. A day counts when you gave a score the evening before and "
        "the evening after."
    ),
    "patterns.header.child": (
        "What your child's numbers show. For each thing you noted: your child's itch on the "
        "evening before a day you noted it and on the evening after that day, beside the itch on "
        "the other evenings of the same weeks. A day counts when you gave a score the evening "
        "before and the evening after."
    ),
    "patterns.line": (
        "• {label} ({noted}): mean itch {before} the evening before and {after} the evening "
        "after ({times}); {other} on the other evenings ({others})."
    ),
    "patterns.line.after": (
        "• {label} ({noted}): mean itch {before} the evening before and {after} the evening "
        "after ({times})."
    ),
    "patterns.line.none": "• {label} ({noted}).",
    "patterns.times.one": "{count} time",
    "patterns.times.other": "{count} times",
    "patterns.need": "To compare, I need {needed}.",
    "patterns.need.days": "at least {minimum} days on which you noted it (now {now})",
    "patterns.need.times": (
        "at least {minimum} of those days with a score the evening before and the evening after "
        "(now {now})"
    ),
    "patterns.need.others": (
        "at least {minimum} other evenings in the same weeks, with a score that evening and two "
        "evenings earlier (now {now})"
    ),
    "patterns.need.span": "scores over at least {minimum} weeks",
    "patterns.no_clear": (
        "From the evening before to the evening after, your itch did not clearly rise more than "
        "it usually did over two days in those weeks."
    ),
    "patterns.no_clear.child": (
        "From the evening before to the evening after, your child's itch did not clearly rise "
        "more than it usually did over two days in those weeks."
    ),
    "patterns.worth.food": (
        "From the evening before to the evening after, your itch rose more than it usually did "
        "over two days in those weeks. That is worth discussing with your GP or a dietitian; "
        "when you noted things, the season or chance can explain it as well."
    ),
    "patterns.worth.food.child": (
        "From the evening before to the evening after, your child's itch rose more than it "
        "usually did over two days in those weeks. That is worth discussing with the GP or a "
        "paediatric dietitian; when you noted things, the season or chance can explain it as "
        "well."
    ),
    "patterns.worth.other": (
        "From the evening before to the evening after, your itch rose more than it usually did "
        "over two days in those weeks. That is worth discussing with your GP; when you noted "
        "things, the season or chance can explain it as well."
    ),
    "patterns.worth.other.child": (
        "From the evening before to the evening after, your child's itch rose more than it "
        "usually did over two days in those weeks. That is worth discussing with the GP; when "
        "you noted things, the season or chance can explain it as well."
    ),
    "patterns.doctor": (
        "• {label} (noted on {noted}): mean itch {before} on the evening before and {after} on "
        "the evening after such a day ({times}); {other} on the other evenings of the same weeks "
        "({others})."
    ),
    "patterns.doctor.after": (
        "• {label} (noted on {noted}): mean itch {before} on the evening before and {after} on "
        "the evening after such a day ({times}); no other evenings in the same weeks."
    ),
    "patterns.doctor.none": (
        "• {label} (noted on {noted}): no day with an itch score the evening before and after."
    ),
    "count.days.one": "{count} day",
    "count.days.other": "{count} days",
    "count.evenings.one": "{count} evening",
    "count.evenings.other": "{count} evenings",
    "patterns.easily_chance": "With so few, a difference can easily be chance.",
    "patterns.footer": "This shows what happened together, not why it happened.",
    "patterns.foods": "Cutting a food out is something to do with your GP or a dietitian.",
    "patterns.foods.child": (
        "Cutting a food out of your child's diet is always something to do with the GP or a "
        "paediatric dietitian, so that your child gets all the nutrients they need."
    ),
    "progress.patterns": "You have noted enough to compare: /patterns.",
    "cmd.trigger": "note what you noticed today (a possible trigger)",
    "cmd.patterns": "what the itch did after what you noted",
    "button.triggers_done": "Done",
    "button.skip_question": "Skip",
    "button.pause_checkin": "Continue later",
    "button.continue": "Continue",
    "checkin.note_too_long": (
        "That is a bit long: {max} characters at most. Please shorten it, or tap Skip."
    ),
    "checkin.done": (
        "Thank you, your check-in is saved.\nSkin score (POEM scale): {score} of 28, {band}."
    ),
    "checkin.done_first": (
        "Thank you, your check-in is saved.\nSkin score (POEM scale, a common questionnaire for "
        "eczema; 0 means: no symptoms in the past week): {score} of 28, "
        "{band}."
    ),
    "checkin.done_first.child": (
        "Thank you, the check-in is saved.\nYour child's skin score (POEM scale, a common "
        "questionnaire for eczema; 0 means: no symptoms in the past week): {score} of "
        "28, {band}."
    ),
    "checkin.done.child": (
        "Thank you, the check-in is saved.\nYour child's skin score (POEM scale): {score} of 28, "
        "{band}."
    ),
    "checkin.done_no_score": (
        "Thank you, your check-in is saved. Two or more skin questions were skipped, so there "
        "is no skin score this week."
    ),
    "checkin.done_no_score.child": (
        "Thank you, the check-in is saved. Two or more skin questions were skipped, so there is "
        "no skin score for your child this week."
    ),
    "checkin.baseline_next": (
        "After the next check-in there is a starting point; then /progress shows how it goes."
    ),
    "checkin.baseline_next_on": (
        "Your next check-in comes on {day}. Then there is a starting point, and /progress "
        "shows how it goes."
    ),
    "checkin.next_on": "{day} at {at}",
    "checkin.done_next": "/progress shows how it is going.",
    "checkin.paused": "Fine, your answers are saved. /checkin carries on where you were.",
    "checkin.nudge": (
        "Your check-in is still open. Tap Continue or use /checkin; it stays open until {until}."
    ),
    "answer.checkin_old": (
        "This question was already answered or the check-in is closed. Nothing changed."
    ),
    "answer.checkin_expired": (
        "This check-in has expired. Nothing changed; /checkin starts a new one."
    ),
    "band.clear": "no or almost no eczema",
    "band.mild": "mild eczema",
    "band.moderate": "moderate eczema",
    "band.severe": "severe eczema",
    "band.very_severe": "very severe eczema",
    "reminder.itch_question": (
        "How bad was the itch today at its worst? 0 = no itch, 10 = the worst you can imagine."
    ),
    "reminder.itch_question.child": (
        "How bad was your child's itch today at its worst? 0 = no itch, 10 = the worst you can "
        "imagine."
    ),
    "answer.itch": "Noted: itch {score} on {date}.",
    "button.fix": "✎ Change an answer",
    "button.fix_item": "{label}: {now}",
    "checkin.fix_pick": (
        "Which answer would you like to change? You can for 24 hours after the check-in."
    ),
    "checkin.fixed": "Changed: {label} from {old} to {new}.",
    "checkin.fixed_score": "Skin score now {score} of 28, {band}.",
    "checkin.fix_expired": (
        "Answers can be changed for 24 hours after the check-in; this one stands."
    ),
    "button.undo": "↩ Undo",
    "answer.undone": "Undone: {label} is open again.",
    "cmd.itch": "log or correct today's or yesterday's itch (also /jeuk)",
    "itch.ask": (
        "How bad was the itch on {date} at its worst? 0 = no itch, 10 = the worst you can imagine."
    ),
    "itch.ask.child": (
        "How bad was your child's itch on {date} at its worst? 0 = no itch, 10 = the worst you "
        "can imagine."
    ),
    "itch.given": "Noted now: {score}. Tap another number to correct it.",
    "itch.bad": (
        "Type /itch, or /itch with a number from 0 to 10, for example /itch 4 or /itch yesterday 4."
    ),
    "button.itch_yesterday": "Yesterday",
    "itch.before_start": "Yesterday was before your start; /itch logs today's itch.",
    "button.itch_today": "Today",
    "answer.itch_same": "Itch {score} on {date} was already noted. Nothing changed.",
    "answer.itch_updated": "Updated: itch on {date} from {old} to {score}.",
    "cmd.treatment": (
        "keep a list of what you use: a cream, medicine or anything else (also /behandeling)"
    ),
    "treatment.empty": (
        "Here you keep a list of what you use, in your own words: a cream, ointment, medicine "
        "or anything else. Nothing is listed yet. Tap Add."
    ),
    "treatment.empty.child": (
        "Here you keep a list of what your child uses, in your own words: a cream, ointment, "
        "medicine or anything else. Nothing is listed yet. Tap Add."
    ),
    "treatment.header": "What you use, in your own words:",
    "treatment.header.child": "What your child uses, in your own words:",
    "treatment.line": "• {name} ({purpose}), since {since}",
    "treatment.line_stopped": "• {name} ({purpose}), {since} to {stopped}",
    "treatment.stopped_header": "Stopped:",
    "treatment.full": (
        "This list keeps {max} at a time. To add something new, first mark one as stopped."
    ),
    "treatment.ask_name": (
        "What is it called? Type the name as it is on the pack or as you call it."
    ),
    "treatment.ask_name.child": (
        "What is it called? Type the name as it is on the pack or as you call it at home."
    ),
    "treatment.bad_name": "Type the name as text, for example: emollient cream.",
    "treatment.ask_for": "What is {name} for?",
    "treatment.use_buttons": "Tap below what {name} is for.",
    "treatment.for.skin": "Skin",
    "treatment.for.gut": "Gut",
    "treatment.for.other": "Something else",
    "treatment.purpose.skin": "skin",
    "treatment.purpose.gut": "gut",
    "treatment.purpose.other": "other",
    "treatment.ask_since": (
        "Since when do you use {name}? Tap Today, or type a date, for example 12 November or "
        "2026-11-12."
    ),
    "treatment.ask_since.child": (
        "Since when does your child use {name}? Tap Today, or type a date, for example "
        "12 November or 2026-11-12."
    ),
    "treatment.bad_since": (
        "I cannot read that date, or it is still in the future. Type for example 12 November, "
        "12-11-2026 or yesterday, or tap Today."
    ),
    "treatment.added": "Noted: {name} ({purpose}), since {since}.",
    "treatment.ask_stop": "Which one do you no longer use? Tap it.",
    "treatment.ask_stop.child": "Which one does your child no longer use? Tap it.",
    "treatment.ask_stopped": (
        "Since when have you no longer used {name}? Tap Today, or type a date, for example "
        "yesterday or 12 November."
    ),
    "treatment.ask_stopped.child": (
        "Since when has your child no longer used {name}? Tap Today, or type a date, for "
        "example yesterday or 12 November."
    ),
    "treatment.stopped_before": (
        "That date is before {since}, when it began. Type a later date, or tap Today."
    ),
    "treatment.stopped": "Noted: {name}, stopped on {date}.",
    "button.treatment_add": "Add",
    "button.treatment_stop": "Something stopped",
    "button.treatment_today": "Today",
    "button.treatment_back": "Back",
    "button.treatment_daily": "Ask each evening",
    "button.treatment_use": "Used {name} today?",
    "button.treatment_used": "✓ Used {name} today",
    "treatment.daily_mark": " · asked each evening",
    "treatment.ask_daily": (
        "Which ones shall the evening message ask whether you used them that day? Tap to switch "
        "on or off."
    ),
    "treatment.ask_daily.child": (
        "Which ones shall the evening message ask whether your child used them that day? Tap to "
        "switch on or off."
    ),
    "treatment.use_noted": "Noted: {name} used on {date}.",
    "treatment.use_removed": "Removed: {name} used on {date}.",
    "export.file.treatment_days.csv": (
        "the days you tapped in the evening message that you used something"
    ),
    "export.col.daily": "Asked each evening",
    "cmd.checkin": "your weekly questions, right now",
    "cmd.progress": "how it is going, by phase, with a chart",
    # -- progress (/progress) -----------------------------------------------------------------
    "progress.header": "Your progress · day {day} of your programme, phase {phase}",
    "progress.header.child": "Your child's progress · day {day} of the programme, phase {phase}",
    "progress.no_checkin": (
        "You haven't done a check-in yet. /checkin asks the questions; after two check-ins you "
        "have a starting point to compare with."
    ),
    "progress.one_checkin": (
        "Your first check-in is in. After the next one ({day} at {time}) you have a starting point."
    ),
    "progress.latest": "Skin score (POEM scale) now: {score} of 28, {band}.",
    "progress.latest.child": "Your child's skin score (POEM scale) now: {score} of 28, {band}.",
    "progress.baseline": "Starting point (mean of the first two check-ins): {baseline}.",
    "progress.wait_for_verdict": "From the next check-in on I can compare with the start.",
    "direction.better": "better",
    "direction.worse": "worse",
    "direction.same": "the same",
    "verdict.no_clear_change.one": (
        "Compared with the starting point: no clear change ({change} point difference)."
    ),
    "verdict.no_clear_change.other": (
        "Compared with the starting point: no clear change ({change} points difference)."
    ),
    "verdict.small_change": (
        "Compared with the starting point: a small change ({change} points {direction}), "
        "possibly not meaningful."
    ),
    "verdict.unconfirmed_change": (
        "Compared with the starting point: {change} points {direction}. One check-in is too few "
        "to be sure; I'll look again after the next one."
    ),
    "verdict.unconfirmed_worse": "If it gets worse quickly or you are worried, contact your GP.",
    "verdict.unconfirmed_worse.child": (
        "If it gets worse quickly or you are worried, contact your child's GP."
    ),
    "verdict.probably_meaningful": (
        "Compared with the starting point: probably a meaningful change ({change} points "
        "{direction}, two check-ins in a row)."
    ),
    "verdict.very_likely_meaningful": (
        "Compared with the starting point: very likely a meaningful change ({change} points "
        "{direction}, two check-ins in a row)."
    ),
    "trend.falling": "falling",
    "trend.rising": "rising",
    "trend.flat": "about level",
    "itchband.mild": "mild",
    "itchband.moderate": "moderate",
    "itchband.severe": "severe",
    "itch.response": (
        "Itch: the weekly mean is at least 4 points below the starting point ({baseline}, "
        "{band}). That counts as a clear fall."
    ),
    "itch.no_response": (
        "Itch: starting point {baseline} ({band}); no fall of 4 points yet, the trend is {trend}."
    ),
    "itch.trend_only": (
        "Itch: the starting point was {baseline} ({band}), so I only show the trend: {trend}."
    ),
    "progress.by_phase": "By phase:",
    "progress.phase_head": "Phase {phase} (weeks {first}–{last})",
    "progress.phase_head_one": "Phase {phase} (week {week})",
    "progress.phase_skin": "skin score mean {mean}",
    "progress.phase_skin_one": "skin score {mean}",
    "progress.phase_best_worst": (
        "best week {best} ({best_score}), hardest week {worst} ({worst_score})"
    ),
    "progress.phase_itch": "itch mean {mean}",
    "progress.phase_itch_one": "itch {mean}",
    "progress.adherence": "  ticked off: {items}",
    "progress.adherence_item": "{label} {percent}%",
    "progress.streaks": "Done in a row: {items}",
    "lookback.itch": "Itch this week: mean {this}, the week before {last}.",
    "lookback.itch_first": "Itch this week: mean {this}.",
    "lookback.habits": "Habits: {items}.",
    "habit.ticked": "{label}: ticked off {done} of {sent}",
    "habit.ticked_scored": "{label}: ticked off {done} of {sent}, habit score {score}%",
    "progress.habits": (
        "Habits: {items}.\nTicked off is a tap on Done, of the reminders sent. The habit score "
        "weighs the last weeks most, and a skip does not count in it; it appears after two "
        "weeks, since before that it says too little."
    ),
    "progress.streak_item.one": "{label} {count} day",
    "progress.streak_item.other": "{label} {count} days",
    "escalation.no_improvement_6_weeks": (
        "After 6 weeks I see no clear improvement yet. This is a good moment to have your GP "
        "or dermatologist take a look; a dermatologist and a dietitian together often work best."
    ),
    "escalation.no_improvement_6_weeks.child": (
        "After 6 weeks I see no clear improvement yet. This is a good moment to have your "
        "child's GP or a dermatologist take a look; a dermatologist and a paediatric dietitian "
        "together often work best."
    ),
    "escalation.worsening": (
        "Your skin score is clearly worse than at your starting point. Please contact your GP "
        "or dermatologist."
    ),
    "escalation.worsening.child": (
        "Your child's skin score is clearly worse than at the starting point. Please contact "
        "your child's GP or a dermatologist."
    ),
    "escalation.severe": (
        "Your skin score is in the severe range. Make an appointment with your GP or "
        "dermatologist this week."
    ),
    "escalation.severe.child": (
        "Your child's skin score is in the severe range. Make an appointment with your child's "
        "GP or a dermatologist this week."
    ),
    "escalation.very_severe": (
        "Your skin score is in the very severe range. Make an appointment with your GP or "
        "dermatologist this week."
    ),
    "escalation.very_severe.child": (
        "Your child's skin score is in the very severe range. Make an appointment with your "
        "child's GP or a dermatologist this week."
    ),
    "escalation.severe_last": (
        "Your last skin score was in the severe range. Make an appointment with your GP or "
        "dermatologist this week."
    ),
    "escalation.severe_last.child": (
        "Your child's last skin score was in the severe range. Make an appointment with your "
        "child's GP or a dermatologist this week."
    ),
    "escalation.very_severe_last": (
        "Your last skin score was in the very severe range. Make an appointment with your GP or "
        "dermatologist this week."
    ),
    "escalation.very_severe_last.child": (
        "Your child's last skin score was in the very severe range. Make an appointment with "
        "your child's GP or a dermatologist this week."
    ),
    "escalation.infection": (
        "Patches that suddenly weep or hurt, yellow crusts, painful blisters or a fever can mean "
        "an infection: call your GP the same day (in the evening or at the weekend, the "
        "out-of-hours GP service)."
    ),
    "escalation.infection.child": (
        "Patches that suddenly weep or hurt, yellow crusts, painful blisters or a fever can mean "
        "an infection: call the GP the same day (in the evening or at the weekend, the "
        "out-of-hours GP service)."
    ),
    "progress.no_cause": ("This shows what changed, not why: skin reacts to many things at once."),
    # -- summary for the doctor (/summary) -----------------------------------------------------
    "cmd.summary": "a one-page summary for the GP or dermatologist (pdf)",
    "summary.ask": (
        "I'll make a one-page summary for your GP or dermatologist (pdf). Would you like your "
        "own notes from the check-ins in it, or would you rather leave them out?"
    ),
    "button.summary_plain": "Without notes",
    "button.summary_notes": "With my notes",
    "summary.caption": (
        "Your summary for the GP or dermatologist. Self-reported, not a diagnosis; take it "
        "along or send it on if you like."
    ),
    "summary.file_name": "darm-huid-summary-{date}.pdf",
    "summary.title": "Summary for the GP or dermatologist",
    "summary.title.child": "Summary for the GP or dermatologist, about a child",
    "summary.period": (
        "From {start} up to and including {end}: day {day} of the programme, {phases}."
    ),
    "summary.phase_single": "phase {phase}",
    "summary.phase_range": "phases {first} to {last}",
    "summary.range": "{first} to {last}",
    "summary.answered_by": "Filled in by the participant.",
    "summary.answered_by.child": "Filled in by a parent or carer, about the child.",
    "summary.skin": "Skin score (POEM scale, 0–28) by week, and itch (0–10)",
    "summary.skin.child": "The child's skin score (POEM scale, 0–28) by week, and itch (0–10)",
    "summary.week_tick": "week {week}",
    "summary.legend.skin": "skin score (left axis; lower is better)",
    "summary.legend.baseline": "starting point ({baseline})",
    "summary.legend.itch": "itch, weekly mean (right axis)",
    "summary.legend.bands": "bands (Charman 2013)",
    "summary.legend.evenings": "itch each evening, lower strip ({period}; {evenings} answered)",
    "summary.latest": (
        "Latest skin score ({date}): {score} of 28, {band} ({scored} with a score)."
    ),
    "summary.severe": "Latest score in the severe band (≥ 17).",
    "summary.very_severe": "Latest score in the very severe band (≥ 25).",
    "summary.baseline": (
        "Starting point (mean of the first two check-ins, {first} and {second}): {baseline}."
    ),
    "summary.unconfirmed": (
        "Compared with the starting point: {change} points {direction} at the latest check-in "
        "(one measurement, not yet confirmed)."
    ),
    "summary.itch.response": (
        "Itch (weekly mean): starting point {baseline} ({band}), latest week {latest}; at least "
        "4 points lower, a clear fall."
    ),
    "summary.itch.no_response": (
        "Itch (weekly mean): starting point {baseline} ({band}), latest week {latest}; no fall "
        "of 4 points, the trend is {trend}."
    ),
    "summary.itch.trend_only": (
        "Itch (weekly mean): starting point {baseline} ({band}), latest week {latest}; from a "
        "starting point below 4 only the trend counts: {trend}."
    ),
    "count.checkins.one": "{count} check-in",
    "count.checkins.other": "{count} check-ins",
    "summary.no_score": "No check-in with a skin score yet.",
    "summary.months": "Belly (days a week), sleep and stress by month ({period})",
    "summary.col.month": "Month",
    "summary.col.checkins": "Check-ins",
    "summary.col.bloating": "Bloating",
    "summary.col.pain": "Belly pain",
    "summary.col.stools": "Irregular stools",
    "summary.col.sleep": "Sleep (hours)",
    "summary.col.stress": "Stress (0–10)",
    "summary.habits": "Habits ({period})",
    "summary.habits_note": (
        "Ticked off: a tap on Done on a reminder, not proof of intake. Habit score: a moving "
        "average of what was ticked off each day, in which a day weighs half as much after 13 "
        "days; a skip does not count; shown after 14 days."
    ),
    "summary.no_habits": "No reminders sent yet.",
    "summary.triggers": "Suspected triggers and what the itch did afterwards",
    "summary.triggers.child": "Suspected triggers in the child and what the itch did afterwards",
    "summary.ticked": "Ticked as a suspected trigger in the check-ins ({period}): {items}.",
    "summary.ticked_item": "{label} in {ticked} of {total}",
    "summary.noted": "Noted on the day itself ({period}):",
    "summary.patterns_footer": "Occurred together, not a cause: self-noted, not tested.",
    "summary.patterns_footer.child": (
        "Occurred together, not a cause: noted by a parent, not tested."
    ),
    "summary.no_triggers": "No suspected triggers noted.",
    "summary.no_itch": "No evening itch scores yet.",
    "summary.treatment": "Treatment as reported by the participant",
    "summary.treatment.child": "Treatment as reported by the parent",
    "summary.treatment_line": "{name} ({purpose}): since {since}",
    "summary.treatment_stopped": "{name} ({purpose}): {since} to {stopped}",
    "summary.treatment_uses.one": ", ticked as used on {count} evening ({first})",
    "summary.treatment_uses.other": ", ticked as used on {count} evenings ({first} to {last})",
    "summary.treatment_more.one": "and {count} more",
    "summary.treatment_more.other": "and {count} more",
    "summary.notes": "The participant's notes ({period})",
    "summary.notes.child": "The parent's or carer's notes ({period})",
    "summary.footer": (
        "The skin score follows the POEM scale (Patient-Oriented Eczema Measure): seven "
        "questions, asked in the app's own words, on how many days of the past week the skin "
        "itched, sleep was disturbed, the skin bled, wept, was cracked, flaked and felt dry or "
        "rough; 0–4 each, 0–28 in all. {method} Everything is self-reported and not a "
        "diagnosis. Made on {made} with Darm-Huid Coach."
    ),
    "summary.footer.child": (
        "The skin score follows the POEM scale (Patient-Oriented Eczema Measure), filled in by "
        "a parent about the child: seven questions, asked in the app's own words, on how many "
        "days of the past week the skin itched, sleep was disturbed, the skin bled, wept, was "
        "cracked, flaked and felt dry or rough; 0–4 each, 0–28 in all. {method} Not a "
        "diagnosis. Made on {made} with Darm-Huid Coach."
    ),
    "summary.method": (
        "Bands: Charman 2013 (0–2 / 3–7 / 8–16 / 17–24 / 25–28: clear or almost clear, mild, "
        "moderate, severe, very severe eczema). Change: Howells 2018, against the starting "
        "point (the mean of the first two check-ins): ≤ 2 points no clear change, 2.1–2.9 a "
        "small one; ≥ 3 points on two check-ins in a row probably and ≥ 4 very likely "
        "meaningful. Itch: the worst itch of the day (0–10), asked every evening; bands "
        "0–3 / 4–6 / 7–10; a fall of ≥ 4 points in the weekly mean counts as clear, only from "
        "a starting point of 4 or more."
    ),
    # -- privacy -------------------------------------------------------------------------------
    "export.caption": (
        "Everything I keep about you, in one zip file: readable tables (CSV) and the same as "
        "JSON. Keep it somewhere safe."
    ),
    "export.readme_name": "README.txt",
    "export.readme": (
        "This is everything Darm-Huid Coach keeps about you, made on {made} (time zone {zone})."
        " The tables (CSV) open in a spreadsheet; data.json holds the same for computers."
    ),
    "export.file.settings.csv": "your settings and your consent",
    "export.file.reminders.csv": "every reminder: date, time and what you did with it",
    "export.file.reminder_weeks.csv": (
        "reminders older than a few months, counted per week: sent, done, skipped, snoozed"
    ),
    "export.col.week_start": "Week from",
    "export.col.sent": "Sent",
    "export.col.done": "Done",
    "export.col.skipped": "Skipped",
    "export.col.snoozed": "Snoozed",
    "export.col.itch_done": "Wind-down answered with the itch score",
    "export.file.checkins.csv": (
        "the weekly check-ins: the skin questions (POEM scale, 0-4 each), the skin score, "
        "belly, sleep, stress, triggers, whom they are about and your note"
    ),
    "export.file.itch.csv": "the itch score of each evening (0-10)",
    "export.file.triggers.csv": "what you noticed on a day (possible triggers)",
    "export.col.trigger": "Trigger",
    "export.col.noted_at": "Noted at",
    "export.file.water.csv": "your glasses of water per day",
    "export.file.corrections.csv": (
        "every answer you changed later: what, for which day, from what to what, and when"
    ),
    "export.file.treatments.csv": (
        "what you use (/treatment), in your own words: what for, since when and until when"
    ),
    "export.col.name": "Name",
    "export.col.purpose": "What for",
    "export.col.since": "Since",
    "export.col.stopped": "Stopped on",
    "export.col.what": "What",
    "export.col.old": "Was",
    "export.col.new": "Became",
    "export.col.changed_at": "Changed at",
    "export.what.itch": "Itch (0-10)",
    "export.undone": "(undone)",
    "export.file.data.json": "all of the above, for computers",
    "export.col.date": "Date",
    "export.col.time": "Time",
    "export.col.reminder": "Reminder",
    "export.col.status": "Status",
    "export.col.about": "About whom",
    "export.about_self": "yourself",
    "export.about_child": "your child",
    "export.col.answered_at": "Answered at",
    "export.col.snoozes": "Times snoozed",
    "export.col.completed_at": "Completed at",
    "export.col.poem1": "Itch (0-4)",
    "export.col.poem2": "Sleep disturbed (0-4)",
    "export.col.poem3": "Bleeding (0-4)",
    "export.col.poem4": "Weeping or oozing (0-4)",
    "export.col.poem5": "Cracked (0-4)",
    "export.col.poem6": "Flaking (0-4)",
    "export.col.poem7": "Dry or rough (0-4)",
    "export.col.bloating": "Bloated (days)",
    "export.col.pain": "Belly pain (days)",
    "export.col.stools": "Irregular stools (days)",
    "export.col.sleep": "Sleep (hours a night)",
    "export.col.stress": "Stress (0-10)",
    "export.col.note": "Note",
    "export.col.triggers": "Triggers",
    "export.col.skin_score": "Skin score (POEM scale, 0-28)",
    "export.col.band": "Skin score in words",
    "export.col.score": "Itch (0-10)",
    "export.col.glasses": "Glasses of water",
    "export.col.setting": "Setting",
    "export.col.value": "Value",
    "export.col.id": "Telegram ID",
    "export.col.language": "Language",
    "export.col.timezone": "Time zone",
    "export.col.wake": "Wake-up",
    "export.col.bed": "Bedtime",
    "export.col.probiotic_time": "Probiotic time",
    "export.col.probiotic_name": "Probiotic name",
    "export.col.probiotic_pack": "Doses in the pack",
    "export.col.pack_started": "Pack counted from",
    "export.col.child_age": "Child's age",
    "export.col.fibre_time": "Fibre time",
    "export.col.hydration_count": "Water reminders a day",
    "export.col.probiotic_on": "Probiotic reminder",
    "export.col.hydration_on": "Water reminder",
    "export.col.fibre_on": "Fibre reminder",
    "export.col.winddown_on": "Winding-down reminder",
    "export.col.skincare_on": "Skin care reminder",
    "export.col.skincare_time": "Skin care time",
    "export.col.checkin_day": "Check-in day",
    "export.col.checkin_time": "Check-in time",
    "export.col.age_group": "For whom (adult: yourself, parent: your child)",
    "export.col.start_date": "Started on",
    "export.col.consent_version": "Version of the consent text",
    "export.col.consent_at": "Consent given at",
    "export.col.paused_until": "Paused until",
    "export.checkin.open": "in progress",
    "export.checkin.done": "completed",
    "export.checkin.expired": "expired",
    "export.planned": "not sent yet",
    "export.missed": "not sent (too late)",
    "export.failed": "not delivered",
    "export.cancelled": "cancelled",
    "export.none": "I keep nothing about you.",
    "delete.confirm": (
        "Do you want me to erase everything about you: your settings and consent, reminders, "
        "check-ins with notes, itch scores, glasses of water, noted triggers and treatments? "
        "This cannot be "
        "undone. For a copy of it all first, tap the top button."
    ),
    "button.delete_yes": "Yes, erase everything",
    "button.delete_export": "First a copy of everything (/export)",
    "delete.confirm_after_export": (
        "Your copy is above. Do you want me to erase everything about you now? This cannot be "
        "undone."
    ),
    "delete.kept": "Fine, nothing was erased.",
    "delete.done": (
        "Everything is erased; nothing about you is left in my database. I have taken my "
        "messages of the last 48 hours out of this chat. Older ones I cannot remove (Telegram "
        "does not let a bot); they go when you delete this chat yourself. /start begins again."
    ),
    "cmd.export": "all your data as a file",
    "cmd.delete": "erase everything about you",
    # -- chart (/progress) ---------------------------------------------------------------------
    "chart.title": "Your skin and itch by week",
    "chart.title.child": "Your child's skin and itch by week",
    "chart.skin": "Skin score (POEM scale, 0–28)",
    "chart.itch": "Itch (weekly mean, 0–10)",
    "chart.adherence": "Ticked off\n(% of reminders sent)",
    "chart.zero": "sent, none ticked off (0%)",
    "chart.lower_is_better": "lower is better",
    "chart.baseline": "Starting point ({baseline})",
    "chart.itch_daily": "Itch each\nevening",
    "chart.week": "Week",
    "chart.habits": "Habits so far",
    "chart.phase": "Phase {phase}",
    "chart.too_early": (
        "Your chart starts after your second check-in: then there are two weeks to compare."
    ),
    "chart.no_data": "No data yet",
    # -- the conversation: typed answers, one check-in a week, the night ---------------------
    "onboarding.recorded": "Noted: {value}.",
    "settings.pointer": (
        "Tap what you want to change above, or type the name of a button (Bedtime, for "
        "example). /help shows what else I can do."
    ),
    "checkin.first_pointer": "Tap Now or Later above, or type 'now' or 'later'.",
    "checkin.open_pointer": "Your check-in is still open. /checkin carries on where you were.",
    "checkin.replace_ask": (
        "You already answered this week's check-in ({date}). One counts per week, so your "
        "starting point and your progress stay fair. Do you want to answer it again? Then the "
        "new one counts instead of the first."
    ),
    "button.replace_yes": "Yes, answer again",
    "button.replace_no": "No, keep it",
    "checkin.replace_kept": "Fine, this week's check-in stays as it is.",
    "checkin.replace_pointer": (
        "Tap Yes or No above: do you want to answer this week's check-in again?"
    ),
    "checkin.ticks_cleared": "Taken off: {items}. Tap Done to go on.",
    "triggers.pointer": "Tick what you noticed in the list above, or tap Done.",
    "button.next_of_kind": "Tomorrow at {at}",
    "answer.until_next": "Fine, you'll hear from me again tomorrow at {at}.",
    "answer.snooze_asleep": (
        "{at} falls in your sleep window ({bed} to {wake}), when I send nothing. Choose "
        "another moment."
    ),
    "pause.first_after": "After that, your first reminder comes on {day} at {at}.",
    "pause.first_checkin_moved": "Your first check-in now comes on {day} at {at}.",
    "export.checkin.replaced": "replaced by a later one of the same week",
    "export.triggers_none": "none",
}
