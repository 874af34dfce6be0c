"""The examples in the docstrings run and say what they show."""

import doctest

import pytest

import communique

DOCUMENTED = {
    "communique": communique,
    "communique.extract": communique.extract,
    "communique.Extractor": communique.Extractor,
    "communique.Extractor.extract": communique.Extractor.extract,
    "communique.Extractor.extract_many": communique.Extractor.extract_many,
    "communique.Error": communique.Error,
}


@pytest.mark.parametrize("name", sorted(DOCUMENTED))
def test_docstring_examples(name):
    obj = DOCUMENTED[name]
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    test = parser.get_doctest(obj.__doc__ or "", {}, name, None, 0)
    assert test.examples, f"{name} has no example"
    runner.run(test)
    assert runner.failures == 0, f"{name}: {runner.failures} failing example(s)"
