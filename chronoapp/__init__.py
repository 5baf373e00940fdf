"""chronoapp: build sourced chronologies of armed conflicts from news articles."""
__version__ = "0.1.0"
