// The site's own script: the "/" shortcut to the search box, sortable and filterable tables of
// facts, and search. Every page reads without it; it only adds. Content is put into the page as
// text (textContent), never as HTML.
(function () {
  "use strict";

  // Text as search compares it, as FactBase's Kb.Search does: case, typographic quotes and dashes,
  // and how whitespace is laid out are ignored. Each character folds to one, so places match.
  function fold(text) {
    return text
      .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
      .replace(/[\u2010\u2011\u2013\u2014]/g, "-")
      .replace(/\u0130/g, "i")
      .toLowerCase();
  }

  function foldQuery(text) {
    return fold(text).replace(/\s+/g, " ").trim();
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A script beside the page (data files are scripts, since file:// pages may not fetch).
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("Could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  window.FactBaseSite = { fold: fold, foldQuery: foldQuery, element: element, loadScript: loadScript };

  function shortcuts() {
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      var target = event.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      var box = document.getElementById("search-q") || document.getElementById("site-search");
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    });
  }

  // Tables of facts: each heading becomes a button that sorts by its column; the filter box hides
  // the rows that do not hold the words typed.
  function tables() {
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var texts = rows.map(function (row) { return foldQuery(row.textContent || ""); });
      var headings = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(headings, function (heading, column) {
        var button = element("button", "sort", heading.textContent);
        button.type = "button";
        // The arrow is drawn by the stylesheet in a mark of its own, which screen readers skip: aria-sort says it.
        var mark = element("span", "sort-mark");
        mark.setAttribute("aria-hidden", "true");
        button.appendChild(mark);
        heading.textContent = "";
        heading.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = heading.getAttribute("aria-sort") !== "ascending";
          Array.prototype.forEach.call(headings, function (h) { h.removeAttribute("aria-sort"); });
          heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var sorted = rows.slice().sort(function (a, b) {
            var order = compare(key(a.cells[column]), key(b.cells[column]));
            return ascending ? order : -order;
          });
          sorted.forEach(function (row) { body.appendChild(row); });
        });
      });

      var tools = document.querySelector('[data-filter="' + table.id + '"]');
      if (!tools) return;
      tools.closest(".table-tools").hidden = false;
      var count = tools.parentNode.querySelector(".filter-count");
      tools.addEventListener("input", function () {
        var words = foldQuery(tools.value).split(" ").filter(Boolean);
        var shown = 0;
        rows.forEach(function (row, i) {
          var match = words.every(function (word) { return texts[i].indexOf(word) >= 0; });
          row.hidden = !match;
          if (match) shown++;
        });
        count.textContent = words.length ? shown + " of " + rows.length + " shown" : "";
      });
    });
  }

  function key(cell) {
    if (!cell) return "";
    var sort = cell.getAttribute("data-sort");
    if (sort !== null && sort !== "" && !isNaN(Number(sort))) return Number(sort);
    return sort !== null && sort !== "" ? sort : foldQuery(cell.textContent || "");
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (a === "" && b !== "") return 1; // empty cells last
    if (b === "" && a !== "") return -1;
    return String(a).localeCompare(String(b), "en", { numeric: true });
  }

  // Search: the index is loaded when the search page opens, then every keystroke scans it.
  function search() {
    var form = document.querySelector("form.search-form");
    if (!form) return;
    var input = document.getElementById("search-q");
    var status = document.getElementById("search-status");
    var results = document.getElementById("search-results");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    status.textContent = "Loading the index…";
    loadScript(form.getAttribute("data-search-src")).then(function () {
      var index = prepare(window.FactBaseData.search);
      var timer = 0;
      function run() {
        var found = find(index, input.value);
        show(index, found, input.value, results, status);
        var url = new URL(window.location.href);
        if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
        window.history.replaceState(null, "", url.toString());
      }
      input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(run, 80);
      });
      form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
      run();
      form.setAttribute("data-ready", "true");
    }, function (error) {
      status.textContent = error.message;
    });
  }

  // Weights: where a match counts most. A whole-phrase match beats words found apart.
  // A quote outranks other fields, so that searching a quote lands on the citation that holds it.
  var WEIGHTS = { id: 100, name: 90, quote: 60, fields: 50, body: 20 };

  function prepare(data) {
    return {
      data: data,
      ids: data.ids.map(fold),
      labels: data.labels.map(fold),
      fields: data.entries.map(function (e) { return fold(e.fields); }),
      bodies: data.entries.map(function (e) { return fold(e.body); }),
      quotes: data.entries.map(function (e) { return e.quotes.map(function (q) { return q === null ? "" : fold(q); }); })
    };
  }

  // The best place a phrase occurs in a fact: which part, which quote, where.
  function place(index, i, phrase) {
    var best = null;
    function consider(where, text, quote) {
      if (!text) return;
      var at = text.indexOf(phrase);
      if (at >= 0 && (!best || WEIGHTS[where] > WEIGHTS[best.where])) best = { where: where, at: at, quote: quote };
    }
    consider("id", index.ids[i], -1);
    consider("name", index.labels[i], -1);
    consider("fields", index.fields[i], -1);
    index.quotes[i].forEach(function (q, n) { if (!best || best.where !== "quote") consider("quote", q, n); });
    consider("body", index.bodies[i], -1);
    return best;
  }

  function find(index, query) {
    var phrase = foldQuery(query);
    if (!phrase) return [];
    var words = phrase.split(" ");
    var found = [];
    for (var i = 0; i < index.ids.length; i++) {
      var whole = place(index, i, phrase);
      if (whole) {
        found.push({ i: i, score: WEIGHTS[whole.where] * 2 + (index.ids[i] === phrase ? 1000 : 0), hit: whole, length: phrase.length });
        continue;
      }
      if (words.length < 2) continue;
      var score = 0, first = null;
      for (var w = 0; w < words.length; w++) {
        var hit = place(index, i, words[w]);
        if (!hit) { score = 0; break; }
        score += WEIGHTS[hit.where] / words.length;
        if (!first || WEIGHTS[hit.where] > WEIGHTS[first.where]) {
          first = hit;
          first.word = words[w];
        }
      }
      if (score > 0) found.push({ i: i, score: score, hit: first, length: first.word.length });
    }
    found.sort(function (a, b) { return b.score - a.score || index.labels[a.i].localeCompare(index.labels[b.i]); });
    return found;
  }

  var SHOWN = 100;

  function show(index, found, query, results, status) {
    var data = index.data;
    var root = document.body.getAttribute("data-root") || "";
    results.textContent = "";
    if (!foldQuery(query)) {
      status.textContent = "Type to search " + data.ids.length + " facts.";
      return;
    }
    status.textContent = found.length === 0 ? "No fact matches." :
      found.length + (found.length === 1 ? " fact matches" : " facts match") + (found.length > SHOWN ? "; the first " + SHOWN + " are shown." : ".");
    found.slice(0, SHOWN).forEach(function (match) {
      var i = match.i, hit = match.hit;
      var item = element("li");
      var title = element("p", "result-title");
      var link = element("a", null, data.labels[i]);
      link.href = root + "facts/" + encodeURIComponent(data.ids[i]) + ".html" + (hit.where === "quote" ? "#citation-" + (hit.quote + 1) : "");
      title.appendChild(link);
      title.appendChild(document.createTextNode(" "));
      var kind = data.kinds[data.nodeKinds[i]];
      var badge = element("span", "kind k" + (data.nodeKinds[i] % 12), kind);
      title.appendChild(badge);
      title.appendChild(document.createTextNode(" "));
      title.appendChild(element("code", "id", data.ids[i]));
      item.appendChild(title);
      if (hit.where !== "id" && hit.where !== "name") {
        var text = hit.where === "quote" ? data.entries[i].quotes[hit.quote] : data.entries[i][hit.where];
        item.appendChild(snippet(text, hit.at, match.length, hit.where));
      }
      results.appendChild(item);
    });
  }

  // Some words either side of the match, the match marked.
  function snippet(text, at, length, where) {
    var paragraph = element("p", "snippet");
    paragraph.appendChild(element("span", "where", where));
    var start = Math.max(0, at - 80), end = Math.min(text.length, at + length + 120);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    paragraph.appendChild(document.createTextNode((start > 0 ? "…" : "") + text.slice(start, at)));
    paragraph.appendChild(element("mark", null, text.slice(at, at + length)));
    paragraph.appendChild(document.createTextNode(text.slice(at + length, end) + (end < text.length ? "…" : "")));
    return paragraph;
  }

  function start() {
    shortcuts();
    tables();
    search();
    document.documentElement.setAttribute("data-ready", "true");
    // When the page became interactive, for whoever measures it (the site benchmark).
    performance.mark("factbase-ready");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
