// Wmo (regio IJssel-Vecht): the beweging naar voren (general provisions against maatwerk), ceiling uptake with the
// 70 % (meet) and 100 % (stop) lines of the Wmo contract standards, and the eigen bijdrage as an upper bound.

import { haal } from '../api.js';
import { figuur, KLEUREN, staven } from '../grafiek.js';
import { alinea, bedragkolom, el, getalkolom, kop, procentkolom, tabel, tekstkolom, veld } from '../opmaak.js';

function gekozenPeriode() {
  const vraag = new URLSearchParams(location.hash.split('?')[1] || '');
  const p = vraag.get('periode');
  if (p && /^\d{4}-H[12]$/.test(p)) {
    return p;
  }
  return `${new Date().getFullYear()}-H1`;
}

function periodeveld(periode) {
  const invoer = el('input', { type: 'text', value: periode, pattern: '\\d{4}-H[12]', size: '8', 'aria-describedby': 'wmo-periode-uitleg' });
  const formulier = el('form', { class: 'samenspel-velden' }, veld('wmo-periode', 'Halfjaar', invoer),
    el('p', { id: 'wmo-periode-uitleg', class: 'utrecht-paragraph' }, 'bijvoorbeeld 2025-H1 of 2025-H2'),
    el('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action' }, 'Toon'));
  formulier.addEventListener('submit', (g) => {
    g.preventDefault();
    location.hash = `#/wmo?periode=${encodeURIComponent(invoer.value.trim())}`;
  });
  return formulier;
}

function beweging(d) {
  const rijen = [...d.gemeenten, { ...d.regio, naam: 'regio' }];
  return figuur(`Beweging naar voren, ${d.periode}: aandeel algemene voorzieningen`, staven(rijen.map((r) => r.naam), [
    { naam: 'Aandeel algemeen in cliënten', waarden: rijen.map((r) => Number(r.aandeelAlgemeenClienten)) },
    { naam: 'Aandeel algemeen in kosten', waarden: rijen.map((r) => Number(r.aandeelAlgemeenKosten)) },
  ], '%'), tabel(`Beweging naar voren per gemeente, ${d.periode} (trend: verschil in procentpunten met een jaar eerder)`, [
    tekstkolom('Gemeente', 'naam'), getalkolom('Cliënten maatwerk', 'clientenMaatwerk'), getalkolom('Deelnemers algemeen', 'deelnemersAlgemeen'),
    procentkolom('Aandeel algemeen (cliënten)', 'aandeelAlgemeenClienten'), tekstkolom('Trend (cliënten)', 'trendClienten'),
    bedragkolom('Kosten maatwerk', 'kostenMaatwerk'), bedragkolom('Kosten algemeen', 'kostenAlgemeen'),
    procentkolom('Aandeel algemeen (kosten)', 'aandeelAlgemeenKosten'), tekstkolom('Trend (kosten)', 'trendKosten'),
  ], rijen, 'wmo-beweging'));
}

/** The five half-years before the chosen one, and that one: the series the region's line shows. */
function reeksbegin(periode) {
  const jaar = Number(periode.substring(0, 4));
  return periode.endsWith('H1') ? `${jaar - 3}-H2` : `${jaar - 2}-H1`;
}

function reeks(d) {
  const p = d.perioden;
  return figuur(`Beweging naar voren van de regio, ${d.van} tot en met ${d.tot}`, {
    legend: { top: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: p.map((r) => r.periode), axisLabel: { color: '#1a1a1a' } },
    yAxis: { type: 'value', name: '%', max: 100, axisLabel: { color: '#1a1a1a' } },
    series: [
      { name: 'Aandeel algemeen in cliënten', type: 'line', data: p.map((r) => (r.aandeelAlgemeenClienten === null ? null : Number(r.aandeelAlgemeenClienten))),
        itemStyle: { color: KLEUREN[0] }, symbolSize: 8 },
      { name: 'Aandeel algemeen in kosten', type: 'line', data: p.map((r) => (r.aandeelAlgemeenKosten === null ? null : Number(r.aandeelAlgemeenKosten))),
        itemStyle: { color: KLEUREN[2] }, symbolSize: 8, lineStyle: { type: 'dashed' } },
    ],
  }, tabel(`Beweging naar voren van de regio per halfjaar`, [
    tekstkolom('Halfjaar', 'periode'), getalkolom('Cliënten maatwerk', 'clientenMaatwerk'), getalkolom('Deelnemers algemeen', 'deelnemersAlgemeen'),
    procentkolom('Aandeel algemeen (cliënten)', 'aandeelAlgemeenClienten'), bedragkolom('Kosten maatwerk', 'kostenMaatwerk'),
    bedragkolom('Kosten algemeen', 'kostenAlgemeen'), procentkolom('Aandeel algemeen (kosten)', 'aandeelAlgemeenKosten'),
  ], p, 'wmo-reeks'));
}

function plafonds(d) {
  const c = d.contracten;
  const lijnen = { markLine: { symbol: 'none', data: [
    { yAxis: 70, name: '70 %: overleg', lineStyle: { color: '#8a6d00', width: 2, type: 'dashed' }, label: { formatter: '70 % overleg' } },
    { yAxis: 100, name: '100 %: stop', lineStyle: { color: '#9b2242', width: 2 }, label: { formatter: '100 % stop' } }] } };
  return figuur(`Benutting van de bestedingsruimte, ${d.jaar}`, staven(c.map((r) => r.aanbieder),
    [{ naam: 'Besteed', waarden: c.map((r) => Number(r.procent)), extra: lijnen }], '%'),
  tabel(`Bestedingsruimte per contract, ${d.jaar}`, [
    tekstkolom('Aanbieder', 'aanbieder'), tekstkolom('AGB', 'agb'), tekstkolom('Over', 'onderwerp'),
    bedragkolom('Bestedingsruimte', 'bestedingsruimte'), bedragkolom('Besteed', 'besteed'), procentkolom('Procent', 'procent'),
    tekstkolom('Signaal', 'signaal'),
  ], c, 'wmo-plafonds'));
}

function eigenBijdrage(rijen, jaar) {
  return tabel(`Eigen bijdrage ${jaar}: opbrengst per gemeente als bovengrens (het CAK int)`, [
    tekstkolom('Gemeente', 'gemeente'), getalkolom('Cliënten', 'clienten'), getalkolom('Cliëntmaanden', 'clientmaanden'),
    bedragkolom('Opbrengst', 'bedrag'), tekstkolom('Status', 'status'),
  ], rijen, 'wmo-eigen-bijdrage');
}

export default {
  pad: 'wmo',
  titel: 'Wmo',
  nodig: [['get', '/wmo/monitoring/beweging'], ['get', '/wmo/monitoring/beweging/reeks'], ['get', '/wmo/monitoring/plafonds']],
  async toon(inhoud, rechten) {
    const periode = gekozenPeriode();
    const jaar = Number(periode.substring(0, 4));
    const eigen = rechten.mag('get', '/wmo/eigen-bijdrage/opbrengst');
    inhoud.append(alinea('Regio IJssel-Vecht: de beweging van maatwerk naar algemene voorzieningen, de bestedingsruimte van de contracten en de eigen bijdrage.'),
      periodeveld(periode));
    const [r, b, p, e] = await Promise.all([haal(`wmo/monitoring/beweging/reeks?van=${reeksbegin(periode)}&tot=${periode}`),
      haal(`wmo/monitoring/beweging?periode=${periode}`), haal(`wmo/monitoring/plafonds?jaar=${jaar}`),
      eigen ? haal(`wmo/eigen-bijdrage/opbrengst?jaar=${jaar}`) : Promise.resolve(null)]);
    const figuren = [reeks(r), beweging(b), plafonds(p)];
    inhoud.append(kop(2, 'Beweging naar voren'), figuren[0].element, figuren[1].element, kop(2, 'Bestedingsruimte'), figuren[2].element);
    if (e) {
      inhoud.append(kop(2, 'Eigen bijdrage'), eigenBijdrage(e, jaar));
    }
    figuren.forEach((f) => f.teken());
  },
};
