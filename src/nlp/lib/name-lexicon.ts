/**
 * Word lists that name recognition reads as data: titles, organisation and place head words,
 * given names and name-shape patterns. Lower-case keys; compare against a token's `norm`.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that head a title before a person's name; trimmed out of PERSON spans. */
export const TITLE_HEADS = set(`
  president minister secretary-general secretary general colonel col col. lt lt. gen gen. captain capt capt.
  commander chairman chairwoman chair spokesman spokeswoman spokesperson ambassador envoy king queen prince
  emir mr mr. mrs mrs. ms ms. dr dr. senator governor mayor judge director chief head leader premier chancellor
  speaker sultan commissioner officer sergeant sgt marshal admiral major-general lieutenant-general brig. brigadier
  deputy prosecutor representative rep. sen. gov. pm vice-president
`);

/** Words that may precede a title head and belong to the title ("Interior Minister", "Major General"). */
export const TITLE_MODIFIERS = set(`
  interior foreign defense defence deputy prime first vice acting major lieutenant brigadier chief senior former
  supreme secretary executive assistant state home finance justice economy economic security army military
  police border national special general attorney press
`);

/** Lower-case words before a name that mark it as a person ("spokesman Zabihullah Mujahid"). */
export const PERSON_CUES_BEFORE = set(`
  spokesman spokeswoman spokesperson minister president commander analyst expert researcher journalist colonel
  general leader chief correspondent reporter author writer professor scholar activist blogger dissident cleric
  mullah imam ambassador envoy official officer director chairman deputy premier son daughter wife brother
  father mother
`);

/** Verbs after a name that mark it as a speaker, hence usually a person. */
export const SPEECH_VERBS = set(`
  said says told added noted stated wrote explained argued claimed announced confirmed denied insisted warned
  stressed recalled believes thinks suggested asserted concluded according
`);

/** Head words that end an organisation's name and never a place's ("Montreal Hockey Club", "Brussels Stock Exchange"). */
export const ORG_ONLY_HEADS = set(`
  club league party committee ministry council agency association institute bank company corporation exchange
  university college foundation commission bureau department
`);

/** Head words of organisation names. */
export const ORG_HEADS = set(`
  committee ministry party movement agency organization organisation council service services office bureau
  department court assembly union institute center centre university college bank news press television tv
  radio times post journal network foundation association federation commission authority administration
  parliament senate congress government corporation company group forces force chiefs staff guard guards police
  directorate secretariat academy society fund program programme mission coalition alliance league
  committee's outlook review daily herald tribune gazette broadcasting channel command headquarters
`);

/** Heads that make an organisation an armed or militant group. */
export const GROUP_HEADS = set(`
  brigade brigades lashkar jamaat jamaat-e jamoat tehreek tehrik front army militia battalion battalions
  mujahideen taliban jihad hizb harakat ansar katibat
`);

/** Lower-case words after a name that mark a group ("the X group", "X militants"). */
export const GROUP_CUES_AFTER = set(`militants fighters insurgents jihadists militia rebels terrorists extremists`);

/** Place heads inside a name, and lower-case words after one ("Kunduz province"). */
export const GPE_HEADS = set(`province region district oblast city republic emirate kingdom federation state county village town governorate`);
export const LOC_HEADS = set(`river valley gorge mountains mountain range sea lake desert pass corridor plateau basin gulf strait peninsula`);

/** Connectors allowed inside an organisation name once a head word has been seen. */
export const ORG_CONNECTORS = set(`of for the on de`);

/** Particles inside Arabic, Persian and Pashto names ("al-Assad", "bin Laden", "Lashkar-e"). */
export const NAME_PARTICLES = set(`al el ul ud ad ar as ash at az bin ibn bint abu e i o da`);

/** Honorifics that stay inside a person's name ("Mullah Omar", "Haji ..."). */
export const NAME_HONORIFICS = set(`mullah mulla haji hajji sheikh shaikh maulvi mawlawi mawlavi qari hafiz sayed sayyid`);

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = set(`
  january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday i i'm i've ok tv am pm gmt utc
  mr mrs ms dr god allah islam islamic islamist muslim muslims christian jihadist jihadists jihad caliphate
  part chapter section figure table photo map source sources read more related comments comment home share
  a an the this that these those there here he she it we they you his her its our their my your
  north south east west northern southern eastern western northeastern northwestern southeastern southwestern
  central greater upper lower
`);

/** Given names common in the region and in English-language news; a first token here suggests a person. */
export const GIVEN_NAMES = set(`
  abdul abdullah abdulla abdurahmon ahmad ahmed ahmet akbar ali alisher amir amrullah anatoly anatoliy andrei andrey
  antonio anvar ashraf asadullah aziz bahrom bakhtiyor bashar bobojon bruce daler davlat dilshod dmitry dmitri
  dzhamshed emomali erkin farhod farrukh faridun firuz gulmurod hamid hasan hassan hesham hikmatullah husain hussein
  ibrahim ikrom imomali islam ismail jamshed jamshid jalaluddin john jonathan karim khalid khan kholiq lucas mahmoud
  mahmud mansur mansour masoud massoud michael mikhail mirzo mohammad mohammed muhammad muhammadjon muhiddin mumin
  mustafa nazar nikolai nur nuriddin olim omar oleg paul peter rahim rakhim ramazon rashid riccardo robert rustam
  said saidjafar saimumin salim sergei sergey shamsiddin sharif sharofiddin shavkat shukhrat sirajuddin sultan
  sulaymon sulton tohir umar umarali usmon valery valeriy vladimir yusuf zabihullah zafar zarif zaur abu hamza
  david james william richard thomas mark andrew daniel joseph charles george edward steven stephen matthew
  christopher anthony kevin brian jason ryan eric jacob alexander alexei alexey ivan igor yuri viktor maria anna
  elena olga sarah laura emily jennifer mary elizabeth catherine nadia farangis fatima zarina malika
`);

/** Surname endings of Central Asian, Persian, Arabic and Russian names. */
export const PERSON_SUFFIX = /(?:ov|ova|ev|eva|yev|yeva|zoda|zod|zade|zada|iddin|uddin|ullah|ulloh|ulla|jon|bek|bekov|sky|ski|enko|vich|ovich|evich|ovna|evna|shoev)$/;

/** Endings of country and region names. */
export const GPE_SUFFIX = /(?:stan|land)$/;

/** Endings of nationality adjectives (Syrian, Lebanese). */
export const NORP_SUFFIX = /(?:ian|ean|ese|ish|iot)$/;

/** Heads of names that are events, documents or eras rather than actors ("Civil War", "Doha Agreement"). */
export const NON_ACTOR_HEADS = set(`
  war wars revolution conflict crisis game games summit conference treaty accord accords agreement act plan
  operation campaign posts post-cold era period day week award prize doctrine strategy report index
`);
