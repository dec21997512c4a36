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
