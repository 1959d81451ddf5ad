// Regio's: the "lappendeken" (patchwork) of regions, each as a timeline of its members' periods, and who
// belongs where on a chosen date (asked of the API, which owns the rule of when a period counts).

import { haal } from '../api.js';
import { figuur, KLEUREN } from '../grafiek.js';
import { alinea, datum, el, kop, tabel, veld } from '../opmaak.js';

const EINDE = '2030-12-31';

function tijdlijn(regio, peildatum) {
  const leden = regio.lidmaatschappen;
  const namen = [...new Set(leden.map((l) => l.naam))];
  const optie = {
    grid: { left: 110, right: 20, top: 10, bottom: 30 },
    tooltip: { formatter: (p) => `${p.value[3]}: ${datum(p.value[1])} – ${p.value[4] ? datum(p.value[4]) : 'heden'}` },
    xAxis: { type: 'time', min: '2015-01-01', max: EINDE },
    yAxis: { type: 'category', data: namen, inverse: true, axisLabel: { color: '#1a1a1a' } },
    series: [{
      type: 'custom',
      encode: { x: [1, 2], y: 0 },
      data: leden.map((l) => [namen.indexOf(l.naam), l.van, l.tot || EINDE, l.naam, l.tot]),
      renderItem: (params, api) => {
        const begin = api.coord([api.value(1), api.value(0)]);
        const eind = api.coord([api.value(2), api.value(0)]);
        const hoogte = api.size([0, 1])[1] * 0.6;
        return { type: 'rect', shape: { x: begin[0], y: begin[1] - hoogte / 2, width: Math.max(2, eind[0] - begin[0]), height: hoogte },
          style: { fill: KLEUREN[params.dataIndex % 2 === 0 ? 0 : 5] } };
      },
      markLine: { symbol: 'none', label: { formatter: datum(peildatum) }, lineStyle: { color: '#9b2242', width: 2 },
        data: [{ xAxis: peildatum }] },
    }],
  };
  const tabelElement = tabel(`Lidmaatschappen van ${regio.naam}`, [
    { kop: 'Gemeente', waarde: (l) => l.naam },
    { kop: 'CBS-code', waarde: (l) => l.gemeente },
    { kop: 'Van', waarde: (l) => datum(l.van) },
    { kop: 'Tot', waarde: (l) => (l.tot ? datum(l.tot) : 'heden') },
  ], leden, `lidmaatschappen-${regio.id}`);
  return figuur(`Tijdlijn ${regio.naam}`, optie, tabelElement);
}

async function ledenOp(regios, peildatum, doel) {
  const antwoorden = await Promise.all(regios.map((r) => haal(`regios/${encodeURIComponent(r.id)}/leden?peildatum=${peildatum}`)));
  while (doel.firstChild) {
    doel.firstChild.remove();
  }
  doel.append(kop(2, `Wie hoort waar op ${datum(peildatum)}`));
  antwoorden.forEach((leden, i) => doel.append(tabel(`${regios[i].naam}: ${leden.aantal} leden op ${datum(peildatum)}`, [
    { kop: 'Gemeente', waarde: (g) => g.naam },
    { kop: 'CBS-code', waarde: (g) => g.code },
  ], leden.leden, `leden-${regios[i].id}`)));
}

export default {
  pad: 'regios',
  titel: "Regio's",
  nodig: [['get', '/regios'], ['get', '/regios/{id}'], ['get', '/regios/{id}/leden']],
  async toon(inhoud) {
    const peildatum = new Date().toISOString().substring(0, 10);
    const lijst = await haal('regios');
    const regios = await Promise.all(lijst.map((r) => haal(`regios/${encodeURIComponent(r.id)}`)));
    const invoer = el('input', { type: 'date', value: peildatum, min: '2000-01-01', max: EINDE });
    const leden = el('section', { 'aria-live': 'polite' });
    const figuren = regios.map((r) => tijdlijn(r, peildatum));
    invoer.addEventListener('change', () => {
      if (invoer.value) {
        ledenOp(lijst, invoer.value, leden);
      }
    });
    inhoud.append(
      alinea('Elke samenwerking heeft haar eigen leden, en die veranderen in de tijd. Kies een peildatum om te zien wie op die dag waar bij hoort.'),
      el('div', { class: 'samenspel-velden' }, veld('peildatum', 'Peildatum', invoer)),
      leden,
      kop(2, 'Tijdlijnen'),
      ...figuren.map((f) => f.element));
    figuren.forEach((f) => f.teken());
    await ledenOp(lijst, peildatum, leden);
  },
};
