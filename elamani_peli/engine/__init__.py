"""The rules of the game as pure functions over plain state. No pygame, no clock, no Babel.

See ``docs/engine.md`` for the public API and the rules decided here.
"""
