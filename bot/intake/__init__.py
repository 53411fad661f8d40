"""The intake: what a resident's message says, which question comes next, and whether the
report can be filed online. Plain Python: no Rasa, no Flask, no database."""
