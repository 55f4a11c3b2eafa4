"""The site's search: Pagefind's index of the built pages, the word list and synonyms the browser uses, and the index
under `mkdocs serve`."""
