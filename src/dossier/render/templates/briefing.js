// Highlight the passage a citation points to (every piece of text it covers).
(function () {
  "use strict";
  function highlight() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var old = document.querySelectorAll(".c.hl");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("hl"); }
    if (!id) { return; }
    var pieces = document.querySelectorAll(".c");
    for (var j = 0; j < pieces.length; j++) {
      if ((" " + pieces[j].getAttribute("data-c") + " ").indexOf(" " + id + " ") !== -1) {
        pieces[j].classList.add("hl");
      }
    }
  }
  window.addEventListener("hashchange", highlight);
  highlight();
})();
