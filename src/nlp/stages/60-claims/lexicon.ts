/** Attribution cues and the words that shape speakers and stances: data, not branches. */
import type { ClaimAnn } from '../../../core/doc.js';

export type Stance = ClaimAnn['stance'];
export type Kind = ClaimAnn['kind'];

export interface CueDef {
  /** lower-cased word forms, in order */
  words: string[];
  stance: Stance;
  kind: Kind;
  /** a participle continuing an earlier attribution ("…, saying …") */
  participle: boolean;
  /** "according to X": the source follows the cue */
  sourceAfter: boolean;
  /** the cue takes an addressee before its content ("told Reuters that …") */
  addressee: boolean;
  /** counts only with a named or impersonal subject ("research indicates"), not "this suggests" */
  needsSubject: boolean;
  /** "X was quoted as saying": the passive subject is the speaker */
  passiveSpeaker: boolean;
  /** the subject must be able to speak or think ("Security issues threatened" is no source) */
  agentOnly: boolean;
  /** a cue only with a "to" infinitive after it ("declined to comment", not "declined sharply") */
  infinitive: boolean;
  /** a cue only before "the <count> at <number>" ("put the death toll at 23", not "put the plan on hold") */
  figureAt: boolean;
  /** a cue only before a message and a colon ("released the following statement: “…”", not "released the hostages") */
  messageColon: boolean;
  /** a cue only after something written that carries words ("a banner read …", not "she read the report") */
  written: boolean;
}

export type CueFlags = Partial<Omit<CueDef, 'words' | 'stance' | 'kind'>>;

/** Every cue definition is made here, all fields present: one object shape for the code that reads them. */
export function cueDef(words: string[], stance: Stance, kind: Kind, f: CueFlags = {}): CueDef {
  return {
    words,
    stance,
    kind,
    participle: f.participle ?? false,
    sourceAfter: f.sourceAfter ?? false,
    addressee: f.addressee ?? false,
    needsSubject: f.needsSubject ?? false,
    passiveSpeaker: f.passiveSpeaker ?? false,
    agentOnly: f.agentOnly ?? false,
    infinitive: f.infinitive ?? false,
    figureAt: f.figureAt ?? false,
    messageColon: f.messageColon ?? false,
    written: f.written ?? false,
  };
}

type Row = [forms: string, stance: Stance, kind: Kind, flags?: CueFlags] | [string, Stance, Kind];
const ROWS: Row[] = [
  ['say says said saying', 'assert', 'statement'],
  ['tell tells told telling', 'assert', 'statement', { addressee: true }],
  ['claim claims claimed claiming', 'assert', 'statement'],
  ['confirm confirms confirmed confirming', 'assert', 'statement'],
  ['announce announces announced announcing', 'assert', 'statement'],
  ['insist insists insisted insisting', 'assert', 'statement'],
  ['state states stated stating', 'assert', 'statement'],
  ['report reports reported reporting', 'assert', 'statement'],
  ['write writes wrote writing', 'assert', 'statement'],
  ['note notes noted noting', 'assert', 'statement'],
  ['add adds added adding', 'assert', 'statement'],
  ['argue argues argued arguing', 'assert', 'statement'],
  ['assert asserts asserted asserting', 'assert', 'statement'],
  ['stress stresses stressed stressing', 'assert', 'statement'],
  ['emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising', 'assert', 'statement'],
  ['explain explains explained explaining', 'assert', 'statement'],
  ['declare declares declared declaring', 'assert', 'statement'],
  ['acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting', 'assert', 'statement'],
  ['maintain maintains maintained', 'assert', 'statement', { agentOnly: true }],
  ['remark remarks remarked reiterate reiterates reiterated', 'assert', 'statement'],
  ['conclude concludes concluded concluding', 'assert', 'statement'],
  ['reveal reveals revealed disclose discloses disclosed', 'assert', 'statement'],
  ['indicate indicates indicated show shows showed suggest suggests suggested found finds', 'assert', 'statement', { needsSubject: true }],
  ['ask asks asked asking reply replies replied replying tweet tweets tweeted describes described praise praises praised', 'assert', 'statement'],
  ['urge urges urged urging', 'assert', 'statement'],
  ['concede concedes conceded conceding recall recalls recalled recalling mention mentions mentioned', 'assert', 'statement'],
  ['agree agrees agreed', 'assert', 'statement', { agentOnly: true }],
  ['express expresses expressed expressing', 'assert', 'belief', { agentOnly: true }],
  ['cite cites cited citing', 'assert', 'statement', { agentOnly: true }],
  ['criticize criticizes criticized criticise criticises criticised', 'allege', 'statement'],
  ['want wants wanted', 'predict', 'intention', { agentOnly: true, needsSubject: true }],
  ['deny denies denied denying', 'deny', 'statement'],
  ['reject rejects rejected rejecting dismiss dismisses dismissed refute refutes refuted rebuffed', 'deny', 'statement'],
  ['accuse accuses accused accusing allege alleges alleged alleging blame blames blamed blaming', 'allege', 'statement'],
  ['estimate estimates estimated estimating', 'estimate', 'statement'],
  ['put puts placed places', 'estimate', 'statement', { figureAt: true, agentOnly: true }],
  ['read reads', 'assert', 'statement', { written: true }],
  ['warn warns warned warning predict predicts predicted forecast forecasts caution cautions cautioned', 'predict', 'statement'],
  ['vow vows vowed vowing pledge pledges pledged promise promises promised threaten threatens threatened threatening', 'predict', 'intention', { agentOnly: true }],
  ['plan plans planned intend intends intended', 'predict', 'intention', { needsSubject: true, agentOnly: true, infinitive: true }],
  ['believe believes believed think thinks thought fear fears feared suspect suspects suspected hope hopes hoped doubt doubts doubted', 'assert', 'belief', { agentOnly: true }],
  ['expect expects expected', 'predict', 'belief', { agentOnly: true }],
  ['see sees saw view views viewed consider considers considered feel feels felt know knows knew worry worries worried wonder wonders wondered', 'assert', 'belief', { agentOnly: true, needsSubject: true }],
  ['call calls called calling', 'assert', 'statement', { agentOnly: true }],
  ['continue continues continued respond responds responded answer answers answered testify testifies testified', 'assert', 'statement', { agentOnly: true }],
  ['defend defends defended propose proposes proposed recommend recommends recommended demand demands demanded', 'assert', 'statement', { agentOnly: true }],
  ['complain complains complained boast boasts boasted joke jokes joked quip quips quipped lament laments lamented', 'assert', 'statement', { agentOnly: true }],
  ['question questions questioned blast blasts blasted slam slams slammed', 'allege', 'statement', { agentOnly: true }],
  ['assure assures assured inform informs informed', 'assert', 'statement', { agentOnly: true, addressee: true }],
  ['denounce denounces denounced denouncing condemn condemns condemned condemning mock mocks mocked mocking', 'allege', 'statement', { agentOnly: true }],
  ['echo echoes echoed echoing thank thanks thanked thanking describe describing discuss discusses discussed discussing', 'assert', 'statement', { agentOnly: true }],
  ['endorse endorses endorsed endorsing', 'assert', 'statement', { agentOnly: true, needsSubject: true }],
  ['seek seeks sought seeking decide decides decided refuse refuses refused offer offers offered', 'predict', 'intention', { agentOnly: true, needsSubject: true }],
  ['prefer prefers preferred', 'assert', 'belief', { agentOnly: true, needsSubject: true }],
  ['retract retracts retracted recant recants recanted', 'retract', 'statement'],
  ['discover discovers discovered learn learns learned learnt observe observes observed recognize recognizes recognized recognise recognises recognised', 'assert', 'belief', { agentOnly: true, needsSubject: true }],
  ['contend contends contended proclaim proclaims proclaimed tout touts touted signal signals signaled signalled', 'assert', 'statement', { agentOnly: true }],
  ['hail hails hailed laud lauds lauded applaud applauds applauded commend commends commended welcome welcomes welcomed', 'assert', 'statement', { agentOnly: true, needsSubject: true }],
  ['charge charges charged scold scolds scolded chide chides chided lambast lambasted berate berated ridicule ridiculed', 'allege', 'statement', { agentOnly: true }],
  ['downplay downplays downplayed dispute disputes disputed contradict contradicts contradicted', 'deny', 'statement', { agentOnly: true }],
  ['decline declines declined aim aims aimed', 'predict', 'intention', { agentOnly: true, needsSubject: true, infinitive: true }],
  // further verbs of saying, judging and thinking, by their classes in English grammars (not drawn from any corpus)
  ['affirm affirms affirmed aver avers averred avow avows avowed certify certifies certified confess confesses confessed confide confides confided', 'assert', 'statement', { agentOnly: true }],
  ['divulge divulges divulged exclaim exclaims exclaimed profess professes professed recount recounts recounted retort retorts retorted', 'assert', 'statement', { agentOnly: true }],
  ['hint hints hinted imply implies implied insinuate insinuates insinuated', 'assert', 'statement', { needsSubject: true }],
  ['comment comments commented opine opines opined muse muses mused theorize theorizes theorized theorise theorises theorised', 'assert', 'statement', { agentOnly: true }],
  ['underscore underscores underscored underline underlines underlined highlight highlights highlighted clarify clarifies clarified', 'assert', 'statement', { agentOnly: true, needsSubject: true }],
  ['shout shouts shouted yell yells yelled scream screams screamed whisper whispers whispered mutter mutters muttered chant chants chanted', 'assert', 'statement', { agentOnly: true }],
  ['brag brags bragged grumble grumbles grumbled gripe gripes griped moan moans moaned protest protests protested', 'assert', 'statement', { agentOnly: true }],
  ['remind reminds reminded reassure reassures reassured advise advises advised instruct instructs instructed counsel counsels counseled counselled', 'assert', 'statement', { agentOnly: true, addressee: true }],
  ['implore implores implored beg begs begged plead pleads pleaded encourage encourages encouraged', 'assert', 'statement', { agentOnly: true }],
  ['verify verifies verified corroborate corroborates corroborated attest attests attested vouch vouches vouched', 'assert', 'statement', { agentOnly: true, needsSubject: true }],
  ['rebut rebuts rebutted', 'deny', 'statement', { agentOnly: true }],
  ['apologize apologizes apologized apologise apologises apologised concur concurs concurred', 'assert', 'statement', { agentOnly: true, needsSubject: true }],
  ['swear swears swore sworn guarantee guarantees guaranteed', 'predict', 'statement', { agentOnly: true, needsSubject: true }],
  ['speculate speculates speculated surmise surmises surmised infer infers inferred', 'assert', 'belief', { agentOnly: true }],
  ['assume assumes assumed presume presumes presumed suppose supposes supposed reckon reckons reckoned guess guesses guessed imagine imagines imagined', 'assert', 'belief', { agentOnly: true, needsSubject: true }],
  ['realize realizes realized realise realises realised understand understands understood determine determines determined', 'assert', 'belief', { agentOnly: true, needsSubject: true }],
  ['wish wishes wished regret regrets regretted', 'assert', 'belief', { agentOnly: true, needsSubject: true }],
  ['castigate castigates castigated chastise chastises chastised rebuke rebukes rebuked reprimand reprimands reprimanded fault faults faulted', 'allege', 'statement', { agentOnly: true }],
  ['decry decries decried deride derides derided disparage disparages disparaged belittle belittles belittled excoriate excoriates excoriated lambaste lambastes deplore deplores deplored', 'allege', 'statement', { agentOnly: true }],
  ['post posts posted repeat repeats repeated', 'assert', 'statement', { agentOnly: true, needsSubject: true }],
  ['emailed', 'assert', 'statement', { agentOnly: true, needsSubject: true, addressee: true }],
  ['challenge challenges challenged', 'deny', 'statement', { agentOnly: true, needsSubject: true }],
  ['request requests requested', 'assert', 'statement', { agentOnly: true, needsSubject: true }],
  ['release releases released issue issues issued publish publishes published', 'assert', 'statement', { agentOnly: true, needsSubject: true, messageColon: true }],
  ['liken likens likened characterize characterizes characterized characterise characterises characterised portray portrays portrayed depict depicts depicted dub dubs dubbed', 'assert', 'statement', { agentOnly: true }],
];
const MULTI: [string, Stance, Kind, CueFlags?][] = [
  ['according to', 'assert', 'statement', { sourceAfter: true }],
  ['quoted as saying', 'assert', 'statement', { passiveSpeaker: true }],
  ['responded by saying', 'assert', 'statement'],
  ['responds by saying', 'assert', 'statement'],
  ['pointing out', 'assert', 'statement', { participle: true }],
  ['pointed out', 'assert', 'statement'],
  ['points out', 'assert', 'statement'],
  ['made it clear', 'assert', 'statement'],
  ['called for', 'assert', 'statement'],
  ['calls for', 'assert', 'statement'],
  ['calling for', 'assert', 'statement', { participle: true }],
  ['called on', 'assert', 'statement'],
  ['calls on', 'assert', 'statement'],
  ['walked back', 'retract', 'statement'],
  ['referring to', 'assert', 'statement', { participle: true }],
  ['referred to', 'assert', 'statement'],
  ['talking about', 'assert', 'statement', { participle: true }],
  ['talked about', 'assert', 'statement'],
  ['spoke about', 'assert', 'statement'],
  ['spoke of', 'assert', 'statement'],
  ['hoping', 'predict', 'belief', { participle: true }],
  ['complained about', 'allege', 'statement'],
  ['complains about', 'allege', 'statement'],
  ['spoke out', 'assert', 'statement'],
  ['speaks out', 'assert', 'statement'],
  ['speaking out', 'assert', 'statement'],
  ['talks about', 'assert', 'statement'],
  ['speaks about', 'assert', 'statement'],
  ['speaking about', 'assert', 'statement', { participle: true }],
  ['speaking of', 'assert', 'statement', { participle: true }],
  ['weighed in', 'assert', 'statement'],
  ['weighs in', 'assert', 'statement'],
  ['pointed to', 'assert', 'statement'],
  ['points to', 'assert', 'statement'],
  ['railed against', 'allege', 'statement'],
  ['rails against', 'allege', 'statement'],
  ['lashed out at', 'allege', 'statement'],
  ['lashes out at', 'allege', 'statement'],
  // (not "shot back" or "fired back": in a conflict those are as often gunfire; not "pushed back the rebels")
  ['pushed back on', 'deny', 'statement'],
  ['pushed back against', 'deny', 'statement'],
  ['pushes back on', 'deny', 'statement'],
  ['pushes back against', 'deny', 'statement'],
  ['took issue with', 'deny', 'statement'],
  ['takes issue with', 'deny', 'statement'],
  ['sounded off', 'assert', 'statement'],
  ['point to', 'assert', 'statement', { agentOnly: true }],
  ['laid out', 'assert', 'statement'],
  ['lays out', 'assert', 'statement'],
  ['took aim at', 'allege', 'statement'],
  ['takes aim at', 'allege', 'statement'],
  ['promising', 'predict', 'intention', { participle: true }],
  ['put it', 'assert', 'statement', { agentOnly: true }],
  ['put it this way', 'assert', 'statement', { agentOnly: true }],
  ['puts it', 'assert', 'statement', { agentOnly: true }],
];

/** first word → cue definitions starting with it, longest first */
export const CUES = new Map<string, CueDef[]>();
function add(def: CueDef): void {
  const list = CUES.get(def.words[0]!) ?? [];
  list.push(def);
  list.sort((a, b) => b.words.length - a.words.length);
  CUES.set(def.words[0]!, list);
}
for (const [forms, stance, kind, flags] of ROWS) {
  const list = forms.split(' ');
  for (const f of [...list, ...ingForms(list)]) add(cueDef([f], stance, kind, { participle: f.endsWith('ing'), ...flags }));
}

/**
 * The "-ing" forms a row leaves out ("is demanding", "…, slamming the plan"): built from each base form, the one
 * whose "-s"/"-es"/"-ies" form is in the row; a final consonant doubles when the row's past form doubles it ("slammed").
 */
export function ingForms(row: readonly string[]): string[] {
  const has = new Set(row);
  const out: string[] = [];
  for (const w of row) {
    const y = w.endsWith('y') && has.has(`${w.slice(0, -1)}ies`);
    if (!has.has(`${w}s`) && !has.has(`${w}es`) && !y) continue;
    let ing: string;
    if (has.has(`${w}${w.slice(-1)}ed`)) ing = `${w}${w.slice(-1)}ing`;
    else if (/[^e]e$/.test(w)) ing = `${w.slice(0, -1)}ing`;
    else if (w.endsWith('ie')) ing = `${w.slice(0, -2)}ying`;
    else ing = `${w}ing`;
    if (!has.has(ing)) out.push(ing);
  }
  return out;
}
for (const [phrase, stance, kind, flags] of MULTI) add(cueDef(phrase.split(' '), stance, kind, flags));

/** words skipped between a subject and its cue ("the Taliban then rejected", "has also said") */
export const BETWEEN_SUBJECT_AND_CUE = new Set(
  (
    'has have had is was were are be been did does do will would also then later earlier reportedly publicly repeatedly previously recently officially subsequently further again already once openly initially quickly formally just first now still today yesterday' +
    // an emphatic pronoun after its subject ("the government itself said", "Rahimov himself told")
    ' itself himself herself themselves'
  ).split(' '),
);
export const NEGATORS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no']);
/** what a negated report may still hold: an embedded question or an amount of what is said ("did not say whether P", "much about X") */
export const WITHHELD = /^(?:whether|if|how|what|who|whom|when|where|why|which|much|anything|little|more)\b/i;
/** a content that reports nothing ("the group has said nothing") */
export const NOTHING = /^(?:nothing|none|little)$/i;
/** words of relative time phrases the time layer may leave unresolved ("last week", "this morning") */
export const TIME_WORD = /^(?:last|next|this|earlier|later|week|weekend|month|year|day|night|morning|afternoon|evening|today|yesterday|tonight|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** possessive determiners: before a cue word they make it a noun ("his calls for …", "their promises to …") */
export const POSSESSIVE_DETERMINER = /^(?:his|her|its|their|my|our|your)$/;
/** quantifiers that stand for unnamed people as a subject ("Some believe", "Most said", "Both think") */
export const QUANTIFIER = /^(?:some|many|most|few|several|both|all|others|everyone|everybody)$/;
/** the share of a group that a relative pronoun after "of" names: "some of whom", "most of which" */
export const SHARE = /^(?:some|many|most|all|none|one|two|three|several|both|few|half|each|either|neither|majority)$/;
/** words ending a subject chunk when walking back from the cue */
export const CLAUSE_WORDS = new Set('that and but while because as which who whom whose where when if although though so since after before whereas'.split(' '));
/** media nouns: "in a statement", "in a piece for X" are not part of the subject */
export const MEDIUM_NOUNS = new Set('statement statements piece interview article op-ed column post speech address letter remarks comments report tweet video briefing conference message broadcast blog podcast'.split(' '));
/** heads naming a body that speaks as one: "Tajik authorities" is the named Tajik state */
export const COLLECTIVE_HEADS = new Set(
  ('authorities government officials ministry police army forces military regime leadership administration command council office embassy committee movement service services presidency cabinet parliament city town county province municipality' +
    // more than one ("both governments said", "the two councils agreed")
    ' governments ministries councils committees embassies parliaments administrations offices cabinets'
  ).split(' '),
);
/** heads that make a source impersonal: unattributed unless a named body is attached */
export const IMPERSONAL_HEADS = new Set('research reports report information data evidence analysis analyses study studies intelligence documents document findings investigation pact agreement treaty law figures statistics estimates survey surveys poll polls polling average averages tally census brief filing filings lawsuit complaint memo memorandum indictment affidavit'.split(' '));
/** generic people: anonymous even when capitalised at the start of a sentence */
export const ANONYMOUS_HEADS = new Set('observers experts analysts sources source witnesses residents critics commentators diplomats officers insiders activists journalists people someone locals villagers eyewitnesses native natives'.split(' '));
/** heads that can stand for people; an anonymous source must have one ("Security issues threatened" is no source) */
export const PERSON_HEAD_RE = /^(?:those|surrogates?|docs|observers?|experts?|analysts?|sources?|witness(?:es)?|residents?|critics?|commentators?|diplomats?|officers?|officials?|insiders?|activists?|journalists?|people|persons?|someone|locals|villagers|members?|family|friends?|colleagues?|associates?|others|supporters?|opponents?|representatives?|leaders?|investigators?|researchers?|scholars?|spokes(?:man|woman|person)|authorities|government|ministry|police|army|forces|military|regime|media|outlets?|agency|agencies|press|cable|report|reports|statement|commanders?|fighters?|militants?|soldiers?|guards?|relatives?|brother|sister|father|mother|wife|son|daughter|man|woman|men|women|natives?|citizens?|nationals?|inhabitants?|students?|migrants?|immigrants?|refugees?|victims?|veterans?|patients?|parents?|tenants?|pilgrims?|clerics?|imams?|mullahs?|priests?|monks?|deputy|deputies|envoys?|delegates?|candidates?|individuals?|adults?|youths?|teens?|boys?|girls?|children|kids|guests?)$|(?:ists?|ers?|ors?|ians?|ees?|[a-z]{3}m[ae]n)$/; // "fishermen", "a congressman"
/** more heads that stand for people or bodies able to speak: "the nominee", "the union", "a majority of voters" */
export const AGENT_HEADS = new Set(
  'nominee nominees candidate candidates president senator senators governor mayor judge judges court courts union unions group groups party parties campaign campaigns committee coalition alliance organization organizations association institute foundation network company companies firm firms bank banks board panel staff team aides aide chief public country countries nation nations state states congress senate house citizens parents students workers residents voters americans democrats republicans conservatives liberals progressives majority minority everyone nobody newspaper paper magazine website site outlet station channel network agency department lawmakers legislators administration church clergy pundits scientists economists doctors nurses teachers protesters demonstrators advocates allies rivals opponents delegates donors individuals families businesses households fans children kids folks crowd crowds audience audiences communities governments institutions universities colleges schools churches hospitals physicians evangelicals muslims jews immigrants veterans'.split(' '),
);
/** cues that take a clause without "that", so a verb right after them starts it ("laws that some say target X"); "the report that X wrote was false" is no such clause */
export const CLAUSE_TAKING = /^(?:say|says|said|believe[sd]?|think|thinks|thought|claim(?:s|ed)?|allege[sd]?|suspect(?:s|ed)?|fear(?:s|ed)?|estimate[sd]?|expect(?:s|ed)?|argue[sd]?|contend(?:s|ed)?|insist(?:s|ed)?|suggest(?:s|ed)?|know|knows|knew|report(?:s|ed)?|assume[sd]?|hope[sd]?|predict(?:s|ed)?|assert(?:s|ed)?|maintain(?:s|ed)?|warn(?:s|ed)?)$/;
/** a head noun that can stand for someone who speaks, on any of the head lists ("the head of the agency", "members of the group") */
export const canSpeak = (norm: string) => PERSON_HEAD_RE.test(norm) || AGENT_HEADS.has(norm) || ROLE_HEADS.has(norm) || COLLECTIVE_HEADS.has(norm) || ANONYMOUS_HEADS.has(norm);
/** quantities of people whose real head follows "of": "52 percent of voters", "a majority of Republicans" */
export const PARTITIVE_HEADS = /^(?:percent|majority|minority|plurality|half|third|quarter|number|handful|dozens|hundreds|thousands|millions|share|most|many|some|one|two|three|several|few|none|each|all|another|both|group)$/;
/** role nouns a definite description can refer back with ("the minister said") */
export const ROLE_HEADS = new Set('minister president chief spokesman spokeswoman spokesperson researcher commander leader head ambassador general envoy director secretary chairman colonel official analyst expert journalist author officer governor mayor'.split(' '));
export const PRONOUNS: Record<string, 'PERSON' | 'GROUPISH'> = { he: 'PERSON', she: 'PERSON', they: 'GROUPISH', it: 'GROUPISH', his: 'PERSON', her: 'PERSON', their: 'GROUPISH', its: 'GROUPISH' };
/** quantifiers that put the head after "of": "one of Halimov's colleagues" */
export const PARTITIVES = new Set('one some many several none each two three few most all another'.split(' '));

export { HEDGE_RE } from '../../lib/hedges.js';

/** Negating or corrective content: "only bullets were fired, not rockets", "the report was false". */
export const DENY_CONTENT_RE = /,\s*(?:and\s+)?not\s+(?!only\b)\w+|\b(?:false|untrue|baseless|groundless|fabricated|unfounded|not\s+true|fake\s+news)\b/i;
/** content whose point is a count */
export const ESTIMATE_CONTENT_RE = /\b(?:number|numbers|total|totals|toll|count|figure|strength|reached|reach|reaches|stands?\s+at|estimated)\b/i;
/** content about the future */
export const FUTURE_CONTENT_RE = /\b(?:will|would|shall|won't|wouldn't|'ll|is\s+going\s+to|are\s+going\s+to|plans?\s+to|intends?\s+to)\b/i;
/** sentences the author asserts with an epistemic marker, though no one is quoted */
export const AUTHOR_MARKER_RE = /\b(?:(?:is|are|was|were)\s+(?:believed|thought|suspected|alleged|reported|expected|said)\s+to|it\s+is\s+(?:believed|thought|expected|alleged|reported|likely)\s+that|(?:seems?|seemed)(?=\s+(?!(?:to\s+(?:me|him|her|us|them)|that)\b)\p{L})|(?:appears?|appeared)(?=\s+to\s+(?!(?:me|him|her|us|them|the|a|an)\b)\p{L})|(?<=\bit\s+)(?:seems|seemed|appears|appeared)(?=\s+that\b)|reportedly|allegedly|purportedly|apparently|(?:proved|proven|turned\s+out|was\s+shown)\s+to\s+be\s+(?:false|untrue|wrong|incorrect|unfounded))\b/iu;

/** cues that may come before their source ("…,” reported Reuters.") */
export const SAY_LIKE = /^(?:said|says|added|adds|told|wrote|writes|noted|notes|explained|stated|asked|asks|continued|concluded|reported|reports|recalled|insisted|argued|declared|replied|responded|warned|admitted|acknowledged|observed|remarked|quipped|joked|tweeted|announced|countered|cautioned|predicted|conceded)$/;
/** subject pronouns: "she and another reporter said", "… after she attacked X and blamed Y" */
export const SUBJECT_PRONOUN = /^(?:i|you|he|she|we|they)$/;
