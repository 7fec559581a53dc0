// Houqin's only script: CSRF for htmx, auto-submitting selects, confirmations, single submits, upload sizes, signature pads, charts. No inline scripts anywhere (CSP).
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

  // A form marked data-once sends once: a double click or a second tap makes one request.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-once') || event.defaultPrevented) {
      return;
    }
    if (form.dataset.sent) {
      event.preventDefault();
      return;
    }
    form.dataset.sent = 'true';
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      button.classList.add('disabled');
    });
  });

  // A file input with data-max-bytes refuses a larger file before it is sent, with the page's own message.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches('input[type="file"][data-max-bytes]')) {
      return;
    }
    var max = Number(input.getAttribute('data-max-bytes'));
    var tooLarge = Array.prototype.some.call(input.files, function (file) {
      return file.size > max;
    });
    input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
    input.reportValidity();
  });

  // Signature pads: draw with a finger or a mouse; the drawing goes into the hidden field as a PNG data URL.
  function signaturePad(pad) {
    var canvas = pad.querySelector('canvas');
    var value = pad.querySelector('[data-signature-value]');
    var context = canvas.getContext('2d');
    var drawing = false;
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.strokeStyle = '#111';
    function point(event) {
      var box = canvas.getBoundingClientRect();
      return { x: (event.clientX - box.left) * canvas.width / box.width, y: (event.clientY - box.top) * canvas.height / box.height };
    }
    canvas.addEventListener('pointerdown', function (event) {
      drawing = true;
      canvas.setPointerCapture(event.pointerId);
      var p = point(event);
      context.beginPath();
      context.moveTo(p.x, p.y);
      event.preventDefault();
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drawing) {
        return;
      }
      var p = point(event);
      context.lineTo(p.x, p.y);
      context.stroke();
      event.preventDefault();
    });
    function finish() {
      if (drawing) {
        drawing = false;
        value.value = canvas.toDataURL('image/png');
      }
    }
    canvas.addEventListener('pointerup', finish);
    canvas.addEventListener('pointercancel', finish);
    if (value.value.indexOf('data:image/png;base64,') === 0) {
      // the signature sent with a form that came back with a field error: shown again, still sent
      var kept = new Image();
      kept.onload = function () {
        context.drawImage(kept, 0, 0, canvas.width, canvas.height);
      };
      kept.src = value.value;
    }
    pad.querySelector('[data-signature-clear]').addEventListener('click', function () {
      context.clearRect(0, 0, canvas.width, canvas.height);
      value.value = '';
    });
  }
  document.querySelectorAll('[data-signature-pad]').forEach(signaturePad);

  // Charts: the page gives labels and series as JSON in data-chart (and a type, bar unless it says line); ECharts draws it.
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    if (!window.echarts) {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 10, right: 10, bottom: 10, top: 30, containLabel: true }, // room for the widest amount, e.g. 35,000
      xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: data.labels.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map(function (s) { return { name: s.name, type: data.type || 'bar', data: s.data, smooth: data.type === 'line' }; })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });

  // Copy buttons: data-copy-target names the element whose text goes to the clipboard.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (!button) {
      return;
    }
    var source = document.querySelector(button.getAttribute('data-copy-target'));
    if (source && navigator.clipboard) {
      navigator.clipboard.writeText(source.value !== undefined ? source.value : source.textContent);
      button.classList.add('btn-success');
    } else if (source && source.select) {
      source.select();
    }
  });

  // Parts of a form shown only for some choices: data-show-when="kind=LOAN,RETURN" follows the form's "kind" field.
  function followChoices(form) {
    form.querySelectorAll('[data-show-when]').forEach(function (part) {
      var rule = part.getAttribute('data-show-when').split('=');
      var field = form.querySelector('[name="' + rule[0] + '"]:checked') || form.querySelector('select[name="' + rule[0] + '"]');
      part.hidden = !field || rule[1].split(',').indexOf(field.value) < 0;
    });
  }
  document.querySelectorAll('form').forEach(function (form) {
    if (form.querySelector('[data-show-when]')) {
      followChoices(form);
    }
  });
  document.addEventListener('change', function (event) {
    if (event.target.form && event.target.form.querySelector('[data-show-when]')) {
      followChoices(event.target.form);
    }
  });

  // An item picker (data-item-stock) whose options carry data-stock writes the chosen item's stock per store into its
  // line's [data-stock-text] (after that element's data-label), and sets the form's [data-follows-item] select to
  // the option's data-usual-store while that select is empty or was set this way; a choice by hand stays.
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.matches('[data-follows-item]')) {
      select.removeAttribute('data-auto');
      return;
    }
    if (!select.matches('select[data-item-stock]')) {
      return;
    }
    var option = select.selectedOptions[0];
    var line = select.closest('[data-line]');
    var hint = line && line.querySelector('[data-stock-text]');
    if (hint) {
      hint.textContent = option && option.dataset.stock ? hint.getAttribute('data-label') + option.dataset.stock : '';
    }
    var store = select.form && select.form.querySelector('[data-follows-item]');
    if (store && option && option.dataset.usualStore && (!store.value || store.hasAttribute('data-auto'))) {
      store.value = option.dataset.usualStore;
      store.setAttribute('data-auto', '');
    }
  });

  // A long picker narrowed by a building select (data-filter-exact: its value is a group's label) and a search box
  // (data-filter-options="#picker", the text found in an option or its group's label). The options are rebuilt from
  // the full list rather than hidden, because phones' pickers show hidden options; the chosen room stays.
  var pickers = new Map();
  document.querySelectorAll('[data-filter-options]').forEach(function (filter) {
    var picker = document.querySelector(filter.getAttribute('data-filter-options'));
    if (!picker || pickers.has(picker)) {
      return;
    }
    pickers.set(picker, picker.cloneNode(true));
  });
  function narrow(picker) {
    var all = pickers.get(picker);
    var chosen = picker.value;
    var group = '';
    var text = '';
    document.querySelectorAll('[data-filter-options]').forEach(function (filter) {
      if (document.querySelector(filter.getAttribute('data-filter-options')) !== picker) {
        return;
      }
      if (filter.hasAttribute('data-filter-exact')) {
        group = filter.value;
      } else {
        text = filter.value.trim().toLowerCase();
      }
    });
    picker.replaceChildren();
    Array.from(all.children).forEach(function (child) {
      if (child.tagName !== 'OPTGROUP') {
        picker.appendChild(child.cloneNode(true));
        return;
      }
      if (group && child.label !== group) {
        return;
      }
      var kept = child.cloneNode(false);
      Array.from(child.children).forEach(function (option) {
        var found = !text || option.textContent.toLowerCase().indexOf(text) >= 0
          || child.label.toLowerCase().indexOf(text) >= 0;
        if (found || option.value === chosen) {
          kept.appendChild(option.cloneNode(true));
        }
      });
      if (kept.children.length) {
        picker.appendChild(kept);
      }
    });
    picker.value = chosen;
    var first = picker.querySelector('optgroup option');
    if (!picker.value && (group || text) && first && picker.querySelectorAll('optgroup option').length === 1) {
      picker.value = first.value;
    }
  }
  document.addEventListener('input', function (event) {
    var picker = event.target.matches('[data-filter-options]')
      && document.querySelector(event.target.getAttribute('data-filter-options'));
    if (picker && pickers.has(picker)) {
      narrow(picker);
    }
  });

  // Camera scanning where the browser can read QR codes (BarcodeDetector): the code goes into the field and the form
  // is sent, exactly as a handheld scanner typing into the field would do. Elsewhere the button stays hidden.
  document.querySelectorAll('[data-qr-scan]').forEach(function (button) {
    if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var form = button.closest('form');
      var field = form.querySelector('[data-qr-target]');
      var video = document.createElement('video');
      video.setAttribute('playsinline', '');
      video.className = 'qr-video';
      button.after(video);
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
        video.srcObject = stream;
        video.play();
        var look = function () {
          detector.detect(video).then(function (codes) {
            if (codes.length > 0) {
              stream.getTracks().forEach(function (track) { track.stop(); });
              field.value = codes[0].rawValue;
              form.submit();
            } else {
              window.setTimeout(look, 250);
            }
          }).catch(function () { window.setTimeout(look, 500); });
        };
        look();
      }).catch(function () {
        video.remove();
        button.disabled = true;
      });
    });
  });
})();
