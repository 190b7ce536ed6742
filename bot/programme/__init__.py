"""The programme's rules: pure functions of plain values, with the clock passed in.

Phases, the skin score and its verdicts, the check-in's questions, what is due when (DST
included), progress and its chart, reading typed times, settings. Nothing here touches SQL,
Telegram, a file or the real clock: every rule is a table test away. It may use the words in
`messages/`, and nothing else of ours.
"""
