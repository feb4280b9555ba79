import { expect } from '@open-wc/testing';
import { placement } from '../shared/scale.js';
import { bundledCatalogue } from './bundled.js';
import { annualFromUnit } from './format.js';
import { findJobPosting, matchRole, readAmount, readJobPosting, regionFromCountry } from './job-posting.js';

/** A document holding the given JSON-LD scripts (objects are serialised; strings go in as they are). */
function page(...scripts: (object | string | { id: string; json: object | string })[]): Document {
  const doc = document.implementation.createHTMLDocument('advert');
  for (const item of scripts) {
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    const withId = typeof item === 'object' && 'json' in item ? item : undefined;
    if (withId) script.id = withId.id;
    const json = withId ? withId.json : item;
    script.textContent = typeof json === 'string' ? json : JSON.stringify(json);
    doc.head.append(script);
  }
  return doc;
}
const read = (doc: Document, id = '') => {
  const { posting, problems } = findJobPosting(doc, id);
  return { reading: posting ? readJobPosting(posting) : undefined, problems };
};

// Google's documented example, as published in its JobPosting guide (structure kept, text shortened).
const GOOGLE_EXAMPLE = {
  '@context': 'https://schema.org/',
  '@type': 'JobPosting',
  title: 'Software Engineer',
  description: '<p>Google aspires to be an organization that reflects the globally diverse audience…</p>',
  datePosted: '2024-01-18',
  hiringOrganization: { '@type': 'Organization', name: 'Google', sameAs: 'https://www.google.com' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: '1600 Amphitheatre Pkwy', addressLocality: 'Mountain View', addressRegion: 'CA', postalCode: '94043', addressCountry: 'US' } },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', value: 40.0, unitText: 'HOUR' } },
};

const ADVERT = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Senior Backend Engineer (Payments)',
  occupationalCategory: '15-1252.00 Software Developers',
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Leeds', addressCountry: 'GB' } },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', minValue: 52000, maxValue: 60000, unitText: 'YEAR' } },
};

describe('reading a JobPosting', () => {
  it("reads Google's documented example: title, country and an hourly figure", () => {
    const { reading, problems } = read(page(GOOGLE_EXAMPLE));
    expect(problems).to.deep.equal([]);
    expect(reading).to.deep.include({ title: 'Software Engineer', region: 'US', pay: { currency: 'USD', min: 40, max: 40, unit: 'HOUR' } });
  });

  it('finds the posting inside @graph with Organization and WebPage nodes', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Northwind' }, { '@type': 'WebPage', name: 'Careers' }, ADVERT] };
    expect(read(page(graph)).reading?.title).to.equal('Senior Backend Engineer (Payments)');
  });

  it('finds the posting in a top-level array and with @type as a list', () => {
    const doc = page([{ '@type': 'BreadcrumbList' }, { ...ADVERT, '@type': ['JobPosting', 'Thing'] }]);
    expect(read(doc).reading?.pay).to.deep.equal({ currency: 'GBP', min: 52000, max: 60000, unit: 'YEAR' });
  });

  it('reads an hourly contract, a day rate and a monthly figure', () => {
    const hourly = { ...ADVERT, baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', minValue: 25, maxValue: 30, unitText: 'HOUR' } } };
    const daily = { ...ADVERT, baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', value: '450', unitText: 'DAY' } } };
    const monthly = { ...ADVERT, baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: 4200, unitText: 'MONTH' } };
    expect(read(page(hourly)).reading?.pay).to.deep.equal({ currency: 'GBP', min: 25, max: 30, unit: 'HOUR' });
    expect(read(page(daily)).reading?.pay).to.deep.equal({ currency: 'GBP', min: 450, max: 450, unit: 'DAY' });
    expect(read(page(monthly)).reading?.pay).to.deep.equal({ currency: 'EUR', min: 4200, max: 4200, unit: 'MONTH' });
  });

  it('reads amounts written as text: "52,000", "£60k", "52000.50"', () => {
    expect(['52,000', '£60k', '52000.50', ' 45 000 ', 52000, 'about fifty'].map(readAmount)).to.deep.equal([52000, 60000, 52000.5, 45000, 52000, undefined]);
    const strings = { ...ADVERT, baseSalary: { '@type': 'MonetaryAmount', currency: 'gbp', value: { '@type': 'QuantitativeValue', minValue: '52,000', maxValue: '£60k', unitText: 'year' } } };
    expect(read(page(strings)).reading?.pay).to.deep.equal({ currency: 'GBP', min: 52000, max: 60000, unit: 'YEAR' });
  });

  it('says what is missing when there is no baseSalary or no country, and keeps the rest', () => {
    const { baseSalary: _pay, jobLocation: _place, ...bare } = ADVERT;
    const { reading } = read(page(bare));
    expect(reading?.pay).to.equal(undefined);
    expect(reading?.problems).to.deep.equal(['no country in jobLocation or applicantLocationRequirements', 'no baseSalary']);
    expect(reading?.title).to.equal('Senior Backend Engineer (Payments)');
  });

  it('takes the region from applicantLocationRequirements for a remote job', () => {
    const remote = { ...ADVERT, jobLocation: undefined, jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'United Kingdom' } };
    expect(read(page(remote)).reading?.region).to.equal('GB');
    expect(['GB', 'UK', 'United Kingdom', 'england', 'US', 'USA', 'United States', 'U.S.A.', 'de', 'Narnia'].map(regionFromCountry)).to.deep.equal(['GB', 'GB', 'GB', 'GB', 'US', 'US', 'US', 'US', 'DE', undefined]);
  });

  it('asks for an id when the page has two postings, and reads the one named', () => {
    const doc = page({ id: 'first', json: ADVERT }, { id: 'second', json: { ...ADVERT, title: 'QA Engineer', occupationalCategory: '2136' } });
    expect(read(doc).problems.at(-1)).to.contain('the page has 2 JobPostings; name one with job-posting="ID"');
    expect(read(doc, 'second').reading?.title).to.equal('QA Engineer');
    expect(read(doc, 'third').problems).to.deep.equal(['no <script type="application/ld+json" id="third"> on the page']);
  });

  it('survives broken JSON beside a good posting, and says so', () => {
    const { reading, problems } = read(page('{ "@type": "JobPosting", title: oops', ADVERT));
    expect(reading?.title).to.equal('Senior Backend Engineer (Payments)');
    expect(problems).to.deep.equal(['a JSON-LD script is not valid JSON']);
    expect(read(page('not json at all')).problems).to.deep.equal(['a JSON-LD script is not valid JSON', 'the page has no JobPosting']);
  });
});

describe('matching a posting to a role', () => {
  const match = (title: string | undefined, occupationalCategory?: unknown, skills?: unknown) =>
    matchRole(bundledCatalogue, readJobPosting({ '@type': 'JobPosting', title, occupationalCategory, skills } as Record<string, unknown>));

  it('matches by an occupation code that fits one role', () => {
    expect(match('Engineer', '2137')).to.deep.include({ reason: 'occupation code 2137' });
    expect(match('Engineer', '2137')?.role.id).to.equal('network-engineer');
    expect(match('Anything', { '@type': 'CategoryCode', codeValue: '15-1232.00', name: 'Computer User Support Specialists' })?.role.id).to.equal('application-support');
  });

  it('lets the title decide when a code fits several roles', () => {
    const found = match('Senior Backend Engineer (Payments)', '15-1252.00 Software Developers');
    expect(found?.role.id).to.equal('back-end');
    expect(found?.reason).to.equal('occupation code 15-1252.00 and the title names “Back-end engineer”');
    expect(found?.strength).to.equal('strong');
    expect(match('Lead Full-Stack Developer', '15-1252')?.role.id).to.equal('full-stack');
  });

  it('matches by title alone, ignoring seniority, brackets, case and hyphens', () => {
    expect(match('Senior Front-End Engineer (React) [Remote]')?.role.id).to.equal('front-end');
    expect(match('Graduate QA tester')?.role.id).to.equal('qa-test');
    expect(match('Principal data engineer')).to.deep.include({ reason: 'the title names “Data engineer”', strength: 'strong' });
  });

  it("reads the posting's skills, and lets them decide what a bare title does not", () => {
    expect(readJobPosting({ '@type': 'JobPosting', skills: 'React, CSS; TypeScript' }).skills).to.deep.equal(['React', 'CSS', 'TypeScript']);
    expect(readJobPosting({ '@type': 'JobPosting', skills: [{ '@type': 'DefinedTerm', name: 'Java' }, 'SQL'] }).skills).to.deep.equal(['Java', 'SQL']);
    expect(match('Software Engineer', undefined, 'React, CSS')).to.deep.include({ reason: 'skills: React, CSS' });
    expect(match('Software Engineer', undefined, 'React, CSS')?.role.id).to.equal('front-end');
  });

  it('calls a bare "Software Engineer" the closest software role, not a certain one', () => {
    const found = match('Software Engineer');
    expect(found?.role.id).to.equal('back-end');
    expect(found?.strength).to.equal('weak');
    expect(found?.reason).to.match(/title alone does not say/);
  });

  it('finds no role for an unknown occupation and title', () => {
    expect(match('Chief Happiness Officer', '11-1011.00 Chief Executives')).to.equal(undefined);
    expect(match('Registered Nurse', undefined, 'Patient care, Excel')).to.equal(undefined);
  });

  it('converts every unit to a year with the role\'s hours', () => {
    expect(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'].map((unit) => annualFromUnit(10, unit as 'HOUR', 40))).to.deep.equal([10 * 40 * 52, 10 * 5 * 52, 520, 120, 10]);
  });

  it('places a figure or a range against the band, boundaries included', () => {
    const band = [40, 60] as const;
    expect(placement(30, 35, ...band)).to.equal('below');
    expect(placement(30, 40, ...band)).to.equal('overlaps-bottom');
    expect(placement(40, 60, ...band)).to.equal('within');
    expect(placement(40, 40, ...band)).to.equal('within');
    expect(placement(60, 70, ...band)).to.equal('overlaps-top');
    expect(placement(61, 70, ...band)).to.equal('above');
    expect(placement(30, 70, ...band)).to.equal('spans');
    expect(placement(39, 39, ...band)).to.equal('below');
  });
});
