"""pygame scenes that render engine state and send actions; they hold no rules."""
