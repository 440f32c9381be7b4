"""A synthetic site of any size, for the benchmark (`manage.py build_synthetic_site`)."""

from .builder import SyntheticSite

__all__ = ["SyntheticSite"]
