"""The worked extraction examples in examples/*.yaml: each passage yields exactly the
facts a careful reader takes from it, and nothing for what the text does not say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from supportcase.intake.extract import extract_document
from supportcase.intake.readers import read_bytes

EXAMPLES = [
    pytest.param(example, id=example["case"])
    for path in sorted((Path(__file__).parent / "examples").glob("*.yaml"))
    for example in yaml.safe_load(path.read_text(encoding="utf-8"))
]


@pytest.mark.parametrize("example", EXAMPLES)
def test_example(example: dict[str, Any]) -> None:
    document = read_bytes("example.txt", example["text"].encode("utf-8"))[0]
    extraction = extract_document(document)
    for name, expected in example["facts"].items():
        assert extraction.value(name) == str(expected), name
    for name in example.get("absent", []):
        assert extraction.value(name) is None, name
    page_text = document.pages[0].text
    for fact in extraction.facts:
        # every fact points at the words it came from
        assert page_text[fact.span[0]:fact.span[1]] == fact.quote
        assert fact.quote.strip()


def test_every_fact_the_examples_yield_has_a_name_in_both_languages() -> None:
    """The review and the web list facts by their names: a fact intake reads with no entry
    in casefile.words.FACTS was shown by its key ('support.per_child',
    'support.start_date.unclear')."""
    from supportcase.casefile.words import FACTS

    read = set()
    for param in EXAMPLES:
        example = param.values[0]
        document = read_bytes("example.txt", example["text"].encode("utf-8"))[0]
        read |= {fact.name for fact in extract_document(document).facts}
    assert {"support.per_child", "support.start_date.unclear"} <= read
    assert sorted(read - set(FACTS)) == []
