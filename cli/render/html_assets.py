"""The report's inline CSS and JavaScript, kept apart from the HTML writer so each reads on its own.

The script builds everything it shows with `textContent`, never `innerHTML`:
document text and fact values reach the page only as escaped HTML or as data.
"""

# Extractors declare their colours; those that do not take these in order.
SPARE_COLOURS = ("#ce93d8", "#ffab91", "#80cbc4", "#b0bec5", "#fff59d", "#bcaaa4")

CSS = """
:root { --nav: 19rem; font-family: system-ui, sans-serif; color: #222; }
body { margin: 0; }
main { margin-left: var(--nav); padding: 0 1.5rem 40vh; max-width: 72rem; }
nav#index { position: fixed; top: 0; left: 0; bottom: 0; width: var(--nav); overflow: auto; box-sizing: border-box;
  padding: .8rem; background: #f5f5f5; border-right: 1px solid #ddd; font-size: .85rem; }
nav h1 { font-size: 1.05rem; margin: 0 0 .4rem; }
nav fieldset { border: 1px solid #ddd; margin: .5rem 0; padding: .3rem .5rem; }
nav label { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
nav label.label { display: inline-block; margin-right: .6rem; }
nav li { overflow-wrap: anywhere; }
nav ol { padding-left: 1.4rem; margin: .3rem 0; }
nav li.hidden { display: none; }
nav input[type=search] { width: 100%; box-sizing: border-box; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; vertical-align: -.05em; }
section.doc { border-bottom: 2px solid #ccc; padding: 1rem 0; content-visibility: auto;
  contain-intrinsic-size: auto 60rem; }
section.doc h2 { font-size: 1.1rem; word-break: break-all; }
table { border-collapse: collapse; font-size: .85rem; margin: .3rem 0 .8rem; }
th, td { border: 1px solid #ddd; padding: .15rem .45rem; text-align: left; vertical-align: top; }
td.n { text-align: right; }
.tables { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
details > summary { cursor: pointer; font-size: .9rem; }
div.text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.7; font-family: Georgia, serif;
  border: 1px solid #eee; padding: .8rem; background: #fff; }
mark { border-radius: 2px; padding: 0 1px; cursor: pointer; color: inherit; }
mark.multi { box-shadow: inset 0 -3px 0 #555; }
mark.off { background: none !important; box-shadow: none; cursor: auto; }
mark.sel { outline: 2px solid #000; }
mark:target { outline: 3px solid #e53935; }
aside#detail { position: fixed; right: 1rem; bottom: 1rem; width: 26rem; max-height: 45vh; overflow: auto;
  background: #fffde7; border: 1px solid #999; box-shadow: 0 2px 8px #0004; padding: .5rem .8rem;
  font-size: .85rem; }
aside#detail[hidden] { display: none; }
aside#detail h3 { margin: .4rem 0 .2rem; font-size: .95rem; }
aside#detail button { float: right; }
aside#detail td:first-child { font-weight: 600; }
"""

SCRIPT = """
(function () {
  'use strict';
  const facts = new Map();
  document.querySelectorAll('script.facts').forEach(function (s) {
    JSON.parse(s.textContent).forEach(function (f) { facts.set(s.dataset.doc + ':' + f.i, f); });
  });
  const marks = Array.from(document.querySelectorAll('div.text mark'));
  function keys(mark) {
    const doc = mark.closest('section').dataset.doc;
    return mark.dataset.f.split(' ').map(function (i) { return doc + ':' + i; });
  }
  function checked(name) {
    return new Set(Array.from(document.querySelectorAll('input[name=' + name + ']:checked'))
      .map(function (c) { return c.value; }));
  }
  function apply() {
    const xs = checked('extractor'), ls = checked('label');
    marks.forEach(function (m) {
      const on = keys(m).some(function (k) {
        const f = facts.get(k);
        return f && xs.has(f.extractor) && ls.has(f.extractor + '/' + (f.label === null ? '' : f.label));
      });
      m.classList.toggle('off', !on);
    });
  }
  document.querySelectorAll('nav input[type=checkbox]').forEach(function (c) { c.addEventListener('change', apply); });
  const search = document.getElementById('doc-search');
  search.addEventListener('input', function () {
    const q = search.value.toLowerCase();
    document.querySelectorAll('#doc-list li').forEach(function (li) {
      li.classList.toggle('hidden', q !== '' && li.textContent.toLowerCase().indexOf(q) < 0);
    });
  });
  const panel = document.getElementById('detail'), body = document.getElementById('detail-body');
  document.getElementById('detail-close').addEventListener('click', function () { panel.hidden = true; });
  function cell(row, text) { const td = document.createElement('td'); td.textContent = text; row.appendChild(td); }
  function show(mark) {
    document.querySelectorAll('mark.sel').forEach(function (m) { m.classList.remove('sel'); });
    body.replaceChildren();
    keys(mark).forEach(function (k) {
      const f = facts.get(k);
      if (!f) { return; }
      marks.forEach(function (m) { if (keys(m).indexOf(k) >= 0) { m.classList.add('sel'); } });
      const h = document.createElement('h3');
      h.textContent = f.extractor + ': ' + f.text;
      const p = document.createElement('div');
      p.textContent = f.value;
      const table = document.createElement('table');
      Object.keys(f.fields).forEach(function (name) {
        const row = document.createElement('tr');
        cell(row, name);
        const v = f.fields[name];
        cell(row, typeof v === 'string' ? v : JSON.stringify(v));
        table.appendChild(row);
      });
      body.append(h, p, table);
    });
    panel.hidden = false;
  }
  marks.forEach(function (m) { m.addEventListener('click', function () { show(m); }); });
  function fromHash() {
    let target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.classList.contains('anchor')) { target = target.nextElementSibling; }
    if (target && target.tagName === 'MARK') { show(target); }
  }
  window.addEventListener('hashchange', fromHash);
  fromHash();
  apply();
  document.documentElement.dataset.ready = 'yes';
})();
"""
