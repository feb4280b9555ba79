// The Welsh careers page's language switch, as a bilingual site would have it: it swaps the page's
// own texts (each element's English is in data-en) and rewrites <html lang>; the role-widgets
// elements follow <html lang> by themselves. A module file, not inline script: the demo's CSP has no
// 'unsafe-inline'.
const button = document.querySelector('.language-toggle');
const texts = [...document.querySelectorAll('[data-en]')];
for (const el of texts) el.dataset.cy = el.textContent;

button.addEventListener('click', () => {
  const toEnglish = document.documentElement.lang === 'cy';
  document.documentElement.lang = toEnglish ? 'en-GB' : 'cy';
  for (const el of texts) el.textContent = toEnglish ? el.dataset.en : el.dataset.cy;
  // The button names the other language in that language, and says which language it is in.
  const label = button.textContent;
  button.textContent = button.dataset.other;
  button.dataset.other = label;
  button.lang = toEnglish ? 'cy' : 'en';
});
