// avtal site: search and filters of the catalogue, as you type. The index is inlined in the
// page (no fetch), so this works from file:// too. Text is folded the same way on the index
// and the query: lower case, diacritics removed ("hemtjanst" finds "Hemtjänst").
(function () {
  'use strict';
  var data = document.getElementById('search-index');
  var form = document.getElementById('search-form');
  if (!data || !form) { return; }
  var fold = function (text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  };
  var entries = JSON.parse(data.textContent).map(function (e) {
    return { text: fold(e.text), category: e.category, kind: e.kind,
             row: document.getElementById('c-' + e.key) };
  });
  var query = document.getElementById('q');
  var category = document.getElementById('category');
  var kind = document.getElementById('kind');
  var count = document.getElementById('count');
  var update = function () {
    var words = fold(query.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (e) {
      var match = (!category.value || e.category === category.value) &&
        (!kind.value || e.kind === kind.value) &&
        words.every(function (w) { return e.text.indexOf(w) !== -1; });
      if (e.row) { e.row.hidden = !match; }
      if (match) { shown += 1; }
    });
    count.textContent = shown === 0 ? count.getAttribute('data-none')
      : shown === 1 ? count.getAttribute('data-one')
      : count.getAttribute('data-many').replace('{n}', String(shown));
  };
  // A search can be linked: index.html?q=hemtjanst&category=Vård
  var params = new URLSearchParams(window.location.search);
  query.value = params.get('q') || '';
  [[category, 'category'], [kind, 'kind']].forEach(function (pair) {
    var value = params.get(pair[1]);
    if (value !== null) { pair[0].value = value; }
  });
  query.addEventListener('input', update);
  category.addEventListener('change', update);
  kind.addEventListener('change', update);
  form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
  update();
}());
