// A menu or panel hangs from its button, which may sit anywhere across the page: at the left
// edge of a phone or of the first card, a panel aligned to the button's right edge ran off the
// screen. Once open, it is moved sideways (and narrowed if need be) to lie inside the viewport.

const MARGIN = 8;

export function keepInViewport(panel: HTMLElement): void {
  panel.style.translate = "";
  panel.style.maxWidth = "";
  const viewport = document.documentElement.clientWidth;
  const room = viewport - 2 * MARGIN;
  if (panel.getBoundingClientRect().width > room) panel.style.maxWidth = `${room}px`;
  const { left, right } = panel.getBoundingClientRect();
  const shift =
    left < MARGIN ? MARGIN - left : right > viewport - MARGIN ? viewport - MARGIN - right : 0;
  if (shift !== 0) panel.style.translate = `${Math.round(shift)}px 0`;
}
