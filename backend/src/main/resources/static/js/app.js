// The pages' one script, loaded after htmx. Everything works without it; it only enhances:
// the CSRF token on htmx requests, fields shown for one answer of another, confirmations, double submissions.
(function () {
  "use strict";

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("csrf-header");
    var token = meta("csrf-token");
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // A field marked data-show-when-field/-value shows only while that other field has that value.
  function applyConditions(root) {
    root.querySelectorAll("[data-show-when-field]").forEach(function (field) {
      var form = field.closest("form") || document;
      var name = field.getAttribute("data-show-when-field");
      var wanted = field.getAttribute("data-show-when-value");
      var current = "";
      form.querySelectorAll('[name="' + name + '"]').forEach(function (input) {
        if ((input.type === "radio" || input.type === "checkbox")) {
          if (input.checked) { current = input.value; }
        } else {
          current = input.value;
        }
      });
      field.hidden = current !== wanted;
    });
  }

  // A button with data-confirm asks before its form goes.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var question = (submitter && submitter.getAttribute("data-confirm")) || form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    // One submission per form: a double click sends it once (the server is idempotent anyway).
    if (form.getAttribute("data-submitted") === "true" && !form.hasAttribute("data-resubmittable")) {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-submitted", "true");
  });

  document.addEventListener("change", function () { applyConditions(document); });
  document.addEventListener("htmx:afterSettle", function (event) { applyConditions(event.target); });
  document.addEventListener("DOMContentLoaded", function () { applyConditions(document); });
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-submitted]").forEach(function (form) { form.removeAttribute("data-submitted"); });
  });
})();
