import axe from 'axe-core';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container in a document set up like popup.html (lang, title) and flushes effects. */
export async function mount(ui: ComponentChild): Promise<HTMLElement> {
  document.documentElement.lang = 'en';
  document.title = 'ClaimLens';
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => render(ui, container));
  return container;
}

/** Clicks a button and lets Preact re-render. */
export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => (element as HTMLElement).click());
}

/**
 * Runs axe on the rendered document. color-contrast is off: happy-dom computes no layout or
 * colours, so axe cannot evaluate it here (checked by eye in the browser screenshots instead).
 */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
