"""Application services: each applies what a flow's rules decided (bot/programme) to storage,
and hands the Telegram side what to show. Thin on purpose: the decisions are the rules', the
words the messages', the Telegram calls the handlers'.

    onboarding.py   /start's questions, one answer at a time, to the first check-in's offer
    settings.py     the /settings session: a question opened, an answer saved, a plan redone
    checkins.py     the weekly check-in: begun, answered, completed; one per programme week
    picker.py       the suspected triggers of a day, ticked
"""
