import type { CardFigure, CardModel } from './card-model';

/** Builds the card's content with createElement and textContent only: page text never becomes HTML. */
export function renderCard(doc: Document, model: CardModel): HTMLElement {
  const card = element(doc, 'div', { class: 'card', 'data-relation': model.relation, role: 'note' });
  const heading = element(doc, 'h2');
  heading.append(element(doc, 'span', { class: 'mark', 'aria-hidden': 'true' }, model.relation === 'conflicts' ? '≠' : '✓'));
  heading.append(model.heading);
  card.append(heading);
  for (const figure of model.figures) card.append(renderFigure(doc, figure));
  for (const claim of model.claims) {
    card.append(element(doc, 'p', {}, claim.text));
    const list = element(doc, 'ul', { class: 'who', 'aria-label': 'Stated by' });
    for (const source of claim.sources) {
      const item = element(doc, 'li', { title: source.title });
      item.append(element(doc, 'b', {}, source.label));
      if (source.title) item.append(` · ${source.title}`);
      list.append(item);
    }
    card.append(list);
  }
  card.append(element(doc, 'p', { class: 'hint' }, 'Alt+Shift+N / Alt+Shift+P: next / previous · Esc: close'));
  return card;
}

function renderFigure(doc: Document, figure: CardFigure): HTMLElement {
  const table = element(doc, 'table');
  table.append(element(doc, 'caption', {}, figure.facet));
  const pageRow = element(doc, 'tr', { class: 'page' });
  pageRow.append(element(doc, 'th', { scope: 'row' }, 'This page'), element(doc, 'td', {}, figure.page));
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
