"""Readers: each format gives its text per page, with offsets the facts can point into."""

from __future__ import annotations

import io
import zipfile

from supportcase.intake.extract import extract_document
from supportcase.intake.normalize import garbled_ratio, match_text, repair_radicals
from supportcase.intake.readers import read_bytes, sniff
from supportcase.intake.readers.pdf import usable
from supportcase.intake.readers.text import html_to_text
from tests.intake import builders


def test_text_pdf_is_read_per_page_without_ocr() -> None:
    data = builders.pdf([builders.JUDGMENT[:6], builders.JUDGMENT[6:]])
    [document] = read_bytes("judgment.pdf", data)
    assert [p.number for p in document.pages] == [1, 2]
    assert all(p.method == "text" for p in document.pages)
    assert "（2021）京0105民初12345号" in document.pages[0].text
    extraction = extract_document(document)
    amount = next(f for f in extraction.facts if f.name == "support.amount")
    assert amount.value == "2500" and amount.page == 2
    # the sentence wraps after 抚养 / 费; the fact still quotes the page's own words
    assert document.pages[1].text[amount.span[0]:amount.span[1]] == amount.quote == "贰仟伍佰元整"
    assert extraction.value("obligor") == "王强"


def test_kangxi_radicals_from_a_broken_text_layer_are_repaired_one_for_one() -> None:
    broken = "北京市朝阳区⼈⺠法院"  # U+2F08 KANGXI RADICAL MAN, U+2EA0 CJK RADICAL CIVILIAN
    fixed = repair_radicals(broken)
    assert fixed == "北京市朝阳区人民法院"
    assert len(fixed) == len(broken)
    assert garbled_ratio(broken) > 0.1 and garbled_ratio(fixed) == 0


def test_near_empty_or_garbled_page_text_is_not_usable() -> None:
    assert not usable("  \n ")
    assert not usable("\ufffd" * 40)
    assert not usable("(cid:12)(cid:40)" * 10)
    assert usable("原告李梅与被告王强抚养费纠纷一案，本院依法审理。")


def test_matching_form_maps_back_to_the_original_text() -> None:
    original = "撫養費每月（２０２１）港幣伍仟元"
    form = match_text(original)
    assert form.text == "抚养费每月(2021)港币伍仟元"
    start = form.text.index("(2021)")
    first, last = form.source_span(start, start + len("(2021)"))
    assert original[first:last] == "（２０２１）"


def test_docx_paragraphs_and_tables_in_order() -> None:
    data = builders.docx(["离婚协议书", "甲方每月10日前向乙方支付抚养费人民币肆仟元整。"],
                         table=[["甲方（男方）", "陈浩"], ["乙方（女方）", "林晓红"]])
    [document] = read_bytes("agreement.docx", data)
    text = document.pages[0].text
    assert text.index("陈浩") < text.index("肆仟元")
    extraction = extract_document(document)
    assert (extraction.value("obligor"), extraction.value("obligee")) == ("陈浩", "林晓红")
    assert extraction.value("support.amount") == "4000"


def test_eml_body_and_each_attachment_are_documents() -> None:
    attachment = builders.docx(["离婚协议书", "男方：王强", "女方：李梅",
                                "男方每月支付女方抚养费人民币2000元。"])
    data = builders.eml("Attached is the agreement.", [("agreement.docx", attachment)])
    documents = read_bytes("mail.eml", data)
    assert [d.file for d in documents] == ["mail.eml", "mail.eml/agreement.docx"]
    assert documents[0].pages[0].text.startswith("From: Li Mei")
    assert extract_document(documents[1]).value("support.amount") == "2000"


def test_text_in_legacy_chinese_encodings() -> None:
    for text, encoding in (("男方每月支付女方抚养费人民币贰仟元整，至孩子年满十八周岁止。", "gb18030"),
                           ("男方每月給付女方子女扶養費新臺幣貳萬元，至孩子年滿十八歲止。", "big5"),
                           ("Respondent shall pay child support of $500.00 per month.", "utf-16")):
        [document] = read_bytes("note.txt", text.encode(encoding))
        assert document.pages[0].text.strip() == text


def test_html_keeps_visible_text_only() -> None:
    markup = ("<html><head><style>p{}</style><script>var a=1</script></head><body>"
              "<p>Case Number: 200000001234567</p><table><tr><td>Arrears balance:</td>"
              "<td>$6,000.00</td></tr></table></body></html>")
    text = html_to_text(markup)
    assert "var a" not in text and "p{}" not in text
    assert "Case Number: 200000001234567" in text and "$6,000.00" in text
    [document] = read_bytes("statement.html", markup.encode())
    assert extract_document(document).value("arrears_claimed") == "6000"


def test_zip_members_are_read_in_turn() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("judgment.pdf", builders.pdf([builders.JUDGMENT]))
        archive.writestr("note.txt", "男方每月支付女方抚养费2000元。".encode())
    documents = read_bytes("papers.zip", buffer.getvalue())
    assert sorted(d.file for d in documents) == ["papers.zip/judgment.pdf", "papers.zip/note.txt"]


def test_format_is_recognised_from_content_not_name() -> None:
    data = builders.pdf([["Respondent shall pay child support of $500.00 per month."]], cjk=False)
    assert sniff("scan.jpg", data) == "pdf"
    assert sniff("x.bin", b"\x89PNG\r\n\x1a\n") == "image"
    assert sniff("mail", b"From: a@b.c\nSubject: x\n\nhi") == "eml"


def test_pdf_whose_text_layer_uses_kangxi_radicals_reads_as_ordinary_characters() -> None:
    # Some court PDF producers map 人/民 to radical code points; the page looks right but the
    # text layer says ⼈⺠ — matching on it would miss the court's name.
    data = builders.with_radical_tounicode(
        builders.pdf([["北京市朝阳区人民法院", "民事判决书", "原告李梅与被告王强抚养费纠纷一案"]]))
    import pypdfium2 as pdfium

    raw = pdfium.PdfDocument(data)[0].get_textpage().get_text_bounded()
    assert "⼈⺠" in raw  # the broken layer, as PDFium reads it
    [document] = read_bytes("judgment.pdf", data)
    assert document.pages[0].method == "text"
    assert "北京市朝阳区人民法院" in document.pages[0].text
    assert extract_document(document).value("court") == "北京市朝阳区人民法院"
