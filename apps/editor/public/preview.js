// The live preview beside a document's form (views/preview-pane.ts): the text as typed is sent, a moment after the
// editor stops typing, to the editor's read-only preview route with the form's token, and the sanitised HTML the
// model renders replaces the pane's content. The form works without this; without it the pane stays hidden.
const DELAY_MS = 400;

for (const pane of document.querySelectorAll('[data-forhandsvisning]')) {
  const form = pane.closest('form');
  const textarea = form?.elements.namedItem('body');
  const token = form?.elements.namedItem('csrf');
  const frame = pane.querySelector('.forhandsvisning-ramme');
  const status = pane.querySelector('[data-feilmelding]');
  if (!(textarea instanceof HTMLTextAreaElement) || !(token instanceof HTMLInputElement) || !frame || !status) continue;
  pane.hidden = false;
  let timer;
  let latest;
  const update = async () => {
    const fields = new URLSearchParams({ csrf: token.value, body: textarea.value });
    if (pane.dataset.sti) fields.set('sti', pane.dataset.sti);
    const sent = fields.toString();
    latest = sent;
    try {
      const response = await fetch(pane.dataset.forhandsvisning, {
        method: 'POST',
        body: sent,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        credentials: 'same-origin',
      });
      // An answer to an older text is dropped: only the newest text may fill the pane.
      if (sent !== latest) return;
      if (!response.ok) throw new Error(String(response.status));
      frame.innerHTML = await response.text();
      status.textContent = '';
    } catch {
      if (sent === latest) status.textContent = status.dataset.feilmelding;
    }
  };
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(update, DELAY_MS);
  });
  update();
}
