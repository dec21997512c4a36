// Progressive enhancement: the forms work without this. With it, «Sett inn lenke» puts the link where the cursor
// is in the text instead of at the end, without sending the form.
for (const picker of document.querySelectorAll('[data-lenke-til]')) {
  const textarea = document.getElementById(picker.getAttribute('data-lenke-til'));
  const select = picker.querySelector('select');
  const text = picker.querySelector('input[type="text"]');
  const button = picker.querySelector('button');
  if (!textarea || !select || !text || !button) continue;
  let cursor = { start: textarea.value.length, end: textarea.value.length };
  const remember = () => {
    cursor = { start: textarea.selectionStart, end: textarea.selectionEnd };
  };
  textarea.addEventListener('select', remember);
  textarea.addEventListener('keyup', remember);
  textarea.addEventListener('click', remember);
  textarea.addEventListener('blur', remember);
  button.addEventListener('click', (event) => {
    const option = select.selectedOptions[0];
    if (!option) return;
    event.preventDefault();
    const selected = textarea.value.slice(cursor.start, cursor.end);
    const label = (text.value.trim() || selected || option.dataset.title || option.value).replace(/[[\]]/g, '\\$&');
    const link = `[${label}](${option.dataset.href})`;
    textarea.value = `${textarea.value.slice(0, cursor.start)}${link}${textarea.value.slice(cursor.end)}`;
    const after = cursor.start + link.length;
    textarea.focus();
    textarea.setSelectionRange(after, after);
    // Kept in the browser's draft like anything typed.
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    cursor = { start: after, end: after };
    text.value = '';
  });
}

// After a refused save, move focus to the list of what must be corrected.
document.getElementById('feiloversikt')?.focus();

// Typed work is never lost. A form with changes that are not saved asks before the page is left (the browser's
// own question, and the editor's on its own links), and its fields are kept in this browser as they are typed,
// keyed by the document, with the hash of the file the form was opened with. Opening the form again offers the
// draft back; a successful save clears it. A draft made over a file that has changed since is said to be so, and
// restoring it keeps its old hash, so that saving shows the conflict instead of overwriting the other change.
const DRAFT_PREFIX = 'strategi-utkast:';
const NOT_KEPT = new Set(['csrf', 'hash', 'handling', 'lenke-dokument', 'lenke-tekst']);
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
for (const done of document.querySelectorAll('[data-utkast-ferdig]')) storage?.removeItem(DRAFT_PREFIX + done.getAttribute('data-utkast-ferdig'));

const draftForm = document.querySelector('form[data-utkast]');
if (draftForm) {
  const key = DRAFT_PREFIX + draftForm.dataset.utkast;
  const hashField = draftForm.querySelector('input[name="hash"]');
  const unsaved = draftForm.hasAttribute('data-ulagret');
  const kept = (name) => !NOT_KEPT.has(name) && !name.startsWith('konflikt:');
  const fields = () => [...new FormData(draftForm)].filter(([name, value]) => typeof value === 'string' && kept(name));
  const initial = JSON.stringify(fields());
  let base = draftForm.dataset.utkastHash;
  let dirty = unsaved;
  let leaving = false;
  let offered;
  const read = () => {
    try {
      return JSON.parse(storage?.getItem(key) ?? 'null');
    } catch {
      return null;
    }
  };
  const keep = () => {
    const now = fields();
    dirty = unsaved || JSON.stringify(now) !== initial;
    // While a draft is offered and not yet taken or thrown away, it stays as it was.
    if (offered || !storage) return;
    try {
      if (dirty) storage.setItem(key, JSON.stringify({ hash: base, saved: new Date().toISOString(), fields: now }));
      else storage.removeItem(key);
    } catch {
      // A full storage keeps no draft; the warning before leaving still holds.
    }
  };
  const restore = (entries) => {
    const values = new Map();
    for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
    for (const element of draftForm.elements) {
      if (!element.name || !kept(element.name) || element.type === 'hidden' || element.type === 'submit' || element.tagName === 'BUTTON') continue;
      const given = values.get(element.name) ?? [];
      if (element.type === 'checkbox' || element.type === 'radio') element.checked = given.includes(element.value);
      else element.value = given[0] ?? '';
    }
  };
  const draft = read();
  const template = document.getElementById('utkast-mal');
  if (draft && Array.isArray(draft.fields) && !unsaved && JSON.stringify(draft.fields) !== initial && template) {
    const offer = template.content.firstElementChild.cloneNode(true);
    const time = offer.querySelector('time');
    const locale = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' }[document.documentElement.lang] ?? 'nb-NO';
    time.dateTime = draft.saved;
    time.textContent = new Date(draft.saved).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short' });
    const changed = draft.hash !== base;
    offer.querySelector('.utkast-endret').hidden = !changed;
    draftForm.before(offer);
    offered = draft;
    const close = () => {
      offered = undefined;
      offer.remove();
    };
    offer.querySelector('[data-utkast-handling="gjenopprett"]').addEventListener('click', () => {
      restore(draft.fields);
      // The pickers' chips follow the restored boxes.
      draftForm.dispatchEvent(new Event('change'));
      if (changed && hashField) hashField.value = draft.hash;
      base = draft.hash;
      close();
      keep();
      draftForm.querySelector('input:not([type="hidden"]), select, textarea')?.focus();
    });
    offer.querySelector('[data-utkast-handling="forkast"]').addEventListener('click', () => {
      storage?.removeItem(key);
      close();
      draftForm.querySelector('input:not([type="hidden"]), select, textarea')?.focus();
    });
  } else if (unsaved) keep();

  draftForm.addEventListener('input', keep);
  draftForm.addEventListener('change', keep);
  draftForm.addEventListener('submit', () => {
    leaving = true;
  });
  const message = document.getElementById('forlat-mal')?.content.textContent ?? '';
  window.addEventListener('beforeunload', (event) => {
    if (!dirty || leaving) return;
    event.preventDefault();
    event.returnValue = message;
  });
  // The editor's own links and forms (the menu, the language) ask in the editor's words before the browser's.
  const away = (event) => {
    if (!dirty || leaving) return;
    if (window.confirm(message)) leaving = true;
    else event.preventDefault();
  };
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || link.getAttribute('href').startsWith('#')) return;
    away(event);
  });
  document.addEventListener('submit', (event) => {
    if (event.target !== draftForm) away(event);
  });
}

// Where the cursor was in a text field when focus left it, so that a tool used from elsewhere on the page (the
// image upload) inserts at that place.
const cursors = new WeakMap();
const cursorOf = (textarea) => cursors.get(textarea) ?? { start: textarea.value.length, end: textarea.value.length };
for (const textarea of document.querySelectorAll('textarea.tekst')) {
  const remember = () => cursors.set(textarea, { start: textarea.selectionStart, end: textarea.selectionEnd });
  for (const type of ['select', 'keyup', 'click', 'blur', 'input']) textarea.addEventListener(type, remember);
}

/** Replaces the text from `start` to `end`, selects `[selectFrom, selectTo]` of the new text, and tells the form. */
function replaceText(textarea, start, end, text, selectFrom = text.length, selectTo = selectFrom) {
  textarea.focus();
  textarea.setSelectionRange(start, end);
  textarea.setRangeText(text, start, end, 'end');
  textarea.setSelectionRange(start + selectFrom, start + selectTo);
  cursors.set(textarea, { start: start + selectFrom, end: start + selectTo });
  // Kept in the browser's draft and shown in the preview like anything typed.
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

// The Markdown toolbar: each button changes the selection (or the lines it touches) the way the button says, by
// mouse, by its shortcut in the text, or by keyboard in the toolbar (arrows between buttons, one tab stop).
const FORMATS = {
  heading: (textarea) => prefixLines(textarea, () => '## '),
  bold: (textarea) => wrap(textarea, '**'),
  italic: (textarea) => wrap(textarea, '_'),
  bullets: (textarea) => prefixLines(textarea, () => '- '),
  numbered: (textarea) => prefixLines(textarea, (i) => `${i + 1}. `),
  link: () => document.getElementById('lenke-dokument')?.focus(),
  table: (textarea, toolbar) => {
    const [a, b, c, d] = toolbar.dataset.tabell.split('|');
    const { start, end } = { start: textarea.selectionStart, end: textarea.selectionEnd };
    const before = textarea.value.slice(0, start);
    const gap = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const table = `| ${a} | ${b} |\n| --- | --- |\n| ${c} | ${d} |\n`;
    replaceText(textarea, start, end, `${gap}${table}\n`, gap.length + 2, gap.length + 2 + a.length);
  },
};
function wrap(textarea, mark) {
  const { selectionStart: start, selectionEnd: end, value } = textarea;
  const selected = value.slice(start, end);
  replaceText(textarea, start, end, `${mark}${selected}${mark}`, mark.length, mark.length + selected.length);
}
function prefixLines(textarea, prefix) {
  const { selectionStart, selectionEnd, value } = textarea;
  const start = value.lastIndexOf('\n', selectionStart - 1) + 1;
  const found = value.indexOf('\n', selectionEnd);
  const end = found === -1 ? value.length : found;
  const lines = value.slice(start, end).split('\n');
  const text = lines.map((line, i) => `${prefix(i)}${line}`).join('\n');
  replaceText(textarea, start, end, text, text.length);
}
const SHORTCUTS = {
  'Control+B': 'bold',
  'Control+I': 'italic',
  'Control+K': 'link',
  'Alt+H': 'heading',
  'Alt+U': 'bullets',
  'Alt+O': 'numbered',
  'Alt+T': 'table',
};
for (const toolbar of document.querySelectorAll('[data-verktoy-for]')) {
  const textarea = document.getElementById(toolbar.dataset.verktoyFor);
  if (!textarea || textarea.readOnly) continue;
  toolbar.hidden = false;
  const buttons = [...toolbar.querySelectorAll('button[data-format]')];
  const run = (format) => FORMATS[format]?.(textarea, toolbar);
  for (const button of buttons) button.addEventListener('click', () => run(button.dataset.format));
  toolbar.addEventListener('keydown', (event) => {
    const i = buttons.indexOf(document.activeElement);
    if (i === -1) return;
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    for (const button of buttons) button.tabIndex = button === target ? 0 : -1;
    target.focus();
  });
  textarea.addEventListener('keydown', (event) => {
    const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
    const modifier = event.ctrlKey || event.metaKey ? 'Control+' : event.altKey ? 'Alt+' : '';
    // Alt with a letter is matched by the key's code, since Alt changes the letter on a Mac.
    const letter = event.altKey && event.code.startsWith('Key') ? event.code.slice(3) : key;
    const format = SHORTCUTS[`${modifier}${modifier === 'Alt+' ? letter : key}`];
    if (!format || event.shiftKey) return;
    event.preventDefault();
    run(format);
  });
}

// Pickers that search (the pattern of GOV.UK's option-select): the boxes stay where they are, each beside its
// label, in a box of limited height; a search field above them hides the ones that do not match as one types and
// announces how many do, and the chosen are shown above as chips that remove them. Native checkboxes keep
// keyboard and screen reader use as they are, with or without this script.
let pickerCount = 0;
for (const picker of document.querySelectorAll('[data-velger]')) {
  const boxes = [...picker.querySelectorAll('input[type="checkbox"]')];
  if (!boxes.length || boxes.some((box) => box.getAttribute('aria-readonly') === 'true')) continue;
  const n = ++pickerCount;
  const words = picker.dataset;
  const labelOf = (box) => picker.querySelector(`label[for="${box.id}"]`)?.textContent ?? box.value;
  const fieldOf = (box) => box.closest('.avkrysning');
  const groupOf = (box) => box.closest('.valggruppe');
  const element = (tag, attributes = {}, text = '') => {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
    made.textContent = text;
    return made;
  };
  const list = element('div', { class: 'velger-liste', id: `velger-${n}-liste` });
  list.append(...picker.children);
  const chips = element('ul', { class: 'velger-valgt', 'aria-label': words.valgt });
  const search = element('div', { class: 'ds-field velger-sok' });
  const input = element('input', {
    class: 'ds-input',
    type: 'search',
    id: `velger-${n}`,
    'aria-controls': list.id,
    'aria-describedby': `velger-${n}-treff`,
    autocomplete: 'off',
  });
  const status = element('p', { class: 'ds-paragraph velger-treff', id: `velger-${n}-treff`, role: 'status' });
  search.append(element('label', { class: 'ds-label', for: input.id }, words.sok), input, status);
  picker.append(chips, search, list);

  const normal = (text) => text.toLocaleLowerCase('nb').normalize('NFKD');
  const drawChips = () => {
    chips.replaceChildren();
    const chosen = boxes.filter((box) => box.checked);
    for (const box of chosen) {
      const item = element('li', { class: 'velger-brikke' }, labelOf(box));
      const remove = element(
        'button',
        { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm', 'aria-label': words.fjern.replace('{navn}', labelOf(box)) },
        '×',
      );
      remove.addEventListener('click', () => {
        box.checked = false;
        box.dispatchEvent(new Event('change', { bubbles: true }));
        input.focus();
      });
      item.append(remove);
      chips.append(item);
    }
  };
  const filter = () => {
    const query = normal(input.value.trim());
    let count = 0;
    for (const box of boxes) {
      const group = groupOf(box)?.querySelector('.valggruppe-navn')?.textContent ?? '';
      const match = !query || normal(`${labelOf(box)} ${group}`).includes(query);
      fieldOf(box).hidden = !match;
      if (match) count++;
    }
    for (const group of picker.querySelectorAll('.valggruppe')) group.hidden = ![...group.querySelectorAll('.avkrysning')].some((field) => !field.hidden);
    status.textContent = query ? (count === 0 ? words.treff0 : count === 1 ? words.treff1 : words.treffN.replace('{n}', String(count))) : '';
  };
  input.addEventListener('input', filter);
  input.addEventListener('keydown', (event) => {
    // Enter in the search field goes to the first match; it never sends the form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    boxes.find((box) => !fieldOf(box).hidden)?.focus();
  });
  // A box changed anywhere (a chip removed, a draft restored) shows in the chips.
  picker.closest('form')?.addEventListener('change', drawChips);
  drawChips();
}

// The image upload: sent in the background, and the image's Markdown put where the cursor was in the text.
for (const form of document.querySelectorAll('form[data-bilde-til]')) {
  const textarea = document.getElementById(form.dataset.bildeTil);
  const status = form.querySelector('.bilde-status');
  if (!textarea || !status) continue;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      const answer = await response.json();
      if (!response.ok || !answer.markdown) {
        status.textContent = answer.error ?? '';
        return;
      }
      const { start, end } = cursorOf(textarea);
      const before = textarea.value.slice(0, start);
      const gap = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
      replaceText(textarea, start, end, `${gap}${answer.markdown}\n\n`);
      form.reset();
      status.textContent = answer.message;
    } catch {
      // Without an answer the form is sent the ordinary way, which works without this script.
      form.submit();
    }
  });
}
