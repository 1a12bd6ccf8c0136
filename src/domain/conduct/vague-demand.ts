/**
 * N3: a demand for payment needs both an amount and a date. A text that asks to pay but names no
 * money amount (digits with a currency) or no date or deadline gets a warning, not a block.
 * Everything here runs on the normalised text (see normalize.ts).
 */
import { phrase } from './normalize.ts';
import type { ConductLanguage } from './types.ts';

type DemandLexicon = {
  /** Asking for payment: an imperative, or "we ask / expect / you must" + pay. */
  demand: RegExp;
  /** Dates and deadlines beyond the shared numeric formats: month names, weekdays, "today". */
  date: RegExp;
  missingAmount: string;
  missingDate: string;
  missingBoth: string;
};

export type VagueDemand = { start: number; end: number; missing: 'amount' | 'date' | 'both'; suggestion: string };

const CURRENCY =
  "(?:руб_|р\\.|₽|rub|rur|грн|гривен_|гривн_|₴|uah|лв\\.?|лев(?:а|ове)?|bgn|€|eur|евро|євро|euros?|\\$|usd|долар_|доллар_|dollars?|£|gbp|pounds?|фунт_|коп\\.?|копе(?:йк|ек)_|копі(?:йк|йок)_|стотинк_)";
const NUMBER = "\\d(?:[\\d\\s\\u00a0.,']*\\d)?";
// An amount: digits next to a currency, in either order ("48 600,00 руб.", "€12,540", "USD 9,600").
const AMOUNT = new RegExp(
  `${NUMBER}\\s*(?:тыс\\.?\\s*|тис\\.?\\s*|хил\\.?\\s*|k\\s*)?${CURRENCY.replace(/_/gu, "[\\p{L}']*")}|` +
    `(?:€|\\$|£|₽|₴|eur|usd|gbp|uah|rub|bgn)\\s*${NUMBER}`,
  'u',
);
// Numeric dates: 15.03, 15.03.2025, 15/03/25, 2025-03-15. A bare "6.2" (a clause number) is not one.
const NUMERIC_DATE = /(?<!\d)(?:\d{2}[./]\d{2}(?:[./]\d{2,4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?!\d)/u;

const RU_MONTHS = 'январ_|феврал_|март_|апрел_|ма[йяею]|июн_|июл_|август_|сентябр_|октябр_|ноябр_|декабр_';
const UK_MONTHS = 'січ_|лют_|берез_|квіт_|травн_|черв_|лип_|серп_|вересн_|жовт_|листопад_|груд_';
const BG_MONTHS = 'януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември';
const EN_MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

export const DEMAND_LEXICONS: Record<ConductLanguage, DemandLexicon> = {
  ru: {
    demand: phrase(
      '(?:о|за|у)платите|погасите|перечислите|переведите|рассчитайтесь|внесите|верните ~ (?:долг_|деньг_|задолженност_|сумм_)|' +
        '(?:просим|прошу|требуем|необходимо|нужно|следует|должны|обязаны|ждем|ожидаем|рассчитываем на) ~ ' +
        '(?:(?:о|за|у)платить|погасить|перечислить|оплат(?:у|ы)|платеж_|погашени_|перевод_|деньги|долг)',
    ),
    date: phrase(
      `(?:[0-9]{1,2}(?:-?го)? )(?:${RU_MONTHS})|[0-9]{1,2}(?:-?го)? числа|до [0-9]{1,2}(?:-?го)?|сегодня_|завтра|послезавтра|` +
        'до конца (?:дня|недели|месяца|квартала|года)|(?:в течение|через) ~ (?:дн(?:я|ей)|недел_|час(?:а|ов))|' +
        '(?:до|в|во) (?:понедельник_|вторник_|сред(?:ы|у)|четверг_|пятниц(?:ы|у)|суббот(?:ы|у)|воскресень_)',
    ),
    missingAmount: 'Назовите точную сумму: «Просим оплатить 48 600,00 руб. по счёту № … до …».',
    missingDate: 'Назовите точную дату: «Просим оплатить счёт № … до 15 марта».',
    missingBoth: 'Назовите сумму и дату: «Просим оплатить 48 600,00 руб. по счёту № … до 15 марта».',
  },
  uk: {
    demand: phrase(
      '(?:о|с|за)платіть|погасіть|перерахуйте|переказуйте|розрахуйтеся|внесіть|поверніть ~ (?:борг_|грош_|заборгованіст_|сум_)|' +
        '(?:просимо|прошу|вимагаємо|необхідно|потрібно|слід|маєте|зобов\'язані|чекаємо|очікуємо|розраховуємо на) ~ ' +
        '(?:(?:о|с|за)платити|погасити|перерахувати|оплат(?:у|и)|платіж|платеж_|погашенн_|переказ_|гроші|борг)',
    ),
    date: phrase(
      `(?:[0-9]{1,2}(?:-?го)? )(?:${UK_MONTHS})|[0-9]{1,2}(?:-?го)? числа|до [0-9]{1,2}(?:-?го)?|сьогодні_|завтра|післязавтра|` +
        'до кінця (?:дня|тижня|місяця|кварталу|року)|(?:протягом|впродовж|через) ~ (?:дн(?:я|ів)|тиж_|годин_)|' +
        '(?:до|у|в) (?:понеділ(?:ка|ок)|вівтор(?:ка|ок)|серед(?:и|у)|четвер(?:га)?|п\'ятниц(?:і|ю)|субот(?:и|у)|неділ(?:і|ю))',
    ),
    missingAmount: 'Назвіть точну суму: «Просимо сплатити 48 600,00 грн за рахунком № … до …».',
    missingDate: 'Назвіть точну дату: «Просимо сплатити рахунок № … до 15 березня».',
    missingBoth: 'Назвіть суму й дату: «Просимо сплатити 48 600,00 грн за рахунком № … до 15 березня».',
  },
  bg: {
    demand: phrase(
      '(?:за|из)?платете|погасете|преведете|внесете|върнете ~ (?:дълг_|пари(?:те)?|задължени_|сума_)|' +
        '(?:молим|моля|настояваме|необходимо е|трябва|длъжни сте|очакваме|чакаме|разчитаме на) ~ ' +
        '(?:(?:да )?(?:за|из)?платите|(?:да )?погасите|(?:да )?преведете|плащане(?:то)?|превод(?:а|ът)?|погасяване(?:то)?|пари(?:те)?|дълг(?:а|ът)?)',
    ),
    date: phrase(
      `(?:[0-9]{1,2}(?:-?(?:ти|ви|ри|ми))? )(?:${BG_MONTHS})|[0-9]{1,2}-(?:ти|ви|ри|ми)|до [0-9]{1,2}|днес|утре|вдругиден|` +
        'до края на (?:деня|седмицата|месеца|тримесечието|годината)|(?:в срок от|в рамките на|до|след) ~ (?:дни|ден|седмиц_|час(?:а)?)|' +
        '(?:до|в|във) (?:понеделник|вторник|сряда|четвъртък|петък|събота|неделя)',
    ),
    missingAmount: 'Посочете точната сума: „Моля да платите 4 860,00 евро по фактура № … до …“.',
    missingDate: 'Посочете точна дата: „Моля да платите фактура № … до 15 март“.',
    missingBoth: 'Посочете сумата и датата: „Моля да платите 4 860,00 евро по фактура № … до 15 март“.',
  },
  en: {
    demand: phrase(
      '(?:please |kindly )?(?:pay|settle|remit|clear) (?:the|this|your|our|invoice|all|it|in full|now|us)|' +
        '(?:please|kindly) (?:pay|settle|remit|transfer|make (?:the )?payment)|' +
        '(?:we|i) (?:expect|await|require|request|need|demand) ~ (?:payment|the payment|the transfer|the money|the balance|settlement)|' +
        '(?:you )?(?:must|should|need to|have to) ~ (?:pay|settle|clear)',
    ),
    date: phrase(
      `[0-9]{1,2}(?:st|nd|rd|th)?(?: of)? (?:${EN_MONTHS})|(?:${EN_MONTHS}) [0-9]{1,2}(?:st|nd|rd|th)?|(?:the )?[0-9]{1,2}(?:st|nd|rd|th)|` +
        'today|tonight|tomorrow|end of (?:the )?(?:day|week|month|quarter)|close of business|cob|eod|noon|' +
        'within ~ (?:days?|weeks?|hours?)|(?:by|on|before|until|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)',
    ),
    missingAmount: 'State the exact amount: "Please pay £4,860.00 on invoice no. … by …".',
    missingDate: 'State an exact date: "Please pay invoice no. … by 15 March".',
    missingBoth: 'State the amount and the date: "Please pay £4,860.00 on invoice no. … by 15 March".',
  },
};

/** N3: the first payment demand in `normalized` if the text names no amount or no date. */
export function findVagueDemand(normalized: string, languages: readonly ConductLanguage[], suggestIn: ConductLanguage): VagueDemand | null {
  let demand: RegExpExecArray | null = null;
  for (const language of languages) {
    const lex = DEMAND_LEXICONS[language];
    lex.demand.lastIndex = 0;
    const m = lex.demand.exec(normalized);
    if (m && (demand === null || m.index < demand.index)) demand = m;
  }
  if (demand === null) return null;
  const hasAmount = AMOUNT.test(normalized);
  const hasDate =
    NUMERIC_DATE.test(normalized) ||
    languages.some((language) => {
      const pattern = DEMAND_LEXICONS[language].date;
      pattern.lastIndex = 0;
      return pattern.test(normalized);
    });
  if (hasAmount && hasDate) return null;
  const missing = !hasAmount && !hasDate ? 'both' : hasAmount ? 'date' : 'amount';
  const lex = DEMAND_LEXICONS[suggestIn];
  const suggestion = missing === 'both' ? lex.missingBoth : missing === 'amount' ? lex.missingAmount : lex.missingDate;
  return { start: demand.index, end: demand.index + demand[0].length, missing, suggestion };
}
