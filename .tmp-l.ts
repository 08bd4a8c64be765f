import { parseHTML } from 'linkedom';
for (const h of ['', '<p>Hello there</p>', '<html><body><p>x</p></body></html>']) {
  const { document } = parseHTML(h);
  console.log(JSON.stringify(h), !!document.documentElement, !!document.body, document.body?.textContent, document.documentElement?.tagName);
}
