// Tacit workbench: the page of `tacit serve`. No framework, no network beyond this server.
// Every text from the project goes into the page as a text node (never as HTML), and offsets
// are Unicode code points of the canonical text, as in the coder's CSV file.
'use strict';

(function () {
  const TOKEN = decodeURIComponent(location.pathname.split('/')[2] || '');
  const state = {
    project: null, coder: '', other: '', codes: new Map(), order: [], recent: [],
    transcripts: [], data: null, compare: null, focus: -1, selection: null
  };

  function $(id) { return document.getElementById(id); }

  /** An element with properties (className, textContent, title, ...) and children. */
  function el(tag, props, children) {
    const e = document.createElement(tag);
    Object.entries(props || {}).forEach(function (p) {
      if (p[0].startsWith('data-') || p[0].startsWith('aria-')) {
        e.setAttribute(p[0], p[1]);
      } else {
        e[p[0]] = p[1];
      }
    });
    (children || []).forEach(function (c) {
      e.append(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  async function api(method, route, body) {
    const options = { method: method, headers: { 'X-Tacit-Token': TOKEN } };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const res = await fetch('/api/' + route, options);
    let json;
    try {
      json = await res.json();
    } catch (e) {
      json = { errors: ['the workbench gave an unreadable answer (' + res.status + ')'] };
    }
    if (!res.ok) {
      const error = new Error((json.errors || []).join('\n'));
      error.status = res.status;
      throw error;
    }
    return json;
  }

  function status(text, kind) {
    const s = $('status');
    s.textContent = text;
    s.className = 'status' + (kind ? ' ' + kind : '');
  }

  function query(params) {
    return Object.entries(params).map(function (p) {
      return encodeURIComponent(p[0]) + '=' + encodeURIComponent(p[1]);
    }).join('&');
  }

  // --- Code points and string indexes ---

  function indexOfCodePoint(text, cp) {
    let i = 0;
    for (let n = 0; n < cp && i < text.length; n++) {
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
    }
    return i;
  }

  function codePointsIn(text, index) {
    let n = 0;
    for (let i = 0; i < index && i < text.length; n++) {
      i += text.codePointAt(i) > 0xffff ? 2 : 1;
    }
    return n;
  }

  function tint(hex, alpha) {
    const v = parseInt(hex.slice(1), 16);
    return 'rgba(' + ((v >> 16) & 255) + ',' + ((v >> 8) & 255) + ',' + (v & 255) + ',' + alpha
      + ')';
  }

  // --- Project, coders and the code tree ---

  async function loadProject() {
    const p = await api('GET', 'project');
    state.project = p;
    state.coder = state.coder || p.coder;
    $('project-name').textContent = p.name;
    state.codes.clear();
    state.order = [];
    (function walk(codes, depth) {
      codes.forEach(function (c) {
        state.codes.set(c.id, c);
        state.order.push({ code: c, depth: depth });
        walk(c.children, depth + 1);
      });
    })(p.codes, 0);
    fillCoders();
    renderCodeTree();
  }

  // The id rule of coders (and every id in Tacit): they name files. The server checks it too.
  const ID_RULE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
  // Not a valid id, so never a coder's: the choice that starts a new coder.
  const NEW_CODER = '+new';

  function fillCoders() {
    const coders = Array.from(new Set(state.project.coders.concat([state.coder]))).sort();
    const pick = $('coder');
    pick.replaceChildren.apply(pick, coders.map(function (c) {
      return el('option', { value: c, textContent: c, selected: c === state.coder });
    }).concat([el('option', { value: NEW_CODER, textContent: 'New coder\u2026' })]));
    const other = $('compare');
    other.replaceChildren.apply(other, [el('option', { value: '', textContent: 'nobody' })]
      .concat(coders.filter(function (c) { return c !== state.coder; }).map(function (c) {
        return el('option', { value: c, textContent: c, selected: c === state.other });
      })));
  }

  function renderCodeTree() {
    const filter = $('code-filter').value.trim().toLowerCase();
    const list = $('code-tree');
    list.replaceChildren();
    state.order.forEach(function (entry) {
      const c = entry.code;
      const text = (c.id + ' ' + c.name + ' ' + c.shortDefinition + ' ' + c.definition)
        .toLowerCase();
      if (filter && !text.includes(filter)) {
        return;
      }
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = c.color;
      const button = el('button', {
        type: 'button', className: 'code', title: describe(c), 'data-code': c.id
      }, [swatch, el('span', { className: 'name', textContent: c.name })]);
      button.style.paddingLeft = (0.3 + entry.depth * 1.1) + 'rem';
      button.addEventListener('click', function () { applyCode(c.id); });
      button.addEventListener('mouseenter', function () { showDetail(c); });
      button.addEventListener('focus', function () { showDetail(c); });
      list.append(el('li', {}, [button]));
    });
  }

  function describe(c) {
    return [c.shortDefinition || c.definition, c.include ? 'Use when: ' + c.include : '',
      c.exclude ? 'Not when: ' + c.exclude : ''].filter(Boolean).join('\n');
  }

  function showDetail(c) {
    const d = $('code-detail');
    d.replaceChildren(el('p', {}, [el('strong', { textContent: c.name }), ' (' + c.id + ')']),
      el('p', { textContent: c.shortDefinition || c.definition }));
    if (c.include) {
      d.append(el('p', {}, [el('span', { className: 'label', textContent: 'Use when: ' }),
        c.include]));
    }
    if (c.exclude) {
      d.append(el('p', {}, [el('span', { className: 'label', textContent: 'Not when: ' }),
        c.exclude]));
    }
  }

  function renderRecent() {
    const box = $('recent');
    box.replaceChildren.apply(box, state.recent.map(function (id, i) {
      const c = state.codes.get(id);
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = c.color;
      const b = el('button', { type: 'button', title: 'Key ' + (i + 1) + ': ' + describe(c) },
        [el('kbd', { textContent: String(i + 1) }), swatch, c.name]);
      b.addEventListener('click', function () { applyCode(id); });
      return b;
    }));
  }

  // --- Transcripts ---

  async function loadTranscripts() {
    state.transcripts = await api('GET', 'transcripts');
    const list = $('transcript-list');
    list.replaceChildren.apply(list, state.transcripts.map(function (t) {
      const rows = Object.entries(t.progress).filter(function (p) { return p[1].codings > 0; })
        .map(function (p) {
          return el('span', { className: 'progress' }, [
            el('span', { className: 'who', textContent: p[0] }),
            el('progress', { max: t.units, value: p[1].unitsCoded }),
            p[1].unitsCoded + '/' + t.units]);
        });
      const b = el('button', {
        type: 'button', className: 'doc' + (state.data && state.data.id === t.id ? ' current' : ''),
        'data-doc': t.id
      }, [el('span', { className: 'doc-id', textContent: t.id }),
        el('span', { className: 'doc-title', textContent: t.title })].concat(rows));
      b.addEventListener('click', function () { openTranscript(t.id, -1); });
      return el('li', {}, [b]);
    }));
  }

  async function openTranscript(id, focusUnit) {
    try {
      state.data = await api('GET', 'transcript?' + query({ id: id, coder: state.coder }));
      state.compare = null;
      const row = state.transcripts.find(function (t) { return t.id === id; });
      const coded = row && row.progress[state.other] && row.progress[state.other].codings > 0;
      if (state.other && !coded) {
        status(state.other + ' has not coded ' + id + '; showing ' + state.coder
          + '\u2019s codings only.');
      } else if (state.other) {
        try {
          state.compare = await api('GET', 'compare?' + query({
            id: id, a: state.coder, b: state.other
          }));
        } catch (e) {
          status(e.message, 'error');
        }
      }
      state.selection = null;
      renderTranscript();
      document.querySelectorAll('.doc').forEach(function (b) {
        b.classList.toggle('current', b.dataset.doc === id);
      });
      const units = unitElements();
      let index = units.findIndex(function (u) { return u.dataset.unit === focusUnit; });
      if (index < 0 && typeof focusUnit === 'number') {
        index = Math.min(focusUnit, units.length - 1);
      }
      if (index >= 0) {
        focus(index);
      }
    } catch (e) {
      status(e.message, 'error');
    }
  }

  function unitElements() {
    return Array.from(document.querySelectorAll('.unit.participant'));
  }

  function renderTranscript() {
    const d = state.data;
    const view = $('view');
    const title = el('h1', { textContent: d.id + ' \u2014 ' + d.title });
    const sub = el('p', { className: 'sub', textContent: 'Participant ' + d.participant
      + ' \u00b7 coding as ' + d.coder + ' \u00b7 ' + d.codings.length + ' codings'
      + (state.compare ? ' \u00b7 compared with ' + state.other + ': '
        + state.compare.disagreements.length + ' disagreements' : '') });
    const articles = d.turns.map(renderTurn);
    view.replaceChildren.apply(view, [title, sub].concat(articles));
    showTarget();
  }

  function renderTurn(turn) {
    const d = state.data;
    const participant = turn.role === 'participant';
    const mine = d.codings.filter(function (c) { return c.start < turn.end && c.end > turn.start; });
    const article = el('article', {
      className: 'unit ' + turn.role, tabIndex: participant ? 0 : -1, 'data-unit': turn.id,
      'aria-label': turn.id + ', ' + turn.speaker
    }, [
      el('div', { className: 'meta' }, [el('span', { className: 'uid', textContent: turn.id }),
        el('span', { className: 'speaker', textContent: turn.speaker })]),
      renderText(turn, mine)
    ]);
    if (!participant) {
      return article;
    }
    article.addEventListener('click', function () {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed) {
        focus(unitElements().indexOf(article));
      }
    });
    if (state.compare) {
      appendComparison(article, turn);
    } else {
      article.append(el('div', { className: 'chips' }, mine.map(chip)));
    }
    article.append(renderMemos(turn));
    return article;
  }

  /** The turn's text cut at every coding boundary, each piece tinted by the codes over it. */
  function renderText(turn, codings) {
    const cuts = new Set([turn.start, turn.end]);
    codings.forEach(function (c) {
      cuts.add(Math.max(turn.start, c.start));
      cuts.add(Math.min(turn.end, c.end));
    });
    const points = Array.from(cuts).sort(function (a, b) { return a - b; });
    const box = el('div', { className: 'text' });
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const text = turn.text.slice(indexOfCodePoint(turn.text, from - turn.start),
        indexOfCodePoint(turn.text, to - turn.start));
      const over = codings.filter(function (c) { return c.start <= from && c.end >= to; });
      const seg = el('span', { className: 'seg' + (over.length ? ' hl' : ''), 'data-cp': from },
        [text]);
      if (over.length) {
        const colors = over.map(function (c) { return state.codes.get(c.code); })
          .filter(Boolean).map(function (c) { return tint(c.color, 0.38); });
        seg.style.background = colors.length > 1
          ? 'linear-gradient(' + colors.map(function (c, k) {
            return c + ' ' + (100 * k / colors.length) + '%, ' + c + ' '
              + (100 * (k + 1) / colors.length) + '%';
          }).join(', ') + ')'
          : colors[0] || '';
        seg.title = over.map(function (c) { return name(c.code); }).join(', ');
      }
      box.append(seg);
    }
    return box;
  }

  function name(code) {
    const c = state.codes.get(code);
    return c ? c.name : code;
  }

  function chip(c) {
    const code = state.codes.get(c.code);
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = code ? code.color : '#999';
    const remove = el('button', {
      type: 'button', textContent: '\u00d7',
      'aria-label': 'Remove ' + name(c.code) + ' from ' + state.data.id + ':' + c.start + '-' + c.end
    });
    remove.addEventListener('click', function (ev) {
      ev.stopPropagation();
      removeCoding(c);
    });
    return el('span', { className: 'chip', title: c.memo || describe(code || {}) }, [swatch,
      name(c.code), el('span', { className: 'span', textContent: c.start + '\u2013' + c.end }),
      remove]);
  }

  /** The two coders' codes on the turn in two columns, and what they disagree on. */
  function appendComparison(article, turn) {
    const cmp = state.compare;
    article.append(el('div', { className: 'compare' }, cmp.coders.map(function (coder) {
      const codes = Array.from(new Set(cmp.codings[coder].filter(function (c) {
        return c.start < turn.end && c.end > turn.start;
      }).map(function (c) { return c.code; }))).sort();
      const chips = codes.map(function (k) {
        const swatch = el('span', { className: 'swatch' });
        swatch.style.background = (state.codes.get(k) || { color: '#999' }).color;
        return el('span', { className: 'chip' }, [swatch, name(k)]);
      });
      return el('div', { className: 'compare-column' }, [
        el('span', { className: 'who-label', textContent: coder })].concat(chips.length ? chips
        : [el('span', { className: 'none', textContent: 'no code' })]));
    })));
    const mine = cmp.disagreements.filter(function (x) { return x.unit === turn.id; });
    if (mine.length) {
      article.classList.add('disagree');
      article.append(el('div', { className: 'compare-row' }, mine.map(function (x) {
        return el('span', { className: 'only',
          textContent: name(x.code) + ': only ' + x.appliedBy.join(', ') });
      })));
    }
  }

  function renderMemos(turn) {
    const memos = (state.data.memos[turn.id] || []).map(function (m) {
      return el('div', { className: 'memo' }, [
        el('span', { className: 'when', textContent: m.created + (m.coder ? ' ' + m.coder : '') }),
        m.text]);
    });
    const button = el('button', { type: 'button', className: 'memo-button',
      textContent: 'Memo' });
    button.addEventListener('click', function (ev) {
      ev.stopPropagation();
      openMemo(turn.id);
    });
    return el('div', { className: 'memos' }, memos.concat([button]));
  }

  function openMemo(unit) {
    const article = document.querySelector('.unit[data-unit="' + CSS.escape(unit) + '"]');
    if (!article || article.querySelector('.memo-form')) {
      return;
    }
    const text = el('textarea', { 'aria-label': 'Memo on ' + unit });
    const save = el('button', { type: 'submit', textContent: 'Save memo' });
    const form = el('form', { className: 'memo-form' }, [text, save]);
    form.addEventListener('click', function (ev) { ev.stopPropagation(); });
    form.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      try {
        await api('POST', 'memos/add', { unit: unit, text: text.value, coder: state.coder });
        await openTranscript(state.data.id, unit);
        status('Memo added on ' + unit + '.', 'ok');
      } catch (e) {
        status(e.message, 'error');
      }
    });
    article.querySelector('.memos').append(form);
    text.focus();
  }

  // --- Where a code goes: the selected text, else the focused unit ---

  function focus(index) {
    const units = unitElements();
    if (!units.length) {
      return;
    }
    state.focus = Math.max(0, Math.min(index, units.length - 1));
    units.forEach(function (u, i) { u.classList.toggle('focused', i === state.focus); });
    units[state.focus].focus({ preventScroll: true });
    units[state.focus].scrollIntoView({ block: 'nearest' });
    showTarget();
  }

  function focusedUnit() {
    const units = unitElements();
    return state.focus >= 0 && state.focus < units.length ? units[state.focus].dataset.unit : null;
  }

  function pointToCodePoint(node, offset) {
    let seg = null;
    let within = offset;
    if (node.nodeType === Node.TEXT_NODE) {
      seg = node.parentElement && node.parentElement.closest('.seg');
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.classList.contains('seg')) {
        seg = node;
        within = offset === 0 ? 0 : seg.textContent.length;
      } else if (node.classList.contains('text')) {
        const child = node.childNodes[Math.min(offset, node.childNodes.length - 1)];
        seg = child;
        within = offset >= node.childNodes.length ? child.textContent.length : 0;
      }
    }
    if (!seg || !seg.dataset || seg.dataset.cp === undefined) {
      return null;
    }
    return Number(seg.dataset.cp) + codePointsIn(seg.textContent, within);
  }

  function readSelection() {
    const sel = window.getSelection();
    if (!state.data || !sel || sel.isCollapsed || sel.rangeCount === 0) {
      return;
    }
    const range = sel.getRangeAt(0);
    const start = pointToCodePoint(range.startContainer, range.startOffset);
    const end = pointToCodePoint(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) {
      return;
    }
    state.selection = { start: start, end: end, text: sel.toString() };
    showTarget();
  }

  function target() {
    if (state.selection) {
      return state.data.id + ':' + state.selection.start + '-' + state.selection.end;
    }
    return focusedUnit();
  }

  function showTarget() {
    const box = $('target');
    const t = state.data && target();
    if (!t) {
      box.replaceChildren('Click a unit or select text, then choose a code.');
      return;
    }
    const quote = state.selection ? state.selection.text : '';
    box.replaceChildren(state.selection ? 'Selection ' : 'Unit ', el('strong', { textContent: t }),
      quote ? ' \u201c' + (quote.length > 80 ? quote.slice(0, 80) + '\u2026' : quote) + '\u201d'
        : '');
  }

  // --- Changes ---

  function remember(code) {
    state.recent = [code].concat(state.recent.filter(function (c) { return c !== code; }))
      .slice(0, 9);
    renderRecent();
  }

  async function applyCode(code) {
    if (!state.data) {
      status('Open a transcript first.', 'error');
      return;
    }
    const t = target();
    if (!t) {
      status('Click a unit or select text first, then choose a code.', 'error');
      return;
    }
    const unit = focusedUnit();
    try {
      const r = await api('POST', 'codings/add', {
        coder: state.coder, version: state.data.version, target: t, code: code
      });
      remember(code);
      window.getSelection().removeAllRanges();
      await refresh(unit);
      status(r.added ? 'Coded ' + t + ' as ' + name(code) + '.'
        : t + ' already has ' + name(code) + '.', 'ok');
    } catch (e) {
      await failed(e, unit);
    }
  }

  async function removeCoding(c) {
    const unit = focusedUnit();
    try {
      await api('POST', 'codings/remove', {
        coder: state.coder, version: state.data.version, doc: state.data.id, start: c.start,
        end: c.end, code: c.code
      });
      await refresh(unit);
      status('Removed ' + name(c.code) + ' from ' + state.data.id + ':' + c.start + '-' + c.end
        + '.', 'ok');
    } catch (e) {
      await failed(e, unit);
    }
  }

  /** Reads the transcript and the progress again after a change; the caller then says so. */
  async function refresh(unit) {
    await openTranscript(state.data.id, unit === null ? state.focus : unit);
    await loadTranscripts();
  }

  async function failed(e, unit) {
    if (e.status === 409) {
      await openTranscript(state.data.id, unit === null ? state.focus : unit);
      status(e.message + ' The transcript has been reloaded.', 'error');
    } else {
      status(e.message, 'error');
    }
  }

  // --- Search ---

  async function search(q) {
    try {
      const r = await api('GET', 'search?' + query({ q: q, limit: 50 }));
      const view = $('view');
      const hits = r.hits.map(function (h) {
        const link = el('button', { type: 'button', textContent: h.unit });
        link.addEventListener('click', function () { openTranscript(h.doc, h.unit); });
        const text = el('div', { className: 'text' });
        let at = 0;
        h.matches.forEach(function (m) {
          const from = indexOfCodePoint(h.text, m[0] - h.start);
          const to = indexOfCodePoint(h.text, m[1] - h.start);
          text.append(h.text.slice(at, from), el('mark', { textContent: h.text.slice(from, to) }));
          at = to;
        });
        text.append(h.text.slice(at));
        return el('li', { className: 'hit' }, [link, ' ' + h.speaker + ' \u00b7 score '
          + h.score, text]);
      });
      view.replaceChildren(el('h1', { textContent: 'Search: ' + q }),
        el('p', { className: 'sub', textContent: r.total + ' matching turns'
          + (r.hits.length < r.total ? ', the best ' + r.hits.length + ' shown' : '') }),
        el('ul', { className: 'hits' }, hits));
      state.data = null;
      showTarget();
      status('');
    } catch (e) {
      status(e.message, 'error');
    }
  }

  // --- Keys ---

  function typing(t) {
    return t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');
  }

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) {
      return;
    }
    if (ev.key === 'Escape') {
      state.selection = null;
      window.getSelection().removeAllRanges();
      $('help').hidden = true;
      if (ev.target === $('new-coder-id')) {
        $('new-coder').hidden = true;
      }
      if (typing(ev.target)) {
        ev.target.blur();
        focus(state.focus);
      }
      showTarget();
      return;
    }
    if (typing(ev.target)) {
      return;
    }
    const k = ev.key;
    if (k === 'j' || k === 'ArrowDown') {
      state.selection = null;
      focus(state.focus + 1);
    } else if (k === 'k' || k === 'ArrowUp') {
      state.selection = null;
      focus(state.focus - 1);
    } else if (/^[1-9]$/.test(k) && state.recent[Number(k) - 1]) {
      applyCode(state.recent[Number(k) - 1]);
    } else if (k === '/') {
      $('code-filter').focus();
    } else if (k === 's') {
      $('search').focus();
    } else if (k === 'm' && focusedUnit()) {
      openMemo(focusedUnit());
    } else if (k === '?') {
      toggleHelp();
    } else {
      return;
    }
    ev.preventDefault();
  });

  function toggleHelp() {
    const h = $('help');
    h.hidden = !h.hidden;
    $('help-button').setAttribute('aria-expanded', String(!h.hidden));
  }

  // --- Wiring ---

  document.addEventListener('mouseup', function (ev) {
    if ($('view').contains(ev.target)) {
      readSelection();
    }
  });
  $('code-filter').addEventListener('input', renderCodeTree);
  $('code-filter').addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      const first = document.querySelector('#code-tree .code');
      if (first) {
        applyCode(first.dataset.code);
      }
    }
  });
  $('search-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    const q = $('search').value.trim();
    if (q) {
      search(q);
    }
  });
  $('coder').addEventListener('change', function () {
    if ($('coder').value === NEW_CODER) {
      $('coder').value = state.coder;
      $('new-coder').hidden = false;
      $('new-coder-id').focus();
      return;
    }
    switchCoder($('coder').value);
  });
  $('new-coder').addEventListener('submit', async function (ev) {
    ev.preventDefault();
    const id = $('new-coder-id').value.trim();
    if (!ID_RULE.test(id)) {
      status('coder id "' + id + '" is not allowed: use 1 to 64 lowercase letters, digits, \'-\''
        + ' or \'_\', starting with a letter or digit', 'error');
      $('new-coder-id').focus();
      return;
    }
    $('new-coder').hidden = true;
    $('new-coder-id').value = '';
    const fresh = state.project.coders.indexOf(id) < 0;
    if (fresh) {
      // Listed from now on, to switch back to, though their file is made by their first coding.
      state.project.coders.push(id);
    }
    await switchCoder(id);
    status('Coding as ' + id + (fresh ? '; coding/' + id + '.csv is written with their first'
      + ' coding.' : '.'), 'ok');
  });

  async function switchCoder(id) {
    state.coder = id;
    if (state.other === state.coder) {
      state.other = '';
    }
    fillCoders();
    if (state.data) {
      await openTranscript(state.data.id, focusedUnit());
    }
  }
  $('compare').addEventListener('change', function () {
    state.other = $('compare').value;
    if (state.data) {
      openTranscript(state.data.id, focusedUnit());
    }
  });
  $('help-button').addEventListener('click', toggleHelp);

  (async function start() {
    try {
      await loadProject();
      await loadTranscripts();
      status('Coding as ' + state.coder + '. Keys: j/k move, 1\u20139 apply recent codes, ? help.');
    } catch (e) {
      status(e.message, 'error');
    }
  })();
})();
