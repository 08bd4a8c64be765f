/**
 * A node tree as plain data, text nodes included one by one: unlike serialised HTML, it tells
 * "one text node" from "two adjacent text nodes", so it proves splits were merged back.
 */
export type Shape = string | [string, Record<string, string>, Shape[]];

/** The shape of `node` and everything under it. */
export function shapeOf(node: Node): Shape {
  if (node.nodeType === Node.TEXT_NODE) return `#text:${(node as Text).data}`;
  const element = node as Element;
  const attributes = Object.fromEntries([...(element.attributes ?? [])].map((a) => [a.name, a.value]));
  return [node.nodeName, attributes, [...node.childNodes].map(shapeOf)];
}

/** The body as HTML text, read without innerHTML (the lint forbids it everywhere). */
export function serialize(node: Node): string {
  return new XMLSerializer().serializeToString(node);
}

/** Builds elements from a compact spec: [tag, attributes, ...children], strings become text nodes. */
export type Spec = string | [string, Record<string, string>, ...Spec[]];

/** Appends nodes built from specs to `parent`. */
export function build(parent: Node, ...specs: Spec[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const spec of specs) {
    if (typeof spec === 'string') {
      parent.appendChild(doc.createTextNode(spec));
      continue;
    }
    const [tag, attributes, ...children] = spec;
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    build(element, ...children);
    parent.appendChild(element);
  }
}
