// «Gå til stedet» beside a reviewer's comment: puts the cursor (and the selection) at the passage in the text field.
for (const button of document.querySelectorAll('[data-kommentar-linje]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const field = document.getElementById(button.dataset.kommentarFelt);
    if (!(field instanceof HTMLTextAreaElement)) return;
    const lines = field.value.split('\n');
    const line = Math.min(Number(button.dataset.kommentarLinje), lines.length);
    let start = 0;
    for (let i = 0; i < line - 1; i++) start += lines[i].length + 1;
    start += Math.max(0, Number(button.dataset.kommentarKolonne) - 1);
    const end = Math.min(start + Number(button.dataset.kommentarLengde), start + (lines[line - 1] ?? '').length);
    field.focus();
    field.setSelectionRange(start, Math.max(start, end));
    // A text area does not scroll to its selection by itself in every browser: one line's height per line above.
    field.scrollTop = (line - 1) * (Number.parseFloat(getComputedStyle(field).lineHeight) || 20) - field.clientHeight / 3;
  });
}
