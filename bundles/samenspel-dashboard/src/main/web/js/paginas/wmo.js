// Wmo (regio IJssel-Vecht): the beweging naar voren (general provisions against maatwerk), ceiling uptake with the
// 70 % (meet) and 100 % (stop) lines of the Wmo contract standards, and the eigen bijdrage as an upper bound.

import { haal } from '../api.js';
import { figuur, KLEUREN } from '../grafiek.js';
import { alinea, el, euro, getal, kop, tabel, veld } from '../opmaak.js';

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
  return figuur(`Beweging naar voren, ${d.periode}: aandeel algemene voorzieningen`, {
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 30, bottom: 90 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rijen.map((r) => r.naam), axisLabel: { rotate: 40, color: '#1a1a1a' } },
    yAxis: { type: 'value', name: '%', max: 100, axisLabel: { color: '#1a1a1a' } },
    series: [
      { name: 'Aandeel algemeen in cliënten', type: 'bar', data: rijen.map((r) => Number(r.aandeelAlgemeenClienten)), itemStyle: { color: KLEUREN[0] } },
      { name: 'Aandeel algemeen in kosten', type: 'bar', data: rijen.map((r) => Number(r.aandeelAlgemeenKosten)), itemStyle: { color: KLEUREN[2] } },
    ],
  }, tabel(`Beweging naar voren per gemeente, ${d.periode} (trend: verschil in procentpunten met een jaar eerder)`, [
    { kop: 'Gemeente', waarde: (r) => r.naam },
    { kop: 'Cliënten maatwerk', waarde: (r) => getal(r.clientenMaatwerk), getal: true },
    { kop: 'Deelnemers algemeen', waarde: (r) => getal(r.deelnemersAlgemeen), getal: true },
    { kop: 'Aandeel algemeen (cliënten)', waarde: (r) => `${r.aandeelAlgemeenClienten} %`, getal: true },
    { kop: 'Trend (cliënten)', waarde: (r) => r.trendClienten ?? '–', getal: true },
    { kop: 'Kosten maatwerk', waarde: (r) => euro(r.kostenMaatwerk), getal: true },
    { kop: 'Kosten algemeen', waarde: (r) => euro(r.kostenAlgemeen), getal: true },
    { kop: 'Aandeel algemeen (kosten)', waarde: (r) => `${r.aandeelAlgemeenKosten} %`, getal: true },
    { kop: 'Trend (kosten)', waarde: (r) => r.trendKosten ?? '–', getal: true },
  ], rijen, 'wmo-beweging'));
}

function plafonds(d) {
  const c = d.contracten;
  return figuur(`Benutting van de bestedingsruimte, ${d.jaar}`, {
    grid: { left: 60, right: 40, top: 20, bottom: 110 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: c.map((r) => r.aanbieder), axisLabel: { rotate: 40, color: '#1a1a1a' } },
    yAxis: { type: 'value', name: '%', axisLabel: { color: '#1a1a1a' } },
    series: [{
      name: 'Besteed', type: 'bar', data: c.map((r) => Number(r.procent)), itemStyle: { color: KLEUREN[0] },
      markLine: { symbol: 'none', data: [
        { yAxis: 70, name: '70 %: overleg', lineStyle: { color: '#8a6d00', width: 2, type: 'dashed' }, label: { formatter: '70 % overleg' } },
        { yAxis: 100, name: '100 %: stop', lineStyle: { color: '#9b2242', width: 2 }, label: { formatter: '100 % stop' } }] },
    }],
  }, tabel(`Bestedingsruimte per contract, ${d.jaar}`, [
    { kop: 'Aanbieder', waarde: (r) => r.aanbieder },
    { kop: 'AGB', waarde: (r) => r.agb },
    { kop: 'Over', waarde: (r) => r.onderwerp },
    { kop: 'Bestedingsruimte', waarde: (r) => euro(r.bestedingsruimte), getal: true },
    { kop: 'Besteed', waarde: (r) => euro(r.besteed), getal: true },
    { kop: 'Procent', waarde: (r) => `${r.procent} %`, getal: true },
    { kop: 'Signaal', waarde: (r) => r.signaal },
  ], c, 'wmo-plafonds'));
}

function eigenBijdrage(rijen, jaar) {
  return tabel(`Eigen bijdrage ${jaar}: opbrengst per gemeente als bovengrens (het CAK int)`, [
    { kop: 'Gemeente', waarde: (r) => r.gemeente },
    { kop: 'Cliënten', waarde: (r) => getal(r.clienten), getal: true },
    { kop: 'Cliëntmaanden', waarde: (r) => getal(r.clientmaanden), getal: true },
    { kop: 'Opbrengst', waarde: (r) => euro(r.bedrag), getal: true },
    { kop: 'Status', waarde: (r) => r.status },
  ], rijen, 'wmo-eigen-bijdrage');
}

export default {
  pad: 'wmo',
  titel: 'Wmo',
  nodig: [['get', '/wmo/monitoring/beweging'], ['get', '/wmo/monitoring/plafonds']],
  async toon(inhoud, rechten) {
    const periode = gekozenPeriode();
    const jaar = Number(periode.substring(0, 4));
    const eigen = rechten.mag('get', '/wmo/eigen-bijdrage/opbrengst');
    inhoud.append(alinea('Regio IJssel-Vecht: de beweging van maatwerk naar algemene voorzieningen, de bestedingsruimte van de contracten en de eigen bijdrage.'),
      periodeveld(periode));
    const [b, p, e] = await Promise.all([haal(`wmo/monitoring/beweging?periode=${periode}`), haal(`wmo/monitoring/plafonds?jaar=${jaar}`),
      eigen ? haal(`wmo/eigen-bijdrage/opbrengst?jaar=${jaar}`) : Promise.resolve(null)]);
    const figuren = [beweging(b), plafonds(p)];
    inhoud.append(kop(2, 'Beweging naar voren'), figuren[0].element, kop(2, 'Bestedingsruimte'), figuren[1].element);
    if (e) {
      inhoud.append(kop(2, 'Eigen bijdrage'), eigenBijdrage(e, jaar));
    }
    figuren.forEach((f) => f.teken());
  },
};
