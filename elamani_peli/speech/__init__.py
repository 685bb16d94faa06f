"""Read-aloud: offline voices, a speaker that never blocks the frame loop, and WAV output.

No pygame here: what is said is decided by the UI (``ui/read_aloud.py``); this package
only turns text into speech on this computer. Nothing is ever sent over a network.
"""
