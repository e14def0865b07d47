"""The examples in the calculators' module docstrings stay true."""

from __future__ import annotations

import doctest

import supportcase.calc.california
import supportcase.calc.prc


def test_module_examples() -> None:
    for module in (supportcase.calc.california, supportcase.calc.prc):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
