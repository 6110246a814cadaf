/**
 * English office titles from the official-titles reference. A pre-name title ends with a head
 * ("Defense Secretary Mark Esper", "Sen. John McCain"); words before the head that qualify it
 * (nationality, organisation, "deputy", "former") belong to the title.
 */
export const EN_TITLE_HEADS: readonly string[] = [
  'president',
  'president-elect',
  'vice president',
  // British and Commonwealth papers hyphenate the deputy heads ("Vice-President Mike Pence").
  'vice-president',
  'vice-president-elect',
  'vice-premier',
  'prime minister',
  'minister',
  'premier',
  'chancellor',
  'chancellor of the exchequer',
  'lord chancellor',
  'lord chief justice',
  'first minister',
  'taoiseach',
  'king',
  'queen',
  'crown prince',
  'emir',
  'sultan',
  'supreme leader',
  'ayatollah',
  'general secretary',
  'secretary',
  'secretary of state',
  'secretary of defense',
  'secretary of the treasury',
  'secretary-general',
  'secretary general',
  'attorney general',
  'solicitor general',
  'administrator',
  'commissioner',
  'surgeon general',
  'speaker',
  'majority leader',
  'minority leader',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'lawmaker',
  'legislator',
  'mp',
  'mep',
  'peer',
  'chairman',
  'chairwoman',
  'chairperson',
  'chief justice',
  'justice',
  'judge',
  'prosecutor',
  'district attorney',
  // A federal prosecutor ("U.S. Attorney Joshua Levy", "the U.S. attorney for the Southern District");
  // the tokenizer reads "U.S." as the words "u" and "s".
  'u s attorney',
  'u s attorney general',
  'us attorney general',
  'us attorney',
  'united states attorney',
  'governor',
  'gov',
  'lt. gov',
  'mayor',
  'ambassador',
  'envoy',
  'special envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'press secretary',
  'chief of staff',
  'national security adviser',
  'national security advisor',
  'aide',
  // "State Department official Ann Lee": an office only after a government body (see title-grammar).
  'official',
  'general',
  'gen',
  'admiral',
  'adm',
  'colonel',
  'col',
  'commander',
  'ex-pm',
  'law lord',
  'cabinet colleague',
  'chief',
  'cabinet secretary',
  'pm',
  'leader',
  'director',
  'party chief',
  'police chief',
  'state councilor',
  'vice premier',
  'foreign minister',
  'defense minister',
  'defence minister',
  'interior minister',
  'finance minister',
  // Hyphenated spellings are one word to the tokenizer ("Attorney-General George Brandis").
  'attorney-general',
  'solicitor-general',
  'governor-general',
  'inspector-general',
  'auditor-general',
  'director-general',
  'surgeon-general',
  'prosecutor-general',
  // A government's chief health and science officers ("Chief Medical Officer Dr Ann Vale").
  'chief medical officer',
  'chief health officer',
  'chief public health officer',
  // A county's or city's public health officer ("County Health Officer Dr. Sara Cody").
  'health officer',
  'public health officer',
  'chief nursing officer',
  'chief veterinary officer',
  'chief education officer',
  'chief scientific adviser',
  'chief scientific officer',
  'chief medical adviser',
  'prosecutor general',
  'inspector general',
  'chair',
  'whip',
  'chief whip',
  'majority whip',
  'minority whip',
  'trade representative',
  'high representative',
  'special counsel',
  'consul general',
  'consul',
  'chief constable',
  'lieutenant governor',
  'under secretary',
  'undersecretary',
  'minister of state',
  'councillor',
  'councilman',
  'councilwoman',
  'council member',
  'assemblyman',
  'assemblywoman',
  'assembly member',
  'magistrate',
  'sheriff',
  'ombudsman',
  'comptroller',
  'member',
  'counterpart',
  'negotiator',
  'superintendent',
  'collector',
  // An inspectorate's head ("chief inspector of schools", "Ofsted chief inspector Ann Vale").
  'chief inspector',
  // South Asian press abbreviations of a chief minister and of legislators (like "MLA").
  'cm',
  'mlc',
  // A chief minister is one office: "Deputy Chief Minister X" is not a "Deputy Chief" named "Minister X".
  'chief minister',
  // South Asian police ranks: director general, additional director general, inspector general of police.
  'dgp',
  'adgp',
  'igp',
  // From the official-titles reference and its abbreviation list.
  'chief of general staff',
  'tanaiste',
  'tánaiste',
  'amb',
  'pres',
  'cmdr',
  'councilor',
  'alderman',
  'alderwoman',
  'coroner',
  'auditor',
  'treasurer',
  'predecessor',
  'successor',
  'head of state',
  'head of government',
  // Letters written after a member's name ("Tom Reid MSP"), and before it ("MSP Tom Reid").
  'msp',
  'mla',
  'mpp',
];

/** Prefixes glued to a head by a hyphen ("ex-minister", "then-Vice President"): same head, same title. */
const EN_HEAD_PREFIXES: readonly string[] = ['ex-', 'then-', 'former-'];

/** Every head as matched: each also with its hyphenated prefixes ("ex-minister", "then-vice president"). */
export const EN_HEAD_FORMS: readonly string[] = EN_TITLE_HEADS.flatMap((h) => [
  h,
  ...EN_HEAD_PREFIXES.map((p) => p + h),
]);

/** Heads that name an office only through an official who owns it ("Trump's predecessor"). */
export const EN_OWNED_HEADS: ReadonlySet<string> = new Set([
  'predecessor',
  'successor',
  'predecessors',
  'successors',
]);

/** Titles written after the name they belong to ("Ann Reid MP", "Tom Cole MSP"). */
export const EN_POST_NAME_TITLES: ReadonlySet<string> = new Set(['mp', 'msp', 'mep', 'mla', 'mpp']);

/** Plural heads that introduce a list of names ("MPs Ken Clarke, Robin Cook and Paul Tyler"). */
export const EN_PLURAL_HEADS: ReadonlySet<string> = new Set([
  'mps',
  'senators',
  'ministers',
  'lawmakers',
  'governors',
  'peers',
  'representatives',
  'congressmen',
  'justices',
  'sens',
  'reps',
  'judges',
  'mayors',
  'commissioners',
  'ambassadors',
  'msps',
  'meps',
  'mlas',
  'councillors',
  // Plurals of heads that only a public office has (the reference's heads; not "presidents",
  // "chairmen" or "directors", which companies have too).
  'secretaries',
  'premiers',
  'envoys',
  'prosecutors',
  'spokesmen',
  'spokeswomen',
  'congresswomen',
  'councilmen',
  'councilwomen',
  'councilors',
  'assemblymen',
  'assemblywomen',
  'magistrates',
  'sheriffs',
  // Owned plurals: read only after an owner ("his two predecessors - Ann Lee and Tom Hart").
  'predecessors',
  'successors',
]);

/** Heads that name an office only when an organisation or party qualifies them. */
export const EN_QUALIFIED_HEADS: ReadonlySet<string> = new Set([
  'leader',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'aide',
  'official',
  'commander',
  // A member of an organ or someone's counterpart is an office only when the organ or state is
  // named before it ("Governing Council member", "his Chinese counterpart").
  'member',
  'counterpart',
  'chief',
  'negotiator',
  'collector',
  'auditor',
  'treasurer',
]);

/** Lower-case words that may stand inside a title before its head ("deputy", "press", "former"). */
export const EN_TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'deputy vice acting former then interim prime foreign defense defence finance home interior justice ' +
    'press state party provincial federal national security chief top senior junior opposition labour ' +
    'conservative tory democrat democratic republican liberal senate house cabinet civil service ' +
    'health trade treasury energy education transport environment intelligence us u.s. uk the ' +
    'assistant associate executive general permanent shadow police lieutenant lt rear vice principal ' +
    'first special district county city municipal regional central bank attorney outgoing incoming new ' +
    'supreme appeals court ex governing policy additional'
  ).split(' '),
);

/**
 * Adjectives of politics and standing that may stand inside a title ("a socialist congressman",
 * "his leftist predecessor", "the embattled chief of staff") but, unlike EN_TITLE_WORDS, do not
 * by themselves make a head that needs a qualifier ("leader", "director") an office.
 */
export const EN_TITLE_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'leftist rightist centrist socialist communist progressive populist nationalist moderate reformist ' +
    'hardline right-wing left-wing far-right far-left independent veteran longtime embattled ousted exiled'
  ).split(' '),
);

/** Name prefixes that belong to the name ("Lord Butler", "Sir George Young"). */
export const EN_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'lord',
  'lady',
  'sir',
  'dame',
  'baroness',
  'baron',
]);

/** Honorifics that introduce a short mention ("Mr. Blinken"). */
export const EN_HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  // "Chief Medical Officer Professor Paul Kelly": an academic's honorific, no part of the name.
  'professor',
  'prof',
  'prof.',
]);

const FUNCTION_WORDS =
  'the a an in on at he she it they we i this that these those his her their its and but or if when while ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
  'august september october november december mr mrs ms dr of for to with from by as after before during ' +
  'since about over under executive officer economist analyst';
/** Nouns of bodies that open a title ("White House press secretary", "Committee chairman") but no name. */
const BODY_WORDS =
  'house senate congress department ministry party government committee white downing street office council ' +
  'court state states united republic democrats republicans';

/** Capitalised words that never start a person's name. */
export const EN_NAME_STOP: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${BODY_WORDS}`.split(' '));

/** Capitalised words that end a title when walking back from its head: a sentence's opening words. */
export const EN_TITLE_STOP: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(' '));

/**
 * Stop words that still continue a name already begun ("Theresa May", "Liu He"): inside a name
 * after a plain space they are its words, not a new sentence.
 */
export const EN_NAME_INNER: ReadonlySet<string> = new Set(['may', 'june', 'april', 'august', 'he', 'i']);

/**
 * Words that name a ministry's or department's portfolio after "of" ("Minister of Industry and
 * Trade", "Secretary of Health and Human Services"); the person's name follows them.
 */
export const EN_PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  (
    'industry trade foreign affairs home interior defense defence finance justice health labor labour ' +
    'agriculture rural development planning investment information communications culture sports tourism ' +
    'construction natural resources environment science technology education training transport transportation ' +
    'public security economy economic energy mines commerce state treasury housing urban human services ' +
    'homeland veterans war national internal external works welfare social invalids legal industries ' +
    // "High Commissioner for Human Rights", "Director of Public Prosecutions".
    // "Deputy Director of Public Prosecution Eva-Marie Persson" (the singular, as some outlets write it).
    'rights prosecutions prosecution'
  ).split(' '),
);

/** Nouns of government bodies a spokesperson or an office speaks for ("spokesman for the ministry"). */
export const EN_BODY_NOUNS: ReadonlySet<string> = new Set(
  'ministry department office agency commission council committee embassy government police army navy bureau authority prisons customs'.split(
    ' ',
  ),
);

/** Military ranks, written out and abbreviated: between a title and a name they title no one new. */
export const EN_RANKS: ReadonlySet<string> = new Set(
  'general gen lieutenant lt colonel col major maj brigadier brig admiral adm captain capt commander cmdr sergeant sgt'.split(
    ' ',
  ),
);
