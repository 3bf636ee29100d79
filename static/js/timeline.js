// Timeline filters: shows the form (hidden without JavaScript) and hides the
// items that do not name the chosen entity or come from the chosen outlet.
(function () {
  "use strict";
  var form = document.getElementById("timeline-filter");
  if (!form) return;
  form.hidden = false;
  var entity = form.elements.entity;
  var outlet = form.elements.outlet;
  var empty = document.getElementById("timeline-empty");

  function apply() {
    var wantEntity = entity.value;
    var wantOutlet = outlet.value;
    var shown = 0;
    document.querySelectorAll(".timeline-item").forEach(function (item) {
      var entities = (item.getAttribute("data-entities") || "").split(" ");
      var outlets = (item.getAttribute("data-outlets") || "").split("|");
      var ok = (!wantEntity || entities.indexOf(wantEntity) !== -1) &&
               (!wantOutlet || outlets.indexOf(wantOutlet) !== -1);
      item.hidden = !ok;
      if (ok) shown += 1;
    });
    document.querySelectorAll(".timeline-month, .timeline-year").forEach(function (group) {
      group.hidden = !group.querySelector(".timeline-item:not([hidden])");
    });
    if (empty) empty.hidden = shown !== 0;
    var params = new URLSearchParams();
    if (wantEntity) params.set("entity", wantEntity);
    if (wantOutlet) params.set("outlet", wantOutlet);
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  var initial = new URLSearchParams(location.search);
  if (initial.get("entity")) entity.value = initial.get("entity");
  if (initial.get("outlet")) outlet.value = initial.get("outlet");
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
})();
