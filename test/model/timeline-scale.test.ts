import { expect } from '@open-wc/testing';
import { toDayNumber } from '../../src/model/index.js';
import {
  MAX_DAY,
  MAX_SPAN_DAYS,
  MIN_DAY,
  MIN_SPAN_DAYS,
  TimeScale,
  timelineEntries,
} from '../../src/model/timeline/index.js';
import { mulberry32, SAMPLE_TODAY, sampleCase, sampleModel } from '../../src/samples/index.js';

const day = (iso: string) => toDayNumber(iso);

function expectSane(scale: TimeScale): void {
  for (const n of [scale.startDay, scale.endDay, scale.width, scale.pxPerDay]) {
    expect(Number.isFinite(n), String(n)).to.equal(true);
  }
  expect(scale.startDay).to.be.at.least(MIN_DAY);
  expect(scale.endDay).to.be.at.most(MAX_DAY);
  expect(scale.span).to.be.at.least(MIN_SPAN_DAYS - 1e-9);
  expect(scale.span).to.be.at.most(MAX_SPAN_DAYS + 1e-6);
  expect(scale.width).to.be.at.least(1);
}

describe('timeline model: time scale', () => {
  it('maps the domain onto the range and back', () => {
    const scale = new TimeScale(100, 200, 1000);
    expect(scale.toPx(100)).to.equal(0);
    expect(scale.toPx(200)).to.equal(1000);
    expect(scale.toPx(150)).to.equal(500);
    expect(scale.toDay(250)).to.equal(125);
    expect(scale.pxPerDay).to.equal(10);
    expect(scale.contains(150)).to.equal(true);
    expect(scale.contains(201)).to.equal(false);
    expect(scale.domain).to.deep.equal({ start: 100, end: 200 });
  });

  it('builds from ISO dates, start of the first day to the end of the last', () => {
    const scale = TimeScale.fromDates('2024-01-01', '2024-12-31', 366);
    expect(scale.startDay).to.equal(day('2024-01-01'));
    expect(scale.endDay).to.equal(day('2025-01-01'));
    expect(scale.pxPerDay).to.equal(1);
  });

  it('zooms about an anchor that stays under the pointer', () => {
    const scale = new TimeScale(0, 1000, 500);
    const anchorDay = scale.toDay(125);
    const zoomed = scale.zoomAt(4, 125);
    expect(zoomed.span).to.equal(250);
    expect(zoomed.toPx(anchorDay)).to.be.closeTo(125, 1e-9);
    const out = zoomed.zoomAt(0.25, 125);
    expect(out.span).to.be.closeTo(1000, 1e-9);
    expect(out.startDay).to.be.closeTo(0, 1e-9);
    expect(scale.zoomAt(0)).to.equal(scale);
    expect(scale.zoomAt(Number.NaN)).to.equal(scale);
    expect(scale.zoomAt(-2)).to.equal(scale);
  });

  it('pans later for a positive offset, earlier for a negative one', () => {
    const scale = new TimeScale(0, 100, 1000);
    expect(scale.panBy(100).startDay).to.equal(10);
    expect(scale.panBy(-100).startDay).to.equal(-10);
    expect(scale.panBy(100).span).to.equal(100);
    expect(scale.panBy(0)).to.equal(scale);
  });

  it('centres on a day and keeps the span ("jump to today")', () => {
    const scale = new TimeScale(0, 60, 600).centreOn(day(SAMPLE_TODAY) + 0.5);
    expect(scale.span).to.equal(60);
    expect(scale.toPx(day(SAMPLE_TODAY) + 0.5)).to.be.closeTo(300, 1e-6);
  });

  it('fits the whole journey with padding', () => {
    const { entries } = timelineEntries(sampleCase, sampleModel, { today: SAMPLE_TODAY });
    const scale = new TimeScale(0, 1, 800).fit(entries, 0.1);
    const min = Math.min(...entries.map((e) => e.from));
    const max = Math.max(...entries.map((e) => e.to));
    const pad = (max - min) * 0.1;
    expect(scale.startDay).to.be.closeTo(min - pad, 1e-6);
    expect(scale.endDay).to.be.closeTo(max + pad, 1e-6);
    for (const e of entries) {
      expect(scale.toPx(e.from)).to.be.within(0, 800);
      expect(scale.toPx(e.to)).to.be.within(0, 800);
    }
  });

  it('fits a single point to at least a day, and ignores an empty list', () => {
    const scale = new TimeScale(0, 10, 100);
    const one = scale.fit([{ start: 500, end: 500 }], 0);
    expect(one.span).to.equal(1);
    expect(one.startDay).to.equal(499.5);
    expect(scale.fit([])).to.equal(scale);
  });

  it('widens a span under an hour and narrows one over 200 years', () => {
    const tiny = new TimeScale(10, 10, 100);
    expect(tiny.span).to.be.closeTo(MIN_SPAN_DAYS, 1e-12);
    expect((tiny.startDay + tiny.endDay) / 2).to.be.closeTo(10, 1e-9);
    const huge = new TimeScale(0, 1e9, 100);
    expect(huge.span).to.be.closeTo(MAX_SPAN_DAYS, 1e-6);
    let scale = new TimeScale(0, 365, 1000);
    for (let i = 0; i < 60; i++) scale = scale.zoomAt(2, 333);
    expectSane(scale);
    expect(scale.span).to.be.closeTo(MIN_SPAN_DAYS, 1e-9);
    for (let i = 0; i < 100; i++) scale = scale.zoomAt(0.5, 10);
    expectSane(scale);
    expect(scale.span).to.be.closeTo(MAX_SPAN_DAYS, 1e-6);
  });

  it('puts a reversed domain right', () => {
    const scale = new TimeScale(200, 100, 100);
    expect(scale.startDay).to.equal(100);
    expect(scale.endDay).to.equal(200);
  });

  it('stays inside years 1 to 9999 whatever it is given', () => {
    const hostile = [
      new TimeScale(Number.NaN, Number.NaN, Number.NaN),
      new TimeScale(-Infinity, Infinity, 0),
      new TimeScale(MIN_DAY - 1e6, MIN_DAY - 1e6 + 10, -5),
      new TimeScale(MAX_DAY + 1e6, MAX_DAY + 2e6, 1e9),
      new TimeScale(0, 1, 100).panBy(Infinity),
      new TimeScale(0, 1, 100).panBy(-1e15),
      new TimeScale(0, 1, 100).panBy(1e15),
      new TimeScale(0, 1, 100).centreOn(MAX_DAY),
      new TimeScale(0, 1, 100).zoomAt(1e-300, Infinity),
      new TimeScale(0, 1, 100).fit([{ start: MIN_DAY, end: MAX_DAY }]),
      new TimeScale(0, 1, 100).fit([{ start: Number.NaN, end: Infinity }]),
      new TimeScale(0, 1, 100).withWidth(0),
    ];
    hostile.forEach(expectSane);
    expect(Number.isFinite(hostile[0]?.toPx(Number.NaN) ?? Number.NaN)).to.equal(true);
    expect(Number.isFinite(hostile[0]?.toPx(Infinity) ?? Number.NaN)).to.equal(true);
  });

  it('fits entries dated 0001-01-01 and 9999-12-31 to a sane 200-year window', () => {
    const { entries } = timelineEntries(
      {
        ...sampleCase,
        events: [
          { id: 'a', type: 'referral', date: '0001-01-01' },
          { id: 'b', type: 'referral', date: '9999-12-31' },
        ],
      },
      sampleModel,
    );
    const scale = new TimeScale(0, 1, 1000).fit(entries);
    expectSane(scale);
    expect(scale.span).to.be.closeTo(MAX_SPAN_DAYS, 1e-6);
  });

  it('keeps random zoom and pan sequences sane', () => {
    const random = mulberry32(7);
    let scale = new TimeScale(day('2020-01-01'), day('2021-01-01'), 900);
    for (let i = 0; i < 2000; i++) {
      const roll = random();
      if (roll < 0.4) scale = scale.zoomAt(0.1 + random() * 10, random() * 900);
      else if (roll < 0.8) scale = scale.panBy((random() - 0.5) * 1e5);
      else scale = scale.centreOn((random() - 0.5) * 1e7);
      expectSane(scale);
    }
  });
});
