// madoguchi compose helpers: the reply check (findings underlined in the draft as the agent
// types, a panel with one-click rewrites and acknowledgements) and one-click insertion of
// a clarifying reply or a suggested template / FAQ answer.
//
// Offsets: the server sends UTF-16 offsets (data-start/data-end), which is how JavaScript
// strings count, so an emoji before a finding does not shift the underline. The text is
// posted with LF line ends, as textarea.value has them.
(function () {
  "use strict";
  if (window.madoguchiAssist) return; // the compose box may be swapped in again by htmx
  window.madoguchiAssist = true;

  var DEBOUNCE_MS = 600;
  var SIGNATURE = "\n-- \n";
  var timer = null;
  var sequence = 0;
  var findings = []; // [{start, end, mode}] for the text last painted
  var paintedText = "";

  function textarea() { return document.getElementById("reply-body"); }
  function assist() { return document.getElementById("assist"); }

  // The underline layer: a div behind the transparent textarea, with the same box and font,
  // holding the same text with <mark> around the findings.
  var COPIED = ["fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight", "letterSpacing",
    "wordSpacing", "tabSize", "textIndent", "textTransform", "paddingTop", "paddingRight",
    "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth",
    "borderLeftWidth", "boxSizing"];

  function ensureEditor() {
    var area = textarea();
    if (!area || !assist()) return null;
    var wrapper = area.parentElement;
    if (!wrapper.classList.contains("assist-editor")) {
      wrapper = document.createElement("div");
      wrapper.className = "assist-editor";
      area.parentElement.insertBefore(wrapper, area);
      wrapper.appendChild(area);
    }
    var backdrop = wrapper.querySelector(".assist-backdrop");
    if (!backdrop) {
      backdrop = document.createElement("div");
      backdrop.className = "assist-backdrop";
      backdrop.setAttribute("aria-hidden", "true");
      wrapper.insertBefore(backdrop, wrapper.firstChild);
    }
    if (!area.dataset.assistBound) {
      area.dataset.assistBound = "1";
      area.addEventListener("scroll", function () { syncScroll(area, backdrop); });
      if (window.ResizeObserver) new ResizeObserver(function () { syncBox(area, backdrop); }).observe(area);
    }
    syncBox(area, backdrop);
    return { area: area, backdrop: backdrop };
  }

  function syncBox(area, backdrop) {
    var style = window.getComputedStyle(area);
    COPIED.forEach(function (name) { backdrop.style[name] = style[name]; });
    // A scrollbar in the textarea narrows its text; narrow the layer's the same way.
    var scrollbar = area.offsetWidth - area.clientWidth
      - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    backdrop.style.paddingRight = (parseFloat(style.paddingRight) + Math.max(0, scrollbar)) + "px";
    backdrop.style.width = area.offsetWidth + "px";
    backdrop.style.height = area.offsetHeight + "px";
    syncScroll(area, backdrop);
  }

  function syncScroll(area, backdrop) {
    backdrop.scrollTop = area.scrollTop;
    backdrop.scrollLeft = area.scrollLeft;
  }

  var MODE_RANK = { hint: 0, warn: 1, acknowledge: 2, block: 3 };

  function paint() {
    var editor = ensureEditor();
    if (!editor) return;
    var text = editor.area.value;
    var cuts = [0, text.length];
    findings.forEach(function (f) { cuts.push(f.start, f.end); });
    cuts = cuts.filter(function (c, i, all) { return c >= 0 && c <= text.length && all.indexOf(c) === i; })
      .sort(function (a, b) { return a - b; });
    var fragment = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i], to = cuts[i + 1];
      var covering = findings.filter(function (f) { return f.start <= from && to <= f.end; });
      var piece = text.slice(from, to);
      if (!covering.length) { fragment.appendChild(document.createTextNode(piece)); continue; }
      var mark = document.createElement("mark");
      var strongest = covering.reduce(function (a, b) { return MODE_RANK[b.mode] > MODE_RANK[a.mode] ? b : a; });
      mark.className = "lint-mark mode-" + strongest.mode;
      mark.textContent = piece;
      fragment.appendChild(mark);
    }
    fragment.appendChild(document.createTextNode("\n ")); // a trailing newline still takes a line
    editor.backdrop.replaceChildren(fragment);
    paintedText = text;
    syncBox(editor.area, editor.backdrop);
  }

  // While the agent types, findings before the edit keep their place; the rest wait for
  // the next check instead of underlining the wrong characters.
  function keepFindingsBeforeEdit(text) {
    var same = 0;
    var limit = Math.min(text.length, paintedText.length);
    while (same < limit && text.charCodeAt(same) === paintedText.charCodeAt(same)) same++;
    findings = findings.filter(function (f) { return f.end < same; });
  }

  function csrfToken() {
    var input = document.querySelector("#compose-form input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function acknowledged() {
    return Array.prototype.map.call(
      document.querySelectorAll("#assist-lint input[name=lint_ack]:checked"),
      function (box) { return box.value; });
  }

  function check() {
    var area = textarea();
    var box = assist();
    if (!area || !box) return;
    var text = area.value;
    var mine = ++sequence;
    var data = new URLSearchParams();
    data.append("body", text);
    acknowledged().forEach(function (rule) { data.append("lint_ack", rule); });
    // A new mail (/new/) has its own mailbox (whose team's rules apply) and subject fields.
    ["mailbox", "subject"].forEach(function (name) {
      var field = area.form && area.form.elements.namedItem(name);
      if (field && "value" in field) data.append(name, field.value);
    });
    fetch(box.dataset.lintUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(), "HX-Request": "true" }
    }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(response.status);
    }).then(function (html) {
      // A newer check is on its way, or the text moved on: this answer is stale.
      if (mine !== sequence || textarea() !== area || area.value !== text) return;
      var panel = document.getElementById("assist-lint");
      panel.innerHTML = html; // our own server-rendered, auto-escaped fragment
      findings = Array.prototype.map.call(panel.querySelectorAll(".lint-finding"), function (li) {
        return { start: +li.dataset.start, end: +li.dataset.end, mode: li.className.match(/mode-(\w+)/)[1] };
      });
      paint();
    }).catch(function () { /* the check is advice; a failed request must not disturb typing */ });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  function changed(area) {
    area.dispatchEvent(new Event("input", { bubbles: true })); // autosave, presence, re-check
    area.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function applyRewrite(button) {
    var area = textarea();
    var item = button.closest(".lint-finding");
    if (!area || !item) return;
    var start = +item.dataset.start, end = +item.dataset.end, replaceEnd = +item.dataset.replaceEnd;
    if (area.value.slice(start, end) !== item.dataset.excerpt) { check(); return; } // text moved
    var suggestion = button.dataset.suggestion;
    area.value = area.value.slice(0, start) + suggestion + area.value.slice(replaceEnd);
    area.focus();
    area.setSelectionRange(start, start + suggestion.length);
    changed(area);
  }

  function locate(button) {
    var area = textarea();
    var item = button.closest(".lint-finding");
    if (!area || !item) return;
    area.focus();
    area.setSelectionRange(+item.dataset.start, +item.dataset.end);
  }

  // Insert where the agent put the caret (at the end of that line), or, when the agent has
  // not placed it, above the signature after what is already written (walk 11 F-8: an
  // answer inserted below the closing lines had to be cut and pasted back up).
  function insert(button) {
    var area = textarea();
    var holder = button.closest("li, section");
    var source = holder && holder.querySelector("[data-assist-text]");
    if (!area || !source) return;
    var text = source.textContent.replace(/\s+$/, "");
    var at = area.value.indexOf(SIGNATURE);
    var end = at < 0 ? area.value.length : at;
    var caret = area.dataset.caretPlaced ? Math.min(area.selectionEnd, end) : end;
    var lineEnd = area.value.indexOf("\n", caret);
    var cut = lineEnd < 0 || lineEnd > end ? end : lineEnd;
    var head = area.value.slice(0, cut).replace(/\s+$/, "");
    var rest = area.value.slice(cut, end).replace(/^\s+|\s+$/g, "");
    var signature = at < 0 ? "" : area.value.slice(at);
    var before = head ? head + "\n\n" : "";
    area.value = before + text + (rest ? "\n\n" + rest : "") + (signature ? "\n" + signature : "");
    area.focus();
    area.setSelectionRange(before.length, before.length + text.length);
    changed(area);
  }

  // Whether the agent has put the caret somewhere (a fresh box's caret at 0 means nothing).
  ["click", "keyup", "select"].forEach(function (kind) {
    document.addEventListener(kind, function (event) {
      if (event.target === textarea()) event.target.dataset.caretPlaced = "1";
    });
  });

  document.addEventListener("input", function (event) {
    if (event.target !== textarea()) return;
    keepFindingsBeforeEdit(event.target.value);
    paint();
    schedule();
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    var apply = target.closest("[data-lint-apply]");
    if (apply) { applyRewrite(apply); return; }
    var where = target.closest("[data-lint-locate]");
    if (where) { locate(where); return; }
    var add = target.closest("[data-assist-insert]");
    if (add) { insert(add); }
  });

  function start() {
    if (!ensureEditor()) return;
    findings = [];
    paint();
    var area = textarea();
    if (area.value.split(SIGNATURE)[0].trim()) check();
  }
  document.addEventListener("DOMContentLoaded", start);
  // A template insert swaps the textarea; a Traffic Cop stop swaps the whole compose box.
  document.addEventListener("htmx:load", function (event) {
    var node = event.target;
    if (node && (node.id === "reply-body" || (node.querySelector && node.querySelector("#reply-body")))) start();
  });
})();
