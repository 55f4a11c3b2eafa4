// ESLint (make lint) over all of the site's own JavaScript and its tests; docs/assets/vendor/ is third-party.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["docs/assets/vendor/"] },
  js.configs.recommended,
  {
    // Classic scripts of the site's pages.
    files: ["docs/assets/scan.js", "docs/assets/wallchart.js", "docs/assets/wegwijzer.js"],
    languageOptions: { sourceType: "script", globals: globals.browser }
  },
  {
    // The search box: a module script on every page.
    files: ["docs/assets/search.js"],
    languageOptions: { sourceType: "module", globals: globals.browser }
  },
  {
    // The searcher runs as a module worker, or imported by search.js on the page.
    files: ["docs/assets/search-worker.js"],
    languageOptions: { sourceType: "module", globals: { ...globals.browser, ...globals.worker } }
  },
  {
    // The query rules are pure: no DOM and no globals of a browser or of Node.
    files: ["docs/assets/search-query.js"],
    languageOptions: { sourceType: "module", globals: {} }
  },
  {
    // Dutch month names are the browser's (Intl.DateTimeFormat("nl-NL"), scan.js), not a list of our own.
    files: ["docs/assets/**/*.js"],
    rules: {
      "no-restricted-syntax": ["error", {
        selector: "Literal[value=/^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|" +
          "december)$/i]",
        message: "Month names come from Intl.DateTimeFormat(\"nl-NL\", { month: \"long\" }), as in scan.js (dateNl)."
      }]
    }
  },
  {
    files: ["tests/js/**/*.mjs", "eslint.config.js"],
    languageOptions: { sourceType: "module", globals: globals.node }
  }
];
