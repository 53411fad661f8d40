"""The domain core of the intake assistant, in wings that import downwards only:
staff -> messaging -> safety -> intake -> records -> profile, contacts, text, config."""
