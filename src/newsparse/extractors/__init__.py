"""Site and theme extractors, one module each.

Every module here is imported by the registry on first use, through the same guarded loader as
third-party plugins; a module registers its classes with ``@newsparse.register``.
"""
