/**
 * Geographic precision of a place mention: 1 a city, town or village; 2 a province, region or
 * district; 3 a country. Decided from the words in or right after the mention and from short
 * lists of countries and first-level regions of the area we cover (public facts, not article text).
 */
const COUNTRIES = new Set(
  ('afghanistan tajikistan uzbekistan kyrgyzstan kazakhstan turkmenistan russia china pakistan iran india iraq syria turkey georgia azerbaijan armenia ukraine belarus moldova mongolia '
    + 'usa u.s. america britain uk england germany france spain portugal italy greece netherlands belgium switzerland austria poland czechia hungary romania bulgaria serbia sweden norway finland denmark ireland '
    + 'saudi qatar kuwait bahrain oman yemen israel palestine jordan lebanon egypt libya tunisia algeria morocco sudan somalia ethiopia kenya nigeria mali niger chad '
    + 'bangladesh nepal bhutan myanmar thailand vietnam laos cambodia malaysia indonesia philippines japan korea singapore australia canada mexico brazil argentina').split(' '),
);
const MULTIWORD_COUNTRIES = ['united states', 'united kingdom', 'saudi arabia', 'russian federation', 'united arab emirates', 'south korea', 'north korea', 'new zealand', 'south africa', 'czech republic', 'the netherlands'];
/** first-level regions of Afghanistan and Tajikistan and neighbours often named without "province" */
const REGIONS = new Set(
  'badakhshan takhar kunduz balkh jawzjan faryab samangan baghlan panjshir panjsher nangarhar kunar nuristan helmand kandahar herat ghazni paktia paktika khost logar wardak parwan kapisa laghman bamyan ghor uruzgan zabul farah nimroz badghis sar-e pul daykundi khatlon sughd gbao gorno-badakhshan chechnya dagestan xinjiang fergana pamir pamirs caucasus waziristan'.split(' '),
);
const REGION_WORDS = /\b(?:province|region|oblast|district|governorate|autonomous|territory|state|valley|area|county|prefecture)\b/i;
const CITY_WORDS = /\b(?:city|town|village|capital)\b/i;

export function geoPrecision(mentionText: string, following: string): 1 | 2 | 3 {
  const name = mentionText.toLowerCase().replace(/^the\s+/, '');
  const next = following.slice(0, 24);
  if (CITY_WORDS.test(next.split(/[,.;]/, 1)[0] ?? '')) return 1;
  if (REGION_WORDS.test(mentionText) || /^\s*(?:province|region|oblast|district|valley)\b/i.test(next)) return 2;
  if (COUNTRIES.has(name) || MULTIWORD_COUNTRIES.includes(name)) return 3;
  if (REGIONS.has(name)) return 2;
  return 1;
}
