// Opis in the Markdown preview: hovering or focusing a note reference or a marked word shows its card in a
// popover. The cards come rendered and escaped at the end of the document (aside.opis-cards); this script only
// copies one into the popover and places it. Listeners sit on the document, so they outlive the preview's
// updates of the content.
/* global document, window, Element */
(() => {
  const ID = 'opis-popover';
  let anchor = null;

  function popover() {
    let el = document.getElementById(ID);
    if (!el) {
      el = document.createElement('div');
      el.id = ID;
      el.className = 'opis-popover';
      el.setAttribute('role', 'tooltip');
      el.hidden = true;
      document.body.appendChild(el);
    }
    return el;
  }

  function show(target) {
    const card = document.getElementById(target.getAttribute('data-opis-card') || '');
    if (!card || target === anchor) return;
    hide();
    const el = popover();
    el.replaceChildren(...Array.from(card.childNodes, node => node.cloneNode(true)));
    el.hidden = false;
    const box = target.getBoundingClientRect();
    const width = el.offsetWidth;
    const left = Math.max(4, Math.min(box.left, document.documentElement.clientWidth - width - 4));
    el.style.left = `${left + window.scrollX}px`;
    el.style.top = `${box.bottom + window.scrollY + 4}px`;
    target.setAttribute('aria-describedby', ID);
    anchor = target;
  }

  function hide() {
    if (anchor) anchor.removeAttribute('aria-describedby');
    anchor = null;
    const el = document.getElementById(ID);
    if (el) el.hidden = true;
  }

  const marked = event => (event.target instanceof Element ? event.target.closest('[data-opis-card]') : null);
  const inPopover = event => event.target instanceof Element && event.target.closest(`#${ID}`) !== null;

  document.addEventListener('mouseover', event => {
    const target = marked(event);
    if (target) show(target);
    else if (!inPopover(event) && anchor !== document.activeElement) hide();
  });
  document.addEventListener('focusin', event => {
    const target = marked(event);
    if (target) show(target);
  });
  document.addEventListener('focusout', event => {
    if (marked(event) === anchor) hide();
  });
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape') hide();
  });
})();
