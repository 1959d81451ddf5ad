// Wmo (regio IJssel-Vecht): the beweging naar voren (general provisions against maatwerk), ceiling uptake with the
// 70 % (meet) and 100 % (stop) lines of the Wmo contract standards, and the eigen bijdrage as an upper bound.

import { haal } from '../api.js';
import { figuur, staven } from '../grafiek.js';
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
