// Overzicht per regio en jaar: per gemeente, budget against allocated and realised cost in each module that
// is installed here, and every signal that is active now.

import { haal } from '../api.js';
import { figuur, KLEUREN } from '../grafiek.js';
import { alinea, euro, kop, tabel } from '../opmaak.js';
import { gekozenJaar, heleEuros, jaarveld } from './jaar.js';

/** The modules' own figures per gemeente, in the same three columns. */
const MODULES = [
  {
    titel: 'Jeugdhulp (regio IJsselland)', pad: '/jeugdhulp/monitoring/budgetten', bron: (jaar) => `jeugdhulp/monitoring/budgetten?jaar=${jaar}`,
    rijen: (d) => d.gemeenten.map((g) => ({ naam: g.naam, code: g.gemeente, budget: g.budgetTotaal, toegewezen: g.toegewezenTotaal,
      gerealiseerd: g.gerealiseerdTotaal })),
  },
  {
    titel: 'Wmo (regio IJssel-Vecht)', pad: '/wmo/monitoring/budgetten', bron: (jaar) => `wmo/monitoring/budgetten?jaar=${jaar}`,
    rijen: (d) => d.gemeenten.map((g) => ({ naam: g.naam, code: g.gemeente, budget: g.budget, toegewezen: g.toegewezen,
      gerealiseerd: g.gerealiseerd })),
  },
  {
    titel: 'Beschermd wonen (centrumgemeente Zwolle)', pad: '/beschermd-wonen/monitoring/kosten',
    bron: (jaar) => `beschermd-wonen/monitoring/kosten?jaar=${jaar}`,
    rijen: (d) => d.gemeenten.map((g) => ({ naam: g.naam, code: g.gemeente, budget: g.lokaalBudget, toegewezen: null, gerealiseerd: g.kosten })),
  },
];

const SIGNALEN = [
  { titel: 'Jeugdhulp', pad: '/jeugdhulp/monitoring/signaleringen', bron: 'jeugdhulp/monitoring/signaleringen' },
  { titel: 'Beschermd wonen', pad: '/beschermd-wonen/monitoring/signaleringen', bron: 'beschermd-wonen/monitoring/signaleringen' },
];

function moduleFiguur(module, rijen, jaar) {
  const optie = {
    legend: { top: 0 },
    grid: { left: 90, right: 20, top: 30, bottom: 90 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rijen.map((r) => r.naam), axisLabel: { rotate: 40, color: '#1a1a1a' } },
    yAxis: { type: 'value', name: 'euro', axisLabel: { color: '#1a1a1a' } },
    series: [
      { name: 'Budget', type: 'bar', data: rijen.map((r) => heleEuros(r.budget)), itemStyle: { color: KLEUREN[0] } },
      { name: 'Toegewezen', type: 'bar', data: rijen.map((r) => heleEuros(r.toegewezen)), itemStyle: { color: KLEUREN[1] } },
      { name: 'Gerealiseerd', type: 'bar', data: rijen.map((r) => heleEuros(r.gerealiseerd)), itemStyle: { color: KLEUREN[2] } },
    ],
  };
  const tabelElement = tabel(`${module.titel}, ${jaar}: budget, toegewezen en gerealiseerd per gemeente`, [
    { kop: 'Gemeente', waarde: (r) => r.naam },
    { kop: 'Budget', waarde: (r) => euro(r.budget), getal: true },
    { kop: 'Toegewezen', waarde: (r) => euro(r.toegewezen), getal: true },
    { kop: 'Gerealiseerd', waarde: (r) => euro(r.gerealiseerd), getal: true },
  ], rijen, `overzicht-${module.pad.split('/')[1]}`);
  return figuur(`${module.titel}, ${jaar}`, optie, tabelElement);
}

export default {
  pad: 'overzicht',
  titel: 'Overzicht',
  nodig: [],
  eenVan: MODULES.map((m) => ['get', m.pad]),
  async toon(inhoud, rechten) {
    const jaar = gekozenJaar();
    const modules = MODULES.filter((m) => rechten.mag('get', m.pad));
    const signalen = SIGNALEN.filter((s) => rechten.mag('get', s.pad));
    inhoud.append(alinea('Per gemeente het budget naast de toegewezen en de gerealiseerde kosten, per module die deze installatie heeft.'),
      jaarveld('overzicht', jaar));
    const [cijfers, actief] = await Promise.all([
      Promise.all(modules.map((m) => haal(m.bron(jaar)))),
      Promise.all(signalen.map((s) => haal(s.bron))),
    ]);
    const figuren = modules.map((m, i) => moduleFiguur(m, m.rijen(cijfers[i]), jaar));
    figuren.forEach((f, i) => inhoud.append(kop(2, modules[i].titel), f.element));
    figuren.forEach((f) => f.teken());
    inhoud.append(kop(2, 'Actieve signaleringen'));
    signalen.forEach((s, i) => {
      const lijst = actief[i];
      inhoud.append(lijst.length === 0
        ? alinea(`${s.titel}: geen actieve signaleringen.`)
        : tabel(`${s.titel}: actieve signaleringen`, Object.keys(lijst[0]).map((sleutel) => ({ kop: sleutel, waarde: (r) => String(r[sleutel] ?? '–') })),
          lijst, `signalen-${s.pad.split('/')[1]}`));
    });
  },
};
