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
  document.addEventListener('click', function (event) {
    var all = event.target.closest('[data-check-all]');
    if (all) {
      document.querySelectorAll('input[name="' + all.getAttribute('data-check-all') + '"]').forEach(function (box) {
        box.checked = all.checked;
      });
    }
  });
})();
