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
      // The choice is sent as it is made, so the button is only needed without JavaScript.
      var button = select.form.querySelector("button[type=submit]");
      if (button) { button.hidden = true; }
    }
  }

  // Long fields count their characters against the server's limit. Nothing is cut:
  // over the limit (typed or pasted) the count says by how much, and the server refuses
  // the text with the same message if it is sent anyway.
  function countCharacters(root) {
    root.querySelectorAll("[data-count-for]").forEach(function (output) {
      var field = document.getElementById(output.getAttribute("data-count-for"));
      if (!field || output.dataset.counting) { return; }
      output.dataset.counting = "1";
      var limit = parseInt(field.getAttribute("data-maxlength"), 10);
      var number = new Intl.NumberFormat(document.documentElement.lang || undefined);
      var count = output.querySelector(".char-count-number");
      var over = output.querySelector(".char-count-over");
      var wasOver = false;
      function update() {
        var length = field.value.length;
        count.textContent = output.getAttribute("data-text-count")
          .replace("{count}", number.format(length)).replace("{limit}", number.format(limit));
        var isOver = length > limit;
        output.classList.toggle("char-count-is-over", isOver);
        if (isOver !== wasOver || isOver) {
          over.textContent = isOver ? output.getAttribute("data-text-over")
            .replace("{over}", number.format(length - limit)) : "";
        }
        wasOver = isOver;
      }
      var described = field.getAttribute("aria-describedby");
      field.setAttribute("aria-describedby", (described ? described + " " : "") + output.id);
      field.addEventListener("input", update);
      output.hidden = false;
      update();
    });
  }

  // Details elements that are laid out open on wide screens (the header's menu, the
  // filters): app.css shows their content from 48rem on where ::details-content is
  // understood; elsewhere they are opened here. Escape closes an open one from inside
  // and gives the focus back to its summary.
  function openWhenWide(root) {
    var wide = window.matchMedia("(min-width: 48rem)");
    var styled = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
    root.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      if (details.dataset.openWideReady) { return; }
      details.dataset.openWideReady = "1";
      if (!styled) {
        var sync = function () { details.open = wide.matches; };
        sync();
        wide.addEventListener("change", sync);
      }
      details.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && details.open && !wide.matches) {
          details.open = false;
          details.querySelector("summary").focus();
        }
      });
    });
  }

  // The header's staff and account menus (details[data-open-narrow]) are dropdowns on
  // wide screens: one open at a time, closed by Escape (focus back on the summary) or by
  // a click elsewhere. On a phone app.css lays their links out in the menu's list; where
  // ::details-content is not understood they are opened here instead.
  function dropdowns(root) {
    var wide = window.matchMedia("(min-width: 48rem)");
    var styled = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
    var menus = root.querySelectorAll("details[data-open-narrow]");
    menus.forEach(function (details) {
      if (!styled) {
        var sync = function () { details.open = !wide.matches; };
        sync();
        wide.addEventListener("change", sync);
      }
      details.addEventListener("toggle", function () {
        if (!details.open || !wide.matches) { return; }
        menus.forEach(function (other) { if (other !== details) { other.open = false; } });
      });
      details.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && details.open && wide.matches) {
          details.open = false;
          details.querySelector("summary").focus();
        }
      });
    });
    document.addEventListener("click", function (event) {
      if (!wide.matches) { return; }
      menus.forEach(function (details) {
        if (details.open && !details.contains(event.target)) { details.open = false; }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    revealEmails(document);
    openWhenWide(document);
    dropdowns(document);
    autoSubmitLanguage(document);
    countCharacters(document);
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    revealEmails(event.target);
    countCharacters(document);
  });
  // Swapped-in content names where the focus goes: a comment just posted
  // (data-focus-here) or a field that was refused or just opened (autofocus).
  document.addEventListener("htmx:afterSettle", function () {
    var next = document.querySelector("[data-focus-here], .discussion [autofocus]");
    if (next) {
      next.removeAttribute("data-focus-here");
      next.removeAttribute("autofocus");
      next.focus();
    }
  });
})();
