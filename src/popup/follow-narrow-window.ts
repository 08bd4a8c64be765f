/** The width the popup asks for; Chrome sizes its popup window from it. */
export const POPUP_WIDTH = 400;
/** How long the window must keep one width before it counts as the browser's choice. */
const SETTLE_MS = 300;

type View = Pick<Window, 'innerWidth' | 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout'>;

/**
 * The popup is 400 px wide, which is what Chrome sizes its popup window from. Where the browser gives it
 * less (Firefox's overflow panel, a narrow screen, a popup opened in a small window), the popup follows
 * the window instead of clipping its right edge: `data-narrow` on `<html>` lets the CSS drop the fixed
 * width. The width is judged once it has held for a moment, so Chrome growing its popup window to fit
 * is not taken for a narrow one. Returns a function that stops listening.
 */
export function followNarrowWindow(root: HTMLElement, view: View = window): () => void {
  let timer: number | undefined;
  const judge = () => {
    if (view.innerWidth > 0 && view.innerWidth < POPUP_WIDTH) root.dataset.narrow = '';
    else delete root.dataset.narrow;
  };
  const onResize = () => {
    view.clearTimeout(timer);
    timer = view.setTimeout(judge, SETTLE_MS);
  };
  view.addEventListener('resize', onResize);
  onResize();
  return () => {
    view.clearTimeout(timer);
    view.removeEventListener('resize', onResize);
  };
}
