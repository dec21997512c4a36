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
    cursor = { start: after, end: after };
    text.value = '';
  });
}

// After a refused save, move focus to the list of what must be corrected.
document.getElementById('feiloversikt')?.focus();
