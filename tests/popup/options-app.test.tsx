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

  it.each(['   ', 'not a site!!', 'notasite!!', 'foo', '-a.com', 'a_b.com'])('refuses %j, says why and saves nothing', async (typed) => {
    await mount(<OptionsApp />);
    await settle();
    await type(input('#site-input'), typed);
    await click(document.querySelector('form.add-site button[type="submit"]'));
    await settle();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('example.com');
    expect(input('#site-input').getAttribute('aria-invalid')).toBe('true');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(document.querySelector('.saved')?.textContent).toBe('');
  });

  it.each(['localhost', '127.0.0.1', 'münchen.de', 'http://news.example.co.uk/x'])('accepts %j', async (typed) => {
    await mount(<OptionsApp />);
    await settle();
    await type(input('#site-input'), typed);
    await click(document.querySelector('form.add-site button[type="submit"]'));
    await settle();
    expect((await loadSettings()).disabledSites).toHaveLength(1);
  });

  it('says what the threshold means, in words, and offers the default back', async () => {
    await mount(<OptionsApp />);
    await settle();
    expect(document.querySelector('[data-testid="threshold-meaning"]')?.textContent).toBe('52% sure · balanced (the default)');
    expect(document.querySelector('label[for="threshold"]')?.textContent).toContain('Highlight a sentence when ClaimLens is at least');
    await type(input('#threshold'), '0.8');
    await settle();
    expect(input('#threshold').getAttribute('aria-valuetext')).toBe('80% sure · fewer highlights, fewer of them wrong');
    await click([...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Back to the default'))!);
    await settle();
    expect((await loadSettings()).confidentThreshold).toBe(DEFAULT_CONFIDENT_THRESHOLD);
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
