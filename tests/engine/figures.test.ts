import { fixtureSentences } from './fixture-texts';
import { describe, expect, it } from 'vitest';
import { expectTuningEffect } from './tuning-effect';
import type { PageFigure } from '../../src/types';
import { FACET_TUNING } from '../../src/engine/figures/attribute-facet';
import { figureFinders } from '../../src/engine/figures/parse-figures';
import { monthSpanOf } from '../../src/engine/figures/figure-grammar';
import { parseFigures, seedsIndex } from './seeds-grammar';


/** A figure as one short line: "count:5~about @visas.issued", "date:2026-06/late", "range:A..B". */
function brief(f: PageFigure): string {
  const v = f.value;
  const facet = f.facet ? ` @${f.facet}` : '';
  switch (v.kind) {
    case 'count':
      return `count:${v.n}${v.qualifier ? `~${v.qualifier}` : ''}${facet}`;
    case 'date':
      return `date:${v.iso}${v.part ? `/${v.part}` : ''}${v.approximate ? '~' : ''}${facet}`;
    case 'date-range':
      return `range:${v.from}..${v.to}${facet}`;
    case 'duration':
      return `duration:${v.days}d${v.qualifier ? `~${v.qualifier}` : ''}${facet}`;
    case 'place':
      return `place:${v.name}${facet}`;
    case 'weekday':
      return `weekday:${v.label}${facet}`;
  }
}

const briefs = (sentence: string): string[] => parseFigures(sentence).map(brief);

describe('parseFigures: counts', () => {
  it.each([
    ['The country granted five visas to the delegation.', ['count:5 @visas.issued']],
    // A legal act's name is masked only as the law writes its number.
    ['Under the regulation 5 visas were issued.', ['count:5 @visas.issued']],
    ['Officials said nearly 20 countries had urged the Commission to act.', ['count:20~nearly @states.urging']],
    ['More than 80 rights groups signed a petition against the visit.', ['count:80~more-than @petition.groups']],
    ['Over 80 organisations signed an open letter.', ['count:80~more-than @petition.groups']],
    ['More than 80 civil society groups had asked the Commission to drop the plan.', ['count:80~more-than @petition.groups']],
    ['Some 1,000,000 asylum applications were lodged.', ['count:1000000~about @asylum.applications']],
    ['About one million Afghans have sought asylum in the bloc.', ['count:1000000~about @asylum.applications']],
    ['Roughly 2 million asylum seekers arrived.', ['count:2000000~about @asylum.applications']],
    ['Approximately 1.5 million asylum requests were filed.', ['count:1500000~about @asylum.applications']],
    ['At least two delegates will attend.', ['count:2~at-least @delegation.size']],
    ['Up to seven representatives may travel.', ['count:7~up-to @delegation.size']],
    ['Almost a dozen countries pressed for returns.', ['count:12~nearly @states.urging']],
    ['Close to 30 member states asked for a deal.', ['count:30~nearly @states.urging']],
    // A phrase set off by commas between the countries and their verb.
    ["Seventeen member states, marshalled by Belgium's asylum minister Anneleen Van Bossuyt, wrote to the Commissioner.", ['count:17 @states.urging']],
    ['Fifteen member states, a Commission spokesman said, attended the session.', ['count:15']],
    // Not past an item of a list, nor past a phrase a relative clause is said of.
    ['Talks drew seventeen member states, two Taliban envoys and the Commission, which wrote to the ministers.', ['count:17', 'count:2 @delegation.size']],
    ['Just under 25 governments called for talks.', ['count:25~nearly @states.urging']],
    ['A delegation of five representatives came from Kabul.', ['count:5 @delegation.size']],
    ['The five-person delegation landed at noon.', ['count:5 @delegation.size']],
    ['Three Taliban officials joined the delegation.', ['count:3 @delegation.size']],
    ['Two senior leaders face International Criminal Court arrest warrants.', ['count:2 @icc.warrants']],
    ['The ICC has issued two warrants.', ['count:2 @icc.warrants']],
    ['Three visa requests were received and two others were expected.', ['count:3 @visas.issued', 'count:2 @visas.issued']],
    ['Twenty-five people were at the demonstration.', ['count:25']],
    // The Union's size is named in passing by many reports: never a count to compare.
    ['The EU has 27 member states.', []],
    ['Of the 27 member states, almost 20 pressed the Commission.', ['count:20~nearly @states.urging']],
    ['All 27 countries were briefed before the Taliban delegation arrived.', []],
    ['The Taliban delegation had 27 members.', ['count:27 @delegation.size']],
    // A count of a noun that is a cue only elsewhere ("countries" with no one urging) is no visa count.
    ['The Schengen area, which the visas did not cover, now takes in 29 countries.', ['count:29']],
    // The urging must be said of the counted states, not merely in their clause: a "press briefing" urges nothing.
    ['At its daily press briefing on the eve of the talks the Commission said the meeting, in which representatives of 15 member states took part, was technical.', ['count:15']],
    ['A group of 20 countries, led by Belgium, wrote to the Commission.', ['count:20 @states.urging']],
    // Officials the Taliban appointed elsewhere are not its delegation; a Taliban-run ministry's are.
    ['Germany has let two Taliban-appointed officials work in Afghan consulates.', ['count:2']],
    ['Five officials of the Taliban-run foreign ministry came to Brussels.', ['count:5 @delegation.size', 'place:Brussels @meeting.venue']],
    // Complaining in a joint letter is urging too.
    ['In the letter, 22 European countries complained that few Afghans ever left.', ['count:22 @states.urging']],
    ['Half a million Afghans have applied for asylum in the EU.', ['count:500000 @asylum.applications']],
    ['Belgium issued half a dozen visas.', ['count:6 @visas.issued']],
    ['A pair of Taliban leaders face ICC arrest warrants.', ['count:2 @icc.warrants']],
    ['Close to 1m asylum claims were filed by Afghans.', ['count:1000000~nearly @asylum.applications']],
    ['The Taliban side sent a four-member team.', ['count:4 @delegation.size']],
    ['Forty-two groups met on Monday.', ['count:42', 'weekday:Monday @meeting.date']],
    ['Officials said no visa requests had been made.', ['count:0 @visas.issued']],
    // None is a figure only on a facet whose reports can state none (countsZero): not a million applications.
    ["Belgium's asylum ministry said it received no special requests during the talks.", ['count:0']],
    ['The Taliban had not applied for any visas at all, a report said.', ['count:0 @visas.issued']],
    ['There is not any doubt about the visas.', []],
    ['Afghans with no right to stay face removal.', []],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('parseFigures: dates', () => {
  it.each([
    ['The talks are set for 23 June.', ['date:2026-06-23 @meeting.date']],
    ['The talks on 23.06.2026 were technical.', ['date:2026-06-23 @meeting.date']],
    ['The talks will take place on 24 June, officials said.', ['date:2026-06-24 @meeting.date']],
    ['The meeting has been pushed back to 1 July.', ['date:2026-07-01 @meeting.date']],
    ['The delegation is due in Brussels in mid-July.', ['place:Brussels @meeting.venue', 'date:2026-07/mid @meeting.date']],
    ['This live blog was last updated at 09:41 CET on 24 June 2026 as reactions to the Taliban talks came in.', ['date:2026-06-24']],
    ['Germany flew 28 Afghan offenders to Kabul in August 2024.', ['count:28', 'date:2024-08']],
    ['The next German deportation flight is due on 3 July.', ['date:2026-07-03']],
    ['The group has controlled Afghanistan since August 2019.', ['date:2019-08 @taliban.takeover.year']],
    ['Border police controlled 300 cars in 2024.', ['count:300', 'date:2024']],
    // Dates and numbers of other things around the story.
    ['BRUSSELS, June 24 (AFP) - The talks with the Taliban ended without a joint statement.', []],
    ['KABUL/BRUSSELS, 22 June 2026 (Reuters) – Belgium issued five visas.', ['count:5 @visas.issued']],
    ['The delegation, led by a 52-year-old deputy minister, arrived in Brussels.', ['place:Brussels @meeting.venue']],
    // The object of a verb of arrival is a place as "in" or "to" would make it; a city merely named is not.
    ['The Taliban delegation reached Brussels late on Monday.', ['place:Brussels @meeting.venue', 'weekday:Monday']],
    ['Five Taliban envoys visit Brussels for talks.', ['count:5 @delegation.size', 'place:Brussels @meeting.venue']],
    ['The talks left Brussels divided.', []],
    // An age set off after a name, news style.
    ['"Europe hands them a visa," said Mariam, 31, a pharmacist.', []],
    ['Mariam (31) said Belgium should never have issued the visas.', []],
    ['EU officials met Taliban officials 12 times last year.', []],
    ['The next round of talks could take place in September.', ['date:2026-09']],
    ['The European Parliament debated the talks on July 8.', ['date:2026-07-08']],
    ['Sweden granted 1,200 Afghans asylum last year.', ['count:1200']],
    ['Belgium issued five trip visas to the delegation.', ['count:5 @visas.issued']],
    // A part of a whole is no size of the whole; a part that did something is that count.
    ['Two of the five envoys are under UN sanctions.', ['count:2', 'count:5 @delegation.size']],
    ['Two of its leaders face ICC arrest warrants.', ['count:2 @icc.warrants']],
    ['The meeting was held on 23 June 2026.', ['date:2026-06-23 @meeting.date']],
    ['The meeting was held on June 23, 2026.', ['date:2026-06-23 @meeting.date']],
    ['They met in Brussels on Tuesday, June 25, 2024.', ['place:Brussels @meeting.venue', 'date:2024-06-25 @meeting.date']],
    ['The session took place on the 23rd of June.', ['date:2026-06-23 @meeting.date']],
    ['The meeting is listed as 2026-06-23 in the calendar.', ['date:2026-06-23 @meeting.date']],
    ['The visit was scheduled for late June.', ['date:2026-06/late @meeting.date']],
    ['The visit is scheduled for late June 2026.', ['date:2026-06/late @meeting.date']],
    ['Talks are expected in early June.', ['date:2026-06/early @meeting.date']],
    ['Talks are expected by mid-June.', ['date:2026-06/mid @meeting.date']],
    ['The meeting could come at the end of June.', ['date:2026-06/late @meeting.date']],
    ['The meeting took place in June 2026.', ['date:2026-06 @meeting.date']],
    ['A mission went to Kabul in January 2026.', ['date:2026-01 @kabul.mission']],
    ['There was a January mission to Kabul.', ['date:2026-01 @kabul.mission']],
    ['It followed two technical missions by Commission officials to Kabul, the second in January.', ['count:2', 'date:2026-01 @kabul.mission']],
    // The mission that "took place" takes the date, not the meeting "took place" names elsewhere.
    ['A first technical mission to Kabul took place in January.', ['date:2026-01 @kabul.mission']],
    ['Officials from about 20 European states already sat down with ministries in Kabul in January.', ['count:20~about', 'date:2026-01 @kabul.mission']],
    ['The Taliban returned to power in Kabul in August 2021.', ['date:2021-08 @taliban.takeover.year']],
    // Being in power since a date dates the takeover, not a meeting "held" that day.
    ['The Taliban have held power since August 2021 and are not recognised by any member state.', ['date:2021-08 @taliban.takeover.year']],
    // The day the visas were granted is no meeting's, though Belgium is named as host.
    ['Belgium, as host of the EU institutions, granted the visas on the afternoon of Monday 22 June.', ['date:2026-06-22']],
    // A trip to Kabul a year before the mission, dated by a cue far from it, is another trip: the
    // mission's facet has a period (`periodMonths`), and beyond it only a cue right beside a date takes it.
    ['The groundwork was laid in January 2025, when officials from the Federal Office for Immigration and Asylum travelled to Kabul.', ['date:2025-01']],
    ['A European team went to Kabul in November 2025 for preliminary talks.', ['date:2025-11 @kabul.mission']],
    // Who speaks is no event: officials in Kabul who said something are no mission that met them there.
    ['Talks were held in Brussels on Tuesday, 23 June 2026, officials in Kabul said.', ['place:Brussels @meeting.venue', 'date:2026-06-23 @meeting.date']],
    ['EU officials spent three days meeting officials in Kabul in January.', ['duration:3d', 'date:2026-01 @kabul.mission']],
    // Only a cue that names people is a speaker before a verb of speech: a meeting that "confirmed" is still the meeting.
    ['On 23 June the meeting confirmed what officials expected.', ['date:2026-06-23 @meeting.date']],
    // A mission told as a flight.
    ['Officials from a group of member states flew to Kabul in March for preliminary talks.', ['date:2026-03 @kabul.mission']],
    // Talks held in Kabul are no date of the story's meeting, unless the clause also names Brussels: they are the Kabul mission's.
    ['EU officials had already sat down with them in Kabul for technical talks in January.', ['date:2026-01 @kabul.mission']],
    // Attendance is no count of the states urging returns; a verb after ", and" begins another clause.
    ['Officials from 15 member states joined the session.', ['count:15']],
    ['The push comes from twenty countries whose minister wrote last October, and follows a trip to Kabul by officials in January.', ['count:20 @states.urging', 'date:2026-10', 'date:2026-01 @kabul.mission']],
    // Talks held where a team went to Kabul are the Kabul mission's.
    ['A European team already went to Kabul for technical talks in January.', ['date:2026-01 @kabul.mission']],
    // Officials from Kabul are the Taliban's delegation; officials who went to Kabul are not.
    ['Five officials from Kabul sat down with Commission staff.', ['count:5 @delegation.size']],
    ['A five-man team from Kabul spent Tuesday at the Commission.', ['count:5 @delegation.size', 'weekday:Tuesday @meeting.date']],
    ['Four EU officials went to Kabul in January.', ['count:4', 'date:2026-01 @kabul.mission']],
    ['Five officials returned from Kabul in January.', ['count:5', 'date:2026-01']],
    // A date in the phrase a sentence opens with is that phrase's, not the main clause's meeting;
    // an opening phrase that is only a preposition and a date names no event of its own.
    ['Since August 2021, the Taliban have ruled Afghanistan.', ['date:2021-08 @taliban.takeover.year']],
    ['Before 23 June, the meeting was expected to take place in Brussels.', ['date:2026-06-23 @meeting.date', 'place:Brussels @meeting.venue']],
    ['Following a technical mission of EU officials to Kabul in January 2026, the Commission hosted a meeting in Brussels on 23 June 2026.', ['date:2026-01 @kabul.mission', 'place:Brussels @meeting.venue', 'date:2026-06-23 @meeting.date']],
    ['The talks could happen before the summer.', ['range:2026-03-01..2026-06-20 @meeting.date']],
    ['The meeting may take place this summer.', ['range:2026-06-21..2026-09-22 @meeting.date']],
    ['The talks ran on 23–24 June.', ['range:2026-06-23..2026-06-24 @meeting.date']],
    ['The group took power in 2021.', ['date:2021 @taliban.takeover.year']],
    ['Since the Taliban returned to power in 2021, the EU has kept its distance.', ['date:2021 @taliban.takeover.year']],
    ['Contacts have continued since 2021.', ['date:2021']],
    // What a date dates is not the event "since" counts from: the deportation, not the takeover.
    ['In October Vienna deported an Afghan to Kabul for the first time since the Taliban takeover.', ['date:2026-10']],
    ['It was the first removal since the Taliban returned to power in 2021.', ['date:2021 @taliban.takeover.year']],
    ['Deportations have stalled since the Taliban swept back to power in 2022, for want of papers.', ['date:2022 @taliban.takeover.year']],
    // Another party's return to power, or the delegation's return to Kabul, dates no takeover.
    ['Trump swept back to power in 2024, and the Taliban welcomed it.', ['date:2024']],
    ['The opposition was swept back to power in 2025 and met the Taliban envoys.', ['date:2025']],
    ['The Taliban delegation returned to Kabul in March 2026 after the talks, a spokesman said.', ['date:2026-03']],
    // "Good for" says a length of validity follows; the papers it is said of may open the clause.
    ['The documents covered Belgium alone, not the wider Schengen area, and were good for a single day.', ['duration:1d @visas.validity']],
    ['The documents covered Belgium alone; the trip was good for a single day.', ['duration:1d']],
    // Papers that cover, expire or lapse after a length have that validity.
    ['The permits covered Belgium alone, not the rest of the Schengen area, and only for a single day.', ['duration:1d @visas.validity']],
    ['The documents expired after one day, the ministry said.', ['duration:1d @visas.validity']],
    ['The talks ran only for a single day.', ['duration:1d']],
    // What the permits cover is how long they hold: "cover" speaks of a permission's length as "good for" does.
    ['The foreign ministry said the permits cover one day only and Belgian territory only.', ['duration:1d @visas.validity']],
    ['The meeting covered a single day.', ['duration:1d']],
    // A numbers list's item: the figure, then what it is. A determiner after a number opens a phrase of its own.
    ['5 The size of the delegation.', ['count:5 @delegation.size']],
    ['20 The number of member states that signed the letter.', ['count:20 @states.urging']],
    // The figure a sentence denies is the value it corrects, not one it states.
    ['Belgium issued five visas to the Taliban delegation, not six as stated in an earlier version.', ['count:5 @visas.issued']],
    ['Six officials came, not five.', ['count:6']],
    ['Not five but six officials came.', ['count:6']],
    ['The meeting was on 23 June, not 24 June as first reported.', ['date:2026-06-23 @meeting.date']],
    ['The talks were not 23 June, but 24 June.', ['date:2026-06-24 @meeting.date']],
    ['Belgium did not issue five visas.', ['count:5 @visas.issued']],
    // "A couple of hours" is a length of time, not a couple of delegates; "five of" is no duration.
    ['A Taliban delegation is expected in Brussels within the next couple of hours.', ['place:Brussels @meeting.venue', 'duration:0.1d']],
    ['The visas were valid for a couple of days.', ['duration:2d @visas.validity']],
    ['Five of the delegates stayed for days.', ['count:5']],
    // Other people's papers have lengths of their own; "two years ago" is a time (a year counted back), no length.
    ['Some Afghans in Belgium hold residence permits limited to 12 months.', ['duration:360d']],
    ['Afghans whose residence permits expired two years ago were detained.', ['date:2024~']],
    // What was made known is dated by when, unless the cue has a verb of its own happening.
    ['A spokesman confirmed the meeting took place on 24 June.', ['date:2026-06-24 @meeting.date']],
    ['The Commission first confirmed its plans in May, and its department organised the session.', ['date:2026-05']],
    // The states on whose behalf the Commission acted are the states asking.
    ['The Commission says it acted on behalf of 20 member states.', ['count:20 @states.urging']],
    ['Belgium rallied 20 European countries behind its plan.', ['count:20 @states.urging']],
    // "At that point" is no numbered reference.
    ['At that point 20 member states had urged the Commission to act.', ['count:20 @states.urging']],
    // A third of a year is its own shape: it dates the mission, a bare year beside "contacts" does not.
    ['The Commission opened exploratory contacts with Kabul at the start of 2026.', ['date:2026/early @kabul.mission']],
    ['Early 2026 Commission opens technical contacts with Kabul', ['date:2026/early @kabul.mission']],
    ['The Commission opened contacts with Kabul in 2026.', ['date:2026']],
    ['By the end of 2025 the plan was ready.', ['date:2025/late']],
    ['The Taliban took power in late 2021.', ['date:2021/late @taliban.takeover.year']],
    // A year counted back from the story's year (2026), approximate (see compare-values.test.ts).
    ['The Taliban seized power in Afghanistan five years ago.', ['date:2021~ @taliban.takeover.year']],
    ['They returned to power 5 years ago.', ['date:2021~ @taliban.takeover.year']],
    ['The Taliban returned to power more than four years ago.', ['date:2022~ @taliban.takeover.year']],
    ['A year ago, nobody expected it.', ['date:2025~']],
    // No whole number of years, no year.
    ['Some years ago the plan failed.', []],
    ['Half a year ago the plan failed.', []],
    ['Reuters reported on 22 June that talks were planned.', ['date:2026-06-22']],
    // A date right after a verb of saying dates the saying, not the meeting spoken of.
    ['A critic who argued on 2 June that the envoys should not be welcomed spoke again.', ['date:2026-06-02']],
    ['The Commission insisted on Monday that the session would be technical.', ['weekday:Monday']],
    // A date that opens the sentence frames its main verb: before a verb of saying, it dates the saying.
    ['At the end of April, newspapers wrote that Brussels was getting ready to receive Taliban envoys.', ['date:2026-04/late']],
    ['In May the Commission said the meeting would take place on 23 June.', ['date:2026-05', 'date:2026-06-23 @meeting.date']],
    ['On Monday, officials revealed that the talks would go ahead.', ['weekday:Monday']],
    // However long the subject, a date set off at the start dates its main clause, within the facet's period only.
    ["In January, officials speaking for some twenty European states, among them the head of Belgium's Immigration Office, spent three days in Kabul.", ['date:2026-01 @kabul.mission', 'count:20~about', 'duration:3d']],
    ["In October 2025, officials speaking for some twenty European states, among them the head of Belgium's Immigration Office, spent three days in Kabul.", ['date:2025-10', 'count:20~about', 'duration:3d']],
    ['In May, officials from several member states, under pressure at home, said they would host the Taliban in Brussels.', ['date:2026-05', 'place:Brussels @meeting.venue']],
    ['In May, officials from several member states, under pressure at home. Said nothing.', ['date:2026-05']],
    // The trip "made to Kabul" is dated where it is told, however long the clause that names who made it.
    ["It followed up the trip that officials of some twenty states, led by Belgium's migration chief, made to Kabul in March.", ['count:20~about', 'date:2026-03 @kabul.mission']],
    // Talks held in Kabul date the mission; a date a year or more from the facet's period dates another event, however close the cue.
    ['Commission officials held a first round of talks with the Taliban in Kabul in March.', ['date:2026-03 @kabul.mission']],
    ['3 September 2021 Meeting in Slovenia, EU ministers set five conditions for engagement.', ['date:2021-09-03', 'count:5']],
    ['The meeting on 24 June went ahead.', ['date:2026-06-24 @meeting.date']],
    // An arrival in Kabul is no cue of the mission: the delegation flying home arrives there too.
    ['The five envoys arrived in Kabul on 25 June after the Brussels talks.', ['count:5 @delegation.size', 'date:2026-06-25']],
    ['The Taliban delegation flew home and was back in Kabul on 24 June, a day after the meeting.', ['date:2026-06-24', 'duration:1d']],
    // Talks in Kabul outside the mission's period are other talks; anyone entering Kabul is no takeover.
    ['The talks with the Taliban in Kabul on 24 June were about aid.', ['date:2026-06-24']],
    ['Meanwhile an EU team will enter Kabul in March, the Commission said.', ['date:2026-03']],
    // A cue another figure may not take leaves that figure its own ("held" cannot date August 2021).
    ['Deportations resumed in 2024, after the Taliban returned to power in August 2021 and held Kabul.', ['date:2024', 'date:2021-08 @taliban.takeover.year']],
    // "May" as a name is no month, even before "when".
    ['Former prime minister Theresa May, when asked about the Brussels meeting with the Taliban, called it a mistake.', []],
    // A weekday's meeting is the weekday's, whatever trip to Kabul its clause also tells; the trip then dates its own month.
    ["Wednesday's meeting followed missions to Kabul by Commission staff, the latest in February.", ['weekday:Wednesday @meeting.date', 'date:2026-02 @kabul.mission']],
    // A clause joined by ", and" that opens with its date, before a verb of saying: the date is the saying's.
    ['Officials held talks in Kabul in February, and in May the Commission announced it would bring envoys to Brussels.', ['date:2026-02 @kabul.mission', 'date:2026-05', 'place:Brussels @meeting.venue']],
    ['The plan was set out in Kabul, and in May the Commission announced it would host the envoys in Brussels.', ['date:2026-05', 'place:Brussels @meeting.venue']],
    // A special envoy's own days in Kabul are no mission of the story's, however close the cue.
    ["The bloc's special envoy spent six days in Kabul in November 2025.", ['duration:6d', 'date:2025-11']],
    ['Officials spent six days in Kabul in November 2025.', ['duration:6d', 'date:2025-11 @kabul.mission']],
    // Not past a verb of saying, whatever follows it: the date is the saying's.
    ['On 2 June, an MEP from the Flemish nationalist party posted a message stating that Taliban envoys should not be invited for talks.', ['date:2026-06-02']],
    // A verb of saying with an object or a parenthesis reports no clause: the date is the event's.
    ['In 2021, the Taliban announced their return to power.', ['date:2021 @taliban.takeover.year']],
    ['In January 2026, the Commission said, an EU mission went to Kabul.', ['date:2026-01 @kabul.mission']],
    // A date inside what was said dates it: "that day" is no reported clause.
    ['The Commission said on that day, 24 June, that the Brussels talks had been technical.', ['date:2026-06-24']],
    ['The Commission said that on 24 June it would brief ministers on the Brussels meeting.', ['date:2026-06-24']],
    ['A meeting with the Taliban delegation was confirmed for 23 June in Brussels.', ['date:2026-06-23 @meeting.date', 'place:Brussels @meeting.venue']],
    // Not a verb of saying after its subject: the opening date is the meeting's.
    ['On Tuesday the delegation met Commission officials.', ['weekday:Tuesday @meeting.date']],
    // What a colon after a date opens explains the sentence; a date that opens it labels what follows.
    ['The EU had not done so since the movement returned to power in August 2021: host Taliban officials.', ['date:2021-08 @taliban.takeover.year']],
    ['23 June: the delegation meets Commission officials.', ['date:2026-06-23 @meeting.date']],
    // So does a date set off by a dash at the head of a timeline's entry, or a fact box's "Date:".
    ['23 June 2026 — EU-level technical talks with Taliban in Brussels', ['date:2026-06-23 @meeting.date', 'place:Brussels @meeting.venue']],
    ['Date: Tuesday 23 June 2026, Brussels', ['date:2026-06-23 @meeting.date']],
    // "When" is a cue only as the label a line opens with: anywhere else it dates whatever it is said of.
    ['When: Tuesday 23 June 2026', ['date:2026-06-23 @meeting.date']],
    ['• When: 23 June', ['date:2026-06-23 @meeting.date']],
    ['When the letter arrived in May, nobody objected.', ['date:2026-05']],
    ['When: 10:30 on Tuesday', ['weekday:Tuesday @meeting.date']],
    // A dash inside a sentence still ends its clause.
    ['The letter went out on 12 June — talks with Kabul followed.', ['date:2026-06-12']],
    ['The Commission confirmed that on Tuesday at 09:00 the delegation met officials.', ['weekday:Tuesday @meeting.date']],
    // A meeting that is what others talk about dates nothing after it: July is the questioning's month.
    ['MEPs are expected to question Commission officials about the meeting in July.', ['date:2026-07']],
    ['An inquiry into the talks in September is likely.', ['date:2026-09']],
    ['Questions about the 23 June meeting went unanswered.', ['date:2026-06-23 @meeting.date']],
    // What someone made known is dated by when they did, unless it is what the meeting is set "for".
    ['Her office first announced the Brussels visit in January.', ['date:2026-01']],
    ['The Commission announced the Brussels invitation in May.', ['date:2026-05']],
    ['The Commission announced the meeting for 23 June.', ['date:2026-06-23 @meeting.date']],
    // A rate counts no facet's whole: "one per delegate" is no delegation of one.
    ['Five visas, one per delegate, were issued.', ['count:5 @visas.issued', 'count:1']],
    ['The policy was adopted in May.', ['date:2026-05']],
    ['On Tuesday the ministers met in private.', ['weekday:Tuesday @meeting.date']],
    ['Officials may meet again; the EU may decide later.', []],
    ['Nothing will March forward without the states.', []],
    // Before the "when" that says what happened then, as a numbers box's row has it, "March" is the month.
    ['March when officials of the bloc held exploratory talks in Kabul', ['date:2026-03 @kabul.mission']],
    ['May, when the visas were first requested', ['date:2026-05']],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('parseFigures: durations', () => {
  it.each([
    ['Belgium issued one-day visas to the envoys.', ['duration:1d @visas.validity']],
    ['The visas were valid for a single day.', ['duration:1d @visas.validity']],
    ['The permits are valid for 24 hours.', ['duration:1d @visas.validity']],
    ['They received three-day visas.', ['duration:3d @visas.validity']],
    ['The visas last 48 hours.', ['duration:2d @visas.validity']],
    ['Each visa was good for a week.', ['duration:7d @visas.validity']],
    ['The visas were restricted to one day in Belgium.', ['duration:1d @visas.validity']],
    ['The conference lasted up to two weeks.', ['duration:14d~up-to']],
    ['Applications grew over the past ten years.', ['duration:3650d']],
    ['A ten-year-old boy watched.', ['count:10']],
    // One named day, limited, is a length; without the limit it is the day itself.
    ['The delegates had visas valid for Tuesday alone.', ['duration:1d @visas.validity']],
    ['Their visas were valid only for the day of the talks.', ['duration:1d @visas.validity']],
    ['The visas were valid for Tuesday.', ['weekday:Tuesday']],
    ['The talks were held on Tuesday only.', ['weekday:Tuesday @meeting.date']],
    ['Officials said the visas covered Wednesday only.', ['duration:1d @visas.validity']],
    ['Their visas were good only on Tuesday.', ['duration:1d @visas.validity']],
    ['The visas were valid from Tuesday.', ['weekday:Tuesday']],
    // A permission that ends on the day it is used lasts one day.
    ["The delegation's visas expire tonight.", ['duration:1d @visas.validity']],
    ['Their visas run out at midnight, officials said.', ['duration:1d @visas.validity']],
    ['The visas were valid only until midnight.', ['duration:1d @visas.validity']],
    ['The talks ran until midnight.', []],
    ['Their visas ran out with the day.', ['duration:1d @visas.validity']],
    ['Under their visas the envoys had to be gone again by the end of the day.', ['duration:1d @visas.validity']],
    ['The entry permits lapsed that evening.', ['duration:1d @visas.validity']],
    ['The envoys had to leave for the airport.', []],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('parseFigures: places', () => {
  it.each([
    ['The session took place at the European Commission headquarters.', ['place:European Commission headquarters @meeting.venue']],
    ["They met in the Commission's Berlaymont building.", ['place:European Commission headquarters @meeting.venue']],
    ['The talks will be held in Brussels.', ['place:Brussels @meeting.venue']],
    // Naming the meeting by its city takes the venue for granted.
    ['The Brussels meeting drew criticism.', []],
    ['Prices in Brussels rose sharply.', []],
    // A building something else happens beside is no venue of the meeting; one it happens under is.
    ['Protesters stood outside the Commission headquarters while the talks were held.', []],
    ["The meeting took place under the Berlaymont's glass roof.", ['place:European Commission headquarters @meeting.venue']],
    // A speaker calling the visit a first takes the venue for granted; a report of a first meeting does not.
    ['An official described the trip as the first official visit of its kind to Brussels.', []],
    ['Taliban officials held their first talks with the EU in Brussels.', ['place:Brussels @meeting.venue']],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('parseFigures: places in a headline', () => {
  const headline = (text: string) => parseFigures(text, { headline: true }).map(brief);
  it.each([
    // Headline grammar drops the verb: the subject in the city is its visit there.
    ['Taliban in Brussels: when Europe crosses a line', ['place:Brussels @meeting.venue']],
    ['Taliban in Brussels as critics protest', ['place:Brussels @meeting.venue']],
    // Visitors back from the city were there.
    ["'Islamic Emirate' envoys back from Brussels as Afghan women ask who Europe is talking to", ['place:Brussels @meeting.venue']],
    ['Afghan women back from Brussels protest', []],
    // The city before a meeting noun, with a word between or none.
    ["How the Taliban's Brussels visit played out online", ['place:Brussels @meeting.venue']],
    ['What the Brussels Taliban talks mean for Berlin', ['place:Brussels @meeting.venue']],
    // A speaker's verdict on a first still takes the place for granted.
    ['Taliban hail "first official" Brussels visit as critics cry foul', []],
    ['Brussels braces for a heatwave', []],
    // Only a visitor heading the headline's subject is placed without a meeting word; a later
    // phrase's place is that phrase's, and the city before any other noun places nothing.
    ['MEPs demand tougher EU stance on Taliban in Brussels plenary debate', []],
    ['EU ministers in Brussels agree migration pact', []],
    ['Afghan women in Brussels fear the Taliban', []],
    ['Taliban critics in Brussels', []],
    ['Brussels police held Taliban protesters', []],
    ['Brussels delegation to Kabul meets Taliban', []],
    // Title Case is still headline grammar.
    ['Taliban Envoys In Brussels For Returns Talks', ['place:Brussels @meeting.venue']],
    ["How The Taliban's Brussels Visit Played Out Online", ['place:Brussels @meeting.venue']],
  ])('%s', (text, expected) => {
    expect(headline(text)).toEqual(expected);
  });

  it('reads the same words in a body sentence as taking the place for granted', () => {
    expect(briefs('Taliban in Brussels: when Europe crosses a line')).toEqual([]);
    expect(briefs("How the Taliban's Brussels visit played out online")).toEqual([]);
  });
});

describe('parseFigures: text that is not a figure', () => {
  it.each([
    ['Operators rolled out a 5G network.'],
    ['The invitation was criticised [1].'],
    ['The talks were criticised [6, 7].'],
    ['See page 2 for details.'],
    ['COVID-19 slowed returns.'],
    ['Migration rose in the 1990s.'],
    ['It is one of the hardest cases.'],
    ['A person familiar with the talks spoke.'],
    ['No one expected the invitation.'],
    ['Between 2013 and 2024 the route grew.'],
    ['The EU kept the line from 2013 to 2024.'],
    ['The meeting began at 10:30.'],
    ['The mission cost €5 million.'],
    ['Support fell to 40% last year.'],
    ['A return rate under two per cent is corrosive.'],
    ['Turnout was forty-five percent.'],
    ['Article 5 was not invoked.'],
    ['Directive 2008/115/EC sets the rules.'],
    // A wire slug's version tag.
    ['EU-AFGHANISTAN/MIGRATION (UPDATE 2) Taliban delegation holds talks.'],
    // A reference's sub-clauses and a regulation's number are labels too.
    ['The issuing State must inform the others of an Article 25(1) visa.'],
    ['Such visas fall under the Visa Code (Regulation (EC) No 810/2009).'],
    ['The 23rd round of talks is planned.'],
    ['They met on Tuesday.'],
  ])('%s', (sentence) => {
    expect(briefs(sentence).filter((b) => b.startsWith('count') || b.startsWith('date:'))).toEqual([]);
  });
});

describe('parseFigures: several figures in one sentence', () => {
  it('gives each figure the facet of its nearest cue', () => {
    expect(briefs('Belgium issued five visas valid for one day for the 23 June meeting.')).toEqual([
      'count:5 @visas.issued',
      'duration:1d @visas.validity',
      'date:2026-06-23 @meeting.date',
    ]);
  });

  it('keeps a report date apart from the meeting date', () => {
    expect(briefs('According to a wire report on 22 June, Belgium gave five visas so envoys could attend a meeting in Brussels on 23 June.')).toEqual([
      'date:2026-06-22',
      'count:5 @visas.issued',
      'place:Brussels @meeting.venue',
      'date:2026-06-23 @meeting.date',
    ]);
  });

  it('gives a date months from every source\'s meeting date to no event word further off (another event)', () => {
    expect(briefs('Austria resumed removals in October 2025, after Taliban envoys visited Vienna.')).toEqual(['date:2025-10']);
    expect(briefs('As early as January, officials presented a meeting as a return visit.')).toEqual(['date:2026-01']);
  });

  it('still dates the meeting that far off from a cue right beside the date, so a wrong date shows', () => {
    expect(briefs('The meeting on 12 January went ahead.')).toEqual(['date:2026-01-12 @meeting.date']);
    expect(briefs('The envoys met officials on 24 June.')).toEqual(['date:2026-06-24 @meeting.date']);
  });

  it('dates talks in Kabul as the mission there', () => {
    expect(briefs('EU and national officials held talks in Kabul in January 2026.')).toEqual(['date:2026-01 @kabul.mission']);
  });

  it('reads a count framed by a year range without reading the years', () => {
    expect(briefs('Around one million asylum applications were made between 2013 and 2024.')).toEqual([
      'count:1000000~about @asylum.applications',
    ]);
  });

  it('tells the visa count from the delegation size', () => {
    expect(briefs('Three visa requests came in, two more are due, all for the five-person delegation [6, 7].')).toEqual([
      'count:3 @visas.issued',
      'count:2 @visas.issued',
      'count:5 @delegation.size',
    ]);
  });
});

describe('parseFigures: offsets and context', () => {
  it.each([
    'Belgium issued five visas valid for one day for the 23 June meeting.',
    'They met in Brussels on Tuesday, June 25, 2024, at the European Commission headquarters [2].',
    'More than 80 groups signed a petition; nearly 20 countries urged talks before the summer.',
  ])('raw is the sentence text at the offsets: %s', (sentence) => {
    const figures = parseFigures(sentence);
    expect(figures.length).toBeGreaterThan(1);
    for (const f of figures) expect(sentence.slice(f.start, f.end)).toBe(f.raw);
  });

  it('counts "Belgium and 19 other countries" as twenty: the others and the one they stand beside', () => {
    expect(parseFigures('Belgium and 19 other countries wrote to the commissioner.')[0].value).toEqual({ kind: 'count', n: 20 });
    expect(parseFigures('The letter, sent by Belgium, was co-signed by eighteen other governments.')[0].value).toEqual({ kind: 'count', n: 19 });
    // With no one named beside them, "other" ones add to a count of their own, as "two others" do.
    expect(parseFigures('Only Hungary objected: 20 other member states called on the Commission to act.')[0].value).toEqual({ kind: 'count', n: 20, note: 'others' });
    expect(parseFigures('Belgium issued five visas, and two other requests were refused.')[1].value).toEqual({ kind: 'count', n: 2, note: 'others' });
    expect(parseFigures('No states other than Belgium and 19 countries signed.').map((f) => f.value)).toEqual([{ kind: 'count', n: 19 }]);
  });

  it('marks "two others" as adding to an earlier count', () => {
    const [, others] = parseFigures('Three visa requests came in and two others were expected.');
    expect(others.value).toEqual({ kind: 'count', n: 2, note: 'others' });
  });

  it('takes the year of dates without one from the context', () => {
    expect(parseFigures('The meeting is on 23 June.', { year: 2024 })[0].value).toEqual({ kind: 'date', iso: '2024-06-23' });
    expect(parseFigures('The talks come before the summer.', { year: 2025 })[0].value).toEqual({
      kind: 'date-range',
      from: '2025-03-01',
      to: '2025-06-20',
      label: 'before the summer',
    });
  });
});

describe('parseFigures: a count takes the facet of the noun it counts', () => {
  it.each([
    // The count before a duration compound is its own number, and counts the permits.
    ['Belgium handed the delegation five one-day permits.', ['count:5 @visas.issued', 'duration:1d']],
    ['The visitors received five one-day visas.', ['count:5 @visas.issued', 'duration:1d @visas.validity']],
    // Counts of things no facet counts, whatever cue stands nearby.
    ['The envoys arrived in two black cars.', ['count:2']],
    ['The delegation left after about twenty minutes as countries urged returns.', ['count:20~about']],
    // A noun that counts for a facet only in another context: here nobody urges anything.
    ['A dozen member states took part in the meeting with the Taliban delegation.', ['count:12']],
    // States counted by what they did: attending is not urging, whoever urged nearby.
    ['A dozen member states took part in the talks, which the signatories had asked for.', ['count:12']],
    ['Watch whether the Commission briefs the 15 member states that attended, and how the other signatories respond.', ['count:15']],
    ['Twenty member states that urged the Commission to act now want results.', ['count:20 @states.urging']],
    ['Five delegates attended the meeting.', ['count:5 @delegation.size']],
    ['Some 25 countries have begged the Commission to start working with Kabul.', ['count:25~about @states.urging']],
    ['Two senior Taliban leaders face ICC arrest warrants.', ['count:2 @icc.warrants']],
    ['A five-member Taliban team held talks with Commission staff.', ['count:5 @delegation.size']],
    // A counted noun with one letter wrong is still that noun.
    ['A delegation of five Taleban officals will fly in.', ['count:5 @delegation.size']],
    // With no noun after the number, the nearest cue decides.
    ['The delegation numbered five.', ['count:5 @delegation.size']],
    ['Sweden granted 1,200 Afghans asylum last year.', ['count:1200']],
    // A noun's context counts only in its own clause: these Afghans are no asylum applications.
    ['Most Afghan asylum claims in Belgium are rejected, yet 2,800 Afghans are still housed in reception centres.', ['count:2800']],
    ['Some 2,800 Afghans applied for asylum in the EU last year.', ['count:2800~about @asylum.applications']],
    // One country's count is no count of the EU's applications (see below).
    ['Some 2,800 Afghans applied for asylum in Belgium last year.', ['count:2800~about']],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('parseFigures: a date takes the facet of the event it dates', () => {
  it.each([
    // When a report appeared is not when the meeting was.
    ['Reports in the spring said the Taliban would meet EU officials.', ['range:2026-03-20..2026-06-20']],
    // The start of something ongoing is no one event's date…
    ['The Commission has held talks with Kabul since January.', ['date:2026-01']],
    // …unless a verb of its own dates it.
    ['The Taliban have ruled since August 2021.', ['date:2021-08 @taliban.takeover.year']],
    ['The talks took place on 23 June.', ['date:2026-06-23 @meeting.date']],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('parseFigures: a venue is where the meeting was, not where something happened beside it', () => {
  it.each([
    ['Campaigners held up a banner outside the European Commission headquarters as the meeting began.', []],
    ['A rally near the Berlaymont greeted the delegation.', []],
    // The city of a building something else happens beside is that thing's place too.
    ["Activists held a banner outside the European Commission's headquarters in Brussels as the talks began.", []],
    ["Talks with the Taliban were held at the Commission's headquarters in Brussels.", ['place:European Commission headquarters @meeting.venue', 'place:Brussels @meeting.venue']],
    ['The delegation was whisked into the Commission’s glass-fronted headquarters.', ['place:European Commission headquarters @meeting.venue']],
    ['Taliban officials flew into Brussels today for talks.', ['place:Brussels @meeting.venue']],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('parseFigures: a bare weekday', () => {
  it.each([
    ['The session will be on Tuesday.', ['weekday:Tuesday @meeting.date']],
    ["Tuesday's talks were closed to the press.", ['weekday:Tuesday @meeting.date']],
    ['Belgium issued the visas late on Monday after a security check.', ['weekday:Monday']],
    ['The envoys meet officials on Tuesday 23 June.', ['date:2026-06-23 @meeting.date']],
    ['Markets close on Fridays.', []],
  ])('%s', (sentence, expected) => {
    expect(briefs(sentence)).toEqual(expected);
  });
});

describe('what each facet distance does', () => {
  const tuning = FACET_TUNING;
  // Each row: a distance, a neutral value for it, a sentence, its figures with the distance and without it.
  it.each<[string, number, string, string[], string[]]>([
    ['afterBonus', 0, 'A Commission team also travelled to Kabul in January for technical contacts, which makes Tuesday look like the next step.',
      ['date:2026-01 @kabul.mission', 'weekday:Tuesday'], ['date:2026-01 @kabul.mission', 'weekday:Tuesday @kabul.mission']],
    ['figureBetweenPenalty', 0, 'Belgium, as host country to the institutions, issued the five visas late on Monday afternoon, after the State Security Service and military intelligence concluded they had no information suggesting the visitors posed a threat.',
      ['count:5 @visas.issued', 'weekday:Monday'], ['count:5 @visas.issued', 'weekday:Monday @meeting.date']],
    ['outOfPeriodMaxDistance', 99, 'Officials from about 20 European states already sat down with Taliban ministers in January.',
      ['count:20~about', 'date:2026-01'], ['count:20~about', 'date:2026-01 @meeting.date']],
  ])('%s', (key, neutral, sentence, withIt, withoutIt) => {
    expectTuningEffect(tuning, key, neutral, () => briefs(sentence), withIt, withoutIt);
  });
});

describe('finders with a trigger', () => {
  const finders = figureFinders(seedsIndex.figureGrammar);
  const triggered = finders.filter((f) => f.trigger);
  // Every sentence of every fixture page, and a few that spell their figures out.
  const sentences = [
    ...fixtureSentences(),
    'Five envoys arrived on Tuesday, late in June, for talks held over one day in early summer.',
    'The meeting of the twenty-seven, in mid-June of last year, lasted a single afternoon.',
    'A dozen countries, about twenty, pressed for returns a couple of weeks after the spring summit.',
    'Forty per cent said no, twice the share of a week ago; the talks in Brussels met three times.',
  ];

  it('cover most finders: dates with a day or year, masks, counts, durations, seasons, months, weekdays, venues', () => {
    expect(triggered.length).toBeGreaterThanOrEqual(30);
    expect(finders.length - triggered.length).toBeLessThanOrEqual(2);
    expect(sentences.filter((s) => !/\d/.test(s)).length).toBeGreaterThan(1000);
  });

  it('find nothing in a sentence their trigger does not match, so skipping them changes no figure', () => {
    const found = sentences.flatMap((s) =>
      triggered.filter((find) => !find.trigger!.test(s)).flatMap((find) => find(s, 2026).map((span) => `${find.name}: ${s.slice(span.start, span.end)} in "${s}"`)),
    );
    expect(found).toEqual([]);
  });

  it('let through the sentences that hold their figures', () => {
    expect(briefs('The envoys met on 23 June 2026.')).toEqual(['date:2026-06-23 @meeting.date']);
    expect(briefs('Belgium issued five one-day visas before the summer.')).toEqual(['count:5 @visas.issued', 'duration:1d @visas.validity', expect.stringMatching(/^range:/)]);
  });
});

describe('monthSpanOf', () => {
  const month = (year: number, m: number) => year * 12 + m - 1;
  it('covers a year, a month, and a third of a year', () => {
    expect(monthSpanOf({ kind: 'date', iso: '2026' })).toEqual({ first: month(2026, 1), last: month(2026, 12) });
    expect(monthSpanOf({ kind: 'date', iso: '2026-06', part: 'late' })).toEqual({ first: month(2026, 6), last: month(2026, 6) });
    expect(monthSpanOf({ kind: 'date', iso: '2026', part: 'early' })).toEqual({ first: month(2026, 1), last: month(2026, 4) });
    expect(monthSpanOf({ kind: 'date', iso: '2025', part: 'late' })).toEqual({ first: month(2025, 9), last: month(2025, 12) });
  });
});

describe('a sentence that points back to the one before', () => {
  const facets = (text: string, referent?: string) => parseFigures(text, { year: 2026, referent }).map((f) => f.facet ?? null);
  const visas = 'Belgium issued five visas to the delegates on Monday.';

  it("finds a cue's context where its pronoun stands for it", () => {
    expect(facets('They were restricted to Belgian territory and to a single day.', visas)).toEqual(['visas.validity']);
    // Alone, "they" could be anyone's papers, trips or talks.
    expect(facets('They were restricted to Belgian territory and to a single day.')).toEqual([null]);
  });

  it('lends it only to a pronoun that is the subject, and only in its clause', () => {
    // "Their meetings" are about meetings; the semicolon starts another clause.
    expect(facets('Their meetings were restricted to the Commission and lasted two days.', visas)).toEqual([null]);
    expect(facets('They were limited to Brussels; the talks lasted two days.', visas)).toEqual(['meeting.venue', null]);
  });

  it('gives no context that the sentence before does not hold', () => {
    expect(facets('They were restricted to Belgian territory and to a single day.', 'Several ministers flew in on Monday.')).toEqual([null]);
  });

  it('lends a group counted again ("the five members") its context, for the count alone', () => {
    const delegation = 'A Taliban delegation met Commission officials in Brussels on Tuesday.';
    expect(facets('The five members flew in via Turkey.', delegation)).toEqual(['delegation.size']);
    expect(facets('The five members flew in via Turkey.')).toEqual([null]);
    // A length in the same sentence takes no context from the group: their stay is no visa.
    expect(facets('The five members held papers, and a police source said their stay lasted ten hours.', delegation)).toEqual(['delegation.size', null]);
  });
});

describe("a fact box row's label", () => {
  // A row read as a line: the label ends where a colon was set between it and the value.
  const facets = (text: string) => parseFigures(text, { year: 2026, label: text.indexOf(':') }).map((f) => f.facet ?? null);
  const prose = (text: string) => parseFigures(text, { year: 2026 }).map((f) => f.facet ?? null);

  it('says what a count with no noun of its own counts', () => {
    expect(facets('Visas issued by Belgium: 7, valid one day')).toEqual(['visas.issued', 'visas.validity']);
    expect(facets('Countries behind the push: 20 (joint letter, October 2025)')).toEqual(['states.urging', null]);
  });

  it("agrees with the count's noun, or leaves the count to neither facet", () => {
    expect(facets('Delegation: five senior officials')).toEqual(['delegation.size']);
    // The label counts countries, the noun signatories: two facets' things, so neither's count.
    expect(facets('Countries behind the push: 20 signatories of the letter')).toEqual([null]);
    expect(facets('Signatories: 20 countries')).toEqual([null]);
  });

  it("is a row's label only: a headline's or a sentence's colon opens no label", () => {
    expect(prose('Visa row: twelve Taliban envoys to attend Brussels talks with the Commission')).toEqual(['delegation.size']);
    expect(prose('On the visas, the ministry was blunt: twelve Taliban officials came to Brussels for the talks.')).toEqual(['delegation.size', 'meeting.venue']);
  });
});

describe('a rate after the counted noun', () => {
  const facets = (text: string) => parseFigures(text, { year: 2026 }).map((f) => f.facet ?? null);

  it('counts no whole: "one visa each"', () => {
    expect(facets('5 Taliban officials in the delegation; Belgium issued one visa each')).toEqual(['delegation.size', null]);
    expect(facets('Belgium gave one visa each to the five envoys')).toEqual([null, 'delegation.size']);
  });

  it('is no rate where "each" opens a phrase of its own', () => {
    expect(facets('Belgium issued five visas each valid for one day')).toEqual(['visas.issued', 'visas.validity']);
    expect(facets('Belgium issued twelve visas each for a single day to the Taliban delegation')).toEqual(['visas.issued', 'visas.validity']);
    expect(facets('Twelve Taliban officials each from a different ministry came to Brussels')).toEqual(['delegation.size', 'meeting.venue']);
  });

  it('ends its clause or a coordination: "apiece and no more"', () => {
    expect(facets('Belgium gave the envoys two visas apiece and no more')).toEqual([null]);
    expect(facets('Belgium gave the envoys two visas each, valid for a day')).toEqual([null, 'visas.validity']);
  });
});

describe("a count of one country's asylum seekers", () => {
  const facets = (text: string) => parseFigures(text, { year: 2026 }).map((f) => f.facet ?? null);

  it("is no count of the EU's: the clause places it in that country", () => {
    expect(facets('In 2015, 41,564 of the roughly 163,000 asylum seekers who came to Sweden were Afghans.')).toEqual([null, null, null]);
    expect(facets("Germany's asylum office counted 50,000 asylum applications from Afghans last year.")).toEqual([null]);
    expect(facets('Afghans lodged about one million asylum applications in the EU between 2015 and 2024.')[0]).toBe('asylum.applications');
  });

  it('is read as a misspelt noun only where a word is misspelt, not where a cue was ruled out', () => {
    expect(facets('More than 2,600 Afghans are staying in Belgian reception centres, and half of Afghan asylum applications in Belgium are refused.')).toEqual([null]);
    expect(facets('Five Taleban officals met Commission staff.')).toEqual(['delegation.size']);
    // A cue word's singular or plural is no misspelling of it: "Afghan" is no misspelt "Afghans".
    expect(facets('50,000 Afghan asylum seekers arrived in Germany last year.')).toEqual([null]);
  });
});
