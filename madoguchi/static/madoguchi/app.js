// madoguchi: keyboard shortcuts, the folder menu on narrow screens, queue selection, presence activity, label colours.
// No inline script or style is allowed by our CSP; everything is wired up from here.
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.row")); }

  function select(index) {
    var all = rows();
    if (!all.length) return;
    index = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) { row.classList.toggle("selected", i === index); });
    all[index].scrollIntoView({ block: "nearest" });
  }

  function selectedIndex() {
    return rows().findIndex(function (row) { return row.classList.contains("selected"); });
  }

  function click(selector) {
    var el = document.querySelector(selector);
    if (el) { el.click(); return true; }
    return false;
  }

  // While an IME composes (Japanese input), keys belong to the composition: "k" may be the
  // first stroke of か. Chromium reports isComposing, older engines keyCode 229.
  function composing(event) {
    return event.isComposing || event.keyCode === 229;
  }

  function setMenu(open) {
    var button = document.querySelector("[data-menu]");
    if (!button) return;
    document.body.classList.toggle("menu-open", open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) {
      var first = document.querySelector("#sidebar a");
      if (first) first.focus();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (composing(event)) return;
    if (event.key === "Escape" && document.body.classList.contains("menu-open")) {
      setMenu(false);
      document.querySelector("[data-menu]").focus();
      return;
    }
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    if (typing(event)) {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    var index = selectedIndex();
    switch (event.key) {
      case "j": select(index + 1); break;
      case "k": select(index < 0 ? 0 : index - 1); break;
      case "o": case "Enter":
        if (index >= 0) { window.location.href = rows()[index].dataset.href; } else return;
        break;
      case "x":
        if (index >= 0) { var box = rows()[index].querySelector("input[type=checkbox]"); box.checked = !box.checked; updateBulk(); }
        break;
      case "r": focus("#reply-body"); break;
      case "n": focus("#note-text"); break;
      case "a": click("[data-shortcut=a]"); break;
      case "e": click("[data-shortcut=e]"); break;
      case "u": click("[data-back]"); break;
      case "/": focus("#search-input"); break;
      case "?": showHelp(); break;
      default: return;
    }
    event.preventDefault();
  });

  function focus(selector) {
    var el = document.querySelector(selector);
    if (el) { el.focus(); el.scrollIntoView({ block: "center" }); }
  }

  function showHelp() {
    var dialog = document.getElementById("shortcuts-help");
    if (dialog && !dialog.open) dialog.showModal();
  }

  function updateBulk() {
    var bar = document.getElementById("bulkbar");
    if (!bar) return;
    var count = document.querySelectorAll("#queue-rows input[name=ids]:checked").length;
    bar.classList.toggle("has-selection", count > 0);
    var label = bar.querySelector("[data-bulk-count]");
    if (label) {
      if (!label.dataset.idle) label.dataset.idle = label.textContent;
      label.textContent = count > 0 ? (document.documentElement.lang === "ja" ? count + " 件選択中" : count + " selected") : label.dataset.idle;
    }
    updateRefusals();
  }

  // Before 適用: the ticked rows the chosen person cannot be given (not a mailbox of their
  // teams), named, instead of learning it from the report after (walk 11 F-3).
  function updateRefusals() {
    var note = document.querySelector("[data-bulk-refusals]");
    if (!note) return;
    var operation = document.querySelector("[data-bulk-operation]");
    var owner = document.querySelector("#bulkbar select[name=owner]");
    var option = owner && owner.options[owner.selectedIndex];
    var takes = option ? option.getAttribute("data-takes") : null;
    var refused = [];
    if (operation && operation.value === "assign" && takes !== null && takes !== "all") {
      var allowed = takes.split(" ");
      document.querySelectorAll("#queue-rows tr.row").forEach(function (row) {
        var box = row.querySelector("input[name=ids]");
        if (box && box.checked && allowed.indexOf(row.dataset.mailbox) < 0) refused.push("#" + box.value);
      });
    }
    note.hidden = refused.length === 0;
    note.textContent = refused.length ? note.dataset.text.replace("{rows}", refused.join(", ")) : "";
  }

  // A suggestion replaces the @name being typed at the end of the note (htmx lists them).
  function completeMention(name) {
    var area = document.getElementById("note-text");
    if (!area) return;
    // The full-width ＠ is what a Japanese IME types (quality/mentions.py reads both).
    area.value = area.value.replace(/[@\uFF20]\S*$/, "@" + name + " ");
    var list = document.getElementById("mention-suggestions");
    if (list) list.innerHTML = "";
    area.removeAttribute("aria-activedescendant");
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }

  // The suggestions from the keyboard (s8 walk): ↑↓ move through them, Enter or Tab inserts
  // the one chosen (Tab the first when none is), Esc closes them. Not while an IME is
  // composing: its Enter commits the kanji, it does not pick a colleague.
  function mentionOptions() {
    return Array.prototype.slice.call(document.querySelectorAll("#mention-suggestions [role=option]"));
  }
  function chooseMention(options, index) {
    var area = document.getElementById("note-text");
    options.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
    if (area) {
      if (index >= 0) area.setAttribute("aria-activedescendant", options[index].id);
      else area.removeAttribute("aria-activedescendant");
    }
  }
  document.addEventListener("keydown", function (event) {
    if (event.target.id !== "note-text" || event.isComposing || event.keyCode === 229) return;
    var options = mentionOptions();
    if (!options.length) return;
    var current = options.findIndex(function (option) { return option.getAttribute("aria-selected") === "true"; });
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      chooseMention(options, current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length);
    } else if ((event.key === "Enter" && current >= 0) || (event.key === "Tab" && !event.shiftKey)) {
      event.preventDefault();
      completeMention(options[current < 0 ? 0 : current].dataset.mention);
    } else if (event.key === "Escape") {  // closes the list; the note keeps the focus
      event.preventDefault();
      event.stopPropagation();
      document.getElementById("mention-suggestions").innerHTML = "";
      chooseMention([], -1);
    }
  }, true);  // before the shortcut keys' Escape, which leaves the field

  // The bulk bar shows the field its operation needs (all of them without script).
  function showBulkFields() {
    var operation = document.querySelector("[data-bulk-operation]");
    if (!operation) return;
    document.querySelectorAll("#bulkbar [data-for]").forEach(function (field) {
      field.hidden = field.dataset.for !== operation.value;
    });
  }
  document.addEventListener("change", function (event) {
    if (event.target.matches("[data-bulk-operation]")) showBulkFields();
    if (event.target.matches("[data-bulk-operation], #bulkbar select[name=owner]")) updateRefusals();
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.closest("[data-menu]")) { setMenu(!document.body.classList.contains("menu-open")); return; }
    if (document.body.classList.contains("menu-open") && !target.closest("#sidebar")) setMenu(false);
    if (target.closest("[data-help]")) { showHelp(); return; }
    var mention = target.closest("[data-mention]");
    if (mention) { completeMention(mention.dataset.mention); return; }
    var focusButton = target.closest("[data-focus]");
    if (focusButton) { focus(focusButton.dataset.focus); return; }
    if (target.matches("[data-select-all]")) {
      document.querySelectorAll("#queue-rows input[name=ids]").forEach(function (box) { box.checked = target.checked; });
      updateBulk();
      return;
    }
    if (target.matches("input[name=ids]")) { updateBulk(); return; }
    // A tap on the urgency reasons opens them (s8-walk8), it does not open the conversation.
    var row = target.closest("tr.row");
    if (row && !target.closest("a, input, button, label, details")) { window.location.href = row.dataset.href; }
  });

  // Presence: "drafting" while the reply box has focus or text that is not only a signature.
  function activity() {
    var input = document.getElementById("presence-activity");
    var body = document.getElementById("reply-body");
    if (!input || !body) return;
    var text = body.value.split("\n-- \n")[0].trim();
    input.value = (document.activeElement === body || text) ? "drafting" : "viewing";
  }
  document.addEventListener("focusin", activity);
  document.addEventListener("focusout", activity);
  document.addEventListener("input", activity);

  // Label colours come from the database; set through the CSSOM (CSP allows it, not style="").
  function paint(root) {
    (root || document).querySelectorAll("[data-color]").forEach(function (el) {
      var color = el.dataset.color;
      if (!/^#[0-9a-fA-F]{6}$/.test(color)) return;
      if (el.classList.contains("swatch")) { el.style.background = color; return; }
      el.style.borderColor = color;
      el.style.background = color + "1f";
    });
  }
  // The queue redraws itself while the agent is not using it: never while rows are ticked,
  // a field or menu is in use, more pages were loaded, or within seconds of a key or click;
  // the row chosen with j/k stays chosen.
  var lastActivity = Date.now();
  ["keydown", "pointerdown", "input", "wheel", "touchstart"].forEach(function (name) {
    document.addEventListener(name, function () { lastActivity = Date.now(); }, { capture: true, passive: true });
  });
  function queueIdle(body) {
    var active = document.activeElement;
    return document.visibilityState === "visible"
      && Date.now() - lastActivity > 10000
      && !body.dataset.extended
      && !body.querySelector("input[name=ids]:checked")
      && !(active && active !== document.body && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)))
      && !document.body.classList.contains("menu-open")
      && !document.querySelector("dialog[open], details.navmenu[open]");
  }
  function startQueueRefresh() {
    var body = document.querySelector("#queue-rows[data-refresh]");
    if (!body || !window.htmx) return;
    var seconds = Math.max(5, parseInt(body.dataset.refresh, 10) || 30);
    window.setInterval(function () {
      if (!queueIdle(body)) return;
      var chosen = body.querySelector("tr.row.selected");
      body.dataset.keep = chosen ? chosen.dataset.href : "";
      window.htmx.trigger(body, "madoguchi:refresh");
    }, seconds * 1000);
  }
  document.addEventListener("htmx:beforeRequest", function (event) {
    var body = document.getElementById("queue-rows");
    if (body && event.target.closest && event.target.closest("#more-row")) body.dataset.extended = "1";
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var body = event.target;
    if (body.id !== "queue-rows" || !body.dataset.keep) return;
    rows().forEach(function (row) { row.classList.toggle("selected", row.dataset.href === body.dataset.keep); });
    updateBulk();
  });

  document.addEventListener("DOMContentLoaded", function () { paint(); activity(); updateBulk(); showBulkFields(); startQueueRefresh(); });
  document.addEventListener("htmx:load", function (event) { paint(event.target); activity(); });
})();

// s8: a <details data-fold-narrow> is open for a wide screen and folded on a phone, where it
// would push what follows (the draft on /approvals/) a screen down. Without JavaScript it
// stays open.
document.addEventListener("DOMContentLoaded", () => {
  if (!window.matchMedia("(max-width: 640px)").matches) return;
  for (const details of document.querySelectorAll("details[data-fold-narrow]")) {
    details.open = false;
  }
});

// s10: a date field is text written the UI language's way (2026/11/01, 2026-11-01) with the
// browser's calendar laid over the icon beside it (web/date_fields.py). The calendar opens
// on the day already typed, and what is picked is written into the text; the text is what
// is sent, so without JavaScript the field is still typed.
(() => {
  const DAY_TIME = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T\s]\s*(\d{1,2})\s*[:時]\s*(\d{2})\s*分?)?$/;
  const two = (number) => String(number).padStart(2, "0");
  const partsOf = (picker) => {
    const field = picker.closest(".date-field");
    return field ? field.querySelector("[data-date-text]") : null;
  };
  // The typed text as the picker's value (2026-11-01 or 2026-11-01T09:30), or "".
  const pickerValue = (text, kind) => {
    const found = DAY_TIME.exec(text.normalize("NFKC").trim());
    if (!found) return "";
    const day = `${found[1]}-${two(found[2])}-${two(found[3])}`;
    if (kind !== "datetime") return day;
    return `${day}T${found[4] ? `${two(found[4])}:${found[5]}` : "09:00"}`;
  };
  const written = (value, separator) => {
    const [day, time] = value.split("T");
    const text = day.split("-").join(separator);
    return time ? `${text} ${time.slice(0, 5)}` : text;
  };
  document.addEventListener("click", (event) => {
    const picker = event.target.closest && event.target.closest("[data-date-picker]");
    const text = picker && partsOf(picker);
    if (!text) return;
    const value = pickerValue(text.value, text.dataset.dateText);
    if (value) picker.value = value;
    // A desktop Chromium opens its calendar only from its own icon; a touch screen opens
    // the picker on the tap by itself.
    if (picker.showPicker && !window.matchMedia("(pointer: coarse)").matches) {
      try { picker.showPicker(); } catch (refused) { /* already open, or not allowed here */ }
    }
  });
  const pick = (event) => {
    const picker = event.target;
    if (!picker.matches || !picker.matches("[data-date-picker]") || !picker.value) return;
    const text = partsOf(picker);
    if (!text) return;
    text.value = written(picker.value, text.dataset.dateSeparator || "-");
    text.dispatchEvent(new Event("change", { bubbles: true }));
  };
  document.addEventListener("change", pick);
  document.addEventListener("input", pick);
})();
