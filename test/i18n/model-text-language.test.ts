import { expect } from '@open-wc/testing';
import { enGB, Localiser } from '../../src/i18n/index.js';

describe('the language of model text', () => {
  it('is given when it is not the view’s language', () => {
    const welsh = new Localiser('cy', enGB, ['en-GB', 'cy']);
    expect(welsh.textLang('Health')).to.equal('en-GB');
    expect(welsh.textLang({ 'en-GB': 'Health', cy: 'Iechyd' })).to.equal(undefined);
    expect(welsh.textLang({ 'en-GB': 'Health' })).to.equal('en-GB');
    expect(welsh.textLang(undefined)).to.equal(undefined);
    const english = new Localiser('en-GB', enGB, ['en-GB', 'cy']);
    expect(english.textLang('Health')).to.equal(undefined);
    expect(english.textLang({ cy: 'Iechyd' })).to.equal('cy');
    // A model written in Welsh first: its plain text is Welsh.
    expect(new Localiser('en-GB', enGB, ['cy']).textLang('Iechyd')).to.equal('cy');
    // Without the model's locales, the language of plain text is not known: not marked.
    expect(new Localiser('cy', enGB).textLang('Health')).to.equal(undefined);
  });
});
