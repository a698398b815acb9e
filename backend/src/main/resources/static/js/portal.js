// The portal's script, after htmx and app.js. The pages work without it; it only shows an upload's progress, brings
// the reader to the answer of a form sent by htmx, and offers printing the confirmation.
(function () {
  "use strict";

  // htmx reports the upload of a form it sends; the form's <progress> shows it.
  document.addEventListener("htmx:xhr:progress", function (event) {
    var form = event.target.closest ? event.target.closest("form") : null;
    var bar = form ? form.querySelector("progress.upload-progress") : null;
    if (!bar || !event.detail.lengthComputable || event.detail.total === 0) {
      return;
    }
    bar.hidden = false;
    bar.value = Math.round((event.detail.loaded * 100) / event.detail.total);
  });

  // A form sent by htmx is answered in place: the errors (or the answer's heading) get the focus, as a page would.
  document.addEventListener("htmx:afterSettle", function (event) {
    showPrintButtons();
    var swapped = event.detail.target;
    if (!swapped || swapped.id !== "main") {
      return;
    }
    var target = document.getElementById("error-summary") || document.querySelector("#main h1");
    if (target) {
      if (!target.hasAttribute("tabindex")) {
        target.setAttribute("tabindex", "-1");
      }
      target.focus();
      window.scrollTo(0, 0);
    }
  });

  function showPrintButtons() {
    document.querySelectorAll("[data-print]").forEach(function (button) { button.hidden = false; });
  }

  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-print]")) {
      window.print();
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showPrintButtons);
  } else {
    showPrintButtons();
  }
})();
