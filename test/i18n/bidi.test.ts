import { expect } from '@open-wc/testing';
import { enGB, isolate, Localiser, withoutIsolate } from '../../src/i18n/index.js';
import { formatMessage } from '../../src/i18n/format.js';
import { personName } from '../../src/components/shared/people.js';
import { hostileStrings, mulberry32 } from '../../src/samples/index.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('bidirectional isolation', () => {
  it('leaves English and Welsh text as it is', () => {
    for (const text of ['Sam Kelly', 'Siân Llŷr', '', '2024-05-01', 'Emoji: 👍🏽', 'a\u200Bb']) {
      expect(isolate(text)).to.equal(text);
    }
  });

  it('isolates right-to-left names and direction controls', () => {
    expect(isolate('أحمد')).to.equal(`${FSI}أحمد${PDI}`);
    expect(isolate('שרה כהן')).to.equal(`${FSI}שרה כהן${PDI}`);
    expect(isolate('Amira حسين (Hussain)')).to.equal(`${FSI}Amira حسين (Hussain)${PDI}`);
    // A stray override would turn the rest of the sentence round: it ends with the isolate.
    expect(isolate('Kelly \u202Eexe.gpj')).to.equal(`${FSI}Kelly \u202Eexe.gpj${PDI}`);
    expect(isolate('a\u2067b')).to.equal(`${FSI}a\u2067b${PDI}${PDI}`);
  });

  it('isolates once, and only a text that is not already one isolate', () => {
    const once = isolate('أحمد');
    expect(isolate(once)).to.equal(once);
    // Two isolates side by side are not one: the text between them would be left out.
    const two = `${FSI}أ${PDI} and ${FSI}ب${PDI}`;
    expect(isolate(two)).to.equal(`${FSI}${two}${PDI}`);
    expect(withoutIsolate(once)).to.equal('أحمد');
    expect(withoutIsolate(two)).to.equal(two);
    expect(withoutIsolate('Sam')).to.equal('Sam');
    // Isolates the text left open are closed inside; a stray pop pops one of its own.
    expect(isolate('\u2067ב')).to.equal(`${FSI}\u2067ב${PDI}${PDI}`);
    expect(isolate(`ב${PDI}c`)).to.equal(`${FSI}${FSI}ב${PDI}c${PDI}`);
  });

  it('is idempotent, keeps the text inside, and isolates all of it (seeded strings)', () => {
    const pool = ['a', ' ', '(', '3', 'ب', 'ש', '\u202E', '\u202C', FSI, PDI, '\u2066', '👍', 'ŷ'];
    const random = mulberry32(11);
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      const length = Math.floor(random() * 8);
      for (let i = 0; i < length; i++) text += pool[Math.floor(random() * pool.length)];
      const out = isolate(text);
      expect(isolate(out), JSON.stringify(text)).to.equal(out);
      expect(out.includes(text), JSON.stringify(text)).to.equal(true);
      // What was added is one isolate round all of the text: its first character's isolate ends
      // at its last character, whatever isolates the text opened or closed.
      if (out !== text) {
        let depth = 0;
        for (let i = 0; i < out.length; i++) {
          const code = out.charCodeAt(i);
          if (code >= 0x2066 && code <= 0x2068) depth++;
          else if (code === 0x2069 && depth > 0) depth--;
          if (i < out.length - 1) expect(depth, JSON.stringify(text)).to.be.greaterThan(0);
        }
        expect(depth, JSON.stringify(text)).to.equal(0);
      }
    }
    for (const text of hostileStrings) expect(isolate(isolate(text))).to.equal(isolate(text));
  });

  it('isolates text placeholders of messages, not numbers', () => {
    expect(formatMessage('Timeline for {name} ({count})', { name: 'أحمد', count: 3 })).to.equal(
      `Timeline for ${FSI}أحمد${PDI} (3)`,
    );
    expect(formatMessage('Timeline for {name}', { name: 'Sam' })).to.equal('Timeline for Sam');
  });

  it("isolates a person's right-to-left name wherever the views show it", () => {
    const i18n = new Localiser('en-GB', enGB);
    const person = (name: object) => ({ id: 'p', name }) as Parameters<typeof personName>[0];
    expect(personName(person({ given: 'Yusuf', family: 'Ali' }), i18n)).to.equal('Yusuf Ali');
    expect(personName(person({ given: 'يوسف', family: 'علي' }), i18n)).to.equal(
      `${FSI}يوسف علي${PDI}`,
    );
    expect(personName(person({ display: 'יעל' }), i18n)).to.equal(`${FSI}יעל${PDI}`);
    // Placed in a message, it is not isolated twice.
    const named = personName(person({ display: 'יעל' }), i18n);
    expect(formatMessage('For {name}', { name: named })).to.equal(`For ${FSI}יעל${PDI}`);
  });
});

describe('bidirectional isolation in the genogram drawing', () => {
  it('cuts a long right-to-left name inside its isolate', async () => {
    const { nodeView } = await import('../../src/components/genogram/diagram.js');
    const i18n = new Localiser('en-GB', enGB);
    const node = { id: 'p', x: 0, y: 0, generation: 0, size: 40, order: 0 };
    const options = {
      i18n,
      today: '2026-11-26',
      show: {},
      deceased: 'cross',
      index: undefined,
    } as const;
    const long = { id: 'p', name: { given: 'عبد الرحمن', family: 'الهاشمي القرشي' } };
    const view = nodeView(node, long as never, false, options);
    expect(view.name.startsWith(FSI)).to.equal(true);
    expect(view.name.endsWith(`…${PDI}`)).to.equal(true);
    expect(view.label).to.equal(`${FSI}عبد الرحمن الهاشمي القرشي${PDI}`);
    const short = nodeView(node, { id: 'p', name: { given: 'Sam' } } as never, false, options);
    expect(short.name).to.equal('Sam');
  });
});
