import type { CardFigure, CardModel } from './card-model';

/** Builds the card's content with createElement and textContent only: page text never becomes HTML. */
export function renderCard(doc: Document, model: CardModel, position: string): HTMLElement {
  const card = element(doc, 'div', { class: 'card', 'data-relation': model.relation, role: 'note' });
  const heading = element(doc, 'p', { class: 'heading' });
  heading.append(element(doc, 'span', { class: 'sign', 'aria-hidden': 'true' }, model.relation === 'conflicts' ? '≠' : '='));
  heading.append(model.heading);
  card.append(heading);
  for (const figure of model.figures) card.append(renderFigure(doc, figure));
  for (const claim of model.claims) {
    card.append(element(doc, 'p', { class: 'claim' }, claim.text));
    const who = element(doc, 'p', { class: 'who' }, `Also in: ${claim.sources.map((s) => s.label).join(' · ')}`);
    card.append(who);
  }
  card.append(element(doc, 'p', { class: 'hint' }, `${position} · ↑ ↓ move · Esc close`));
  return card;
}

function renderFigure(doc: Document, figure: CardFigure): HTMLElement {
  const table = element(doc, 'table');
  const pageRow = element(doc, 'tr', { class: 'page' });
  pageRow.append(element(doc, 'th', { scope: 'row' }, 'This article'), element(doc, 'td', {}, figure.page));
  table.append(pageRow);
  for (const source of figure.sources) {
    const row = element(doc, 'tr');
    row.append(element(doc, 'th', { scope: 'row' }, source.who), element(doc, 'td', {}, source.value));
    table.append(row);
  }
  return table;
}

function element(doc: Document, tag: string, attributes: Record<string, string> = {}, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
