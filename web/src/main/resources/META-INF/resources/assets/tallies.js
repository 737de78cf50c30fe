/* Live vote tallies: the page is complete without this script (its "Refresh" link reloads it); with it,
   the section is drawn again, with the same markup, from each JSON message of /organiser/tallies/stream. */
(function () {
  'use strict';
  var section = document.getElementById('tallies');
  if (!section || typeof window.EventSource !== 'function') {
    return;
  }
  var words = {};
  try {
    words = JSON.parse(section.getAttribute('data-i18n') || '{}');
  } catch (ignored) {
    words = {};
  }
  var lang = document.documentElement.lang || 'en';
  var updated = document.getElementById('tallies-updated');
  var numbers = new Intl.NumberFormat(lang);
  var percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  var clock;
  try {
    clock = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit',
      timeZone: (updated && updated.getAttribute('data-zone')) || undefined });
  } catch (unknownZone) {
    clock = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function el(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function figure(label, attribute, value) {
    var strong = el('strong', {}, numbers.format(value));
    strong.setAttribute(attribute, String(value));
    var p = el('p', {}, label + ' ');
    p.appendChild(strong);
    return p;
  }

  function nominationRow(nomination, total) {
    var votes = Number(nomination.votes || 0);
    var share = total > 0 ? Math.round(votes * 100 / total) : 0;
    var row = el('tr', { 'data-nomination-id': nomination.nominationId || '', 'data-votes': String(votes) });
    row.appendChild(el('th', { scope: 'row' }, nomination.title || ''));
    row.appendChild(el('td', {}, nomination.organisation || ''));
    row.appendChild(el('td', { 'class': 'org-num' }, numbers.format(votes)));
    var cell = el('td');
    var wrap = el('div', { 'class': 'org-share' });
    var bar = el('div', { 'class': 'bar', 'aria-hidden': 'true' });
    var fill = el('span');
    fill.style.inlineSize = share + '%';
    bar.appendChild(fill);
    wrap.appendChild(bar);
    wrap.appendChild(el('span', {}, percents.format(share / 100)));
    cell.appendChild(wrap);
    row.appendChild(cell);
    return row;
  }

  function categorySection(category) {
    var code = category.category || '';
    var total = Number(category.total || 0);
    var titles = words.categories || {};
    var part = el('section', { 'class': 'org-category', 'data-category': code, 'aria-labelledby': 'category-' + code });
    part.appendChild(el('h2', { id: 'category-' + code }, titles[code] || category.title || code));
    part.appendChild(figure(words.categoryTotal || '', 'data-total', total));
    var nominations = category.nominations || [];
    if (nominations.length === 0) {
      part.appendChild(el('p', { 'class': 'muted' }, words.noNominations || ''));
      return part;
    }
    var wrap = el('div', { 'class': 'table-wrap' });
    var table = el('table');
    var head = el('tr');
    head.appendChild(el('th', { scope: 'col' }, words.project || ''));
    head.appendChild(el('th', { scope: 'col' }, words.organisation || ''));
    head.appendChild(el('th', { scope: 'col', 'class': 'org-num' }, words.votes || ''));
    head.appendChild(el('th', { scope: 'col' }, words.share || ''));
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el('tbody');
    nominations.forEach(function (nomination) {
      body.appendChild(nominationRow(nomination, total));
    });
    table.appendChild(body);
    wrap.appendChild(table);
    part.appendChild(wrap);
    return part;
  }

  function render(tallies) {
    var fresh = document.createDocumentFragment();
    var all = figure(words.allVotes || '', 'data-total-votes', Number(tallies.totalVotes || 0));
    all.className = 'org-all-votes';
    fresh.appendChild(all);
    var categories = tallies.categories || [];
    if (categories.length === 0) {
      fresh.appendChild(el('p', { 'class': 'muted' }, words.noCategories || ''));
    }
    categories.forEach(function (category) {
      fresh.appendChild(categorySection(category));
    });
    section.replaceChildren(fresh);
    if (updated) {
      updated.textContent = clock.format(new Date());
    }
  }

  var source = new EventSource(section.getAttribute('data-stream') || '/organiser/tallies/stream');
  source.onmessage = function (event) {
    var tallies;
    try {
      tallies = JSON.parse(event.data);
    } catch (notJson) {
      return;
    }
    render(tallies);
  };
  window.addEventListener('pagehide', function () {
    source.close();
  });
})();
