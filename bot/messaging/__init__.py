"""Messages in and out: masking of sensitive numbers, texts shaped for phones, the message log."""
