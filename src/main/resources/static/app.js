// Cursusschrift: small progressive enhancements. Every page works without this file.
"use strict";

// A "Toon" button next to each password field, so a learner on a phone can check what they typed.
document.querySelectorAll('input[type="password"]').forEach(function (input) {
  var button = document.createElement("button");
  button.type = "button";
  button.className = "plain small reveal";
  button.textContent = "Toon wachtwoord";
  button.setAttribute("aria-controls", input.id);
  button.setAttribute("aria-pressed", "false");
  button.addEventListener("click", function () {
    var show = input.type === "password";
    input.type = show ? "text" : "password";
    button.textContent = show ? "Verberg wachtwoord" : "Toon wachtwoord";
    button.setAttribute("aria-pressed", String(show));
  });
  input.insertAdjacentElement("afterend", button);
});

// A submitted answer no longer needs the copy this browser kept while it was being written.
document.querySelectorAll("[data-clear-draft]").forEach(function (el) {
  try { localStorage.removeItem("cursusschrift:draft:" + el.getAttribute("data-clear-draft")); } catch (e) { /* storage off */ }
});

// The assignment form: never lose typed text.
//  - every change is copied to localStorage at once (survives a crash, a dead battery, no network);
//  - a draft is saved to the server 2.5 s after typing stops (at most 15 s after the first change),
//    and when the page is hidden or closed (keepalive);
//  - on load, a local copy newer than the server's draft is offered back;
//  - items of lists, logs and journeys are added, removed and moved here instead of by a round trip.
(function () {
  var form = document.querySelector("form[data-autosave]");
  if (!form) return;
  var key = "cursusschrift:draft:" + form.getAttribute("data-key");
  var statusEl = form.querySelector(".save-status");
  var version = form.querySelector('input[name="version"]');
  var url = form.getAttribute("action");
  var dirty = false, saving = false, again = false, timer = null, firstChange = 0;

  function values() {
    var out = {};
    new FormData(form).forEach(function (value, name) {
      if (name === "_csrf" || name === "_action" || name === "version" || name === "return") return;
      (out[name] = out[name] || []).push(String(value));
    });
    return out;
  }

  function keepLocal() {
    try { localStorage.setItem(key, JSON.stringify({ at: Date.now(), base: version.value, values: values() })); } catch (e) { /* storage full or off */ }
  }

  function forgetLocal() {
    try { localStorage.removeItem(key); } catch (e) { /* storage off */ }
  }

  function status(text, isError) {
    statusEl.textContent = text;
    statusEl.classList.toggle("error", !!isError);
  }

  function body() {
    var data = new URLSearchParams();
    new FormData(form).forEach(function (value, name) { if (name !== "_action") data.append(name, value); });
    return data;
  }

  var pending = null;

  // Resolves true once nothing typed is left unsaved on the server (logout waits for it), false when a save failed.
  function save(keepalive) {
    if (!dirty) return pending || Promise.resolve(true);
    if (saving) { again = true; return pending; }
    saving = true;
    dirty = false;
    firstChange = 0;
    status("Bezig met opslaan…");
    pending = fetch(url, { method: "POST", body: body(), keepalive: !!keepalive, credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        return response.json().catch(function () { return { ok: false }; }).then(function (json) { json.status = response.status; return json; });
      })
      .then(function (result) {
        if (result.ok) {
          version.value = result.version;
          var pill = document.querySelector(".assignment-head .pill.none");
          if (pill) { pill.textContent = "Concept"; pill.className = "pill draft"; }
          status(result.savedAt + (result.stale ? ". Let op: in een ander venster was intussen een andere versie opgeslagen; deze is nu de laatste." : "."));
          if (!dirty) forgetLocal();
          Object.keys(result.insights || {}).forEach(function (field) {
            var box = form.querySelector('[data-insights="' + field + '"]');
            if (box) box.innerHTML = result.insights[field];
          });
        } else {
          dirty = true;
          if (result.status === 403) status("Niet opgeslagen: je bent uitgelogd. Log in een ander tabblad opnieuw in; je tekst staat veilig in deze browser.", true);
          else status((result.message || "Niet opgeslagen.") + " Je tekst staat veilig in deze browser.", true);
        }
      })
      .catch(function () {
        dirty = true;
        status("Niet opgeslagen: geen verbinding. Je tekst staat veilig in deze browser; we proberen het zo opnieuw.", true);
        schedule(10000);
      })
      .then(function () {
        saving = false;
        pending = null;
        if (again) { again = false; return save(keepalive); }
        return !dirty;
      });
    return pending;
  }

  window.cursusschrift = window.cursusschrift || {};
  window.cursusschrift.flush = function () { clearTimeout(timer); return save(true); };

  function schedule(delay) {
    clearTimeout(timer);
    var wait = delay || 2500;
    if (firstChange && Date.now() - firstChange > 15000) wait = 0;
    timer = setTimeout(save, wait);
  }

  function changed() {
    dirty = true;
    if (!firstChange) firstChange = Date.now();
    keepLocal();
    schedule();
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", function () { keepLocal(); clearTimeout(timer); });
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") save(true); });
  window.addEventListener("pagehide", function () { save(true); });

  // ---- items: add, remove, move, all renumbered so the order of names is the order on screen ----

  function group(el) { return el.closest("[data-group]"); }

  function reindex(groupEl) {
    var id = groupEl.getAttribute("data-group");
    var items = groupEl.querySelectorAll(":scope > .items > [data-item]");
    var nameRe = new RegExp("^" + id + "\\[(\\d+|__i__)\\]");
    var idRe = new RegExp("^a-" + id + "-(\\d+|__i__)(-|$)");
    var actionRe = new RegExp(":" + id + ":(\\d+|__i__)$");
    items.forEach(function (item, index) {
      item.querySelectorAll("*").forEach(function (el) {
        if (el.name && nameRe.test(el.name)) el.name = el.name.replace(nameRe, id + "[" + index + "]");
        ["id", "for"].forEach(function (attr) {
          var v = el.getAttribute(attr);
          if (v && idRe.test(v)) el.setAttribute(attr, v.replace(idRe, "a-" + id + "-" + index + "$2"));
        });
        var described = el.getAttribute("aria-describedby");
        if (described) el.setAttribute("aria-describedby", described.split(" ").map(function (d) { return d.replace(idRe, "a-" + id + "-" + index + "$2"); }).join(" "));
        if (el.name === "_action" && actionRe.test(el.value)) el.value = el.value.replace(actionRe, ":" + id + ":" + index);
      });
      item.id = "a-" + id + "-" + index;
      var title = item.querySelector(".item-title");
      var label = title.getAttribute("data-label");
      title.textContent = label + " " + (index + 1);
      item.querySelectorAll("[data-remove], [data-move]").forEach(function (b) {
        var l = b.getAttribute("data-remove") !== null ? " verwijderen" : b.getAttribute("data-move") === "up" ? " omhoog" : " omlaag";
        b.setAttribute("aria-label", label + " " + (index + 1) + l);
      });
      var up = item.querySelector('[data-move="up"]'), down = item.querySelector('[data-move="down"]');
      if (up) up.disabled = index === 0;
      if (down) down.disabled = index === items.length - 1;
    });
    var add = groupEl.querySelector(":scope > [data-add]");
    var max = parseInt(groupEl.querySelector(":scope > .items").getAttribute("data-max"), 10);
    if (add) add.hidden = items.length >= max;
  }

  function localNow() {
    var d = new Date();
    d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
    return d.toISOString().slice(0, 16);
  }

  function addItem(groupEl) {
    var id = groupEl.getAttribute("data-group");
    var template = document.getElementById("tpl-" + id);
    var list = groupEl.querySelector(":scope > .items");
    var item = template.content.firstElementChild.cloneNode(true);
    item.querySelectorAll('input[type="datetime-local"]').forEach(function (input) { input.value = localNow(); });
    list.appendChild(item);
    reindex(groupEl);
    var first = item.querySelector("input:not([type=datetime-local]), textarea, select");
    if (first) first.focus();
    return item;
  }

  function hasText(item) {
    return Array.prototype.some.call(item.querySelectorAll("input, textarea, select"), function (el) {
      if (el.type === "datetime-local") return false;
      if (el.type === "radio" || el.type === "checkbox") return el.checked;
      return el.value.trim() !== "";
    });
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || !form.contains(button)) return;
    var groupEl = group(button);
    if (button.hasAttribute("data-add")) {
      event.preventDefault();
      addItem(groupEl);
      changed();
    } else if (button.hasAttribute("data-remove")) {
      event.preventDefault();
      var item = button.closest("[data-item]");
      if (hasText(item) && !window.confirm("Deze regel en wat erin staat verwijderen?")) return;
      var next = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      reindex(groupEl);
      (next ? next.querySelector("input, textarea, select") : groupEl.querySelector("[data-add]") || form).focus();
      changed();
    } else if (button.hasAttribute("data-move")) {
      event.preventDefault();
      var moving = button.closest("[data-item]");
      if (button.getAttribute("data-move") === "up" && moving.previousElementSibling) moving.parentNode.insertBefore(moving, moving.previousElementSibling);
      if (button.getAttribute("data-move") === "down" && moving.nextElementSibling) moving.parentNode.insertBefore(moving.nextElementSibling, moving);
      reindex(groupEl);
      button.focus();
      changed();
    }
  });

  // ---- offer back a local copy that is newer than what the server has ----

  function restore(saved) {
    form.querySelectorAll("[data-group]").forEach(function (groupEl) {
      var id = groupEl.getAttribute("data-group");
      var needed = -1;
      Object.keys(saved).forEach(function (name) {
        var m = name.match(new RegExp("^" + id + "\\[(\\d+)\\]"));
        if (m) needed = Math.max(needed, parseInt(m[1], 10));
      });
      while (groupEl.querySelectorAll(":scope > .items > [data-item]").length <= needed) addItem(groupEl);
    });
    form.querySelectorAll("input, textarea, select").forEach(function (el) {
      if (!el.name || el.type === "hidden" || el.type === "submit" || el.name === "_action") return;
      var wanted = saved[el.name] || [];
      if (el.type === "radio" || el.type === "checkbox") el.checked = wanted.indexOf(el.value) >= 0;
      else if (el.tagName === "SELECT") el.value = wanted[0] || "";
      else el.value = wanted[0] || "";
    });
    changed();
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  (function offerLocalCopy() {
    var raw;
    try { raw = localStorage.getItem(key); } catch (e) { return; }
    if (!raw) return;
    var local;
    try { local = JSON.parse(raw); } catch (e) { forgetLocal(); return; }
    var serverSavedAt = parseInt(form.getAttribute("data-saved-at") || "0", 10);
    if (same(local.values, values()) || local.at <= serverSavedAt) { forgetLocal(); return; }
    var box = document.createElement("div");
    box.className = "alert info restore";
    box.setAttribute("role", "alert");
    var time = new Date(local.at).toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
    var p = document.createElement("p");
    p.textContent = "In deze browser staat een nieuwere versie van je antwoord (van " + time + ") dan wat er is opgeslagen. Wil je die terugzetten?";
    var yes = document.createElement("button");
    yes.type = "button"; yes.className = "primary small"; yes.textContent = "Zet mijn tekst terug";
    var no = document.createElement("button");
    no.type = "button"; no.className = "secondary small"; no.textContent = "Nee, gebruik de opgeslagen versie";
    yes.addEventListener("click", function () { restore(local.values); box.remove(); status("Teruggezet; wordt opgeslagen…"); });
    no.addEventListener("click", function () { forgetLocal(); box.remove(); });
    var actions = document.createElement("p");
    actions.className = "actions";
    actions.appendChild(yes); actions.appendChild(no);
    box.appendChild(p); box.appendChild(actions);
    form.insertBefore(box, form.firstChild);
  })();
})();

// "Afdrukken" on the notebook: the page has a print stylesheet that makes a booklet of it.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});

// The review page: j/k for next/previous (outside text fields), Ctrl+Enter saves the draft
// feedback, and standard comments go into the last text area that had focus.
(function () {
  var form = document.querySelector("form[data-review]");
  if (!form) return;
  var lastArea = form.querySelector("#overall");
  form.addEventListener("focusin", function (e) { if (e.target.tagName === "TEXTAREA") lastArea = e.target; });
  document.addEventListener("keydown", function (e) {
    var typing = /^(TEXTAREA|INPUT|SELECT)$/.test(document.activeElement.tagName);
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && form.contains(document.activeElement)) {
      e.preventDefault();
      form.querySelector("[data-save]").click();
      return;
    }
    if (typing || e.altKey || e.ctrlKey || e.metaKey) return;
    var link = document.querySelector('[data-key="' + e.key + '"]');
    if (link) { e.preventDefault(); window.location.href = link.getAttribute("href"); }
  });
  var buttons = form.querySelector(".snippet-buttons");
  if (buttons) {
    buttons.hidden = false;
    var select = form.querySelector("#snippet");
    select.closest(".snippets").querySelector("label").hidden = true;
    select.hidden = true;
    buttons.addEventListener("click", function (e) {
      var b = e.target.closest("[data-snippet]");
      if (!b || !lastArea) return;
      var text = b.getAttribute("data-snippet");
      lastArea.value = lastArea.value ? lastArea.value.replace(/\s*$/, "") + "\n\n" + text : text;
      lastArea.focus();
    });
  }
})();

// ---- issue 17: messages in view, limits out loud, feedback marked read by POST, logout leaves no drafts ----

// A refused submit: the error summary at the top of the assignment takes focus (autofocus does it without script).
(function () {
  var summary = document.getElementById("fouten");
  if (summary && document.activeElement !== summary) summary.focus();
})();

// The confirmation toast gets a close button; it also fades by itself (site.css).
document.querySelectorAll("[data-toast]").forEach(function (toast) {
  var close = document.createElement("button");
  close.type = "button";
  close.className = "toast-close";
  close.setAttribute("aria-label", "Melding sluiten");
  close.textContent = "×";
  close.addEventListener("click", function () { toast.hidden = true; });
  toast.appendChild(close);
});

// A counter under each capped text field ("9.800 / 10.000 tekens"), and a clear note when a paste does not fit.
(function () {
  function dutch(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "."); }

  function attach(el) {
    var max = parseInt(el.getAttribute("maxlength"), 10);
    if (!max || el.closest("template")) return;
    var always = el.tagName === "TEXTAREA";
    var counter = document.createElement("span");
    counter.className = "char-count";
    counter.id = (el.id || el.name) + "-teller";
    var note = null;
    function update() {
      var n = el.value.length;
      counter.textContent = dutch(n) + " / " + dutch(max) + " tekens";
      counter.hidden = !always && n < max * 0.8;
      counter.classList.toggle("near", n >= max * 0.9 && n < max);
      counter.classList.toggle("over", n >= max);
    }
    el.addEventListener("input", update);
    el.addEventListener("paste", function (event) {
      var text = (event.clipboardData || window.clipboardData).getData("text") || "";
      var selected = Math.abs((el.selectionEnd || 0) - (el.selectionStart || 0));
      var over = el.value.length - selected + text.length - max;
      if (note) { note.remove(); note = null; }
      if (over <= 0) return;
      note = document.createElement("p");
      note.className = "paste-note";
      note.setAttribute("role", "alert");
      note.textContent = "Niet alles is geplakt: hier passen hoogstens " + dutch(max) + " tekens, dus de laatste " + dutch(over)
        + (over === 1 ? " teken viel" : " tekens vielen") + " weg. Maak je tekst korter, of zet het laatste deel in een ander veld.";
      counter.insertAdjacentElement("afterend", note);
      setTimeout(update, 0);
    });
    el.insertAdjacentElement("afterend", counter);
    update();
  }

  document.querySelectorAll("form[data-autosave] textarea[maxlength], form[data-autosave] input[type=text][maxlength], textarea[data-count]").forEach(attach);
  // Rows added by script get their counters too.
  document.querySelectorAll("form[data-autosave] .items").forEach(function (list) {
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType === 1) node.querySelectorAll("textarea[maxlength], input[type=text][maxlength]").forEach(function (el) {
            if (!el.nextElementSibling || !el.nextElementSibling.classList.contains("char-count")) attach(el);
          });
        });
      });
    }).observe(list, { childList: true });
  });
})();

// Feedback and replies shown on this page count as read: the page posts that it showed them (never a GET).
document.querySelectorAll("form[data-mark-read]").forEach(function (form) {
  fetch(form.getAttribute("action"), { method: "POST", body: new URLSearchParams(new FormData(form)), credentials: "same-origin",
    headers: { "Accept": "application/json" } })
    .then(function (response) { if (response.ok) form.hidden = true; })
    .catch(function () { /* the button stays for another try */ });
});

// Logout on a shared computer: first the last typed text goes to the server, then this learner's local copies go.
document.querySelectorAll("form[data-logout]").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    if (form.getAttribute("data-flushed")) return;
    event.preventDefault();
    var flush = window.cursusschrift && window.cursusschrift.flush ? window.cursusschrift.flush() : Promise.resolve(true);
    var timeout = new Promise(function (resolve) { setTimeout(function () { resolve(false); }, 8000); });
    Promise.race([flush, timeout]).catch(function () { return false; }).then(function (saved) {
      if (!saved && !window.confirm("Je laatste wijzigingen konden niet worden opgeslagen. Toch uitloggen? Dan zijn ze weg uit deze browser.")) return;
      var prefix = "cursusschrift:draft:" + form.getAttribute("data-logout") + ":";
      try {
        for (var i = localStorage.length - 1; i >= 0; i--) {
          var key = localStorage.key(i);
          if (key && key.indexOf(prefix) === 0) localStorage.removeItem(key);
        }
      } catch (e) { /* storage off: nothing kept */ }
      form.setAttribute("data-flushed", "1");
      form.submit();
    });
  });
});


// Issue 18: copy buttons for one-time links and enrolment codes. Without JavaScript the button stays
// hidden and the field itself shows the whole text, selectable.
// data-copy names a field to copy from; data-copy-text carries the text itself (a code in a table).
document.querySelectorAll("[data-copy], [data-copy-text]").forEach(function (button) {
  var source = button.hasAttribute("data-copy") ? document.getElementById(button.getAttribute("data-copy")) : null;
  if (button.hasAttribute("data-copy") && !source) return;
  var status = document.querySelector("[data-copy-status]");
  var say = function (text) { if (status) status.textContent = text; };
  var text = function () { return source ? source.value : button.getAttribute("data-copy-text"); };
  var byHand = function () {
    var ok = false;
    var field = source || document.createElement("textarea");
    if (!source) { field.value = text(); field.setAttribute("readonly", ""); field.className = "visually-hidden"; document.body.append(field); }
    field.focus();
    field.select();
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    if (!source) { field.remove(); button.focus(); }
    say(ok ? "Gekopieerd." : source ? "Kopiëren lukte niet: de tekst is geselecteerd, kopieer hem zelf (Ctrl+C of lang drukken)."
        : "Kopiëren lukte niet; neem de code zelf over: " + text());
  };
  button.hidden = false;
  button.addEventListener("click", function () {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text()).then(function () { say("Gekopieerd."); }, byHand);
    } else {
      byHand();
    }
  });
});

// The deep-linking answer goes back to the learning platform by itself; without JavaScript the button does it.
document.querySelectorAll("form[data-auto-submit]").forEach(function (form) { form.submit(); });
