// Houqin's only script: CSRF for htmx, auto-submitting selects, confirmations. No inline scripts anywhere (CSP).
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
      event.target.form.submit();
    }
  });
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  // Export links follow what the list shows now, even after htmx changed the search or the sort.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-export]');
    var filters = document.getElementById('list-filters');
    if (link && filters) {
      var params = new URLSearchParams(new FormData(filters));
      var current = new URLSearchParams(window.location.search);
      ['sort', 'dir'].forEach(function (key) {
        if (current.get(key)) {
          params.set(key, current.get(key));
        }
      });
      link.href = link.getAttribute('data-export') + '?' + params.toString();
    }
  });
  document.addEventListener('click', function (event) {
    var all = event.target.closest('[data-check-all]');
    if (all) {
      document.querySelectorAll('input[name="' + all.getAttribute('data-check-all') + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    }
  });
})();
