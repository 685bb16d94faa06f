"""The rules of the game as pure functions over plain state. No pygame, no clock, no Babel."""
