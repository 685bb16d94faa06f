"""The scenes. Each module registers its scenes with ``register(registry)`` (see ``ui/registry.py``)."""
