import followUpStoryAr from './fixtures/follow-up-story.ar.json';
import followUpStoryEn from './fixtures/follow-up-story.en.json';
import formulaicReportDifferentEventAr from './fixtures/formulaic-report-different-event.ar.json';
import formulaicReportDifferentEventEn from './fixtures/formulaic-report-different-event.en.json';
import sameEventDifferentWordsAr from './fixtures/same-event-different-words.ar.json';
import sameEventDifferentWordsEn from './fixtures/same-event-different-words.en.json';
import sameTopicSharedBoilerplateAr from './fixtures/same-topic-shared-boilerplate.ar.json';
import sameTopicSharedBoilerplateEn from './fixtures/same-topic-shared-boilerplate.en.json';
import wireCopyCombinedEditsAr from './fixtures/wire-copy-combined-edits.ar.json';
import wireCopyCombinedEditsEn from './fixtures/wire-copy-combined-edits.en.json';
import wireCopyDatelineChangedAr from './fixtures/wire-copy-dateline-changed.ar.json';
import wireCopyDatelineChangedEn from './fixtures/wire-copy-dateline-changed.en.json';
import wireCopyDiacriticsTatweelDigitsAr from './fixtures/wire-copy-diacritics-tatweel-digits.ar.json';
import wireCopyHeadlineChangedAr from './fixtures/wire-copy-headline-changed.ar.json';
import wireCopyHeadlineChangedEn from './fixtures/wire-copy-headline-changed.en.json';
import wireCopyHtmlAr from './fixtures/wire-copy-html.ar.json';
import wireCopyHtmlEn from './fixtures/wire-copy-html.en.json';
import wireCopyOtherChromeAr from './fixtures/wire-copy-other-chrome.ar.json';
import wireCopyOtherChromeEn from './fixtures/wire-copy-other-chrome.en.json';
import wireCopyParagraphAddedAr from './fixtures/wire-copy-paragraph-added.ar.json';
import wireCopyParagraphAddedEn from './fixtures/wire-copy-paragraph-added.en.json';
import wireCopyParagraphDroppedAr from './fixtures/wire-copy-paragraph-dropped.ar.json';
import wireCopyParagraphDroppedEn from './fixtures/wire-copy-paragraph-dropped.en.json';
import wireCopyPersianKeyboardAr from './fixtures/wire-copy-persian-keyboard.ar.json';
import wireCopySentenceRewordedAr from './fixtures/wire-copy-sentence-reworded.ar.json';
import wireCopySentenceRewordedEn from './fixtures/wire-copy-sentence-reworded.en.json';
import wireCopySpellingHamzaAr from './fixtures/wire-copy-spelling-hamza.ar.json';
import wireCopySpellingVariantsEn from './fixtures/wire-copy-spelling-variants.en.json';
import wireCopySpellingYehTehMarbutaAr from './fixtures/wire-copy-spelling-yeh-teh-marbuta.ar.json';
import { labelledPairFileSchema, type LabelledPair } from './labelled-pair.schema';

// Static imports, not a directory listing: core does no I/O, and the build copies imported JSON.
const FILES: readonly unknown[] = [
  followUpStoryAr,
  followUpStoryEn,
  formulaicReportDifferentEventAr,
  formulaicReportDifferentEventEn,
  sameEventDifferentWordsAr,
  sameEventDifferentWordsEn,
  sameTopicSharedBoilerplateAr,
  sameTopicSharedBoilerplateEn,
  wireCopyCombinedEditsAr,
  wireCopyCombinedEditsEn,
  wireCopyDatelineChangedAr,
  wireCopyDatelineChangedEn,
  wireCopyDiacriticsTatweelDigitsAr,
  wireCopyHeadlineChangedAr,
  wireCopyHeadlineChangedEn,
  wireCopyHtmlAr,
  wireCopyHtmlEn,
  wireCopyOtherChromeAr,
  wireCopyOtherChromeEn,
  wireCopyParagraphAddedAr,
  wireCopyParagraphAddedEn,
  wireCopyParagraphDroppedAr,
  wireCopyParagraphDroppedEn,
  wireCopyPersianKeyboardAr,
  wireCopySentenceRewordedAr,
  wireCopySentenceRewordedEn,
  wireCopySpellingHamzaAr,
  wireCopySpellingVariantsEn,
  wireCopySpellingYehTehMarbutaAr,
];

/** Every labelled pair in `fixtures/`, validated, in file order. */
export function loadLabelledPairs(): LabelledPair[] {
  return FILES.flatMap((source) => {
    const file = labelledPairFileSchema.parse(source);
    return file.pairs.map((pair, index) => ({
      id: `${file.case}.${file.language}#${index + 1}`,
      case: file.case,
      language: file.language,
      ...pair,
    }));
  });
}
