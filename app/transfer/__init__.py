"""Moving a batch between installations: what each package carries and how it lands."""
