// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followNarrowWindow } from '@/src/popup/follow-narrow-window';

/** A window whose width the test sets, with the real (faked) timers. */
function fakeView(width: number) {
  const target = new EventTarget();
  const view = {
    innerWidth: width,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    resizeTo(next: number) {
      view.innerWidth = next;
      target.dispatchEvent(new Event('resize'));
    },
  };
  return view;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('followNarrowWindow', () => {
  it('keeps the fixed width in a window as wide as the popup', () => {
    const root = document.createElement('html');
    followNarrowWindow(root, fakeView(400) as unknown as Window);
    vi.advanceTimersByTime(1000);
    expect(root.hasAttribute('data-narrow')).toBe(false);
  });

  it('follows a window narrower than the popup once its width has held', () => {
    const root = document.createElement('html');
    followNarrowWindow(root, fakeView(320) as unknown as Window);
    vi.advanceTimersByTime(100);
    expect(root.hasAttribute('data-narrow'), 'not before the width has held').toBe(false);
    vi.advanceTimersByTime(300);
    expect(root.hasAttribute('data-narrow')).toBe(true);
  });

  it('does not take a window that the browser is still growing for a narrow one', () => {
    const root = document.createElement('html');
    const view = fakeView(50);
    followNarrowWindow(root, view as unknown as Window);
    vi.advanceTimersByTime(100);
    view.resizeTo(250);
    vi.advanceTimersByTime(100);
    view.resizeTo(400);
    vi.advanceTimersByTime(1000);
    expect(root.hasAttribute('data-narrow')).toBe(false);
  });

  it('goes back to the fixed width when the window widens, and stops when told', () => {
    const root = document.createElement('html');
    const view = fakeView(300);
    const stop = followNarrowWindow(root, view as unknown as Window);
    vi.advanceTimersByTime(400);
    view.resizeTo(640);
    vi.advanceTimersByTime(400);
    expect(root.hasAttribute('data-narrow')).toBe(false);
    stop();
    view.resizeTo(300);
    vi.advanceTimersByTime(400);
    expect(root.hasAttribute('data-narrow')).toBe(false);
  });
});
