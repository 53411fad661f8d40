"""Where it happened: the town gazetteer, the place matcher (spaCy) and the location decision."""
