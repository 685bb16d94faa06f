"""The content layer: YAML files of content format v1 → typed, validated models.

Never imports pygame or the engine.
"""
