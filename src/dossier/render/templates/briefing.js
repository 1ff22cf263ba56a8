// Citations: show and highlight the cited passage in the reader view, offer a way back.
(function () {
  "use strict";
  var back = document.getElementById("back");
  var origin = null;
  function pieces(id) {
    var all = document.querySelectorAll(".c"), out = [];
    for (var i = 0; i < all.length; i++) {
      if ((" " + all[i].getAttribute("data-c") + " ").indexOf(" " + id + " ") !== -1) { out.push(all[i]); }
    }
    return out;
  }
  function highlight() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var old = document.querySelectorAll(".c.hl");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("hl"); }
    if (!id || id.indexOf("s-") !== 0) { return; }
    var found = pieces(id);
    for (var j = 0; j < found.length; j++) { found[j].classList.add("hl"); }
    if (found.length) {
      var reader = found[0].closest("details");
      if (reader) { reader.open = true; }
      found[0].scrollIntoView({block: "center"});
      if (back && origin) { back.hidden = false; }
    }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.cite") : null;
    if (link) {
      if (!link.id) { link.id = "from-" + Math.random().toString(36).slice(2); }
      origin = link.id;
      if (back) { back.setAttribute("href", "#" + origin); }
      // set the hash and highlight now rather than on the (asynchronous) hashchange,
      // so the passage is shown as soon as the click returns
      event.preventDefault();
      if (link.getAttribute("href") !== window.location.hash) {
        window.location.hash = link.getAttribute("href");
      }
      highlight();
    } else if (event.target === back) {
      back.hidden = true;
    }
  });
  window.addEventListener("hashchange", highlight);
  highlight();
})();
