"""Document intake: read what a parent has and pull out the facts, each tied to its words.

A parent's evidence arrives as a text PDF of a judgment, a phone photo of a mediation
statement, a Word divorce agreement, a forwarded e-mail with attachments. Intake has two
halves, kept apart:

- `readers`: bytes → `SourceDocument` (text per page, how it was read, OCR confidence).
  Text-layer PDFs are read directly; pages with no usable text are OCR'd (rapidocr, with the
  models that ship inside its wheel — nothing is downloaded).
- `extract`: a document's pages → `ExtractedFact`s (document type, court, case number,
  parties and who pays whom, children, support terms, dates, time limits), each with its
  page, character span, the quoted words and a confidence. Deterministic rules only: an
  extraction proposes, a person confirms.

`review.review_files` joins the two and builds the one-shot intake summary used by
`supportcase review`.

Example:
    >>> from supportcase.intake.readers import read_bytes
    >>> from supportcase.intake.extract import extract_document
    >>> docs = read_bytes("agreement.txt", "男方每月支付女方抚养费人民币贰仟元。".encode())
    >>> [f.value for f in extract_document(docs[0]).facts if f.name == "support.amount"]
    ['2000']
"""
