/**
 * A set of stem numbers (see `MatcherIndex.stemIds`) kept in one array reused from set to set: a
 * number is in the set when its entry holds the current mark, so emptying the set is moving on to
 * the next mark. Every candidate claim of every sentence collects the stems it explains; a Set of
 * strings made for each cost more than the rest of its scoring.
 */
export interface StemMarks {
  marks: Int32Array;
  mark: number;
}

/** An empty set for stem numbers below `size`. */
export function stemMarks(size: number): StemMarks {
  return { marks: new Int32Array(size), mark: 1 };
}

/** Empties the set. */
export function clearMarks(set: StemMarks): void {
  if (set.mark === MAX_MARK) {
    set.marks.fill(0);
    set.mark = 0;
  }
  set.mark++;
}
const MAX_MARK = 0x7fffffff;

/** Adds stem `id`; true when it was not in the set yet. */
export function addMark(set: StemMarks, id: number): boolean {
  if (set.marks[id] === set.mark) return false;
  set.marks[id] = set.mark;
  return true;
}

/** Whether stem `id` is in the set. */
export function hasMark(set: StemMarks, id: number): boolean {
  return set.marks[id] === set.mark;
}
