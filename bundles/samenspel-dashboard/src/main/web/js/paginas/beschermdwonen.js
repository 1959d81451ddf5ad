// Beschermd wonen (centrumgemeente Zwolle): spreading as a flow from herkomst- to vestigingsgemeente (sankey, and
// its matrix as a table), occupancy on a date, outflow by reason, and cost per herkomstgemeente against its budget.

import { haal } from '../api.js';
import { figuur, KLEUREN, staven } from '../grafiek.js';
import { alinea, bedragkolom, getalkolom, kop, procentkolom, tabel, tekstkolom } from '../opmaak.js';
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
    tekstkolom('Herkomst', 'naam'), ...vestigingen.map((v) => getalkolom(naam(v), (h) => h.perVestigingsgemeente[v] || 0)),
    getalkolom('Totaal', 'plaatsingen'), procentkolom('Elders', 'aandeelElders'),
  ], d.herkomst, 'bw-spreiding'));
}

function kosten(d) {
  const g = d.gemeenten;
  return figuur(`Kosten per herkomstgemeente tegen het lokale budget, ${d.jaar}`, staven(g.map((r) => r.naam), [
    { naam: 'Lokaal budget', waarden: g.map((r) => heleEuros(r.lokaalBudget)) },
    { naam: 'Kosten', waarden: g.map((r) => heleEuros(r.kosten)) },
  ]), tabel(`Kosten per herkomstgemeente, ${d.jaar}`, [
    tekstkolom('Gemeente', 'naam'), bedragkolom('Lokaal budget', 'lokaalBudget'), bedragkolom('Kosten', 'kosten'),
    bedragkolom('Na uittreding', 'naUittreding'), bedragkolom('Saldo', 'saldo'),
  ], g, 'bw-kosten'));
}

function bezetting(d) {
  return tabel(`Bezetting op ${d.peildatum} per voorziening`, [
    tekstkolom('Voorziening', 'naam'), tekstkolom('Soort', 'soort'), getalkolom('Capaciteit', 'capaciteit'), getalkolom('Bezet', 'bezet'),
    getalkolom('Overboekt', 'overboekt'), procentkolom('Bezettingsgraad', 'bezettingsgraad'),
  ], d.voorzieningen, 'bw-bezetting');
}

function uitstroom(d) {
  const redenen = Object.entries(d.perReden).map(([reden, aantal]) => ({ reden, aantal }));
  return figuur(`Uitstroom ${d.jaar} naar reden`, {
    tooltip: { trigger: 'item' },
    color: KLEUREN,
    series: [{ type: 'pie', radius: ['35%', '65%'], data: redenen.map((r) => ({ name: r.reden, value: r.aantal })), label: { color: '#1a1a1a' } }],
  }, tabel(`Uitstroom ${d.jaar}: ${d.beeindigd} beëindigde plaatsingen, ${d.aandeelZelfstandig} % zelfstandig`, [
    tekstkolom('Reden', 'reden'), getalkolom('Plaatsingen', 'aantal'),
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
