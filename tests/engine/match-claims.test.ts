import { describe, expect, it } from 'vitest';
import { expectTuningEffect } from './tuning-effect';
import type { Match } from '@/src/types';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { DEFAULT_CONFIDENT_THRESHOLD, MATCH_TUNING, matchSentence, matchSentenceClaims } from '@/src/engine/match/match-claims';
import { parseFigures } from './seeds-grammar';
import { sentenceStems, sentenceTerms } from '@/src/engine/match/sentence-terms';
import { matcherIndexOf, wordingsFound } from '@/src/engine/match/matcher-index';
import { phraseStems } from '@/src/engine/text/normalize';
import { answersQuestion, continuesFactBox, negatedClauseStems, refersBack, reportsEarlierStatement } from '@/src/engine/text/polarity';
import { analyzeArticle } from '@/src/engine/analyze';
import { plainTextToArticle } from '@/src/extract/plain-text-to-article';

/**
 * The matcher, judged by order rather than by numbers: a claim's own text scores at least as high
 * as a paraphrase, and a paraphrase higher than an on-topic sentence that states nothing indexed.
 */
const index = loadIndexFromSeeds();

/** Matches one sentence as `analyzeArticle` does: its figures parsed, the story's year assumed. */
function match(text: string, threshold?: number): Match | undefined {
  return matchSentence({ start: 0, end: text.length, text }, parseFigures(text, { year: 2026 }), index, threshold);
}

const confidenceOf = (text: string): number => match(text)?.confidence ?? 0;

function claimText(id: string): string {
  const claim = index.claimById.get(id);
  if (!claim) throw new Error(`seeds/claims.json has no claim "${id}": update this test's table`);
  return claim.text;
}

const ORDERED: [claimId: string, paraphrase: string, unrelated: string][] = [
  [
    'belgium-issued-five-visas',
    'Belgian authorities handed out five entry visas to the Taliban envoys coming for the talks.',
    'Belgian staff served the Taliban delegation coffee and biscuits during the break.',
  ],
  [
    'visas-valid-one-day',
    "The Taliban delegates' visas were only good for one day.",
    'The Taliban delegates flew home through Istanbul the following evening.',
  ],
  [
    'petition-more-than-80-groups',
    'More than 80 rights groups put their names to an appeal urging Brussels to cancel the talks.',
    'A handful of protesters held up placards outside the Commission building in the rain.',
  ],
  [
    'prevot-disapproves-cannot-block',
    'Belgian foreign minister Maxime Prevot said he was against the invitation to the Taliban but had no power to stop it.',
    'Maxime Prévot spent the afternoon at a trade fair in Antwerp.',
  ],
];

describe('matchSentence', () => {
  it.each(ORDERED)('matches %s: own text ≥ paraphrase > unrelated sentence', (claimId, paraphrase, unrelated) => {
    const own = match(claimText(claimId));
    const reworded = match(paraphrase);
    expect(own?.claimId).toBe(claimId);
    expect(reworded?.claimId).toBe(claimId);
    expect(own!.confidence).toBeGreaterThanOrEqual(reworded!.confidence);
    expect(reworded!.confidence).toBeGreaterThan(confidenceOf(unrelated));
  });

  it.each(ORDERED)('finds no claim in an on-topic sentence no source states (%s)', (_claimId, _paraphrase, unrelated) => {
    expect(match(unrelated)).toBeUndefined();
  });

  it.each([
    ['six', 'conflicts'],
    ['five', 'supports'],
  ] as const)('reads "%s visas" as a figure that %s with the facet claim', (count, relation) => {
    const m = match(`Belgian authorities handed out ${count} entry visas to the Taliban envoys coming for the talks.`);
    expect(m).toMatchObject({ claimId: 'belgium-issued-five-visas', facet: 'visas.issued', relation });
    expect(m?.evidence.figures).toEqual([count]);
  });

  it.each([
    'The Taliban at the table in Brussels',
    "Sweden's deportation drive reaches Brussels as Taliban officials sit down with the EU",
  ])('reads a headline that seats the Taliban in Brussels as the venue claim: %j', (headline) => {
    expect(match(headline)).toMatchObject({ claimId: 'meeting-in-brussels', tier: 'confident' });
  });

  it('reads a fact box\'s "Who came" line as the delegation, and its wrong count as a conflict', () => {
    expect(match('Who came: six officials of the Taliban administration from Kabul.')).toMatchObject({ claimId: 'delegation-five-representatives', relation: 'conflicts', tier: 'confident' });
    expect(match('The visitors: five officials of the Taliban administration.')).toMatchObject({ claimId: 'delegation-five-representatives', relation: 'supports', tier: 'confident' });
  });

  it('reads a backlash as Belgian only when Belgians are named: rights campaigners are not Belgian civil society', () => {
    expect(match('Belgian civil society reacted with fury to the invitation of the Taliban.')).toMatchObject({ claimId: 'belgian-backlash-to-invitation', tier: 'confident' });
    expect(match('Rights campaigners reacted with fury to the invitation of the Taliban.')?.tier).not.toBe('confident');
  });

  it.each([
    'This diplomatic encounter with the Taliban, set in Brussels, was a first.',
    'EU officials conducted closed-door meetings in Brussels with Taliban representatives.',
  ])('reads Brussels as the venue of meetings, negotiations or an encounter as of talks: %j', (text) => {
    expect(claimsOf(text, undefined, 'confident')).toContain('meeting-in-brussels');
  });

  it('ranks a right figure above a wrong one in the same wording', () => {
    const right = confidenceOf('Belgium issued five visas to the Taliban delegation.');
    const wrong = confidenceOf('Belgium issued six visas to the Taliban delegation.');
    expect(right).toBeGreaterThan(wrong);
  });

  it('matches a count of visa requests to the claim about requests, not about issued visas', () => {
    expect(match('Three visa requests were received.')).toMatchObject({
      claimId: 'visa-requests-three-received',
      relation: 'supports',
      facet: 'visas.issued',
    });
  });

  it.each([
    'The EU does not recognise the Taliban authorities.',
    'No EU country recognises the Islamic Emirate.',
    'The European Union has never recognised the Taliban government.',
  ])('reads any negation as the "never" of the non-recognition claim: %j', (sentence) => {
    expect(match(sentence)).toMatchObject({ claimId: 'eu-does-not-recognise-taliban', tier: 'confident' });
  });

  it('does not read an affirmative sentence about recognition as the non-recognition claim', () => {
    expect(match('Russia recognised the Taliban government last year.')?.tier ?? 'none').not.toBe('confident');
  });

  it('does not take a question for a confident statement', () => {
    const question = match('Did Belgium issue visas to the Taliban delegation?');
    expect(question?.tier ?? 'none').not.toBe('confident');
  });

  it('scores a question lower than the statement it asks about', () => {
    const statement = 'Belgium issued five visas to the Taliban delegation.';
    const question = 'Did Belgium issue five visas to the Taliban delegation?';
    expect(confidenceOf(statement)).toBeGreaterThan(confidenceOf(question));
  });

  it.each([
    ['Taleban', 'The Taleban delegates got visas valid for just one day.', 'visas-valid-one-day'],
    ['visass', 'Belgian visass for the Taliban envoys were valid for a single day.', 'visas-valid-one-day'],
    ['Taleban', 'Belgium granted five visas to members of the Taleban delegation.', 'belgium-issued-five-visas'],
    ['Prevot', 'Maxime Prevot said he disapproved of the Taliban invitation but could not block it.', 'prevot-disapproves-cannot-block'],
  ])('still matches with the misspelling %j', (_word, sentence, claimId) => {
    expect(match(sentence)?.claimId).toBe(claimId);
  });

  it('reads a letter typed twice at the end as the word ("visass" is "visa")', () => {
    expect(sentenceStems('Belgian visass for the envoys', index).has('visa')).toBe(true);
    expect(sentenceStems('Belgian visas for the envoys', index).has('visa')).toBe(true);
  });

  it.each([
    ['succeed', 'success'],
    ['again', 'against'],
    ['convinced', 'convict'],
    ['effect', 'effectiv'],
  ])('reads %j as itself, not as the vocabulary word %j two letters away', (word, near) => {
    expect(index.vocabulary.has(near)).toBe(true);
    expect(sentenceStems(`They hoped to ${word} here`, index).has(near)).toBe(false);
  });

  it.each([
    ['Commision', 'commission'],
    ['Afghanstan', 'afghanistan'],
    ['europeen', 'european'],
    ['goverment', 'govern'],
  ])('reads the one-slip typo %j as the word (stem %j)', (word, stem) => {
    expect(sentenceStems(`The ${word} arrived`, index).has(stem)).toBe(true);
  });

  // The counted noun is recognised with one letter wrong, so the count is the visas', not the delegation's.
  it('reads "five visass" as issued visas despite the typo', () => {
    expect(match('Belgium issued five visass to the Taliban delegation.')?.claimId).toBe('belgium-issued-five-visas');
  });

  it('calls a match confident at the threshold passed and possible just below it', () => {
    const sentence = ORDERED[0][1];
    const { confidence } = match(sentence)!;
    expect(confidence).toBeGreaterThanOrEqual(MATCH_TUNING.possibleThreshold);
    expect(match(sentence, confidence)?.tier).toBe('confident');
    expect(match(sentence, confidence + 0.001)?.tier).toBe('possible');
  });

  it('uses the shared default threshold when none is passed', () => {
    for (const [, paraphrase] of ORDERED) {
      expect(match(paraphrase)).toEqual(match(paraphrase, DEFAULT_CONFIDENT_THRESHOLD));
      expect(match(paraphrase, 0.99)?.tier).toBe('possible');
    }
  });

  it('keeps the sentence offsets and quote it was given', () => {
    const text = claimText('belgium-issued-five-visas');
    const m = matchSentence({ start: 120, end: 120 + text.length, text }, parseFigures(text), index);
    expect(m).toMatchObject({ start: 120, end: 120 + text.length, text });
  });
});

describe('matchSentenceClaims', () => {
  const claimsOf = (text: string) =>
    matchSentenceClaims({ start: 0, end: text.length, text }, parseFigures(text, { year: 2026 }), index).map((m) => m.claimId);

  it('reports both claims of a sentence that states two', () => {
    expect(claimsOf('The EU has never recognised the Taliban, who returned to power in 2021.').sort()).toEqual(
      ['eu-does-not-recognise-taliban', 'taliban-took-power-2021'],
    );
    // The venue it names in passing comes with the claim on its facet, so that the figure is compared.
    expect(claimsOf('Belgium has granted five visas to the Taliban officials invited to Brussels by the European Commission.').sort()).toEqual(
      ['belgium-issued-five-visas', 'commission-invited-taliban', 'meeting-in-brussels'],
    );
  });

  it('lets a second claim use a word the first has an alternative for', () => {
    // "the meeting" already gives the first claim its meeting idea, so "technical" is the second's own.
    expect(claimsOf('The Commission called the meeting technical and said it did not mean recognising the Taliban.').sort()).toEqual(
      ['talks-called-technical', 'talks-not-recognition'],
    );
    // Without the meeting, "technical" is the only word for that idea in either claim: one claim.
    expect(claimsOf('The Commission said technical contacts did not mean recognising the Taliban.')).toEqual(['talks-not-recognition']);
  });

  it('lets a second claim in on the idea that makes it that claim, said in words of its own', () => {
    // The first claim (whom the returns target) holds "talks" only as its setting; the talks' purpose
    // needs the talks, and they are said in a word the first does not count.
    expect(claimsOf('The talks focused on sending back Afghans who have no right to stay in the EU.').sort()).toEqual(
      ['returns-target-rejected-asylum-seekers', 'talks-on-returning-afghans'],
    );
    // One of the words for the talks is enough, where the first claim's text has the other ("discussions").
    expect(claimsOf('The discussions centred on sending back Afghans who have no right to stay in the EU.').sort()).toEqual(
      ['returns-target-rejected-asylum-seekers', 'talks-on-returning-afghans'],
    );
    // Without the talks named, the purpose is no second claim.
    expect(claimsOf('Governments want to send back Afghans who have no right to stay in the EU.')).not.toContain('talks-on-returning-afghans');
  });

  it('needs the engagement itself for a rare direct engagement', () => {
    expect(claimsOf('Later: the first charter under a direct agreement with the Taliban, 20 offenders from Leipzig')).not.toContain('meeting-rare-direct-engagement');
    expect(claimsOf('It was a rare direct encounter between EU officials and the Taliban.')).toContain('meeting-rare-direct-engagement');
    // Wire copy says "the first time": a first meeting of the two is a direct one.
    const headline = 'Brussels welcomes Taliban envoys for the first time for deportation talks';
    const stated = matchSentenceClaims({ start: 0, end: headline.length, text: headline }, [], index).filter((m) => m.tier === 'confident');
    expect(stated.map((m) => m.claimId)).toContain('meeting-rare-direct-engagement');
    // A first of anything else, without the Taliban, is none (their idea is required).
    expect(claimsOf('For the first time, the Commission explained the talks to MEPs.')).not.toContain('meeting-rare-direct-engagement');
    expect(claimsOf('Member states met for the first time to discuss the talks.')).not.toContain('meeting-rare-direct-engagement');
  });

  it('reports up to four claims of a sentence that states that many', () => {
    const text = "Afghanistan's Taliban officials spent Tuesday in closed-door talks with the Commission in Brussels, the first time since the movement seized Kabul in 2021 that the EU has received its representatives.";
    expect(claimsOf(text)).toEqual(expect.arrayContaining(['taliban-took-power-2021', 'meeting-in-brussels', 'meeting-rare-direct-engagement', 'meeting-behind-closed-doors']));
  });

  it("states a two-part claim with either half, and prefers it whole", () => {
    // "Disapproved but could not block it": each half, with the minister and the invitation, is the claim.
    expect(claimsOf('He told parliament that Foreign Minister Maxime Prévot personally opposed the invitation.')).toContain('prevot-disapproves-cannot-block');
    expect(claimsOf('Mr Prévot said he could not stop the visit.')).toContain('prevot-disapproves-cannot-block');
    // Each half keeps its own polarity: denying the objection is no objection.
    const stated = (text: string) => matchSentenceClaims({ start: 0, end: text.length, text }, [], index).find((m) => m.claimId === 'prevot-disapproves-cannot-block');
    expect(stated('Prévot said he did not oppose the invitation.')?.confidence ?? 0).toBeLessThan(stated('Prévot said he opposed the invitation.')!.confidence);
    expect(stated('Prévot said he would block the visit.')).toBeUndefined();
    // An idiom's negation affirms, and one word of the half outside every negation is enough.
    expect(stated("Belgium's foreign minister made no secret of his opposition to the Commission's invitation.")).toBeDefined();
    expect(stated('Prévot said he disapproves of the invitation, while explaining that Belgium could not oppose it.')).toBeDefined();
    // Without the invitation (required), the minister's mood is no claim.
    expect(claimsOf('Maxime Prévot has not hidden his discomfort.')).not.toContain('prevot-disapproves-cannot-block');
    const half = claimsOf('Prévot said he opposed the invitation.');
    const whole = matchSentenceClaims({ start: 0, end: 70, text: 'Prévot said he opposed the invitation but could not block it.' }, [], index)[0];
    expect(half).toContain('prevot-disapproves-cannot-block');
    expect(whole.claimId).toBe('prevot-disapproves-cannot-block');
    expect(whole.confidence).toBeGreaterThan(matchSentenceClaims({ start: 0, end: 38, text: 'Prévot said he opposed the invitation.' }, [], index)[0].confidence);
  });

  it('reports one claim for a sentence that states one', () => {
    expect(claimsOf('Belgium issued five visas to the Taliban delegation.')).toEqual(['belgium-issued-five-visas']);
    expect(claimsOf('The Commission insists the talks are technical.')).toHaveLength(1);
  });

  it('never reports two versions of the same figure', () => {
    const matches = matchSentenceClaims(
      { start: 0, end: 60, text: 'The Taliban delegation met EU officials in Brussels on 23 June.' },
      parseFigures('The Taliban delegation met EU officials in Brussels on 23 June.', { year: 2026 }),
      index,
    );
    const facets = matches.map((m) => index.claims.find((c) => c.id === m.claimId)?.facet).filter(Boolean);
    expect(new Set(facets).size).toBe(facets.length);
  });

  it('gives the first claim as matchSentence does', () => {
    const text = 'The EU has never recognised the Taliban, who returned to power in 2021.';
    expect(claimsOf(text)[0]).toBe(matchSentence({ start: 0, end: text.length, text }, parseFigures(text, { year: 2026 }), index)?.claimId);
  });
});

/** The claims a sentence states, as `analyzeArticle` matches it (after `previous`, when given); `tier` keeps one tier only. */
function claimsOf(text: string, previous?: string, tier?: Match['tier']): string[] {
  const before = previous === undefined ? undefined : { start: 0, end: previous.length, text: previous };
  return matchSentenceClaims({ start: 0, end: text.length, text }, parseFigures(text), index, DEFAULT_CONFIDENT_THRESHOLD, before)
    .filter((m) => !tier || m.tier === tier)
    .map((m) => m.claimId);
}

describe('a figure that agrees with a claim', () => {
  const confidenceOf = (text: string, claimId: string) => {
    const figures = parseFigures(text, { grammar: index.figureGrammar, year: index.story.year });
    return matchSentenceClaims({ start: 0, end: text.length, text }, figures, index).find((m) => m.claimId === claimId)?.confidence ?? 0;
  };

  it("takes the story's subject as said, so a bare weekday dates the meeting", () => {
    expect(confidenceOf('The talks went ahead on Tuesday.', 'meeting-date-23-june-2026')).toBeGreaterThanOrEqual(DEFAULT_CONFIDENT_THRESHOLD);
    // Where another meeting's party is named, the figure is not the story's.
    expect(confidenceOf('The talks with Pakistan went ahead on Tuesday.', 'meeting-date-23-june-2026')).toBeLessThan(DEFAULT_CONFIDENT_THRESHOLD);
  });
});

describe('a short answer to the question before it', () => {
  const recognition = 'Does this mean the EU recognises the Taliban?';

  it("states what the question asks, with the answer's own polarity", () => {
    expect(claimsOf('Officially, no.', recognition)).toContain('talks-not-recognition');
    expect(claimsOf('The Commission and member states insist it is not.', 'Is this recognition?')).toContain('talks-not-recognition');
    // Alone, or after a statement, the answer states nothing.
    expect(claimsOf('Officially, no.')).toEqual([]);
    expect(claimsOf('Officially, no.', 'The EU and the Taliban met in Brussels.')).toEqual([]);
  });

  it('states nothing when it gives no idea or figure of its own', () => {
    expect(claimsOf('Yes.', 'Did Belgium issue five visas to the Taliban delegation?')).toEqual([]);
    expect(claimsOf('That is unclear.', recognition)).toEqual([]);
    // The venue alone is too little: the question's trip is not restated.
    const rhetorical = "Then why did the Taliban's own foreign ministry rush to call the trip a step towards closer relations?";
    expect(claimsOf('They understand what a seat in Brussels means.', rhetorical)).not.toContain('meeting-in-brussels');
  });

  it('takes its figure\'s facet from the question', () => {
    const article = plainTextToArticle(['What we know', 'Who was in the delegation?', 'According to Belgian officials, five men.'].join('\n\n'));
    const answer = analyzeArticle(article, index, { force: true }).matches.filter((m) => m.text === 'According to Belgian officials, five men.');
    expect(answer.map((m) => [m.claimId, m.facet, m.tier])).toContainEqual(['delegation-five-representatives', 'delegation.size', 'confident']);
  });

  it('is short: a long reply after a question is read on its own', () => {
    expect(answersQuestion('Officially, no.', recognition)).toBe(true);
    expect(answersQuestion('No, according to the Commission and EU governments, which say contacts are limited to practical questions.', recognition)).toBe(false);
    expect(answersQuestion('Is it?', recognition)).toBe(false);
  });
});

describe("a fact box's line after another", () => {
  const who = 'Who: five Taliban officials, invited by the European Commission';

  it("states a fact of the box's subject, which the line before names", () => {
    const match = (line: string) => matchSentenceClaims({ start: 0, end: line.length, text: line }, parseFigures(line, { year: 2026, grammar: index.figureGrammar }), index, undefined, { start: 0, end: who.length, text: who });
    expect(match('When: Tuesday 23 June 2026').map((m) => [m.claimId, m.relation])).toContainEqual(['meeting-date-23-june-2026', 'supports']);
    // A wrong date in the box is a conflict like any other.
    expect(match('When: Wednesday 24 June 2026').map((m) => [m.claimId, m.relation, m.tier])).toContainEqual(['meeting-date-23-june-2026', 'conflicts', 'confident']);
    // A line that gives nothing of its own states nothing.
    expect(match('Photo: Brussels Local')).toEqual([]);
  });

  it('is a short labelled line after another, not a dateline, a speaker or a question', () => {
    expect(continuesFactBox('When: Tuesday 23 June 2026', who)).toBe(true);
    expect(continuesFactBox("Belgium's role: issued the visas as host country", who)).toBe(true);
    // The first line of a box, or a line after prose, leans on nothing.
    expect(continuesFactBox('When: Tuesday 23 June 2026', 'The talks were closed to the press.')).toBe(false);
    expect(continuesFactBox('KABUL: The Islamic Emirate said the talks went well.', who)).toBe(false);
    expect(continuesFactBox('ALDRED: It did.', 'COLAS: And Belgium itself?')).toBe(false);
    expect(continuesFactBox('Next: what happens to the returnees?', who)).toBe(false);
    // A box about another event dates that event.
    expect(continuesFactBox('When: Saturday 27 June', "What: rally by Afghan women's groups against the Taliban visit")).toBe(false);
    expect(continuesFactBox('Background: the Commission says it organised the meeting at the request of a group of member states who wanted faster returns of rejected asylum seekers', who)).toBe(false);
  });
});

describe('required ideas', () => {

  it.each([
    // The claim's point is a negation: a sentence that affirms it states the opposite, not the claim.
    ['In July 2025 Russia went further than any other state and formally recognised the Taliban government.', 'eu-does-not-recognise-taliban'],
    // The claim is about what member states want first; a national deportation is another fact.
    ['Germany has flown 28 convicted Afghans to Kabul on a charter flight.', 'returns-prioritise-convicted-offenders'],
    // "The first deportation" counts deportations; it puts no one first.
    ['A charter left Leipzig with 28 convicted Afghan men on board, the first deportation to Afghanistan since 2021.', 'returns-prioritise-convicted-offenders'],
    // Women's rights named are no restriction stated.
    ["Women's rights campaigners under the Taliban joined the protest.", 'taliban-restrict-women-and-girls'],
    // A decision still to be made is the claim's point: visas issued are another fact (visas are entry permits).
    ['Belgium issued restricted one-day visas to a Taliban delegation for a meeting in Brussels.', 'belgium-entry-clearance-needed'],
    // "Restricted" visas from Belgium say nothing of where they are valid.
    ['Belgium issued restricted one-day visas to a Taliban delegation for a meeting in Brussels.', 'visas-limited-to-belgium'],
    // Sweden's pressing is the claim's point: a Swedish proposal is not it.
    ["Sweden's migration minister has proposed joint charter flights for deportees from several countries.", 'sweden-pressing-for-returns'],
    // "Human rights" in the name of the critics' organisations is no abuse condemned.
    ['Several human rights organisations criticised the meeting.', 'eu-condemns-taliban-abuses'],
    ["Rights groups criticised the move as at odds with the EU's line on the human rights situation under the Taliban.", 'eu-condemns-taliban-abuses'],
    // Amnesty's call is to drop the deportation plans: a protest, or someone else's demand, is not it.
    ['Amnesty activists unfurled a banner outside the Commission while a human rights federation demanded that the visitors be arrested.', 'amnesty-urges-dropping-deportation-plans'],
    // A warning against returns names the returns: a UN warning about the visit is another warning.
    ['The UN special rapporteur on Afghanistan warned that the visit would be an insult to Afghan women, above all.', 'unhcr-and-rights-groups-warn-against-returns'],
    // The invitation is the claim's point: the Commission, the Taliban and Brussels named together do not make one.
    ['Rights groups protested outside the European Commission in Brussels against the Taliban visit.', 'commission-invited-taliban'],
    // Hosting is the meeting taking place, not the invitation (as our labellers and probe 3's read it).
    ['The Commission hosted a Taliban delegation in Brussels.', 'commission-invited-taliban'],
    // Whom a report is credited to is no claim without what it reported (the visas).
    ['Taliban envoys met EU officials in Brussels on Tuesday for the first time, according to Reuters.', 'reuters-reported-visas-22-june'],
  ])('%s is not %s', (text, claimId) => {
    expect(claimsOf(text)).not.toContain(claimId);
  });

  it.each([
    ['No EU country recognises the Taliban government.', 'eu-does-not-recognise-taliban'],
    ['Member states particularly want to return Afghans convicted of serious crimes.', 'returns-prioritise-convicted-offenders'],
    ['A Belgian visa is still needed before the Taliban delegation can come to the meeting.', 'belgium-entry-clearance-needed'],
    ['Belgian officials said the visas did not extend beyond Belgian territory.', 'visas-limited-to-belgium'],
    // How reporters name the critics.
    ['Human rights advocates voice concerns over legitimising the regime.', 'critics-warn-of-normalisation'],
    ['The Taliban have barred girls from secondary school and women from most jobs.', 'taliban-restrict-women-and-girls'],
    // How reporters say "pressing for".
    ['Sweden has been one of the loudest voices for tougher returns.', 'sweden-pressing-for-returns'],
    ['The Commission hosted a Taliban delegation in Brussels.', 'meeting-in-brussels'],
    ['Reuters was first to report that Belgium had granted the Taliban visas.', 'reuters-reported-visas-22-june'],
    // A decision or a plan to host is the invitation; a host country's duties are Prévot's point.
    ["Rights groups condemned the Commission's decision to host a Taliban delegation in Brussels.", 'commission-invited-taliban'],
    ['The EU is planning to host Taliban officials in Brussels for talks.', 'commission-preparing-invitation'],
    // A headline's verb of getting ready, and the visit the Commission gets ready for.
    ['Commission readies first Taliban visit to Brussels as returns push gathers pace', 'commission-preparing-invitation'],
    ['The foreign minister says the rules for a host country leave him no way to keep the Taliban out.', 'prevot-disapproves-cannot-block'],
    // How reporters say "no legal right to stay".
    ['Governments want Afghans who lack legal status sent home faster, and that is what the talks are for.', 'returns-target-rejected-asylum-seekers'],
    ['Officials say the session is about deporting Afghans lacking residency status in Europe.', 'returns-target-rejected-asylum-seekers'],
    // How reporters say the Taliban show the meeting off at home.
    ['Taliban media hailed the Brussels visit as a diplomatic milestone.', 'taliban-seek-legitimacy'],
    ['Back home, the Taliban will present the talks as a diplomatic success.', 'taliban-seek-legitimacy'],
  ])('%s still states %s, confidently', (text, claimId) => {
    expect(claimsOf(text, undefined, 'confident')).toContain(claimId);
  });
});

describe('the Kabul mission told by the states that sent it', () => {
  // The mission's officials came from member states: naming those states names the European side.
  it('reads officials of "those states" in Kabul as the mission, its month against January', () => {
    expect(match('Officials representing those states spent three days in Kabul in February meeting Taliban ministries.')).toMatchObject({
      claimId: 'kabul-mission-january-2026',
      relation: 'conflicts',
      tier: 'confident',
    });
  });
});

describe('another meeting', () => {

  it.each([
    // Another party's meeting in Brussels: its date and venue are not the story's.
    ["China's commerce minister will come to Brussels on 29 June for trade talks with the Commission.", 'meeting-date-late-june-2026'],
    ["Pakistan's interior minister will meet Commission officials in Brussels on 30 June to discuss readmission.", 'meeting-date-late-june-2026'],
    ['A Bangladeshi delegation of five officials was invited to Brussels for the visit.', 'delegation-five-representatives'],
    ['Iraqi envoys were invited to Brussels for talks with the Commission on returns.', 'commission-invited-taliban'],
    // A claim that does not name the subject cannot show that a sentence about another country's returns is about the story.
    [
      'The UN refugee agency counted 1.2 million Afghans who went back to Afghanistan last year, most of them forced out of Iran and Pakistan.',
      'unhcr-and-rights-groups-warn-against-returns',
    ],
    // Another venue and not the story's city: another meeting's date, though the Taliban were there.
    ['In September 2025 Taliban representatives came to Vienna, where detainees were presented to them.', 'meeting-date-25-june-2024'],
    ['In September 2025 Taliban representatives came to Vienna, where detainees were presented to them.', 'meeting-date-23-june-2026'],
    // Another capital named by its country ("the Norwegian capital") is another venue as its name is.
    ['In January 2022 a 15-strong delegation under Amir Khan Muttaqi spent three days in the Norwegian capital.', 'delegation-five-representatives'],
    // A timeline's entry for another meeting: its date labels that meeting, not the story's.
    ['Feb 2026 — Taliban interior and intelligence officials visit Vienna', 'meeting-date-23-june-2026'],
    // "Reception centres" are buildings: only talks "centred on" something have a focus.
    ['More than 2,800 Afghans awaiting deportation still live in Belgian reception centres.', 'talks-on-returning-afghans'],
    // Another occasion (`otherOccasions`): what a minister said at a ministers' meeting is no part of the talks' agenda.
    ['Speaking on the sidelines of an informal meeting of EU interior ministers, he said deporting Afghans without travel documents was impossible.', 'talks-on-returning-afghans'],
  ])('%s is not %s', (text, claimId) => {
    expect(claimsOf(text)).not.toContain(claimId);
  });

  it.each([
    // The subject named: the other place is context.
    ['The Taliban delegation, fresh from talks in Doha, met Commission officials in Brussels on 23 June.', 'meeting-date-23-june-2026'],
    // A route or an origin is no other meeting.
    ['The five-member delegation travelled to Brussels via Turkey for the talks.', 'delegation-five-representatives'],
    // An outlet or a place where someone spoke is no other meeting either.
    ['Belgium issued five visas to the delegation, the Washington Post reported.', 'belgium-issued-five-visas'],
    ['Belgium issued five visas to the delegation, a spokesman said in New York.', 'belgium-issued-five-visas'],
    // A place the claim itself names is no other meeting's: Stockholm is Sweden's.
    ['Stockholm has long pushed hardest for tougher returns of Afghans.', 'sweden-pressing-for-returns'],
    // The story's institutions named: the other venue is an earlier round, beside the point.
    ['Taliban envoys met EU officials on 23 June, after earlier rounds in Doha.', 'meeting-date-23-june-2026'],
    // A state set beside the subject is not the sentence's actor.
    ["The visas were valid for one day only, unlike Germany's long-term permits.", 'visas-valid-one-day'],
    // The story's city named too: the other venue is beside the point.
    ['After talks in Vienna, Taliban officials met EU officials in Brussels on 23 June.', 'meeting-date-23-june-2026'],
  ])('%s still states %s', (text, claimId) => {
    expect(claimsOf(text)).toContain(claimId);
  });

  it('takes the subject from the sentence before when this one points back to it', () => {
    expect(claimsOf('They were five envoys.')).toContain('delegation-five-representatives');
    const text = 'They were five envoys, fresh from meetings in Doha.';
    expect(claimsOf(text)).not.toContain('delegation-five-representatives');
    expect(claimsOf(text, 'The Taliban sent a delegation to Brussels for the talks with the Commission.')).toContain('delegation-five-representatives');
  });
});

describe('a state acting on its own', () => {
  it.each([
    ['Austria carried out its first removal in October, flying a convicted sex offender to Kabul.', 'returns-prioritise-convicted-offenders'],
    ['In October the country sent its first deportee to Afghanistan, a man convicted of rape.', 'returns-prioritise-convicted-offenders'],
    // After a lead-in closed by a colon, the statement opens with the state.
    ['Some governments are already acting alone: Germany has flown convicted Afghans to Kabul twice.', 'returns-prioritise-convicted-offenders'],
    ['Some governments are already acting alone: Germany has flown convicted Afghans to Kabul twice.', 'talks-on-returning-afghans'],
    // The state's own doing wherever the sentence names it as owner.
    ["Leipzig/Halle airport, departure point for Germany's charter flights to Kabul.", 'talks-cover-flights-and-kabul-airport'],
    // "One of" what is no group of states.
    ['Austria carried out its first removal in October, one of the first in Europe, flying a convicted sex offender to Kabul.', 'returns-prioritise-convicted-offenders'],
  ])('%s is not %s', (text, claimId) => {
    expect(claimsOf(text)).not.toContain(claimId);
  });

  it.each([
    // A claim that names the state.
    ['Sweden has been one of the loudest voices for tougher returns.', 'sweden-pressing-for-returns'],
    // The EU's institutions or the meeting named: the story's after all.
    ['Germany and Austria urged the Commission to deport convicted Afghans first.', 'returns-prioritise-convicted-offenders'],
    ['The push came from the capitals: Germany and Austria urged the Commission to deport convicted Afghans first.', 'returns-prioritise-convicted-offenders'],
    // The state acting with others (`nationalActors.together`): one of twenty governments writing.
    ['Germany signed the letter twenty European governments sent to migration commissioner Magnus Brunner last October.', 'states-urging-commission-nearly-20'],
    ['The Netherlands was one of 20 countries that signed a letter last October urging Migration Commissioner Magnus Brunner to make returns to Afghanistan a shared task.', 'states-urging-commission-nearly-20'],
    ['Germany was among the 20 countries whose ministers wrote to Migration Commissioner Magnus Brunner last October.', 'states-urging-commission-nearly-20'],
    // Only a name owns: "the country's borders" are no state's own doing.
    ['Deportations cannot work without Taliban cooperation, since the movement controls the country’s borders, its airport and identity papers.', 'returns-need-taliban-cooperation'],
  ])('%s still states %s', (text, claimId) => {
    expect(claimsOf(text)).toContain(claimId);
  });
});

describe('an earlier statement', () => {
  it.each([
    'Earlier this year he said Belgium would not, on principle, grant visas to Taliban representatives.',
    'Talking to the Taliban at a technical level was never easy, he told a broadcaster last year.',
    'Ursula von der Leyen spoke then of "operational contacts" needed to get people out.',
    'Josep Borrell, then the EU\'s foreign policy chief, said Europe would have to talk to the Taliban.',
    'At the time, the minister said he would never let Taliban envoys into Belgium.',
  ])('%j reports an earlier statement', (text) => {
    expect(reportsEarlierStatement(text)).toBe(true);
  });

  it.each([
    // Said now, of an earlier time.
    'Belgium, which led the push by 20 countries last year, says offenders remain its priority.',
    // "by then" and "until then" are the story's own time.
    'He said all five delegates had applied by then.',
    'Officials said the talks had been technical until then.',
    // A condition's "then".
    'He said that if the visas were issued, then the talks would go ahead.',
    'Belgium issued five visas on Monday, a spokesman said.',
  ])('%j does not', (text) => {
    expect(reportsEarlierStatement(text)).toBe(false);
  });

  it('states no event of the story, but a background fact still', () => {
    expect(claimsOf('Belgium granted five visas to the Taliban delegation.')).toContain('belgium-issued-five-visas');
    expect(claimsOf('Earlier this year he said Belgium would not, on principle, grant visas to Taliban representatives.')).not.toContain('belgium-issued-five-visas');
    expect(claimsOf('At the time, a Commission official said the EU had never recognised the Taliban.')).toContain('eu-does-not-recognise-taliban');
  });
});

describe("reporters' own words for a claim's ideas", () => {
  it('know the other words reporters use for "technical": practicalities, not procedures', () => {
    // "Procedures" are as often what the talks are about ("readmission procedures") as what they were called.
    expect(claimsOf('Watch whether the meeting agrees any readmission procedures.')).not.toContain('talks-called-technical');
    expect(claimsOf('The Commission kept saying the meeting was about the practicalities of returns, nothing political.')).toContain('talks-called-technical');
  });

  it('read a first engagement told as the EU hosting the Taliban', () => {
    expect(claimsOf('For the first time, the bloc hosted Taliban officials at its headquarters.')).toContain('meeting-rare-direct-engagement');
  });

  it('read a delegation "from Kabul" as the Taliban\'s, beside another country named', () => {
    expect(claimsOf('A five-member delegation from Kabul held talks in Brussels, a step that contrasts with Pakistan\'s own returns drive.')).toContain('delegation-five-representatives');
  });

  it('read a takeover told as the Taliban entering Kabul', () => {
    expect(claimsOf('Taliban fighters walked into Kabul in August 2021.')).toContain('taliban-took-power-2021');
    expect(claimsOf('Five years have passed since the Taliban entered Kabul in 2021.')).toContain('taliban-took-power-2021');
  });
});

describe('words that say too little on their own', () => {
  it('"power" is no oppression, and a session that is closed is no closed-door meeting', () => {
    expect(claimsOf('Sponsored message: a two-day forum on grids, storage and cross-border power.')).not.toContain('coalition-wrong-signal');
    expect(claimsOf('The invitation sends the wrong signal to rulers who use power to suppress their people.')).toContain('coalition-wrong-signal');
    expect(claimsOf('The chair thanked the speakers, and the session is now closed.')).not.toContain('meeting-behind-closed-doors');
    expect(claimsOf('The technical session was held behind closed doors.')).toContain('meeting-behind-closed-doors');
  });
});

describe('wordings that hold a negation', () => {
  it('keep it: "not political" needs a negated sentence, and "practical" is not "technical"', () => {
    expect(claimsOf('A senior political official of the Taliban said the visit would widen practical cooperation.')).not.toContain('talks-called-technical');
    expect(claimsOf('The Commission said the talks were technical, not political.')).toContain('talks-called-technical');
  });

  it('read "lacking" as a negation', () => {
    expect(claimsOf('He disapproves of the invitation while lacking the power to prevent it.')).toContain('prevot-disapproves-cannot-block');
  });
});

describe("a negation's reach", () => {
  const confidence = (text: string, claimId: string) =>
    matchSentenceClaims({ start: 0, end: text.length, text }, parseFigures(text), index).find((m) => m.claimId === claimId)?.confidence ?? 0;

  it.each([
    // The negation is the relative clause's: the issuing stands.
    ['Belgium issued five visas to the Taliban delegation, which did not allow travel to other Schengen countries.', 'belgium-issued-five-visas', 'ignores'],
    // A negated verb reaches over a comma to what it negates…
    ['Belgium would not, on principle, grant visas to Taliban representatives.', 'belgium-issued-five-visas', 'marks down'],
    // …and back over its clause's subject.
    ['Calling the meeting with the Taliban a technical one does not make it a technical discussion on migration.', 'talks-called-technical', 'marks down'],
    // A negated verb coordinated by "and" denies its own phrase, not the one before it.
    ['The Commission says the meeting with the Taliban was technical and does not mean recognition.', 'talks-called-technical', 'ignores'],
    // "not yet" is one negated verb, not a clause break at "yet".
    ['The ministry said it has not yet issued five visas to the Taliban delegation.', 'belgium-issued-five-visas', 'marks down'],
    // "without" denies only what follows it.
    ['The Commission named the return of Afghans without a right to stay as the main topic of the talks with the Taliban.', 'talks-on-returning-afghans', 'ignores'],
  ])('%s: the polarity penalty %s %s', (text, claimId, effect) => {
    const withPenalty = confidence(text, claimId);
    const tuning = MATCH_TUNING as { polarityPenalty: number };
    const penalty = tuning.polarityPenalty;
    let withoutPenalty: number;
    try {
      tuning.polarityPenalty = 1;
      withoutPenalty = confidence(text, claimId);
    } finally {
      tuning.polarityPenalty = penalty;
    }
    expect(withPenalty).toBeGreaterThan(0);
    if (effect === 'ignores') expect(withPenalty).toBe(withoutPenalty);
    else expect(withPenalty).toBeLessThan(withoutPenalty);
  });

  it('finds a claim\'s negation idea only where the negation reaches what the claim denies', () => {
    // "not" denies the technical cooperation here, not the legitimacy: no non-recognition claim.
    const contrast = 'An MEP said the Taliban were seeking legitimacy, not technical cooperation.';
    expect(confidence(contrast, 'talks-not-recognition')).toBeLessThan(DEFAULT_CONFIDENT_THRESHOLD);
    expect(confidence('The Commission says the technical contacts with the Taliban do not mean recognition.', 'talks-not-recognition')).toBeGreaterThanOrEqual(DEFAULT_CONFIDENT_THRESHOLD);
    expect(confidence('Recognition of the Taliban is not on the table, officials said of the meeting.', 'talks-not-recognition')).toBeGreaterThanOrEqual(DEFAULT_CONFIDENT_THRESHOLD);
  });

  it('reads a bare negation as denying that the talks are recognition only where the talks share its clause', () => {
    // The negation is on the EU's recognising; the talks are in a clause of their own.
    const apart = [
      'The EU does not officially recognise the Taliban administration, but the Commission invited its representatives for discussions.',
      'The Commission invited the officials for talks on deportations, despite the bloc not recognising the Taliban.',
      'The Commission invited the officials for talks on deportations -- the bloc does not recognise the Taliban.',
    ];
    for (const text of apart) {
      expect(claimsOf(text), text).not.toContain('talks-not-recognition');
      expect(claimsOf(text), text).toContain('eu-does-not-recognise-taliban');
    }
    expect(claimsOf('Officials stressed that the meeting was no recognition of the Taliban, whatever critics say.')).toContain('talks-not-recognition');
    expect(claimsOf('The Commission said the talks were technical and no step towards recognising the Taliban.')).toContain('talks-not-recognition');
  });

  it('reads the clauses that hold a negation, and no others', () => {
    const stems = negatedClauseStems('The EU does not recognise the Taliban, but it invited them for talks; critics object.');
    expect(stems.has(phraseStems('recognise')[0])).toBe(true);
    expect(stems.has(phraseStems('talks')[0])).toBe(false);
    expect(stems.has(phraseStems('critics')[0])).toBe(false);
    expect(negatedClauseStems('The talks were not only technical but political.').size).toBe(0);
  });

  it('reads any negation as agreeing with a claim that is itself a denial', () => {
    // "cannot shut the door" is none of the claim's wordings, yet states its "cannot block".
    expect(confidence('Prévot opposes the Taliban invitation but says Belgium cannot shut the door to it.', 'prevot-disapproves-cannot-block')).toBeGreaterThanOrEqual(DEFAULT_CONFIDENT_THRESHOLD);
  });
});

describe('what each named weight does', () => {
  const tuning = MATCH_TUNING;
  const outcome = (text: string) =>
    matchSentenceClaims({ start: 0, end: text.length, text }, parseFigures(text), index).map((m) => `${m.claimId}:${m.tier}`);

  // Each row: a weight, a neutral value for it, a sentence, what the sentence gives with the weight and without it.
  it.each<[string, number, string, string[], string[]]>([
    ['figureRank', 0, 'In the spring, the Commission was still only reported to be preparing an invitation.',
      ['meeting-date-before-summer:confident', 'commission-preparing-invitation:confident'], ['commission-preparing-invitation:confident', 'meeting-date-before-summer:confident']],
    ['evidenceRank', 0, 'Sweden wants the EU to take a harder line on deportations.',
      ['sweden-pressing-for-returns:confident', 'eu-hardening-return-policy:confident'], ['eu-hardening-return-policy:confident', 'sweden-pressing-for-returns:confident']],
    ['sentenceRank', 0, 'Several EU governments have pressed Brussels to speed up removals of Afghans with no right to stay.',
      ['member-states-push-faster-returns:confident', 'returns-target-rejected-asylum-seekers:confident'], ['returns-target-rejected-asylum-seekers:confident', 'member-states-push-faster-returns:confident']],
    ['placeShare', 1, 'Islamic Emirate delegation in Brussels: what it means for Afghans in Europe', ['meeting-in-brussels:possible'], ['meeting-in-brussels:confident']],
    ['agreementBonus', 0, 'Taliban representatives met European Commission officials on Tuesday to discuss bringing Afghans back from Europe.',
      ['meeting-date-23-june-2026:confident'], ['meeting-date-23-june-2026:possible']],
    ['minGroupsFound', 1, 'Dignified, they said.', [], ['dignified-returns:possible']],
    ['attestationBonus', 0, 'A Taliban delegation met Commission officials in Brussels on Tuesday.',
      ['meeting-in-brussels:confident', 'meeting-date-23-june-2026:confident'], ['meeting-date-23-june-2026:confident', 'meeting-in-brussels:confident']],
    ['questionPenalty', 1, 'Did Belgium issue five visas to the Taliban delegation?', ['belgium-issued-five-visas:possible'], ['belgium-issued-five-visas:confident']],
    ['moreClaims', 1, 'Officials of the Taliban government spent Tuesday in closed-door talks with the European Commission in Brussels, four years after the movement seized power in 2021.',
      ['taliban-took-power-2021:confident', 'meeting-in-brussels:confident', 'meeting-behind-closed-doors:confident', 'meeting-date-23-june-2026:confident'],
      ['taliban-took-power-2021:confident', 'meeting-in-brussels:confident', 'meeting-date-23-june-2026:confident']],
    ['backgroundRank', 0, 'He also insisted the visit did not amount to recognition of the Taliban, either by the EU or by Belgium.',
      // Both are stated ("either by the EU"); the story's claim comes first.
      ['talks-not-recognition:confident', 'eu-does-not-recognise-taliban:confident'], ['eu-does-not-recognise-taliban:confident', 'talks-not-recognition:confident']],
  ])('%s', (key, neutral, sentence, withIt, withoutIt) => {
    expectTuningEffect(tuning, key, neutral, () => outcome(sentence), withIt, withoutIt);
  });
});

describe('one word, one idea', () => {
  it('lets a word the claim lists under two ideas give only one of them', () => {
    // "Brussels" is the inviter and the place in the invitation claim; "hosts" its invitation.
    expect(claimsOf('Host Tom Aarts is joined by our Brussels correspondent and a migration researcher.')).toEqual([]);
    // Named twice, it gives both.
    expect(claimsOf('The European Commission invited Taliban representatives to Brussels.')).toContain('commission-invited-taliban');
  });

  it('leaves a word inside a phrase to the phrase', () => {
    expect(claimsOf('Germany and Austria urged the Commission to deport convicted Afghans first.')).toContain('returns-prioritise-convicted-offenders');
  });
});

describe('versions of one claim', () => {
  const outcome = (text: string) =>
    matchSentenceClaims({ start: 0, end: text.length, text }, parseFigures(text, { grammar: index.figureGrammar, year: index.story.year }), index).map((m) => `${m.claimId}:${m.tier}`);

  it("take the version the sentence's figure agrees with, not the one whose text shares more of its words", () => {
    // "Sources expected the talks before the summer" shares "sources" and "take place"; "Tuesday" fits only 23 June.
    expect(outcome('EU sources said the meeting would take place on Tuesday.')).toEqual(['meeting-date-23-june-2026:confident']);
  });

  it('never report the outlier version where the figure fits a better-attested one as well', () => {
    // "met … on Tuesday" shares more words with the 2024 slip's text, but Tuesday is also 23 June 2026.
    const got = outcome('The five-member delegation met representatives of the European Commission on Tuesday.');
    expect(got[0]).toBe('delegation-five-representatives:confident');
    expect(got).toContain('meeting-date-23-june-2026:possible');
    expect(got.some((m) => m.startsWith('meeting-date-25-june-2024'))).toBe(false);
  });
});

describe('a wording of several words', () => {
  /** One wording, "Afghan authorities", as the matcher's postings hold it. */
  const stems = phraseStems('Afghan authorities');
  const wordings = {
    postings: new Map(stems.map((stem) => [stem, [0]])),
    claim: Int32Array.from([0]),
    group: Int32Array.from([0]),
    size: Int32Array.from([stems.length]),
    stems: [stems],
    slot: Int32Array.from([0]),
    slotBase: Int32Array.from([0, 1]),
  };
  const found = (text: string) => wordingsFound(wordings, sentenceTerms(text, index)).claims.length > 0;

  it('is found where its words stand together, in either order and with a few words between', () => {
    expect(found('The Afghan authorities sent five envoys.')).toBe(true);
    expect(found("Authorities in the Taliban's Afghan capital confirmed it.")).toBe(true);
    expect(found("The movement's Afghan and foreign-ministry authorities confirmed it.")).toBe(true);
  });

  it('is not found where its words are a clause apart', () => {
    expect(found('Belgian authorities said on Monday that more than half of all Afghan asylum claims are turned down.')).toBe(false);
  });

  it('reads "Taliban officials asked to come" through a possessive without counting its "s" as a word', () => {
    const text = "Now the European Commission has asked the movement's officials to come to Brussels for talks.";
    expect(matchSentenceClaims({ start: 0, end: text.length, text }, [], index).map((m) => m.claimId)).toContain('commission-invited-taliban');
  });
});

describe('a word and its preposition', () => {
  const urgingTerms = (text: string) => matchSentenceClaims({ start: 0, end: text.length, text }, parseFigures(text), index).find((m) => m.claimId === 'states-urging-commission-nearly-20')?.evidence.terms ?? [];

  it('urge only together: "called on" and "asked for" urge, "calls this" names', () => {
    expect(urgingTerms('Nearly twenty member states called on the Commission to engage with Kabul.')).toContain('urged');
    expect(urgingTerms('Twenty member states asked for talks with Kabul, the Commission said.')).toContain('urged');
    expect(urgingTerms("Nearly twenty member states call the Commission's approach towards Kabul a failure.")).not.toContain('urged');
    expect(claimsOf('From Kabul, an official of the Taliban foreign ministry calls this the first trip to Brussels by a delegation of their government.')).not.toContain('states-urging-commission-nearly-20');
  });
});

describe('condemnation is not the claim that a line was crossed', () => {
  it('takes "intolerable" for the activists\' claim, but not "shameful", which any critic says', () => {
    expect(claimsOf('Some activists called the invitation simply intolerable.')).toContain('activists-call-move-intolerable');
    expect(match('Activists held up a "shame" banner outside, and campaigners called the invitation shameful.')?.tier).not.toBe('confident');
  });
});

describe('a condition', () => {
  it('must be expressed, so "the talks concern rejected asylum seekers" states the claim and a minister on asylum statistics does not', () => {
    expect(claimsOf('The talks concern Afghans whose asylum claims were rejected and who must be returned.')).toContain('returns-target-rejected-asylum-seekers');
    expect(claimsOf('The minister has said more than half of Afghan asylum applications are now rejected and those people must be returned.')).not.toContain('returns-target-rejected-asylum-seekers');
  });

  it('weighs nothing: a sentence about the agenda is not made about the returns\' target by naming the agenda', () => {
    const claim = index.claims.find((c) => c.id === 'returns-target-rejected-asylum-seekers')!;
    const [g] = claim.conditions ?? [];
    expect(g).toBeDefined();
    expect(matcherIndexOf(index).groupWeights[index.claims.indexOf(claim)][g]).toBe(0);
  });
});

describe('a sentence that points back', () => {
  it.each([
    ['They insisted it was purely practical.', true],
    ['And it insists, again and again, that none of this amounts to recognition.', true],
    ['But the visas were valid for one day only.', true],
    ['So was the question of what happens to returnees once they land.', true],
    ['Nor did the Commission say when the next round would be.', true],
    ['So far, no agreement has been announced.', false],
    // "the" and one of the story's nouns, one word between.
    ['The five-member delegation met Commission officials on Tuesday.', true],
    ['The European Commission said nothing more.', false],
    ['The first meeting took place in Doha.', false],
    ['The Belgian foreign ministry was not consulted.', false],
    ['And Belgium issued the visas on Monday.', false],
    ['ensure that no contact takes place with any person under an arrest warrant.', false],
  ])('%j: %s', (text, expected) => {
    expect(refersBack(text, index.story.referBack)).toBe(expected);
  });
});

describe('meetings in general', () => {
  it.each([
    'Every "technical" meeting delivers a little of that.',
    'Expect more "technical" meetings, and more protests.',
  ])('%j names no meeting of the story', (text) => {
    expect(claimsOf(text)).not.toContain('talks-called-technical');
  });

  it('keeps the meeting the sentence is about', () => {
    expect(claimsOf('The Commission called the meeting "technical".')).toContain('talks-called-technical');
    // After a determiner, "most" compares: "their most significant talks" are the story's.
    expect(sentenceTerms('Taliban envoys held their most significant talks with EU officials.', index).stems.has(phraseStems('talks')[0])).toBe(true);
    // The quantifier reaches one word, so a later meeting noun is the story's again.
    const { stems } = sentenceTerms('More officials attended the technical meeting.', index);
    expect(stems.has(phraseStems('meeting')[0])).toBe(true);
  });
});

describe("the story's names", () => {
  const security = phraseStems('security')[0];

  it('takes no idea from the words of a named body', () => {
    expect(sentenceTerms('Checks by the State Security Service found nothing.', index).stems.has(security)).toBe(false);
    expect(claimsOf('Belgium issued the visas after the State Security Service vetted the five Afghans it returns.')).not.toContain('returns-include-security-risks');
  });

  it('reads the same words written as a common noun', () => {
    expect(sentenceTerms('They are a threat to state security.', index).stems.has(security)).toBe(true);
    // A headline in Title Case capitalises common nouns too.
    expect(sentenceTerms('Afghans Who Pose A State Security Risk Among Those EU Seeks To Return', index).stems.has(security)).toBe(true);
    // The words after the name keep their positions: "service" is still the word after the name.
    const { positions } = sentenceTerms('The State Security Service vetted them.', index);
    expect(positions.get(phraseStems('vetted')[0])).toEqual([4]);
  });

  it('takes no idea from a set phrase, in any case', () => {
    const returns = phraseStems('return')[0];
    expect(sentenceTerms('It was billed as a return visit.', index).stems.has(returns)).toBe(false);
    expect(sentenceTerms('Such return visits are common in diplomacy.', index).stems.has(returns)).toBe(false);
    expect(sentenceTerms('In return, Kabul would speed up identification.', index).stems.has(returns)).toBe(false);
    expect(sentenceTerms('Ministers Plan A Return Visit To Kabul', index).stems.has(returns)).toBe(false);
    expect(sentenceTerms('Talks in returning migrants stalled.', index).stems.has(phraseStems('returning')[0])).toBe(true);
    expect(claimsOf('Her office presented the Brussels meeting with the Taliban as a return visit after officials went to Kabul.')).not.toContain('talks-on-returning-afghans');
  });

  it("takes no one-word idea from a word said only inside an idiom, and the idiom's own wordings still read it", () => {
    const returns = phraseStems('return')[0];
    const idiomOnly = 'The Taliban envoys are making their first visit to Europe since their return to power, and Afghan exiles plan protests.';
    expect(sentenceTerms(idiomOnly, index).bound?.has(returns)).toBe(true);
    expect(claimsOf(idiomOnly)).not.toContain('talks-on-returning-afghans');
    // "returned to power" is the takeover's own wording; "power" is an idea of its own as ever.
    expect(claimsOf('The Taliban returned to power in August 2021.')).toContain('taliban-took-power-2021');
    // The same word outside the idiom is read.
    const both = 'Since the Taliban returned to power, talks on the return of Afghans have stalled.';
    expect(sentenceTerms(both, index).bound).toBeUndefined();
    expect(claimsOf('The Taliban delegation met Commission officials to discuss the return of Afghans, the first visit since the movement returned to power.')).toContain('talks-on-returning-afghans');
    // The takeover told as the Taliban's return, with no "power".
    expect(claimsOf('The Taliban envoys are making their first visit to Europe since the return of the Taliban in 2021, and Afghan exiles plan protests.')).not.toContain('talks-on-returning-afghans');
    expect(sentenceTerms("It is the first visit since the Taliban's return in 2021.", index).bound?.has(returns)).toBe(true);
    // "The Taliban's return commitments" are about returns: only the takeover's "since the Taliban's return" is the idiom.
    expect(sentenceTerms("Officials discussed the Taliban's return commitments for Afghans with no right to stay.", index).bound).toBeUndefined();
  });
});
