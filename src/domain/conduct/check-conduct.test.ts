import { describe, expect, it } from 'vitest';
import { checkConduct, isBlocked, type ConductFinding, type ConductLanguage, type ConductRule } from './index.ts';

type Case = [text: string, rule: ConductRule, trigger: string];

// One example per blocking rule and language; `trigger` is a piece of the phrase the finding must cover.
const CASES: Record<ConductLanguage, Case[]> = {
  ru: [
    ['Ваш главбух — безмозглая курица.', 'insult', 'безмозглая'],
    ['Мы знаем, где вы живёте.', 'threat', 'знаем'],
    ['Позвоним вашей жене и всё расскажем.', 'threat', 'вашей жене'],
    ['Не заплатите — к вам приедут коллекторы.', 'illegal-method', 'коллекторы'],
    ['У нас есть знакомые в налоговой.', 'illegal-method', 'знакомые в налоговой'],
    ['ВЫ ОБЯЗАНЫ ОПЛАТИТЬ СЧЁТ НЕМЕДЛЕННО.', 'shouting', 'ОБЯЗАНЫ ОПЛАТИТЬ'],
    ['Для нас это копейки, но оплатите.', 'belittling', 'копейки'],
    ['Нам нечем платить зарплату сотрудникам.', 'own-problems', 'зарплату'],
    ['Извините, что беспокою, я насчёт оплаты.', 'apology-opening', 'беспокою'],
  ],
  uk: [
    ['Ваш директор — звичайний шахрай.', 'insult', 'шахрай'],
    ['Ми знаємо, де ви живете.', 'threat', 'знаємо'],
    ['Зателефонуємо вашому роботодавцю.', 'threat', 'роботодавцю'],
    ['До вас приїдуть колектори.', 'illegal-method', 'колектори'],
    ['Можемо вирішити питання по-іншому.', 'illegal-method', 'по-іншому'],
    ['Гроші мають бути на рахунку сьогодні!!!', 'shouting', '!!!'],
    ['Сума невелика, дрібниця, але закрийте.', 'belittling', 'дрібниця'],
    ['Наш директор нас лає через ваш борг.', 'own-problems', 'директор'],
    ['Вибачте, що турбую, це щодо оплати.', 'apology-opening', 'турбую'],
  ],
  bg: [
    ['Счетоводството ви е сбирщина от некадърници.', 'insult', 'некадърници'],
    ['Знаем къде живеете.', 'threat', 'Знаем'],
    ['Ще публикуваме списък на длъжниците.', 'threat', 'длъжниците'],
    ['Имаме познати в НАП.', 'illegal-method', 'познати в НАП'],
    ['Можем да използваме сила.', 'illegal-method', 'сила'],
    ['ПЛАТЕТЕ ВЕДНАГА!', 'shouting', 'ПЛАТЕТЕ'],
    ['Разбирам, че е дребна сума.', 'belittling', 'дребна сума'],
    ['Фирмата ни е на ръба на фалита.', 'own-problems', 'фалита'],
    ['Извинете за безпокойството.', 'apology-opening', 'безпокойството'],
  ],
  en: [
    ['Your accounts team is a bunch of incompetent idiots.', 'insult', 'idiots'],
    ['We know where you live.', 'threat', 'know where you live'],
    ['We will tell all your neighbours.', 'threat', 'neighbours'],
    ['The collectors will come knocking.', 'illegal-method', 'collectors'],
    ['We have friends at the tax office.', 'illegal-method', 'tax office'],
    ['STOP DELAYING THE PAYMENT!', 'shouting', 'STOP'],
    ['It is a small sum for us.', 'belittling', 'small sum'],
    ['We have no money to pay salaries.', 'own-problems', 'salaries'],
    ['Sorry to bother you about the invoice.', 'apology-opening', 'Sorry to bother'],
  ],
};

const PRACTICE: Record<ConductRule, string> = {
  insult: 'U2',
  threat: 'U3',
  'illegal-method': 'U4',
  shouting: 'U1',
  belittling: 'N1',
  'own-problems': 'N6',
  'apology-opening': 'S2',
  'vague-demand': 'N3',
};

const SCRIPT: Record<ConductLanguage, RegExp> = { ru: /[а-я]/iu, uk: /[а-яіїєґ]/iu, bg: /[а-я]/iu, en: /[a-z]/iu };

function findingFor(findings: ConductFinding[], rule: ConductRule): ConductFinding {
  const f = findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no ${rule} finding in ${JSON.stringify(findings)}`);
  return f;
}

describe('checkConduct: one blocking example per rule and language', () => {
  for (const language of Object.keys(CASES) as ConductLanguage[]) {
    for (const [text, rule, trigger] of CASES[language]) {
      it(`${language}: blocks ${rule} in «${text}»`, () => {
        const findings = checkConduct(text, language);
        const f = findings.find((x) => x.rule === rule && x.phrase.toLowerCase().includes(trigger.toLowerCase()));
        if (!f) throw new Error(`no ${rule} finding covering «${trigger}»: ${JSON.stringify(findings)}`);
        expect(f.severity).toBe('block');
        expect(f.practice).toBe(PRACTICE[rule]);
        expect(isBlocked(findings)).toBe(true);
        // Offsets point into the original text, and the phrase is exactly that slice.
        expect(text.slice(f.start, f.end)).toBe(f.phrase);
        // A suggestion in the language of the text.
        expect(f.suggestion.length).toBeGreaterThan(20);
        expect(f.suggestion).toMatch(SCRIPT[language]);
      });
    }
  }
});

describe('checkConduct: lawful, firm wording passes (U3 allows lawful consequences)', () => {
  const fine: [ConductLanguage, string][] = [
    ['ru', 'В случае неоплаты до 1 июня мы будем вынуждены обратиться в арбитражный суд и начислить неустойку по п. 6.2 договора.'],
    ['ru', 'Задолженность может быть передана коллекторскому агентству в соответствии с договором.'],
    ['ru', 'Сумма долга — 57 830 рублей 40 копеек, просрочка 23 дня.'],
    ['uk', 'Якщо оплата не надійде до 30.04, документи буде передано юристам; нараховуються 3% річних.'],
    ['bg', 'При неплащане до 1 юни ще бъдем принудени да се обърнем към съда и да начислим законна лихва.'],
    ['bg', 'Задължението е 578 лева и 40 стотинки.'],
    ['en', 'If payment is not received by 1 June, we will issue court proceedings and add statutory interest.'],
    ['en', 'Your account is on credit hold and deliveries are suspended until invoice INV-2025-0042 is paid.'],
  ];
  for (const [language, text] of fine) {
    it(`${language}: «${text.slice(0, 60)}…» is not blocked`, () => {
      expect(isBlocked(checkConduct(text, language))).toBe(false);
    });
  }
});

describe('U1 shouting', () => {
  it('ignores acronyms, invoice numbers and a single exclamation mark', () => {
    const text = 'Реквизиты: ИНН 7701234567, КПП 770101001, IBAN, BIC, счёт INV-2025-0042 в EUR. Спасибо!';
    expect(checkConduct(text, 'ru').filter((f) => f.rule === 'shouting')).toEqual([]);
  });
  it('ignores company names in quotes or next to a legal form', () => {
    expect(checkConduct('ООО «СЕВЕРНАЯ ТОРГОВАЯ КОМПАНИЯ» должна 250 000 руб.', 'ru')).toEqual([]);
    expect(checkConduct('NORTHERN TRADING COMPANY LTD owes £25,000.', 'en').filter((f) => f.rule === 'shouting')).toEqual([]);
  });
  it('ignores a heading line without sentence punctuation', () => {
    expect(checkConduct('ДОСУДЕБНАЯ ПРЕТЕНЗИЯ\nПросим оплатить 10 000 руб. до 01.03.2026.', 'ru')).toEqual([]);
  });
  it('flags three capitalised words in a row inside a sentence, with the exact span', () => {
    const text = 'Мы ЖДЁМ ОПЛАТУ ПРЯМО СЕЙЧАС, а не через неделю.';
    const f = findingFor(checkConduct(text, 'ru'), 'shouting');
    expect(f.phrase).toBe('ЖДЁМ ОПЛАТУ ПРЯМО СЕЙЧАС');
  });
  it('flags "!!" and "??!!" but not "?!"', () => {
    expect(findingFor(checkConduct('Это последнее предупреждение!!', 'ru'), 'shouting').phrase).toBe('!!');
    expect(findingFor(checkConduct('Do you even read our emails??!!', 'en'), 'shouting').phrase).toBe('??!!');
    expect(checkConduct('Сколько можно ждать?!', 'ru').some((f) => f.rule === 'shouting')).toBe(false);
  });
});

describe('N3 vague demand (a warning, never a block)', () => {
  it('warns when a demand names neither amount nor date', () => {
    const findings = checkConduct('Пожалуйста, оплатите счёт как можно скорее.', 'ru');
    const f = findingFor(findings, 'vague-demand');
    expect(f).toMatchObject({ severity: 'warning', practice: 'N3', phrase: 'оплатите' });
    expect(isBlocked(findings)).toBe(false);
  });
  it('says which part is missing', () => {
    expect(findingFor(checkConduct('Please pay £400.', 'en'), 'vague-demand').suggestion).toMatch(/date/u);
    expect(findingFor(checkConduct('Просимо сплатити до 15 березня.', 'uk'), 'vague-demand').suggestion).toMatch(/суму/u);
  });
  it('is silent when the demand has both an amount and a date', () => {
    expect(checkConduct('Просим оплатить 12 000 руб. до 15 марта.', 'ru')).toEqual([]);
    expect(checkConduct('Моля да платите 1 420 лв. до 25.09.2026.', 'bg')).toEqual([]);
    expect(checkConduct('Please settle the balance of €12,540 by 20 May 2025.', 'en')).toEqual([]);
  });
  it('is silent when nothing is demanded', () => {
    expect(checkConduct('Спасибо, оплату получили!', 'ru')).toEqual([]);
  });
});

describe('normalisation', () => {
  it('treats ё as е and any apostrophe alike', () => {
    expect(findingFor(checkConduct('Мы знаем, где вы живёте.', 'ru'), 'threat')).toBeTruthy();
    expect(findingFor(checkConduct('Ви ще пошкодуєте, що зв’язалися з нами.', 'uk'), 'threat')).toBeTruthy();
    expect(findingFor(checkConduct('Розумію, що це дріб’язкова сума.', 'uk'), 'belittling')).toBeTruthy();
  });
  it('keeps offsets in the original text when it is decomposed (NFD)', () => {
    const text = 'Добрый день. Извините, что беспокою.'.normalize('NFD');
    const f = findingFor(checkConduct(text, 'ru'), 'apology-opening');
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(f.phrase.normalize('NFC')).toBe('Извините, что беспокою');
  });
  it('sees through Latin look-alike letters inside a Cyrillic word', () => {
    expect(findingFor(checkConduct('Только идиoт так ведёт дела.', 'ru'), 'insult').phrase).toBe('идиoт');
  });
  it('matches inflected forms through word stems', () => {
    for (const text of ['Вы мошенники.', 'Не связывайтесь с мошенниками.', 'Какой мошенник!']) {
      expect(checkConduct(text, 'ru').some((f) => f.rule === 'insult')).toBe(true);
    }
  });
});

describe('without a language', () => {
  it('runs every language and picks the suggestion language from the text', () => {
    const uk = findingFor(checkConduct('Вибачте, що турбую.'), 'apology-opening');
    expect(uk.suggestion).toMatch(/вибачень/u);
    const shout = findingFor(checkConduct('PAY NOW!'), 'shouting');
    expect(shout.suggestion).toMatch(/calmly/u);
  });
});

describe('robustness', () => {
  it('returns nothing for empty text', () => {
    expect(checkConduct('')).toEqual([]);
    expect(isBlocked([])).toBe(false);
  });
  it('stays fast on long rows of hyphens and repeated words', () => {
    const started = performance.now();
    checkConduct(`коллектор ${'-'.repeat(5000)}`);
    checkConduct(`с вами ${'слово '.repeat(3000)}`);
    expect(performance.now() - started).toBeLessThan(5000);
  });
  it('reports findings in text order', () => {
    const findings = checkConduct('Извините, что беспокою. Вы мошенники!!', 'ru');
    expect(findings.map((f) => f.rule)).toEqual(['apology-opening', 'insult', 'shouting']);
  });
});
