// The inspectors' pages: a button marked data-print prints the page (the print style hides the menus and filters).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
