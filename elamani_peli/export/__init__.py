"""Files the game writes for people: printable cards and opt-in session summaries.

Sits beside the UI, above the engine: it reads content and engine results and never
imports pygame.
"""
