"""What the data's values mean, shared by the checks, the pages and the export: web and e-mail addresses, Dutch
phone numbers, what a record marks unconfirmed, and how far each region is."""
