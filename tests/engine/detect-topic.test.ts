import { describe, expect, it } from 'vitest';
import { loadIndexFromSeeds } from '@/src/cli/load-index-data';
import { detectTopic } from '@/src/engine/gate/detect-topic';
import { analyzeArticle } from '@/src/engine/analyze';
import { plainTextToArticle } from '@/src/extract/plain-text-to-article';

/** The whole gate: the cheap first half, then the claims the page states. */
const verdictOf = (title: string, text: string) => analyzeArticle(plainTextToArticle(`${title}\n\n${text}`), index).topic;

/**
 * The gate. Every text here was written for this test: short on-topic briefs in different
 * registers, and near misses that share words with the story but are about something else.
 */
const index = loadIndexFromSeeds();

/** The label the gate reports for a story signal, looked up so the tests follow label edits. */
function label(id: string): string {
  const signal = index.story.signals.find((s) => s.id === id);
  if (!signal) throw new Error(`seeds/story.json has no signal "${id}": update this test's table`);
  return signal.label;
}

const ON_TOPIC: [register: string, title: string, text: string][] = [
  [
    'wire brief',
    'Belgium admits Taliban envoys for Brussels returns talks',
    'The European Commission invited a Taliban delegation to Brussels for a technical meeting on deporting Afghans. ' +
      'Belgium gave the Taliban visitors short visas so the talks could go ahead. ' +
      'Rights groups say sending Afghans back to Taliban rule puts women and critics at risk of persecution.',
  ],
  [
    'explainer',
    'Why is the EU talking to the Taliban about deportations?',
    'Member states want Afghans with no right to stay returned, and the Commission says that needs talks with the Taliban in Brussels. ' +
      'The meeting with the Taliban delegation is meant to settle papers and flights for deportation. ' +
      'Officials insist the visit is no recognition of the Taliban, while Amnesty warns of legitimacy.',
  ],
  [
    'local report',
    'Taleban delegates arrive in Brussels',
    'A small Taleban delegation came to Brussels on a Belgian visa for talks with the European Commission. ' +
      'The Commission wants help with the return of Afghan asylum seekers whose claims failed. ' +
      'Belgian politicians protested that the invitation hands the Taleban legitimacy.',
  ],
  [
    'brief framed from Kabul, never naming Brussels',
    'Islamic Emirate delegation holds talks in European capital',
    'A delegation of the Islamic Emirate travelled to the European capital this week for talks with European Union officials on the return of Afghan migrants, the foreign ministry spokesman said on Wednesday. ' +
      'He said the visit was the first of its kind and that both sides agreed to continue contacts.',
  ],
  [
    "minister's objection",
    'Prévot: I cannot stop the Taliban visit',
    'Belgian foreign minister Maxime Prévot said on Monday he did not approve of the Taliban visit but had no legal grounds to refuse the visas, because the invitation came from the European Commission.',
  ],
];

/** Near misses: the required signals each lacks and some it has, by id. */
const NEAR_MISSES: [story: string, title: string, text: string, lacks: string[], has: string[]][] = [
  [
    'EU–Tunisia migration deal',
    'EU and Tunisia seal migration pact in Brussels',
    'The European Commission and Tunisia signed a migration deal at a meeting in Brussels. ' +
      'The money should cut boat departures and speed up the return of migrants whose asylum claims fail. ' +
      'A Tunisian delegation met Commission officials for the talks.',
    ['taliban'],
    ['eu-institutions', 'returns', 'meeting'],
  ],
  [
    'Taliban decree at home',
    'Taliban extend ban on girls at secondary school',
    'The Taliban announced in Kabul that girls stay barred from secondary school for another year. ' +
      'Women also face new limits on working in offices. ' +
      'Human rights groups condemned the decree.',
    ['eu-institutions', 'returns', 'meeting'],
    ['taliban'],
  ],
  [
    'UN meeting on Afghanistan in Doha',
    'UN convenes Afghanistan envoys in Doha',
    'United Nations envoys met a Taliban delegation in Doha to talk about aid for Afghanistan. ' +
      "Women's rights were raised by several special envoys. " +
      'The meeting ended without a joint statement.',
    ['eu-institutions', 'returns'],
    ['taliban', 'meeting'],
  ],
  [
    'EU–China talks in Brussels',
    'EU and China hold trade talks in Brussels',
    'A Chinese delegation met European Commission officials in Brussels for talks on trade. ' +
      'The meeting covered electric cars and steel tariffs. ' +
      'Both sides promised to meet again in the autumn.',
    ['taliban', 'returns'],
    ['eu-institutions', 'meeting'],
  ],
  [
    'German deportation flight to Kabul',
    'Germany flies 28 Afghans back to Kabul',
    'A charter plane carrying 28 Afghan men with criminal convictions left Leipzig for Kabul. ' +
      'The German interior ministry said the deportation was arranged with help from Qatar. ' +
      'Refugee charities criticised the flight.',
    ['taliban', 'eu-institutions'],
    ['returns'],
  ],
];

describe('detectTopic', () => {
  it.each(ON_TOPIC)('lets a %s about the story through', (_register, title, text) => {
    const verdict = verdictOf(title, text);
    expect(verdict.missing).toEqual([]);
    expect(verdict.onTopic).toBe(true);
    expect(verdict.score).toBeGreaterThanOrEqual(verdict.threshold);
    expect(verdict.claims!.length).toBeGreaterThanOrEqual(2);
  });

  it('explains an on-topic verdict with the signals it saw and how often', () => {
    const [, title, text] = ON_TOPIC[0];
    const { signals } = detectTopic(title, text, index);
    const counts = Object.fromEntries(signals.map((s) => [s.id, s.count]));
    expect(counts).toMatchObject({ taliban: 4, returns: 2, meeting: expect.any(Number), afghans: 2 });
    for (const s of signals) expect(s.count, s.id).toBeGreaterThan(0);
    const known = new Set([...index.story.signals.map((s) => s.id), 'together']);
    expect(signals.map((s) => s.id).filter((id) => !known.has(id))).toEqual([]);
  });

  it('scores a page with more of the story higher than a page with less', () => {
    const [, title, text] = ON_TOPIC[0];
    const full = detectTopic(title, text, index);
    const firstSentence = detectTopic(title, text.split('. ')[0], index);
    expect(full.score).toBeGreaterThan(firstSentence.score);
  });

  it.each(NEAR_MISSES)('declines a near miss (%s) and says what it lacks', (_story, title, text, lacks, _has) => {
    const verdict = verdictOf(title, text);
    expect(verdict.onTopic).toBe(false);
    const required = lacks.filter((id) => index.story.signals.find((s) => s.id === id)?.required);
    if (required.length > 0) expect(verdict.missing).toEqual(expect.arrayContaining(required.map(label)));
    else expect(verdict.missing.join(' ')).toMatch(/enough of the story's claims/);
  });

  it.each(NEAR_MISSES)('does not call a signal missing that a near miss has (%s)', (_story, title, text, _lacks, has) => {
    const { missing } = detectTopic(title, text, index);
    for (const id of has) expect(missing, id).not.toContain(label(id));
  });

  it('declines an article whose lead is about Taliban talks in another capital, though it mentions ours', () => {
    const verdict = detectTopic(
      'Taliban officials in Vienna for Austrian deportation talks',
      'A Taliban delegation arrived in Vienna on Wednesday for two days of talks with the interior ministry on deporting Afghans ' +
        'convicted of crimes in Austria. The three officials, from the ministry of refugees, are meeting senior civil servants, who ' +
        'want to confirm the nationality of men held in deportation detention. Austria has pressed for its own arrangement with ' +
        'the authorities in Kabul for more than a year. The visit comes after a separate meeting in Brussels between Taliban envoys ' +
        'and the European Commission on returns, which drew protests. The Commission was not involved in Vienna, officials in Brussels said.',
      index,
    );
    expect(verdict.onTopic).toBe(false);
    expect(verdict.missing.join()).toContain('vienna');
  });

  it('counts a signal fully from its second mention and no further, so a long article does not outscore a focused brief', () => {
    const [, title, text] = ON_TOPIC[0];
    const base = detectTopic(title, text, index);
    expect(base.signals.find((s) => s.id === 'afghans')?.count).toBe(2);
    expect(detectTopic(title, `${text} Afghans again.`, index).score).toBe(base.score);
    expect(detectTopic(title, text.replace(/deporting Afghans/, 'deporting people'), index).score).toBeLessThan(base.score);
  });

  it('reads the lead as the first 80 words: another venue there decides, one after them does not', () => {
    // Words 1–62 name no venue and no word of the lead signal; the other venue comes next, or 30 words later.
    const opening = 'Taliban officials have arrived for talks with European officials on deporting Afghans convicted of crimes. ' +
      'The three visitors from the ministry of refugees will meet senior civil servants, who want to confirm the nationality ' +
      'of men held in deportation detention. Governments have pressed for an arrangement with the authorities in Kabul for more ' +
      'than a year, and rights groups have protested against every step taken so far.';
    const later = 'Officials said the visitors would stay two days and that no agreement was expected before the autumn, when ministers meet again to review the plan.';
    const venue = 'The talks are being held in Vienna, at the interior ministry. The European Union and its Commission are not involved, officials in Brussels said.';
    expect(opening.split(/\s+/).length).toBeLessThan(70);
    expect(detectTopic('Taliban envoys arrive for deportation talks', `${opening} ${venue}`, index).missing.join()).toContain('vienna');
    expect(detectTopic('Taliban envoys arrive for deportation talks', `${opening} ${later} ${venue}`, index).missing.join()).not.toContain('vienna');
  });

  // An earlier trip the other way: European officials went to Kabul, months before the Taliban came to Brussels.
  const KABUL_TRIP_TITLE = 'European officials hold returns talks with the Taliban';
  const KABUL_TRIP =
    'Civil servants from about twenty member states travelled to Kabul last week for three days of talks with Taliban ministries ' +
    'on deporting Afghans who have no right to stay in Europe. The European Commission coordinated the mission, a Belgian official said. ' +
    'The Taliban side said it was ready to help identify its nationals, and rights groups warned that returnees face persecution.';

  it('declines an article whose lead tells of a trip to Kabul and never names the story\'s venue', () => {
    const verdict = detectTopic(KABUL_TRIP_TITLE, KABUL_TRIP, index);
    expect(verdict.onTopic).toBe(false);
    expect(verdict.missing.join()).toContain('travelled to kabul');
    expect(verdictOf(KABUL_TRIP_TITLE, KABUL_TRIP).onTopic).toBe(false);
  });

  it('keeps an article whose lead tells of the Kabul trip as the background of talks in Brussels', () => {
    const text = KABUL_TRIP.replace('last week', 'in January, and the Taliban now send a delegation to Brussels in return,');
    expect(detectTopic(KABUL_TRIP_TITLE, text, index).missing.join()).not.toContain('kabul');
  });

  it('declines an article whose lead tells of a meeting held in Kabul, its parties between, and never names the story\'s venue', () => {
    const title = 'EU aid chief meets Taliban deputy premier in Kabul as winter looms for returnees';
    const text = 'A senior European Union official held talks with the Taliban administration on aid for Afghans who have returned ' +
      'from Iran and Pakistan, and on deporting Afghans with no right to stay in Europe. The Commission said the talks were technical.';
    expect(detectTopic(title, text, index).missing.join()).toContain('meets taliban deputy premier in kabul');
    expect(verdictOf(title, text).onTopic).toBe(false);
    // Commas between the meeting and the place part them; and a lead that names Brussels is the story's.
    expect(detectTopic(title.replace('Taliban deputy premier', 'Hanafi, the deputy premier,'), text, index).missing.join()).not.toContain('in kabul');
    const ours = 'EU official who met Taliban ministers in Kabul in January now hosts their envoys in Brussels';
    expect(detectTopic(ours, text, index).missing.join()).not.toContain('in kabul');
    // The regime named by its seat, or another event's place, is no meeting held there.
    const regime = 'The Commission held talks with the Taliban government in Kabul on returning Afghans with no right to stay.';
    expect(detectTopic('EU and Taliban discuss returns', regime, index).missing.join()).not.toContain('in kabul');
    expect(detectTopic('EU officials hold first meeting since the Taliban takeover in Afghanistan', text, index).missing.join()).not.toContain('in afghanistan');
  });

  it('declines an article whose lead tells of the first technical contacts and never names the story\'s venue', () => {
    const title = "Commission confirms first 'technical' contacts with the Taliban on returns";
    const text = 'The EU executive says its officials have begun exploratory talks with Afghanistan\'s rulers about deporting Afghans ' +
      'with no right to stay, days after twenty governments asked it to act. A spokesman said the contacts gave the Taliban no legitimacy.';
    expect(detectTopic(title, text, index).missing.join()).toContain('technical contacts');
    expect(verdictOf(title, text).onTopic).toBe(false);
    // The same contacts, as the lead of a page about the talks in Brussels.
    const ours = text.replace('days after', 'and has invited a delegation to Brussels, days after');
    expect(detectTopic(title, ours, index).missing.join()).not.toContain('technical contacts');
  });

  it('reads the story\'s venue named as where the first contacts were announced as no venue of talks', () => {
    const title = 'EU confirms first technical contacts with the Taliban';
    const text = 'Speaking at a press conference in Brussels on Monday, a Commission spokeswoman said officials had opened technical contacts ' +
      'with the Taliban this year to help send back Afghans whose asylum claims failed, after twenty governments asked for it.';
    expect(detectTopic(title, text, index).missing.join()).toContain('technical contacts');
    // Brussels as the place of the talks keeps the page.
    const ours = text.replace('to help send back', 'and would host a Taliban delegation in Brussels to help send back');
    expect(detectTopic(title, ours, index).missing.join()).not.toContain('technical contacts');
  });

  it('reads a trip to Kabul only in the lead: one further down is background', () => {
    const opening = 'A Taliban delegation met European Commission officials for a technical meeting on the return of Afghans, and Belgium ' +
      'issued its members visas valid for one day. The talks were closed to the press. Rights groups protested at the gates, ' +
      'and several ministers said they had not been told in advance about the meeting or about who would attend it. ' +
      'The Commission said the day was spent on lists of names, on papers and on flights, and that no agreement was signed.';
    expect(opening.split(/\s+/).length).toBeGreaterThan(80);
    const later = ' Officials added that it followed a first round in which their colleagues travelled to Kabul in the winter.';
    expect(detectTopic('Taliban envoys hold returns talks', `${opening}${later}`, index).missing.join()).not.toContain('kabul');
    expect(detectTopic('Taliban envoys hold returns talks', `${later.trim()} ${opening}`, index).missing.join()).toContain('travelled to kabul');
  });

  it('keeps an article about our talks whose lead also names another venue', () => {
    const verdict = detectTopic(
      'Fresh from Doha, Taliban envoys meet the Commission in Brussels',
      'Taliban officials who attended UN talks in Doha last month met European Commission officials in Brussels on Tuesday to discuss ' +
        'the return of Afghans with no right to stay. Belgium issued the delegation visas valid for one day. The meeting in Brussels was technical, the Commission said.',
      index,
    );
    expect(verdict.onTopic).toBe(true);
  });

  it('declines a page with no text', () => {
    const verdict = detectTopic('', '', index);
    expect(verdict).toMatchObject({ onTopic: false, score: 0, signals: [] });
    expect(verdict.missing).toContain(label('taliban'));
  });

  it('returns from a 100 KB off-topic page through the fast path: score 0 and no signals', () => {
    const paragraph =
      'The city council voted for a new cycle lane along the river, and shopkeepers asked for more parking. ';
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const verdict = detectTopic('Cycle lane approved', text, index);
    expect(verdict).toMatchObject({ onTopic: false, score: 0, signals: [] });
  });
});

describe("the page's date", () => {
  // Written for this test: a brief that states the story, and the same brief as a page dated 2021.
  const brief = (pageDate?: string) => ({
    ...plainTextToArticle(
      'Belgium admits Taliban envoys for Brussels returns talks\n\nThe European Commission invited a Taliban delegation to Brussels for a technical meeting on deporting Afghans. ' +
        'Belgium gave the five Taliban visitors one-day visas so the talks could go ahead.',
    ),
    ...(pageDate && { pageDate }),
  });

  it("declines a page dated before the story's coverage began, and says so", () => {
    expect(index.story.coverageFrom).toBe('2026-01-01');
    const old = analyzeArticle(brief('2021-09-03'), index);
    expect(old.topic.onTopic).toBe(false);
    expect(old.topic.missing.join()).toContain('the page is dated 2021-09-03');
    expect(old.matches).toEqual([]);
    for (const date of [undefined, '2026-01-01', '2026-06-23']) expect(analyzeArticle(brief(date), index).topic.onTopic, String(date)).toBe(true);
    // A page that names the story's year is not from before it, whatever its metadata says.
    const named = { ...brief('2021-09-03'), text: `${brief().text} The meeting was held on 23 June 2026.` };
    expect(analyzeArticle(named, index).topic.onTopic).toBe(true);
  });

  it('is analysed anyway when the reader asks, and decides nothing for a story with no coverage start', () => {
    expect(analyzeArticle(brief('2021-09-03'), index, { force: true }).matches.length).toBeGreaterThan(0);
    const { coverageFrom: _, ...undated } = index.story;
    expect(detectTopic(brief().title, brief().text, { story: undated }, '2021-09-03').onTopic).toBe(true);
  });
});

