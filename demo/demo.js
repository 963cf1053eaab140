// Small behaviours of the real helpdesks that make the demo feel right; none of it matters to Attune's reading.
// Zendesk opens a conversation at its latest message.
for (const log of document.querySelectorAll('[data-test-id="omni-log-container"]')) log.scrollTop = log.scrollHeight;
// Gmail hides quoted history behind "•••" (Show trimmed content) until clicked.
for (const toggle of document.querySelectorAll('.ajR')) {
  toggle.addEventListener('click', () => {
    const trimmed = toggle.closest('.adm')?.nextElementSibling;
    if (trimmed?.classList.contains('h5')) trimmed.classList.toggle('gm-shown');
  });
}
