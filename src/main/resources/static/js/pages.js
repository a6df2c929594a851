// Enhancements only: every page reads and works without this script.
(function () {
  'use strict';
  // The date picker: a new day shows at once (the button stays for keyboards and for pages without script).
  document.querySelectorAll('form.day-picker input[type="date"]').forEach(function (input) {
    input.addEventListener('change', function () {
      if (input.checkValidity() && input.form) {
        input.form.submit();
      }
    });
  });
  // Hovering a bar of a timeline highlights that state's rows in the page's tables, and says what the bar is.
  document.querySelectorAll('svg.timeline [data-iso3]').forEach(function (bar) {
    var title = bar.querySelector('title');
    var figure = bar.closest('figure');
    var status = figure ? figure.querySelector('.timeline-status') : null;
    function rows() {
      return document.querySelectorAll('table tr[data-iso3="' + bar.getAttribute('data-iso3') + '"]');
    }
    bar.addEventListener('mouseenter', function () {
      rows().forEach(function (row) { row.classList.add('highlighted'); });
      if (status && title) { status.textContent = title.textContent; }
    });
    bar.addEventListener('mouseleave', function () {
      rows().forEach(function (row) { row.classList.remove('highlighted'); });
    });
  });
})();
