/** Boundary and type conventions (docs/span-conventions.md) as a case table; many names here are in no list. */
import { describe, expect, it } from 'vitest';
import { tokenisedDoc } from '../../../test-support/doc.js';
import { testNlpContext } from '../../../test-support/kb.js';
import { mentionsStage } from './index.js';

function found(text: string): string[] {
  const doc = tokenisedDoc(text);
  mentionsStage.run(doc, testNlpContext());
  return doc.layers.mentions!.map((m) => `${m.text}/${m.type}`);
}

// [sentence, a mention that must be found as text/TYPE]
const MUST: [string, string][] = [
  ['Dilnoza Rakhimova runs a bakery in the old town.', 'Dilnoza Rakhimova/PERSON'],
  ['The report was written by Jonas Whitfield last year.', 'Jonas Whitfield/PERSON'],
  ['Police arrested Bekzod Tursunov on Friday.', 'Bekzod Tursunov/PERSON'],
  ['Farhod Mirzoev, a farmer, lost his cattle.', 'Farhod Mirzoev/PERSON'],
  ['Governor Tolib Sharifzoda opened the bridge.', 'Tolib Sharifzoda/PERSON'],
  ['General Nurali Sattorov inspected the post.', 'Nurali Sattorov/PERSON'],
  ['Deputy Interior Minister Abdurahim Kholov spoke briefly.', 'Abdurahim Kholov/PERSON'],
  ['Prince Harald Lindqvist visited the clinic.', 'Harald Lindqvist/PERSON'],
  ['Col. Anvar Yusupov denied the account.', 'Anvar Yusupov/PERSON'],
  ['Mullah Omar led the movement for years.', 'Mullah Omar/PERSON'],
  ['Abdul Ghani Baradar travelled to the capital.', 'Abdul Ghani Baradar/PERSON'],
  ['Witnesses named Hesham al-Naggar as the driver.', 'Hesham al-Naggar/PERSON'],
  ['Sirojiddin Qurbonov said the road was closed.', 'Sirojiddin Qurbonov/PERSON'],
  ['Mariam Halvorsen told reporters the vote was fair.', 'Mariam Halvorsen/PERSON'],
  ['According to Sherali Boqizoda, the talks stalled.', 'Sherali Boqizoda/PERSON'],
  ['The letter was signed by Gulnora Saidova and two others.', 'Gulnora Saidova/PERSON'],
  ['Kamoliddin Ashurov was released after a week.', 'Kamoliddin Ashurov/PERSON'],
  ['Analysts such as Pieter van Doorn doubt the figures.', 'Pieter van Doorn/PERSON'],
  ['Yusuf Rahmatullah was seen near the market.', 'Yusuf Rahmatullah/PERSON'],
  ['Islom Karimzoda met Shahlo Davlatova in the office.', 'Shahlo Davlatova/PERSON'],
  ['The Ministry of Water Resources issued a notice.', 'Ministry of Water Resources/ORG'],
  ['The Agency for Drug Control seized heroin.', 'Agency for Drug Control/ORG'],
  ['Volunteers of the Pamir Relief Fund delivered flour.', 'Pamir Relief Fund/ORG'],
  ['The Kazakh Defence Ministry ordered drills.', 'Kazakh Defence Ministry/ORG'],
  ['She joined the Central Asian Institute for Peace last year.', 'Central Asian Institute for Peace/ORG'],
  ['A statement from the Union of Independent Journalists followed.', 'Union of Independent Journalists/ORG'],
  ['The Zarafshon Mining Company cut jobs.', 'Zarafshon Mining Company/ORG'],
  ['The National Bank raised its rate.', 'National Bank/ORG'],
  ['The University of Helsinki hosted the meeting.', 'University of Helsinki/ORG'],
  ['He worked for the Red Cross in the south.', 'Red Cross/ORG'],
  ['A cell of the Jundallah Brigade was found.', 'Jundallah Brigade/GROUP'],
  ['The Kunar Mujahideen Front claimed the attack.', 'Kunar Mujahideen Front/GROUP'],
  ['Fighters of Jamaat Ansarullah crossed at night.', 'Jamaat Ansarullah/GROUP'],
  ['Police said the Lashkar-e Mansouri unit had moved.', 'Lashkar-e Mansouri/GROUP'],
  ['ISIS-Khorasan claimed the bombing.', 'ISIS-Khorasan/GROUP'],
  ['The Taliban denied it.', 'Taliban/GROUP'],
  ['The GKNB detained three men.', 'GKNB/ORG'],
  ['The CSTO held drills.', 'CSTO/ORG'],
  ['Troops crossed the Panj River near Khorog.', 'Panj River/LOC'],
  ['Villagers fled toward the Vakhsh River after dark.', 'Vakhsh River/LOC'],
  ['Fighting spread in Darvozak province overnight.', 'Darvozak/GPE'],
  ['The convoy reached Khujand at noon.', 'Khujand/GPE'],
  ['Flights from Istanbul were cancelled.', 'Istanbul/GPE'],
  ['Refugees arrived in Mazar-i-Sharif last week.', 'Mazar-i-Sharif/GPE'],
  ['Trade with Uzbekistan grew.', 'Uzbekistan/GPE'],
  ['Rains flooded parts of Badakhshan.', 'Badakhshan/GPE'],
  ['The envoy met Russia, China and Iran.', 'China/GPE'],
  ['The envoy met Russia, China and Iran.', 'Iran/GPE'],
  ['Tajikistan’s security service is the GKNB.', 'Tajikistan/GPE'],
  ['Officials in the U.S. and the UN disagreed.', 'U.S./GPE'],
  ['Uzbek officials closed the crossing.', 'Uzbek/NORP'],
  ['Russian troops stayed at the base.', 'Russian/NORP'],
  ['Rahmon met Putin in Moscow.', 'Moscow/GPE'],
  ['She moved from Lyon to Marseille.', 'Marseille/GPE'],
  ['He teaches at Kulob State University.', 'Kulob State University/ORG'],
  ['Karim Nazarov of the Pamir Relief Fund spoke.', 'Karim Nazarov/PERSON'],
  // "The" written with a capital inside a sentence belongs to the name
  ['The singer left the band The Quiet Lanterns in 2009.', 'The Quiet Lanterns/ORG'],
  // an organisation's head word outranks a place inside the name, and is kept when the model stops short of it
  ['He played for the Tromso Harbour Club for six seasons.', 'Tromso Harbour Club/ORG'],
  ['Shares fell on the Almaty Stock Exchange.', 'Almaty Stock Exchange/ORG'],
  // a sentence-initial common word opens no name, and the name after it stays whole
  ['Yesterday Oydin Qahhorova flew to Lisbon.', 'Oydin Qahhorova/PERSON'],
  ['Fighters of Jamaat Ansor al-Badakhshi crossed the river.', 'Jamaat Ansor al-Badakhshi/GROUP'],
  // a known name inside a longer one the model found: the longer one wins
  ['Members of the Anti-Taliban Coalition met in Bergen.', 'Anti-Taliban Coalition/ORG'],
  ['Floods hit Northern Afghanistan in May.', 'Northern Afghanistan/GPE'],
];

// [sentence, a string that must not be a mention on its own]
const MUST_NOT: [string, string][] = [
  ['On Wednesday, February 15, nothing happened.', 'Wednesday'],
  ['On Wednesday, February 15, nothing happened.', 'February'],
  ['In March the roads reopened.', 'March'],
  ['May was a quiet month.', 'May'],
  ['However, the plan failed.', 'However'],
  ['Security issues grew worse.', 'Security'],
  ['The Civil War ended.', 'Civil War'],
  ['Visa rules changed on Monday.', 'Visa'],
  ['Minister Amir Khan Muttaqi arrived.', 'Minister Amir Khan Muttaqi'],
  ['President Emomali Rahmon spoke.', 'President Emomali Rahmon'],
  ['Tajikistan’s border is long.', 'Tajikistan’s'],
  ['The envoy met Russia, China and Iran.', 'Russia, China'],
  ['He said “Dushanbe” twice.', '“Dushanbe'],
  ['Report by Dilshod Karimzoda\nDushanbe is calm.', 'Karimzoda\nDushanbe'],
  ['Yesterday the talks resumed.', 'Yesterday'],
  ['Officials said nothing.', 'Officials'],
  ['The Islamic State struck again.', 'The Islamic State'],
  ['He criticised the Taliban on Monday.', 'the Taliban'],
  ['Sunday was calm.', 'Sunday'],
  ['Meanwhile prices rose.', 'Meanwhile'],
  ['Today the market opened late.', 'Today'],
  ['Yesterday Oydin Qahhorova flew to Lisbon.', 'Yesterday Oydin Qahhorova'],
  ['Members of the Anti-Taliban Coalition met in Bergen.', 'Taliban'],
  ['Floods hit Northern Afghanistan in May.', 'Afghanistan'],
];

describe('30-mentions: names found, with their boundaries and types', () => {
  it.each(MUST)('%j → %s', (text, want) => {
    expect(found(text)).toContain(want);
  });
});

describe('30-mentions: what is never a mention', () => {
  it.each(MUST_NOT)('%j has no mention %j', (text, not) => {
    expect(found(text).map((m) => m.slice(0, m.lastIndexOf('/')))).not.toContain(not);
  });
});

describe('30-mentions: titles become the role', () => {
  it.each([
    ['Interior Minister Davron Safarzoda left.', 'Davron Safarzoda', 'Interior Minister'],
    ['Colonel Akmal Bobojonov arrived.', 'Akmal Bobojonov', 'Colonel'],
  ])('%j', (text, name, role) => {
    const doc = tokenisedDoc(text);
    mentionsStage.run(doc, testNlpContext());
    const m = doc.layers.mentions!.find((x) => x.text === name) as { role?: string } | undefined;
    expect(m?.role).toBe(role);
  });
});
