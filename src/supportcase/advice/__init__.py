"""Advice: what to do next in a case, and what to ask a lawyer.

`checklist` turns a case's state into a bilingual next-step checklist (done / missing / to
check, each with its rule and the evidence that would settle it); `questions` turns it into
the questions for counsel. Both keep proven facts apart from assumptions still to check.
"""
