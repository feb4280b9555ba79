import { expect } from '@open-wc/testing';
import {
  bundledCatalogue,
  extendCatalogue,
  filterRoles,
  findRole,
  formatFigureDate,
  formatMoney,
  regionName,
  formatMoneyRange,
  formatNumberRange,
  annualToPeriod,
  parseCatalogue,
  resolveLocale,
  validateCatalogue,
  type Catalogue,
} from './index.js';
import { compactMoney } from '../test/helpers.js';
import { SalaryBand, type PayBand } from '../index.js';

/** Every role the seed document describes, by the names it uses. */
const SEED_ROLES: Record<string, string[]> = {
  infrastructure: ['Cloud engineer', 'DevOps engineer', 'Platform engineer', 'Infrastructure engineer', 'SRE engineer'],
  'back-end': ['Back end engineer'],
  'front-end': ['Front end engineer'],
  'full-stack': ['Full stack engineer'],
  'sales-engineer': ['Sales engineer'],
  'product-engineer': ['Product engineer'],
  'ai-engineer': ['AI engineer', 'Prompt engineer'],
  'application-support': ['Application support engineer', 'Support engineer'],
  'qa-test': ['QA engineer', 'QA tester', 'engineer in test'],
  'data-engineer': ['Data engineer'],
  'data-analyst': ['Data analyst'],
};

function copy(): Catalogue {
  return structuredClone(bundledCatalogue);
}

describe('root exports', () => {
  it('name the data type PayBand and the element class SalaryBand, so neither hides the other', () => {
    const band: PayBand = bundledCatalogue.roles[0].salary.GB;
    // Type-checked: `basis` exists on the data type a user imports from 'role-widgets'.
    expect(band.basis).to.be.a('string');
    expect(SalaryBand.prototype).to.be.instanceOf(HTMLElement);
  });
});

describe('bundled catalogue', () => {
  it('passes its own schema and relational checks', () => {
    const result = validateCatalogue(bundledCatalogue);
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('has every role of the seed document, found by each name the seed gives it', () => {
    for (const [id, names] of Object.entries(SEED_ROLES)) {
      for (const name of names) expect(findRole(bundledCatalogue, name)?.id, name).to.equal(id);
    }
    // The seed's roles come first, in the seed's order; the roles careers services add follow.
    expect(bundledCatalogue.roles.slice(0, 11).map((role) => role.id)).to.deep.equal(Object.keys(SEED_ROLES));
  });

  it('fills every section of every role', () => {
    for (const role of bundledCatalogue.roles) {
      expect(role.summary.length, role.id).to.be.greaterThan(40);
      expect(role.technologies.length, role.id).to.be.greaterThan(2);
      expect(role.duties.length, role.id).to.be.greaterThan(2);
      expect(role.environment.summary.length, role.id).to.be.greaterThan(40);
      expect(role.requirements.skills.length, role.id).to.be.greaterThan(1);
      expect(role.requirements.routesIn.length, role.id).to.be.greaterThan(1);
      expect(role.interviewQuestions.length, role.id).to.be.greaterThan(1);
      expect(role.salary.GB, `${role.id} has a GB band`).to.exist;
      expect(role.codes?.socUk?.length, `${role.id} SOC code`).to.be.greaterThan(0);
    }
  });

  it('gives every figure a source, a date and a basis, and marks editorial figures as estimates', () => {
    for (const role of bundledCatalogue.roles) {
      const figures = [...Object.values(role.salary), role.hours];
      for (const figure of figures) {
        expect(figure.source.name, role.id).to.have.length.greaterThan(3);
        expect(figure.source.date, role.id).to.match(/^\d{4}/);
        if (/estimate/i.test(figure.source.name)) expect(figure.estimate, `${role.id}: ${figure.source.name}`).to.equal(true);
      }
      for (const band of Object.values(role.salary)) expect(band.basis.length, role.id).to.be.greaterThan(10);
    }
  });

  it("credits the seed's back-end hours to their publisher, and takes pay from the official survey", () => {
    const backEnd = findRole(bundledCatalogue, 'back-end')!;
    expect(backEnd.hours).to.include({ min: 37, max: 45 });
    expect(backEnd.hours.source).to.deep.equal({ name: 'Sort Your Future, Back-end engineer job profile', url: 'https://www.sortyourfuture.com/job-type/back-end-engineer', date: '2026-11' });
    expect(backEnd.hours.typical).to.include({ hours: 37.5 });
    expect(backEnd.salary.GB).to.include({ currency: 'GBP', min: 42289, max: 75794, p10: 32835, median: 56914, p90: 102860, span: 'p25-p75' });
    expect(backEnd.salary.US).to.include({ currency: 'USD', min: 103050, max: 169000, p10: 79850, median: 133080, p90: 211450, span: 'p25-p75' });
  });

  it('files each role under the part of the stack the seed gives it', () => {
    const stacks = Object.fromEntries(bundledCatalogue.roles.slice(0, 11).map((role) => [role.id, role.stack]));
    expect(stacks).to.deep.equal({
      infrastructure: 'infrastructure',
      'back-end': 'back-end',
      'front-end': 'front-end',
      'full-stack': 'full-stack',
      'sales-engineer': 'other',
      // The seed lists these under "Other engineer roles": a product engineer may work on any part of the stack.
      'product-engineer': 'other',
      'ai-engineer': 'other',
      'application-support': 'other',
      'qa-test': 'other',
      'data-engineer': 'other',
      'data-analyst': 'other',
    });
  });

  it('lists every role under a family a careers page uses, with at least 30 roles in all', () => {
    expect(bundledCatalogue.roles.length).to.be.at.least(30);
    const families = (family: string) => bundledCatalogue.roles.filter((role) => role.family === family).map((role) => role.id);
    expect(bundledCatalogue.roles.filter((role) => !role.family).map((role) => role.id)).to.deep.equal([]);
    expect(families('stack')).to.deep.equal(['infrastructure', 'back-end', 'front-end', 'full-stack', 'web-developer', 'mobile-developer', 'cloud-architect']);
    expect(families('security')).to.deep.equal(['cyber-security-engineer', 'security-analyst', 'penetration-tester', 'forensic-computer-analyst']);
    expect(families('data-ai')).to.deep.equal(['ai-engineer', 'data-engineer', 'data-analyst', 'machine-learning-engineer', 'data-scientist', 'database-administrator']);
    // Every role in the stack family is on a part of the stack; every "other" role is in another family.
    for (const role of bundledCatalogue.roles) if (role.family === 'stack') expect(role.stack, role.id).not.to.equal('other');
  });

  it('names only apprenticeship standards with a level and a Skills England link, and says where none is listed', () => {
    for (const role of bundledCatalogue.roles) {
      for (const standard of role.apprenticeships ?? []) {
        expect(standard.url, role.id).to.equal(`https://skillsengland.education.gov.uk/apprenticeships/${standard.reference.toLowerCase()}`);
        expect(standard.level, role.id).to.be.within(3, 7);
      }
      // No standard is listed for these (role-facts): the card says so rather than stretch one.
      if (['database-administrator', 'technical-writer', 'developer-relations', 'engineering-manager', 'product-manager'].includes(role.id)) {
        expect(role.apprenticeships, role.id).to.equal(undefined);
      }
    }
    expect(findRole(bundledCatalogue, 'back-end')!.apprenticeships!.map((a) => `${a.reference} ${a.level}`)).to.deep.equal(['ST0116 4', 'ST0128 3']);
    expect(findRole(bundledCatalogue, 'security-analyst')!.apprenticeships![0]).to.include({ reference: 'ST0865', level: 3 });
    expect(findRole(bundledCatalogue, 'data-scientist')!.professionalBodies!.map((b) => b.name)).to.include('Royal Statistical Society');
  });

  it('names real publishers, links official tables and says why every proxy is an estimate', () => {
    for (const role of bundledCatalogue.roles) {
      const figures = [...Object.values(role.salary), role.hours, ...(role.hours.typical ? [role.hours.typical] : []), ...Object.values(role.quotedPay ?? {})];
      for (const figure of figures) {
        expect(figure.source.name, role.id).not.to.match(/seed|document \d/i);
        if (/^(ONS|US Bureau)/.test(figure.source.name)) expect(figure.source.url, `${role.id}: ${figure.source.name}`).to.match(/^https:\/\//);
        // A proxy says so in its basis, and only a proxy or a judgement is an estimate.
        const basis = 'basis' in figure ? (figure.basis ?? '') : '';
        expect(figure.estimate === true, `${role.id}: ${basis}`).to.equal(/an estimate/.test(basis) || /estimate/i.test(figure.source.name));
      }
      for (const [region, band] of Object.entries(role.salary)) {
        // ONS suppressed the 75th percentile of SOC 2141 and 3412: those bands are the 25th percentile to the median.
        // The band's own group is the first one its basis names; a proxy's reason may name others.
        expect(band.span, role.id).to.equal(region === 'GB' && /^[^;]*\(SOC (2141|3412)\)/.test(band.basis) ? 'p25-median' : 'p25-p75');
        expect(band.median, role.id).to.be.a('number');
      }
    }
    expect(findRole(bundledCatalogue, 'sales-engineer')!.salary.GB.basis).to.match(/^middle half .*systems designers \(SOC 2133\); an estimate: .*business sales executives \(SOC 3552\)/);
    expect(findRole(bundledCatalogue, 'application-support')!.salary.GB.basis).to.contain('IT user support technicians (SOC 3132)');
    expect(findRole(bundledCatalogue, 'front-end')!.salary.US.basis).to.contain('web developers (SOC 15-1254)');
    expect(findRole(bundledCatalogue, 'ai-engineer')!.hours.estimate).to.equal(true);
  });

  it('models consultancy as a way of working, not a role', () => {
    expect(findRole(bundledCatalogue, 'consultancy')).to.equal(undefined);
    expect(bundledCatalogue.waysOfWorking?.map((way) => way.id)).to.deep.equal(['consultancy']);
  });
});

describe('validateCatalogue', () => {
  // Each case breaks one thing; the message must name the path of what is wrong.
  const cases: [string, (c: Catalogue & Record<string, any>) => unknown, RegExp][] = [
    ['a figure given as text', (c) => ((c.roles[3].salary.GB as any).min = '40k'), /^roles\[3\]\.salary\.GB\.min: expected a number, got "40k"$/],
    ['a missing title', (c) => delete (c.roles[0] as any).title, /^roles\[0\]\.title: is required but missing$/],
    ['duplicate ids', (c) => (c.roles[2].id = 'back-end'), /^roles\[2\]\.id: "back-end" is already used by roles\[1\]\.id$/],
    ['min above max', (c) => ((c.roles[1].salary.GB as any).min = 95000), /^roles\[1\]\.salary\.GB\.min: 95000 is greater than max 75794$/],
    ['an unknown currency', (c) => ((c.roles[0].salary.GB as any).currency = 'XYZ'), /^roles\[0\]\.salary\.GB\.currency: "XYZ" is not a currency/],
    ['a malformed currency', (c) => ((c.roles[0].salary.GB as any).currency = 'pounds'), /^roles\[0\]\.salary\.GB\.currency: must be an ISO 4217 code/],
    ['negative hours', (c) => ((c.roles[4].hours as any).min = -5), /^roles\[4\]\.hours\.min: must not be negative$/],
    ['an alias that names another role', (c) => c.roles[2].aliases.push('Backend engineer'), /^roles\[2\]\.aliases\[\d+\]: "Backend engineer" is already used by roles\[1\]\.aliases\[1\]$/],
    ['an unknown stack part', (c) => ((c.roles[0] as any).stack = 'middle'), /^roles\[0\]\.stack: expected one of "infrastructure", "back-end"/],
    ['a misspelt field', (c) => ((c.roles[5] as any).sallary = {}), /^roles\[5\]\.sallary: is not a known field/],
    ['a javascript: link', (c) => ((c.roles[2].salary.GB as any).source.url = 'javascript:alert(1)'), /^roles\[2\]\.salary\.GB\.source\.url: must start with http/],
    ['a median outside the band', (c) => ((c.roles[2].salary.GB as any).median = 10), /^roles\[2\]\.salary\.GB\.median: the median \(10\) is below the 25th percentile \(42289\)/],
    ['a median outside a band without percentiles', (c) => Object.assign(c.roles[2].salary.GB, { span: undefined, p10: undefined, p90: undefined, median: 10 }), /^roles\[2\]\.salary\.GB\.median: 10 lies outside min 42289 to max 75794$/],
    ['percentiles out of order', (c) => ((c.roles[1].salary.GB as any).p90 = 70000), /^roles\[1\]\.salary\.GB\.p90: the 90th percentile \(70000\) is below the 75th percentile \(75794\)/],
    ['a span its min does not match', (c) => ((c.roles[1].salary.GB as any).p25 = 40000), /^roles\[1\]\.salary\.GB\.min: 42289 should equal p25 \(40000\), since span "p25-p75" makes it the 25th percentile$/],
    ['a 10th-to-90th span without the middle half', (c) => Object.assign(c.roles[1].salary.GB, { span: 'p10-p90' }), /^roles\[1\]\.salary\.GB\.span: "p10-p90" needs p25 and p75/],
    ['an unknown span', (c) => ((c.roles[1].salary.GB as any).span = 'middle'), /^roles\[1\]\.salary\.GB\.span: expected one of "p25-p75", "p10-p90"/],
    ['roles that is not a list', (c) => ((c as any).roles = 'none'), /^roles: expected a list, got "none"$/],
    ['a bad date', (c) => ((c.roles[6].hours.source as any).date = 'last year'), /^roles\[6\]\.hours\.source\.date: must be a date like/],
    ['an upper-case id', (c) => (c.roles[7].id = 'QA Test'), /^roles\[7\]\.id: must be lower-case words/],
    ['a region that is not a country code', (c) => ((c.roles[0].salary as any).england = c.roles[0].salary.GB), /^roles\[0\]\.salary\.england: region must be a two-letter/],
    ['the wrong version', (c) => ((c as any).version = 2), /^version: expected one of 1, got 2$/],
    ['an unknown family', (c) => ((c.roles[0] as any).family = 'games'), /^roles\[0\]\.family: expected one of "stack", "other-engineering"/],
    ['an apprenticeship reference that is not a standard', (c) => ((c.roles[1] as any).apprenticeships[0].reference = 'software dev'), /^roles\[1\]\.apprenticeships\[0\]\.reference: must be a standard reference such as ST0116$/],
    ['an apprenticeship level above 7', (c) => ((c.roles[1] as any).apprenticeships[0].level = 8), /^roles\[1\]\.apprenticeships\[0\]\.level: must be 2 to 7$/],
    ['an empty list of apprenticeships', (c) => ((c.roles[1] as any).apprenticeships = []), /^roles\[1\]\.apprenticeships: needs at least one entry; leave the field out where none is listed$/],
    ['a professional body with a javascript: link', (c) => ((c.roles[1] as any).professionalBodies[0].url = 'javascript:alert(1)'), /^roles\[1\]\.professionalBodies\[0\]\.url: must start with http/],
    ['quoted pay with min above max', (c) => ((c.roles[1] as any).quotedPay.GB.min = 95000), /^roles\[1\]\.quotedPay\.GB\.min: 95000 is greater than max 91000$/],
    ['quoted pay without its source', (c) => delete (c.roles[1] as any).quotedPay.GB.source, /^roles\[1\]\.quotedPay\.GB\.source: is required but missing$/],
    ['a 25th-to-median span with a 75th percentile', (c) => Object.assign(c.roles[1].salary.GB, { span: 'p25-median', max: 56914 }), /^roles\[1\]\.salary\.GB\.span: "p25-median" is for a band whose 75th percentile is not published/],
  ];

  for (const [name, breakIt, message] of cases) {
    it(`rejects ${name}, naming the path`, () => {
      const broken = copy();
      breakIt(broken as any);
      const result = validateCatalogue(broken);
      expect(result.ok).to.equal(false);
      expect(result.problems.some((p) => message.test(p)), result.problems.join('\n')).to.equal(true);
    });
  }

  it('lists every problem at once, not only the first', () => {
    const broken = copy() as any;
    broken.roles[0].title = 7;
    broken.roles[1].hours.max = 'forty';
    broken.roles[2].salary.GB.min = 90000;
    broken.roles[2].salary.GB.max = 10;
    const { problems } = validateCatalogue(broken);
    expect(problems.join('\n')).to.match(/roles\[0\]\.title/).and.match(/roles\[1\]\.hours\.max/).and.match(/roles\[2\]\.salary\.GB\.min: 90000 is greater/);
  });

  it('rejects text that is not JSON, and things that are not catalogues', () => {
    expect(parseCatalogue('{ "roles": [').problems[0]).to.match(/^\(root\): not valid JSON/);
    expect(validateCatalogue(null).problems[0]).to.equal('(root): expected an object, got null');
    expect(validateCatalogue([]).problems[0]).to.equal('(root): expected an object, got a list');
  });
});

describe('lookup', () => {
  it('finds roles by id, alias or title, ignoring case, spaces and hyphens', () => {
    expect(findRole(bundledCatalogue, 'BACK END')?.id).to.equal('back-end');
    expect(findRole(bundledCatalogue, 'devops engineer')?.id).to.equal('infrastructure');
    expect(findRole(bundledCatalogue, 'sdet')?.id).to.equal('qa-test');
    expect(findRole(bundledCatalogue, 'Data_Analyst')?.id).to.equal('data-analyst');
    expect(findRole(bundledCatalogue, 'astronaut')).to.equal(undefined);
    expect(findRole(bundledCatalogue, '')).to.equal(undefined);
  });

  it('filters by text, stack, technology, pay floor and working conditions', () => {
    const ids = (roles: { id: string }[]) => roles.map((r) => r.id);
    expect(ids(filterRoles(bundledCatalogue, { text: 'terraform' }))).to.deep.equal(['infrastructure', 'cyber-security-engineer', 'cloud-architect']);
    expect(ids(filterRoles(bundledCatalogue, { stack: 'front-end' }))).to.deep.equal(['front-end', 'mobile-developer']);
    expect(ids(filterRoles(bundledCatalogue, { family: 'leading' }))).to.deep.equal(['solutions-architect', 'engineering-manager', 'delivery-manager', 'business-analyst', 'product-manager']);
    expect(ids(filterRoles(bundledCatalogue, { family: 'support', stack: 'infrastructure' }))).to.deep.equal(['network-engineer']);
    expect(ids(filterRoles(bundledCatalogue, { technologies: ['python', 'SQL'] }))).to.include.members(['back-end', 'data-engineer', 'data-analyst']);
    expect(ids(filterRoles(bundledCatalogue, { customerContact: ['high'] }))).to.deep.equal(['sales-engineer', 'application-support', 'penetration-tester', 'user-researcher', 'business-analyst', 'it-support-technician', 'developer-relations']);
    expect(ids(filterRoles(bundledCatalogue, { onCall: ['none'] }).slice(0, 2))).to.deep.equal(['sales-engineer', 'data-analyst']);
    expect(ids(filterRoles(bundledCatalogue, { salaryFloor: { region: 'GB', amount: 80000 } }))).to.deep.equal(['sales-engineer', 'data-engineer', 'solutions-architect', 'cloud-architect', 'business-analyst']);
    expect(filterRoles(bundledCatalogue, { text: 'astronaut' })).to.deep.equal([]);
  });

  it('extends the bundled catalogue: same id replaces, new ids are added', () => {
    const site = copy();
    site.roles = [{ ...site.roles[1], title: 'Server engineer' }, { ...site.roles[0], id: 'robotics-engineer', title: 'Robotics engineer', aliases: [] }];
    const merged = extendCatalogue(bundledCatalogue, site);
    expect(merged.roles).to.have.length(bundledCatalogue.roles.length + 1);
    expect(findRole(merged, 'back-end')?.title).to.equal('Server engineer');
    expect(merged.roles.at(-1)?.id).to.equal('robotics-engineer');
  });
});

describe('formatting', () => {
  it('formats compact and full ranges in en-GB', () => {
    // The locale's own range pattern: one currency sign and one suffix, "£40–91k" ("£40–91K" in WebKit).
    expect(formatMoneyRange(40000, 91000, 'GBP', 'en-GB', { compact: true })).to.match(/^£40–91k$/i);
    expect(formatMoneyRange(40000, 91000, 'GBP', 'en-GB', { compact: true })).to.equal(compactMoney(40000, 91000));
    expect(formatMoney(40000, 'GBP', 'en-GB', { compact: true })).to.match(/^£40k$/i);
    expect(formatMoney(40000, 'GBP', 'en-GB', { compact: true })).to.equal(compactMoney(40000, 40000));
    // Full figures take the word a sentence uses, so a range reads the same in a headline and in words.
    expect(formatMoneyRange(40000, 91000, 'GBP', 'en-GB')).to.equal('£40,000 to £91,000');
    expect(formatMoneyRange(50396, 50396, 'GBP', 'en-GB')).to.equal('£50,396');
  });

  it('writes full ranges in the language of the words around them, whatever the locale of the figures', () => {
    // Welsh in Chromium: en-GB figures (no Welsh number data), Welsh words.
    expect(formatMoneyRange(40000, 91000, 'GBP', 'en-GB', { language: 'cy' })).to.equal('£40,000 i £91,000');
    expect(formatMoneyRange(18.83, 28.21, 'GBP', 'en-GB', { fractionDigits: 2, language: 'cy-GB' })).to.equal('£18.83 i £28.21');
    // Compact figures keep the locale's own pattern in every language.
    expect(formatMoneyRange(40000, 91000, 'GBP', 'en-GB', { compact: true, language: 'cy' })).to.equal(compactMoney(40000, 91000));
  });

  it('names regions in the reader\'s language, English ones without loading Intl region names', () => {
    expect(regionName('GB', 'en-GB')).to.equal('United Kingdom');
    expect(regionName('US', 'en-US')).to.equal('United States');
    expect(regionName('GB', 'de-DE')).to.equal(new Intl.DisplayNames(['de-DE'], { type: 'region' }).of('GB'));
    expect(regionName('FR', 'en-GB')).to.equal('France');
    expect(regionName('not a region', 'en-GB')).to.equal('not a region');
  });

  it('formats in en-US and de-DE', () => {
    expect(formatMoneyRange(92750, 132270, 'USD', 'en-US', { compact: true })).to.match(/^\$93–132K$/);
    expect(formatMoneyRange(92750, 132270, 'USD', 'en-US', { compact: true })).to.equal(compactMoney(92750, 132270, 'USD', 'en-US'));
    expect(formatMoney(132270, 'USD', 'en-US')).to.equal('$132,270');
    expect(formatMoneyRange(40000, 91000, 'EUR', 'de-DE')).to.equal('40.000–91.000\u00a0€');
  });

  it('formats hour ranges and hourly pay', () => {
    expect(formatNumberRange(37, 45, 'en-GB')).to.equal('37–45');
    expect(formatNumberRange(37.5, 37.5, 'de-DE')).to.equal('37,5');
    expect(annualToPeriod(52000, 'hour', 40)).to.equal(25);
    expect(annualToPeriod(60000, 'month')).to.equal(5000);
    expect(formatMoney(annualToPeriod(40000, 'hour', 41), 'GBP', 'en-GB', { fractionDigits: 2 })).to.equal('£18.76');
    expect(() => annualToPeriod(40000, 'hour', 0)).to.throw(RangeError);
  });

  it('formats figure dates and survives malformed locales', () => {
    expect(formatFigureDate('2024-09', 'en-GB')).to.equal('September 2024');
    expect(formatFigureDate('2023-07-19', 'en-US')).to.equal('July 19, 2023');
    expect(formatFigureDate('2025', 'en-GB')).to.equal('2025');
    expect(resolveLocale('not a locale!', '', 'en-US')).to.equal('en-US');
    expect(resolveLocale(undefined, null)).to.equal('en-GB');
  });
});
