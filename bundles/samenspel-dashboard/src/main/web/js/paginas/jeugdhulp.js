// Jeugdhulp (regio IJsselland): ceiling uptake per contract, waiting times per category, and who refers.

import { haal } from '../api.js';
import { figuur, KLEUREN } from '../grafiek.js';
import { alinea, euro, getal, kop, tabel } from '../opmaak.js';
import { gekozenJaar, heleEuros, jaarveld } from './jaar.js';

const VERWIJZERS = ['sociaal-wijkteam', 'huisarts', 'jeugdarts', 'gecertificeerde-instelling', 'rechter', 'anders'];

function plafonds(d, jaar) {
  const c = d.contracten;
  return figuur(`Plafondbenutting per contract, ${jaar}`, {
    legend: { top: 0 },
    grid: { left: 90, right: 20, top: 30, bottom: 110 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: c.map((r) => r.naam), axisLabel: { rotate: 40, color: '#1a1a1a' } },
    yAxis: { type: 'value', name: 'euro', axisLabel: { color: '#1a1a1a' } },
    series: [
      { name: 'Plafond', type: 'bar', data: c.map((r) => heleEuros(r.plafond)), itemStyle: { color: KLEUREN[0] } },
      { name: 'Toegewezen', type: 'bar', data: c.map((r) => heleEuros(r.toegewezen)), itemStyle: { color: KLEUREN[1] } },
      { name: 'Gerealiseerd', type: 'bar', data: c.map((r) => heleEuros(r.gerealiseerd)), itemStyle: { color: KLEUREN[2] } },
    ],
  }, tabel(`Plafondbenutting per contract, ${jaar}`, [
    { kop: 'Aanbieder', waarde: (r) => r.naam },
    { kop: 'AGB', waarde: (r) => r.agb },
    { kop: 'Plafond', waarde: (r) => euro(r.plafond), getal: true },
    { kop: 'Toegewezen', waarde: (r) => euro(r.toegewezen), getal: true },
    { kop: 'Benut (toegewezen)', waarde: (r) => `${r.benuttingToegewezen} %`, getal: true },
    { kop: 'Gerealiseerd', waarde: (r) => euro(r.gerealiseerd), getal: true },
    { kop: 'Benut (gerealiseerd)', waarde: (r) => `${r.benuttingGerealiseerd} %`, getal: true },
    { kop: 'Signaal', waarde: (r) => r.status },
  ], c, 'jeugdhulp-plafonds'));
}

function wachttijden(d, jaar) {
  const rijen = [...d.categorieen, d.totaal];
  return figuur(`Wachttijd van aanmelding tot start per categorie, ${jaar}`, {
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 30, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: d.categorieen.map((r) => r.categorie), axisLabel: { color: '#1a1a1a' } },
    yAxis: { type: 'value', name: 'dagen', axisLabel: { color: '#1a1a1a' } },
    series: [
      { name: 'Mediaan', type: 'bar', data: d.categorieen.map((r) => r.mediaanDagen), itemStyle: { color: KLEUREN[0] } },
      { name: '90e percentiel', type: 'bar', data: d.categorieen.map((r) => r.p90Dagen), itemStyle: { color: KLEUREN[1] } },
    ],
  }, tabel(`Wachttijd per categorie (dagen), ${jaar}`, [
    { kop: 'Categorie', waarde: (r) => r.categorie },
    { kop: 'Toewijzingen', waarde: (r) => getal(r.aantal), getal: true },
    { kop: 'Mediaan', waarde: (r) => getal(r.mediaanDagen), getal: true },
    { kop: '90e percentiel', waarde: (r) => getal(r.p90Dagen), getal: true },
  ], rijen, 'jeugdhulp-wachttijden'));
}

function verwijzers(d, jaar) {
  const g = d.gemeenten;
  return figuur(`Verwijzers per gemeente, ${jaar}`, {
    legend: { top: 0, type: 'scroll' },
    grid: { left: 60, right: 20, top: 40, bottom: 90 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: g.map((r) => r.naam), axisLabel: { rotate: 40, color: '#1a1a1a' } },
    yAxis: { type: 'value', name: 'toewijzingen', axisLabel: { color: '#1a1a1a' } },
    series: VERWIJZERS.map((v, i) => ({ name: v, type: 'bar', stack: 'verwijzers', itemStyle: { color: KLEUREN[i] },
      data: g.map((r) => r.aantallen[v] || 0) })),
  }, tabel(`Verwijzers per gemeente, ${jaar}`, [
    { kop: 'Gemeente', waarde: (r) => r.naam },
    ...VERWIJZERS.map((v) => ({ kop: v, waarde: (r) => getal(r.aantallen[v] || 0), getal: true })),
    { kop: 'Aandeel huisarts', waarde: (r) => `${r.aandeelHuisarts} %`, getal: true },
  ], g, 'jeugdhulp-verwijzers'));
}

export default {
  pad: 'jeugdhulp',
  titel: 'Jeugdhulp',
  nodig: [['get', '/jeugdhulp/monitoring/plafonds'], ['get', '/jeugdhulp/monitoring/wachttijden'], ['get', '/jeugdhulp/monitoring/verwijzers']],
  async toon(inhoud) {
    const jaar = gekozenJaar();
    inhoud.append(alinea('Regio IJsselland: hoe ver de contracten hun plafond benutten, hoe lang jeugdigen wachten, en wie verwijst.'),
      jaarveld('jeugdhulp', jaar));
    const [p, w, v] = await Promise.all([haal(`jeugdhulp/monitoring/plafonds?jaar=${jaar}`),
      haal(`jeugdhulp/monitoring/wachttijden?jaar=${jaar}`), haal(`jeugdhulp/monitoring/verwijzers?jaar=${jaar}`)]);
    const figuren = [plafonds(p, jaar), wachttijden(w, jaar), verwijzers(v, jaar)];
    inhoud.append(kop(2, 'Plafonds'), figuren[0].element, kop(2, 'Wachttijden'), figuren[1].element, kop(2, 'Verwijzers'), figuren[2].element);
    figuren.forEach((f) => f.teken());
  },
};
