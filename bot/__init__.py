"""The domain core of the intake assistant, in wings that import downwards only:
staff -> messaging -> intake -> safety -> records -> profile, contacts, text, config, textcat, vocabulary.
The intake reads each message once (intake/understanding.py), the emergency screening included."""
