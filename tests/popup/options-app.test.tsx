// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CONFIDENT_THRESHOLD } from '@/src/settings/defaults';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '@/src/extension/settings';
import { OptionsApp } from '@/src/options/options-app';
import { axeViolations, click, mount } from './render';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const input = (selector: string) => document.querySelector<HTMLInputElement>(selector)!;
async function type(element: HTMLInputElement, value: string) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => fakeBrowser.reset());

describe('options page', () => {
  it('starts from the defaults and has no axe violations', async () => {
    await mount(<OptionsApp />);
    await settle();
    expect(input('input[type="checkbox"]').checked).toBe(true);
    expect(input('#threshold').value).toBe(String(DEFAULT_CONFIDENT_THRESHOLD));
    expect(await axeViolations()).toEqual([]);
  });

  it('adds a site from a pasted URL, and removes it', async () => {
    await mount(<OptionsApp />);
    await settle();
    await type(input('#site-input'), 'https://www.Example.com/news/1');
    await click(document.querySelector('form.add-site button[type="submit"]'));
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['www.example.com']);
    await click(document.querySelector('button[aria-label="Remove www.example.com"]'));
    await settle();
    expect((await loadSettings()).disabledSites).toEqual([]);
  });

  it('refuses input that is not a site and says why', async () => {
    await mount(<OptionsApp />);
    await settle();
    await type(input('#site-input'), '   ');
    await click(document.querySelector('form.add-site button[type="submit"]'));
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('example.com');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves the threshold and the highlight default', async () => {
    await saveSettings({ confidentThreshold: 0.5 });
    await mount(<OptionsApp />);
    await settle();
    expect(input('#threshold').value).toBe('0.5');
    await type(input('#threshold'), '0.8');
    await click(input('input[type="checkbox"]'));
    await settle();
    expect(await loadSettings()).toMatchObject({ confidentThreshold: 0.8, highlightsByDefault: false });
  });
});
