"""The Telegram side: one module per feature a person meets. Each handler reads like a
sentence: who is this (`prologue`), what did they ask, which rule answers, what do we say.
Handlers hold no SQL: they call the store's parts, the programme's rules and jobs/."""
