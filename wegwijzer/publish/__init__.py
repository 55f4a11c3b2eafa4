"""What a build writes besides the pages: the site folder swapped in whole, the error page under `mkdocs serve`,
and the open data export."""
