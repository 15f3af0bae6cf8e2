"""Recognisers: each finds one kind of mention in cleaned text, with offsets.

A recogniser is a pure function of the text (and, for dates, the reference
date); it knows nothing of directives. :mod:`regwatch.assemble` combines them.
"""
