"""Turn the catalog into Markdown pages; every data string is escaped on the way."""
