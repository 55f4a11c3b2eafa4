"""Reading one data file into a record, and checking that record on its own: YAML, numbers and characters as
written, and its JSON Schema, with located Dutch messages."""
