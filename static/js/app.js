// Small enhancements; every page works without them.
(function () {
  "use strict";

  // Obfuscated e-mail addresses become mailto links (see the obfuscated_email tag).
  function revealEmails(root) {
    root.querySelectorAll(".obfuscated-email[data-reversed]").forEach(function (element) {
      var address = element.getAttribute("data-reversed").split("").reverse().join("");
      var link = document.createElement("a");
      link.href = "mailto:" + address;
      link.textContent = address;
      element.replaceWith(link);
    });
  }

  // The language switcher sends itself when a language is chosen.
  function autoSubmitLanguage(root) {
    var select = root.querySelector("#language-select");
    if (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    revealEmails(document);
    autoSubmitLanguage(document);
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
  });
  document.addEventListener("htmx:afterSwap", function (event) { revealEmails(event.target); });
})();
