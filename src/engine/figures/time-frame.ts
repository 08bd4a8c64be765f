/**
 * The time frame of a count: "about 52,000 applications in the first half of 2025" or "127,000 in the
 * twelve months after the takeover" count another period than "a million between 2013 and 2024", so
 * they state no version of that claim and contradict none. A facet's time frame is the span of years
 * its claims name in their text.
 */
import type { PageFigure } from '../../types';
import type { LoadedIndex } from '../../index/hydrate-index';

/** Whether a count figure falls in its facet's time frame, judged by the sentence's other figures. */
export function inTimeFrame(figure: PageFigure, sentenceFigures: readonly PageFigure[], index: LoadedIndex): boolean {
  if (figure.value.kind !== 'count' || !figure.facet) return true;
  const frame = timeFrameOf(figure.facet, index);
  if (!frame) return true;
  for (const other of sentenceFigures) {
    if (other === figure || other.start === figure.start) continue;
    // A length of time ("in the twelve months after") is a period of its own.
    if (other.value.kind === 'duration') return false;
    if (yearsOf(other.value).some((y) => y < frame[0] || y > frame[1])) return false;
  }
  return true;
}

function yearsOf(value: PageFigure['value']): number[] {
  if (value.kind === 'date') return [Number(value.iso.slice(0, 4))];
  if (value.kind === 'date-range') return [Number(value.from.slice(0, 4)), Number(value.to.slice(0, 4))];
  return [];
}

const timeFrames = new WeakMap<LoadedIndex, Map<string, [number, number] | undefined>>();

/** The first and last year the claims on a facet name in their text, or undefined when they name none. */
function timeFrameOf(facet: string, index: LoadedIndex): [number, number] | undefined {
  let frames = timeFrames.get(index);
  if (!frames) timeFrames.set(index, (frames = new Map()));
  if (!frames.has(facet)) {
    const years = index.claims
      .filter((c) => c.facet === facet && c.value?.kind === 'count')
      .flatMap((c) => [...c.text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
    frames.set(facet, years.length ? [Math.min(...years), Math.max(...years)] : undefined);
  }
  return frames.get(facet);
}
