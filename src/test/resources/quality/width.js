// How wide the page is against the viewport, for AccessibilityTest.
// viewport: the smaller of innerWidth and clientWidth; a mobile browser zooms out to fit a page that is
//   too wide, which grows innerWidth with it.
// stickingOut: the first elements (in document order) past the viewport's right edge that no box of their
//   containing-block chain clips; an absolutely positioned element escapes a scroll box that is not its
//   containing block, which is how a visually hidden label inside a scrolling table widens a whole page.
// cutMenus: navigation landmarks whose items do not fit and scroll inside the menu (items out of sight).
() => {
  const d = document.documentElement;
  const viewport = Math.min(window.innerWidth, d.clientWidth);
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('');
  const clipped = el => {
    let position = getComputedStyle(el).position;
    if (position === 'fixed') return true;
    for (let p = el.parentElement; p && p !== document.body && p !== d; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (position === 'absolute' && style.position === 'static') continue;
      if (style.overflowX !== 'visible') return true;
      position = style.position;
    }
    return false;
  };
  const stickingOut = [];
  if (d.scrollWidth > viewport) {
    for (const el of document.body.querySelectorAll('*')) {
      if (stickingOut.length === 3) break;
      if (el.getBoundingClientRect().right > viewport + 1 && !clipped(el)
          && !stickingOut.some(s => s.el.contains(el))) {
        stickingOut.push({el, text: (el.parentElement ? name(el.parentElement) + ' > ' : '') + name(el)});
      }
    }
  }
  const cutMenus = [...document.querySelectorAll('nav, [role=navigation]')]
    .filter(nav => nav.getBoundingClientRect().width > 0 && nav.scrollWidth > nav.clientWidth + 1)
    .map(nav => name(nav) + ' ' + nav.scrollWidth + '>' + nav.clientWidth + ' px');
  return {scroll: d.scrollWidth, viewport, stickingOut: stickingOut.map(s => s.text), cutMenus};
}
