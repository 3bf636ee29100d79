// Search over data/search.json in the browser: every word typed must appear
// (accents and case ignored) in a result's title or text; matches in the
// title rank first. Results are grouped: articles, quotes, people & places.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  if (!input || !results) return;
  var kinds = ["article", "quote", "entity"];
  var groups = (input.getAttribute("data-groups") || "").split("|");
  var items = null;

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load() {
    if (items) return Promise.resolve(items);
    return fetch(input.getAttribute("data-index"))
      .then(function (r) { return r.json(); })
      .then(function (list) {
        items = list.map(function (item) {
          item.ft = fold(item.title);
          item.fx = fold(item.text);
          return item;
        });
        return items;
      });
  }

  function score(item, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var inTitle = item.ft.indexOf(words[i]) !== -1;
      if (!inTitle && item.fx.indexOf(words[i]) === -1) return 0;
      total += inTitle ? 3 : 1;
    }
    return total;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function show(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (!words.length) return;
    var found = 0;
    kinds.forEach(function (kind, k) {
      var hits = items
        .filter(function (item) { return item.kind === kind; })
        .map(function (item) { return { item: item, score: score(item, words) }; })
        .filter(function (hit) { return hit.score > 0; })
        .sort(function (a, b) { return b.score - a.score; })
        .slice(0, 20);
      if (!hits.length) return;
      found += hits.length;
      var section = element("section", "search-group");
      section.appendChild(element("h2", null, groups[k] || kind));
      var list = element("ol", "search-list");
      hits.forEach(function (hit) {
        var li = element("li", "search-hit search-" + kind);
        var link = element("a", null, kind === "quote" ? "“" + hit.item.text + "”" : hit.item.title);
        link.href = hit.item.url;
        li.appendChild(link);
        var meta = kind === "quote" ? hit.item.title + " · " + hit.item.meta : hit.item.meta;
        li.appendChild(element("p", "muted", meta));
        list.appendChild(li);
      });
      section.appendChild(list);
      results.appendChild(section);
    });
    if (!found) results.appendChild(element("p", "muted", input.getAttribute("data-none")));
  }

  function run() {
    var query = input.value;
    load().then(function () { show(query); });
    var url = query ? "?q=" + encodeURIComponent(query) : location.pathname;
    history.replaceState(null, "", url);
  }

  input.addEventListener("input", run);
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
})();
