// Charts with Apache ECharts (loaded as vendor/echarts.min.js). Every chart stands next to a table with
// the same figures: the chart is for the eye, the table for screen readers, the keyboard and copying into
// a spreadsheet. The chart itself is one image with a name that points to the table.

import { el } from './opmaak.js';

/** A chart of the given ECharts option beside its table; call teken() once the figure is in the page. */
export function figuur(titel, optie, tabelElement) {
  const vlak = el('div', { class: 'samenspel-grafiek', role: 'img', 'aria-label': `${titel}; de cijfers staan in de tabel` });
  const element = el('figure', { class: 'samenspel-figuur', 'data-grafiek': titel },
    el('div', {}, el('figcaption', { class: 'utrecht-heading-3' }, titel), vlak), tabelElement);
  return {
    element,
    teken() {
      const grafiek = window.echarts.init(vlak, null, { renderer: 'canvas' });
      grafiek.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...optie });
      // Dutch number format on every value axis (1.000.000, not 1,000,000)
      const assen = [].concat(optie.yAxis || [], optie.xAxis || []).filter((a) => a.type === 'value');
      if (assen.length > 0) {
        grafiek.setOption({ [optie.yAxis && optie.yAxis.type === 'value' ? 'yAxis' : 'xAxis']: {
          axisLabel: { formatter: (w) => Number(w).toLocaleString('nl-NL') } } });
      }
      new ResizeObserver(() => grafiek.resize()).observe(vlak);
      vlak.dataset.getekend = 'ja';
    },
  };
}

/** Colours with enough contrast against white (WCAG 1.4.11 asks 3:1 for parts of graphics). */
export const KLEUREN = ['#154273', '#b3541e', '#2f6f3e', '#6d3a8e', '#8a6d00', '#006d77', '#9b2242', '#4a4a4a'];

/**
 * The dashboard's usual chart: bars per category (labels turned, so long names fit), one series per
 * {naam, waarden, extra}, colours in order; {@code eenheid} names the value axis.
 */
export function staven(categorieen, reeksen, eenheid = 'euro', extra = {}) {
  return {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 90, right: 30, top: 40, bottom: 110 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: categorieen, axisLabel: { rotate: 40, color: '#1a1a1a' } },
    yAxis: { type: 'value', name: eenheid, axisLabel: { color: '#1a1a1a' } },
    series: reeksen.map((r, i) => ({ name: r.naam, type: 'bar', data: r.waarden, itemStyle: { color: KLEUREN[i % KLEUREN.length] },
      ...(r.extra || {}) })),
    ...extra,
  };
}
