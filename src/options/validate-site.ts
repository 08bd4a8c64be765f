import { normalizeHostname } from '@/src/extension/settings';

/** What a reader typed, read as a site: the hostname to save, or why it cannot be one. */
export type SiteInput = { ok: true; host: string } | { ok: false; error: string };

/** A DNS label: letters, digits and inner hyphens (punycode "xn--" labels included), 1–63 long. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Accepts a hostname ("example.com"), a pasted URL, "localhost" or an IPv4 address; refuses anything
 * else with a message that says what to type. Nothing is saved for a refused input.
 */
export function validateSite(input: string): SiteInput {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'Type a site, such as example.com.' };
  const host = normalizeHostname(trimmed);
  if (!host || !isHostname(host)) {
    return { ok: false, error: `“${trimmed}” is not a site. Type a name such as example.com, or paste the page’s address.` };
  }
  return { ok: true, host };
}

function isHostname(host: string): boolean {
  if (host === 'localhost') return true;
  const ip = IPV4.exec(host);
  if (ip) return ip.slice(1).every((part) => Number(part) <= 255);
  const labels = host.split('.');
  const tld = labels[labels.length - 1];
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /^([a-z]{2,63}|xn--[a-z0-9-]+)$/.test(tld);
}
