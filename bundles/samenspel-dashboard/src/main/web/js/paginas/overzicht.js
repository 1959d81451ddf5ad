// Overzicht per regio en jaar: per gemeente, budget against allocated and realised cost in each module that
// is installed here, and every signal that is active now.

import { haal } from '../api.js';
import { figuur, staven } from '../grafiek.js';
import { alinea, bedragkolom, kop, tabel, tekstkolom } from '../opmaak.js';
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
  const optie = staven(rijen.map((r) => r.naam), [
    { naam: 'Budget', waarden: rijen.map((r) => heleEuros(r.budget)) },
    { naam: 'Toegewezen', waarden: rijen.map((r) => heleEuros(r.toegewezen)) },
    { naam: 'Gerealiseerd', waarden: rijen.map((r) => heleEuros(r.gerealiseerd)) },
  ]);
  const tabelElement = tabel(`${module.titel}, ${jaar}: budget, toegewezen en gerealiseerd per gemeente`, [
    tekstkolom('Gemeente', 'naam'), bedragkolom('Budget', 'budget'), bedragkolom('Toegewezen', 'toegewezen'),
    bedragkolom('Gerealiseerd', 'gerealiseerd'),
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
