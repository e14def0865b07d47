"""Drafting: court-ready documents from a case file, in Chinese and English.

A draft is a Jinja2 template per kind and language (`templates/<kind>.<lang>.j2`) rendered
to a small block document (`document`), which becomes a DOCX to edit (`docx_render`) or a
PDF to file with the CJK font embedded (`pdf_render`). Figures come from the ledger's
statement and the court from the law's route; a missing fact is a visible placeholder
(`placeholders`), never invented. `bundle` merges the original documents into a stamped,
bookmarked evidence bundle.
"""
