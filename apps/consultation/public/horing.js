// With JavaScript: a selection in the document fills the «Hvilken del» field, with the text just before and after
// it, so the server can anchor the passage as the review server does. Without it, the field is typed by hand.
(() => {
  document.documentElement.classList.add('has-js');
  const article = document.getElementById('dokument');
  const quote = document.getElementById('sitat');
  const prefix = document.querySelector('input[name="sitat-for"]');
  const suffix = document.querySelector('input[name="sitat-etter"]');
  if (!article || !quote || !prefix || !suffix) return;
  const CONTEXT = 32;
  const pick = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!article.contains(range.commonAncestorContainer)) return;
    const exact = range.toString().trim();
    if (!exact) return;
    const before = document.createRange();
    before.selectNodeContents(article);
    before.setEnd(range.startContainer, range.startOffset);
    const after = document.createRange();
    after.selectNodeContents(article);
    after.setStart(range.endContainer, range.endOffset);
    quote.value = exact.slice(0, 2000);
    prefix.value = before.toString().slice(-CONTEXT);
    suffix.value = after.toString().slice(0, CONTEXT);
  };
  article.addEventListener('mouseup', pick);
  article.addEventListener('keyup', pick);
  article.addEventListener('touchend', pick);
  // A hand-edited quote no longer has the selection's context.
  quote.addEventListener('input', () => {
    prefix.value = '';
    suffix.value = '';
  });
})();
