// Beschermd wonen (centrumgemeente Zwolle): spreading as a flow from herkomst- to vestigingsgemeente (sankey, and
// its matrix as a table), occupancy on a date, outflow by reason, and cost per herkomstgemeente against its budget.

import { haal } from '../api.js';
import { figuur, KLEUREN } from '../grafiek.js';
import { alinea, euro, getal, kop, tabel } from '../opmaak.js';
import { gekozenJaar, heleEuros, jaarveld } from './jaar.js';

function spreiding(d) {
  const namen = new Map([...d.herkomst, ...d.vestiging].map((g) => [g.gemeente, g.naam]));
  const naam = (code) => namen.get(code) || code;
  const vestigingen = d.vestiging.map((v) => v.gemeente);
  const links = d.herkomst.flatMap((h) => Object.entries(h.perVestigingsgemeente)
    .map(([v, n]) => ({ source: `${h.naam} (herkomst)`, target: `${naam(v)} (vestiging)`, value: n })));
  const knopen = [...new Set(links.flatMap((l) => [l.source, l.target]))].map((n) => ({ name: n }));
  return figuur(`Spreiding ${d.jaar}: van herkomst- naar vestigingsgemeente`, {
    tooltip: { trigger: 'item' },
    color: KLEUREN,
    series: [{ type: 'sankey', data: knopen, links, left: 10, right: 160, top: 10, bottom: 10, nodeGap: 6,
      label: { color: '#1a1a1a' }, lineStyle: { color: 'source', opacity: 0.35 } }],
  }, tabel(`Plaatsingen ${d.jaar}: herkomstgemeente (rij) naar vestigingsgemeente (kolom)`, [
    { kop: 'Herkomst', waarde: (h) => h.naam },
    ...vestigingen.map((v) => ({ kop: naam(v), waarde: (h) => getal(h.perVestigingsgemeente[v] || 0), getal: true })),
    { kop: 'Totaal', waarde: (h) => getal(h.plaatsingen), getal: true },
    { kop: 'Elders', waarde: (h) => `${h.aandeelElders} %`, getal: true },
  ], d.herkomst, 'bw-spreiding'));
}

function kosten(d) {
  const g = d.gemeenten;
  return figuur(`Kosten per herkomstgemeente tegen het lokale budget, ${d.jaar}`, {
    legend: { top: 0 },
    grid: { left: 90, right: 20, top: 30, bottom: 90 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: g.map((r) => r.naam), axisLabel: { rotate: 40, color: '#1a1a1a' } },
    yAxis: { type: 'value', name: 'euro', axisLabel: { color: '#1a1a1a' } },
    series: [
      { name: 'Lokaal budget', type: 'bar', data: g.map((r) => heleEuros(r.lokaalBudget)), itemStyle: { color: KLEUREN[0] } },
      { name: 'Kosten', type: 'bar', data: g.map((r) => heleEuros(r.kosten)), itemStyle: { color: KLEUREN[1] } },
    ],
  }, tabel(`Kosten per herkomstgemeente, ${d.jaar}`, [
    { kop: 'Gemeente', waarde: (r) => r.naam },
    { kop: 'Lokaal budget', waarde: (r) => euro(r.lokaalBudget), getal: true },
    { kop: 'Kosten', waarde: (r) => euro(r.kosten), getal: true },
    { kop: 'Na uittreding', waarde: (r) => euro(r.naUittreding), getal: true },
    { kop: 'Saldo', waarde: (r) => euro(r.saldo), getal: true },
  ], g, 'bw-kosten'));
}

function bezetting(d) {
  return tabel(`Bezetting op ${d.peildatum} per voorziening`, [
    { kop: 'Voorziening', waarde: (r) => r.naam },
    { kop: 'Soort', waarde: (r) => r.soort },
    { kop: 'Capaciteit', waarde: (r) => getal(r.capaciteit), getal: true },
    { kop: 'Bezet', waarde: (r) => getal(r.bezet), getal: true },
    { kop: 'Overboekt', waarde: (r) => getal(r.overboekt), getal: true },
    { kop: 'Bezettingsgraad', waarde: (r) => `${r.bezettingsgraad} %`, getal: true },
  ], d.voorzieningen, 'bw-bezetting');
}

function uitstroom(d) {
  const redenen = Object.entries(d.perReden).map(([reden, aantal]) => ({ reden, aantal }));
  return figuur(`Uitstroom ${d.jaar} naar reden`, {
    tooltip: { trigger: 'item' },
    color: KLEUREN,
    series: [{ type: 'pie', radius: ['35%', '65%'], data: redenen.map((r) => ({ name: r.reden, value: r.aantal })), label: { color: '#1a1a1a' } }],
  }, tabel(`Uitstroom ${d.jaar}: ${d.beeindigd} beëindigde plaatsingen, ${d.aandeelZelfstandig} % zelfstandig`, [
    { kop: 'Reden', waarde: (r) => r.reden },
    { kop: 'Plaatsingen', waarde: (r) => getal(r.aantal), getal: true },
  ], redenen, 'bw-uitstroom'));
}

export default {
  pad: 'beschermd-wonen',
  titel: 'Beschermd wonen',
  nodig: [['get', '/beschermd-wonen/monitoring/spreiding'], ['get', '/beschermd-wonen/monitoring/kosten'],
    ['get', '/beschermd-wonen/monitoring/bezetting'], ['get', '/beschermd-wonen/monitoring/uitstroom']],
  async toon(inhoud) {
    const jaar = gekozenJaar();
    inhoud.append(alinea('Centrumgemeente Zwolle: waar cliënten uit welke gemeente wonen, de bezetting, de uitstroom en de kosten per herkomstgemeente.'),
      jaarveld('beschermd-wonen', jaar));
    const [s, k, b, u] = await Promise.all([haal(`beschermd-wonen/monitoring/spreiding?jaar=${jaar}`),
      haal(`beschermd-wonen/monitoring/kosten?jaar=${jaar}`), haal(`beschermd-wonen/monitoring/bezetting?peildatum=${jaar}-07-01`),
      haal(`beschermd-wonen/monitoring/uitstroom?jaar=${jaar}`)]);
    const figuren = [spreiding(s), kosten(k), uitstroom(u)];
    inhoud.append(kop(2, 'Spreiding'), figuren[0].element, kop(2, 'Kosten'), figuren[1].element,
      kop(2, 'Bezetting'), bezetting(b), kop(2, 'Uitstroom'), figuren[2].element);
    figuren.forEach((f) => f.teken());
  },
};
