import { entryName, isRecord, type Report } from './index-shape';

/**
 * seeds/concepts.json names ideas many claims share ("taliban": every way reports name them), so a
 * claim's term group can say `"{taliban}"` instead of copying the list. A group may mix references and
 * wordings of its own (`["{meeting}", "sit-down"]`). Returns the claims with every reference replaced
 * by the concept's wordings, reporting unknown names and malformed concepts.
 */
/** A reference to a concept: its name in braces. */
const REFERENCE = /^\{([^{}]+)\}$/;

export function expandConcepts(claims: unknown[], concepts: unknown, report: Report): unknown[] {
  const known = new Map<string, string[]>();
  if (concepts !== undefined && !isRecord(concepts)) report('concepts.json', 'must be an object of named lists of wordings');
  for (const [name, words] of Object.entries(isRecord(concepts) ? concepts : {})) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) report(`concepts.json "${name}"`, 'a concept name must be kebab-case');
    if (!Array.isArray(words) || words.length === 0 || words.some((w) => typeof w !== 'string' || REFERENCE.test(w))) {
      report(`concepts.json "${name}"`, 'must be a non-empty list of wordings (no references to other concepts)');
      continue;
    }
    known.set(name, words as string[]);
  }
  return claims.map((claim, index) => {
    if (!isRecord(claim) || !Array.isArray(claim.terms)) return claim;
    const terms = claim.terms.map((group, g) =>
      Array.isArray(group)
        ? group.flatMap((term) => {
            const name = typeof term === 'string' ? REFERENCE.exec(term)?.[1] : undefined;
            if (name === undefined) return [term];
            const words = known.get(name);
            if (!words) report(entryName('claims', index, claim), `terms[${g}] "${term}" names no concept of concepts.json (known: ${[...known.keys()].join(', ')})`);
            return words ?? [];
          })
        : group,
    );
    return { ...claim, terms };
  });
}
