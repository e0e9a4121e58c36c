import { z } from 'zod';

const phrases = z.array(z.string().min(1)).min(1);
const optionalPhrases = z.array(z.string().min(1)).default([]);

/** What a trigger word announces: an encounter type, or a signing that attaches to one. */
export const TRIGGER_KINDS = ['visit', 'summit', 'meeting', 'call', 'signing'] as const;

/** The tense a trigger form carries by itself; `context` leaves it to cues and the date. */
export const TRIGGER_LIFECYCLES = ['occurred', 'announced', 'context'] as const;

/**
 * Who the grammatical subject of the trigger is: the traveller (وصل, arrived), the receiver
 * (استقبل, hosted), one of the parties (التقى, met), or nobody in particular (a noun).
 */
export const TRIGGER_SUBJECTS = ['visitor', 'host', 'party', 'none'] as const;

const triggerSchema = z.strictObject({
  kind: z.enum(TRIGGER_KINDS),
  forms: phrases,
  lifecycle: z.enum(TRIGGER_LIFECYCLES),
  subject: z.enum(TRIGGER_SUBJECTS).default('none'),
  /** Weak triggers (بحث, discussed) only make an event with enough support around them. */
  strength: z.enum(['strong', 'weak']).default('strong'),
  /** A passive form: the party after "by" (par, من قبل) is the subject role. */
  passive: z.boolean().default(false),
});

const cuesSchema = z.strictObject({
  /** Scheduled or future: من المقرر, will, is due to. */
  announced: optionalPhrases,
  /** Negators whose scope is the rest of the clause: لن, لم, did not, without. */
  negation: optionalPhrases,
  /** Cancellation or denial: the whole sentence reports no encounter (ألغى, أرجأ, postponed, denied). */
  cancellation: optionalPhrases,
  /** Pluperfect and recall: كان ... قد, previous, last met. */
  background: optionalPhrases,
  /** Reporting verbs whose subject is a speaker, not a party (قال, أعلن, said). */
  reporting: optionalPhrases,
  /** A sentence opening on these goes on with the statement before it (وأضافت أن, He added). */
  statementGoesOn: optionalPhrases,
  /** Words that open a reported clause (أن, that). */
  complementisers: optionalPhrases,
  /** A complementiser with a subject pronoun: the speaker is also the party (أنه, that he). */
  selfReference: optionalPhrases,
  /** On the sidelines of: the meeting is apart from the summit it sits beside. */
  sideline: optionalPhrases,
  /** Taking part from afar (عبر الفيديو, by video link): not a participant. */
  remote: optionalPhrases,
  /** نظيره, counterpart: the same office in another country. */
  counterpart: optionalPhrases,
  /** منذ, since: the date and people after it qualify, they are not the event's. */
  since: optionalPhrases,
  /** حتى, until: a date right after it is where the event ends, not its day (unless a range's end). */
  until: optionalPhrases,
  /** Words before a person who is not a party: خلفا ل, the late, predecessor. */
  exclusion: optionalPhrases,
  /**
   * Leaders or foreign ministers of a body: قادة, وزراء خارجية, leaders; with a meeting and an
   * organisation this is its summit.
   */
  leaders: optionalPhrases,
  /** Three-or-more formats without an organisation: ثلاثية, trilateral. */
  multilateral: optionalPhrases,
  /** "first visit/trip": the noun qualifies another event, it is not one. */
  qualifier: optionalPhrases,
  /** "اليوم الأول من زيارة", "the first day of his visit": the qualifier counts a part of the event. */
  partitive: optionalPhrases,
  /** For a summit: the visit exists to attend it (لحضور, to attend). */
  purpose: optionalPhrases,
  /** العاصمة, capital: with a country, its capital city. */
  capital: optionalPhrases,
  /** Prepositions that make a place the event's place: في, إلى, in, to. */
  locative: optionalPhrases,
  /** The two sides / leaders: the parties of the previous event. */
  pairAnaphor: optionalPhrases,
  /** Joins two dates into a range: و, to, until. */
  rangeJoin: optionalPhrases,
  /** Documents signed or adopted: مذكرة تفاهم, treaty. */
  agreementNouns: optionalPhrases,
  /** Words that make a visit noun definite in languages without an article prefix (the, this). */
  definite: optionalPhrases,
  /** Courtesy titles allowed between a role and a name (الأمير, Sheikh). */
  honorifics: optionalPhrases,
  /** بعد, after: what follows is another, earlier (or later) event, dated from this one. */
  sequence: optionalPhrases,
  /** قبل, before: what follows is another, later event. */
  sequenceBefore: optionalPhrases,
  /** A verb of preceding before two encounters (سبق الاجتماع … اجتماع): the second was held first. */
  precededBy: optionalPhrases,
  /** هناك, there: the place of the event the sentence refers to. */
  placeAnaphor: optionalPhrases,
  /** المنظمة, the bloc: the organisation named elsewhere in the sentence. */
  organisationNoun: optionalPhrases,
  /** بعد ذلك, after that: adverbs that look like sequence cues but introduce no other event. */
  notSequence: optionalPhrases,
  /** الذي, who, which: a clause about the word before it. */
  relative: optionalPhrases,
  /** مدينة, region: a place word after which a name or a country adjective is the place. */
  placeNoun: optionalPhrases,
  /** الوفد, delegation: the country named with it is a party to the talks. */
  delegation: optionalPhrases,
  /** المبعوث, envoy, official: the country named with it is a party, even if the person is unknown. */
  officialNoun: optionalPhrases,
  /** بوساطة, mediated, shuttling: talks hosted by a mediator are a meeting, not a visit. */
  mediation: optionalPhrases,
  /** وفق, according to: the actor after it is a source, never a party. */
  source: optionalPhrases,
  /** الحرب, the situation: "الحرب في غزة" names a topic, not where the event is. */
  topicNoun: optionalPhrases,
  /** ثم, then: the next place is a further stop of the same tour. */
  then: optionalPhrases,
  /**
   * Words of leaving for a next stop that tell no encounter of their own (قبل أن يغادر إلى, before
   * heading to, next stop): the place after them belongs to the next encounter, whatever clause.
   */
  onward: optionalPhrases,
  /** إلى جانب, alongside: what follows is company, not a destination. */
  companion: optionalPhrases,
  /**
   * تم, جرى, شهد, witnessed: a held act that governs a signing noun or an infinitive after it
   * (وتم خلال الزيارة توقيع, witnessed the signing of): only so does that form report a signing.
   */
  signingHeld: optionalPhrases,
  /**
   * في إطار, تنفيذ, implementation of: a document named right after these is only mentioned, never
   * one the clause reports signed.
   */
  agreementMentioned: optionalPhrases,
  /** خلال, during: where the title of a document signed ends. */
  during: optionalPhrases,
  /** بن, bin: a name right after it is part of a longer name (محمد بن سلمان), not a person. */
  patronymic: optionalPhrases,
  /** سفير, مركز, ambassador of: a name right after it stands in a title or an institution's name. */
  titleOwner: optionalPhrases,
  /** بتوجيهات, نقل تحيات, on behalf of: a name after it is credited, not present. */
  attribution: optionalPhrases,
  /** على علم, aware of: who only knew of an encounter is not a party to it. */
  awareness: optionalPhrases,
  /** الدعوة, invited: an encounter someone is invited to has not happened. */
  invitation: optionalPhrases,
  /** تلبية لدعوة, at the invitation of: an invitation accepted; the encounter is real. */
  invitationAccepted: optionalPhrases,
  /** رغبته في, wishes to: an encounter someone wishes for, right after the wish, has not happened. */
  wish: optionalPhrases,
  /** حضر الاستقبال, attended the reception: who is listed after it attended, as no principal. */
  attendance: optionalPhrases,
  /** من قبل, by: after a host verb in its clause, the verb is passive ("استقبل فلان من قبل الرئيس"). */
  passiveAgent: optionalPhrases,
  /** حضرة صاحب السمو (His Highness): an honorific spelt like an attendance cue (حضره), attending nothing. */
  notAttendance: optionalPhrases,
  /** وزير, رئيس, minister: an office named, even one the gazetteer does not hold. */
  officeNoun: optionalPhrases,
  /** أمس, في, who: words that end a name written after a title (never part of one). */
  nameBreak: optionalPhrases,
  /** سلام (peace), أمين (faithful): common words that are no short name of a surname "تمام سلام". */
  notSurname: optionalPhrases,
  /** موضحاً أنه, مشيرا إلى أنه: a speaker tells an act of their own; undated, it is recalled. */
  recalledBySpeaker: optionalPhrases,
  /** فيصل (ف + يصل), يصل بين (connects): words that read as a trigger but are none. */
  notTrigger: optionalPhrases,
  /**
   * ريادة الأعمال, منتدى الأعمال, entrepreneurship: a summit or meeting noun named for business is a
   * gathering of trade, not of states.
   */
  businessGathering: optionalPhrases,
  /** لا يزال (still), لا سيما (especially), لا يبدو (it seems not): words with a negator that negate no event. */
  notNegation: optionalPhrases,
  /** شدد على أن (stressed that): words holding an announced cue (على أن) that announce nothing. */
  notAnnounced: optionalPhrases,
  /** وكانت قد, had been: a pluperfect before "within two weeks" makes it a past span, no horizon. */
  pastSpan: optionalPhrases,
  /**
   * بمشيئة الله, إن شاء الله (God willing): said only of what is to come; every trigger after it in its
   * sentence that is not a past verb is announced, across dashes and parentheses.
   */
  announcedSentence: optionalPhrases,
  /** مساء, صباح (in the evening, morning): a part of the day told with a date (مساء اليوم). */
  dayPart: optionalPhrases,
  /** ولي ولي العهد (deputy crown prince): a longer title holding another office's title inside it. */
  longerTitle: optionalPhrases,
  /** نظام, قوات, إدارة (regime, forces, administration of): a name right after it names a government. */
  ruledBy: optionalPhrases,
  /** عد, اعتبر, أشاد (deemed, praised): who judges an encounter named after it is not its party. */
  comment: optionalPhrases,
  /** حول, بشأن, about: what follows is a topic; a name after it is no argument of the encounter before it. */
  argumentBarrier: optionalPhrases,
  /** وصلت الرسالة (the message arrived): an arrival whose subject is a thing, not a visitor. */
  thingArrives: optionalPhrases,
});

/**
 * Word distances the rules use, per language (how far a cue reaches); every one optional, with
 * the default the rules were tuned with.
 */
const reachesSchema = z.strictObject({
  /** Words between a wish (رغبته في) and the trigger it wishes for (زيارة طهران). */
  wish: reach(1),
  /** Words between a summit or meeting noun and the business words after it that name it. */
  businessGathering: reach(3),
  /** From a held act (تم, شهد, witnessed) to the signing noun it governs (names between). */
  signingHead: reach(8),
  /** From a mention cue (في إطار, implementation of) to the document it only mentions. */
  agreementMentioned: reach(2),
  /** Nationality adjectives that may split a trigger phrase (الحوار المصري الأمريكي الاستراتيجي). */
  nationalityGap: reach(3),
  /**
   * Words of place and time a verb-initial sentence may front between an arrival or visit verb
   * and its subject (وصل إلى القاهرة مساء اليوم السبت وزير …).
   */
  frontedAdjuncts: reach(8),
  /** Words between a role and the holder's name that still make one mention (honorifics only). */
  namedGap: reach(2),
  /** Most words of a name written after a title and nationality (بن and آل not counted). */
  openWorldName: reach(4),
  /** From a counterpart cue (نظيره) to its country adjective. */
  counterpart: reach(3),
  /** Sentences back to the person whose counterpart a cue names when its own sentence names none. */
  counterpartOwner: reach(2),
  /** From a source cue (وفق, according to) to the actor it cites. */
  source: reach(5),
  /** From an exclusion cue (الراحل, نائب) to the actor it excludes. */
  exclusion: reach(3),
  /** From a title or institution word (سفير, مركز) to the name it holds. */
  titleOwner: reach(2),
  /** From an attribution (بتوجيهات, نقل تحيات) to the name it credits. */
  attribution: reach(3),
  /** From who knew (على علم) to the actor before or after it. */
  awareness: reach(8),
  /**
   * From an attendance cue (حضر الاستقبال) to the last attendee it lists: a Saudi reception's
   * list of princes and ministers with all their titles runs past 60 words.
   */
  attendance: z.number().int().min(0).max(120).default(40),
  /** From a comment verb (عد, اعتبر) to the name of who comments (offices and honorifics not counted). */
  comment: reach(2),
  /** From the opening و of a list item (، وولي العهد …) to the name it lists. */
  listItem: reach(12),
  /** From an invitation noun or verb to the encounter it invites to. */
  invitation: reach(8),
  /** From an invitation to the visit it asks for in the purpose form (لزيارة, to visit). */
  invitationPurpose: reach(20),
  /** From a purpose cue (لحضور) to the summit it leads to. */
  purpose: reach(4),
  /** Organisation after a summit trigger. */
  organisationAfter: reach(5),
  /** Organisation before a summit trigger. */
  organisationBefore: reach(3),
  /** From a delegation noun (الوفد) to its country. */
  party: reach(3),
  /** A place in a trigger-less clause belongs to a frame this close. */
  strayPlace: reach(10),
  /** From a trigger to a relative word (التي, which) after it that opens a clause describing it. */
  relativeAntecedent: reach(4),
  /** From a relative word to a place or date of the clause it opens. */
  relativeClause: reach(12),
  /** A date in a trigger-less clause belongs to a frame this close. */
  strayDate: reach(6),
  /** From a qualifier (أول, first) to the visit noun it qualifies. */
  nounQualifier: reach(3),
  /** From an offset (بعد أسبوع) to its sequence cue. */
  offset: reach(3),
  /** From a locative (في, to) to its place. */
  locative: reach(3),
  /** From a place noun (مدينة) to its place. */
  placeNoun: reach(5),
  /** From a topic noun (الحرب في) to a place that is only its topic. */
  topic: reach(2),
  /** From a visit verb to its object place (زار أبوظبي). */
  object: reach(2),
  /** Sentences apart that talks naming no one of a visit may still be talks within it. */
  talksSentences: reach(2),
  /** From a meeting verb to a call form that says it was by phone ("s'est entretenu mardi par téléphone"). */
  byPhone: reach(3),
});

function reach(fallback: number) {
  return z.number().int().min(0).max(60).default(fallback);
}

const durationSchema = z.strictObject({ forms: phrases, days: z.number().int().min(1).max(31) });
/** A stated distance between two events: up to ten weeks (عشرة أسابيع). */
const offsetSchema = z.strictObject({ forms: phrases, days: z.number().int().min(1).max(70) });
const dualTitleSchema = z.strictObject({ forms: phrases, title: z.string().min(1) });
const seatSchema = z.strictObject({
  forms: phrases,
  country: z.string().regex(/^[A-Z]{2}$/u),
  /** The gazetteer place the seat is in, when not the capital (قصر السلام is in Jeddah). */
  place: z.string().min(1).optional(),
});

/** One language's extraction lexicon (`lexicon/<lang>.json`); see docs/adr/0004-event-extraction.md. */
export const extractionLexiconSourceSchema = z.strictObject({
  language: z.string().min(2),
  version: z.string().regex(/^\d+\.\d+\.\d+$/u),
  /**
   * Proclitic layers, in order (Arabic: conjunction, preposition or future sin, article); each
   * word of a phrase may carry one prefix from each layer. Empty for languages without them.
   */
  proclitics: z.array(z.array(z.string().min(1))).default([]),
  triggers: z.array(triggerSchema).min(1),
  cues: cuesSchema,
  /** Event lengths: تستمر يومين, two-day. */
  durations: z.array(durationSchema).default([]),
  /** Distances between two events: بعد أسبوع من, three days after. */
  offsets: z.array(offsetSchema).default([]),
  /** Deadlines that date an announced event to a month: خلال أسبوعين, within two weeks. */
  horizons: z.array(durationSchema).default([]),
  /** Plural titles followed by country adjectives: الرئيسان الروسي والتركي. */
  dualTitles: z.array(dualTitleSchema).default([]),
  /** Seats of power that name their country's capital: الكرملين, the White House. */
  seats: z.array(seatSchema).default([]),
  /** Word distances of the rules (optional; defaults are the tuned values). */
  reaches: reachesSchema.prefault({}),
});

export type ExtractionLexiconSource = z.input<typeof extractionLexiconSourceSchema>;
export type ExtractionLexiconData = z.output<typeof extractionLexiconSourceSchema>;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];
export type TriggerLifecycle = (typeof TRIGGER_LIFECYCLES)[number];
export type TriggerSubject = (typeof TRIGGER_SUBJECTS)[number];
export type CueKind = keyof ExtractionLexiconData['cues'];
export type LexiconReaches = ExtractionLexiconData['reaches'];
