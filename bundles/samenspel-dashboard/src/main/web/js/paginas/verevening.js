// Verevening: the runs per region and year; one run with its result per member and each member's derivation
// step by step; a comparison of models as a chart of T per member per model; starting a run and making it
// final under the four-eyes rule (a controller other than its maker). Every action is shown only to roles
// that may call it, and every refusal of the API is shown as the API words it.

import { ApiFout, haal, huidigeSessie, stuur } from '../api.js';
import { figuur, staven } from '../grafiek.js';
import { AFREKENKOLOMMEN, alinea, bedragkolom, el, euro, keuze, knop, kop, link, melding, tabel, tekstkolom, tijdstip, veld } from '../opmaak.js';
import { heleEuros } from './jaar.js';

const API = '../api/v1/';

function foutmelding(e) {
  const velden = (e.probleem && e.probleem.invalidParams) || [];
  return melding('error', [e.message, ...velden.map((v) => `${v.name}: ${v.reason}`)].join(' — '));
}

async function leesBestand(invoer) {
  const bestand = invoer.files[0];
  if (!bestand) {
    throw new Error('kies eerst een bestand');
  }
  if (bestand.size > 1024 * 1024) {
    throw new Error('een modelbestand is hoogstens 1 MiB');
  }
  try {
    return JSON.parse(await bestand.text());
  } catch (e) {
    throw new Error(`${bestand.name} is geen geldige JSON`);
  }
}

function nieuweRun(regios, meldingen) {
  const regio = keuze('run-regio', 'Regio', regios.map((r) => ({ waarde: r.id, tekst: r.naam })));
  const jaar = el('input', { type: 'number', min: '2000', max: '2100', value: String(new Date().getFullYear() - 1), required: true });
  const bestand = el('input', { type: 'file', accept: 'application/json,.json', id: 'run-model' });
  const vanRegio = el('input', { type: 'radio', name: 'run-bron', id: 'run-bron-regio', value: 'regio', checked: true });
  const eigen = el('input', { type: 'radio', name: 'run-bron', id: 'run-bron-bestand', value: 'bestand' });
  const formulier = el('form', { class: 'utrecht-form', 'aria-labelledby': 'kop-nieuwe-run' },
    el('div', { class: 'samenspel-velden' }, regio.element, veld('run-jaar', 'Jaar', jaar)),
    el('fieldset', { class: 'utrecht-form-fieldset' },
      el('legend', { class: 'utrecht-form-fieldset__legend' }, 'Model'),
      el('div', {}, vanRegio, ' ', el('label', { for: 'run-bron-regio', class: 'utrecht-form-label' }, 'het modelbestand van de regio (regional-config)')),
      el('div', {}, eigen, ' ', el('label', { for: 'run-bron-bestand', class: 'utrecht-form-label' }, 'een eigen modelbestand (JSON)')),
      el('div', { class: 'samenspel-velden' }, el('label', { for: 'run-model', class: 'utrecht-form-label' }, 'Modelbestand'), bestand)),
    el('button', { type: 'submit', class: 'utrecht-button utrecht-button--primary-action' }, 'Reken en bewaar de run'));
  formulier.addEventListener('submit', async (g) => {
    g.preventDefault();
    meldingen.replaceChildren();
    try {
      const verzoek = { regio: regio.select.value, jaar: Number(jaar.value) };
      if (eigen.checked) {
        verzoek.model = await leesBestand(bestand);
      } else {
        verzoek.modelbestand = true;
      }
      const run = await stuur('POST', 'vereveningen', verzoek);
      location.hash = `#/verevening/run/${run.id}`;
    } catch (e) {
      meldingen.append(e instanceof ApiFout ? foutmelding(e) : melding('error', e.message));
    }
  });
  return [kop(2, 'Nieuwe run'), formulier];
}

function nieuweVergelijking(meldingen) {
  const bestand = el('input', { type: 'file', accept: 'application/json,.json', id: 'vergelijking-bestand' });
  const formulier = el('form', { class: 'utrecht-form' },
    alinea('Een vergelijkingsbestand noemt regio, jaar en twee of meer modellen (zie docs/voorbeelden/ijsselland-2016-vergelijking.json).'),
    el('div', { class: 'samenspel-velden' }, el('label', { for: 'vergelijking-bestand', class: 'utrecht-form-label' }, 'Vergelijkingsbestand'),
      bestand),
    el('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action' }, 'Vergelijk'));
  formulier.addEventListener('submit', async (g) => {
    g.preventDefault();
    meldingen.replaceChildren();
    try {
      const v = await stuur('POST', 'vereveningen/vergelijkingen', await leesBestand(bestand));
      location.hash = `#/verevening/vergelijking/${v.id}`;
    } catch (e) {
      meldingen.append(e instanceof ApiFout ? foutmelding(e) : melding('error', e.message));
    }
  });
  return [kop(2, 'Modellen vergelijken'), formulier];
}

async function lijst(inhoud, rechten) {
  const vraag = new URLSearchParams(location.hash.split('?')[1] || '');
  const regios = await haal('regios');
  const regio = keuze('filter-regio', 'Regio', [{ waarde: '', tekst: 'alle regio\'s' }, ...regios.map((r) => ({ waarde: r.id, tekst: r.naam }))],
    vraag.get('regio') || '');
  const jaar = el('input', { type: 'number', min: '2000', max: '2100', value: vraag.get('jaar') || '' });
  const filter = el('form', { class: 'samenspel-velden' }, regio.element, veld('filter-jaar', 'Jaar', jaar),
    el('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action' }, 'Toon'));
  filter.addEventListener('submit', (g) => {
    g.preventDefault();
    const q = new URLSearchParams();
    if (regio.select.value) {
      q.set('regio', regio.select.value);
    }
    if (jaar.value) {
      q.set('jaar', jaar.value);
    }
    location.hash = `#/verevening?${q}`;
  });
  const q = new URLSearchParams();
  for (const sleutel of ['regio', 'jaar']) {
    if (vraag.get(sleutel)) {
      q.set(sleutel, vraag.get(sleutel));
    }
  }
  const runs = await haal(`vereveningen?${q}`);
  const meldingen = el('div', { 'aria-live': 'assertive' });
  inhoud.append(alinea('Elke run is bewaard met model, invoer en uitkomst; een run is van één regio en jaar, en per regio en jaar is er hoogstens één definitief.'),
    filter,
    tabel(`Runs (${runs.totaal})`, [
      { kop: 'Run', waarde: (r) => link(`#/verevening/run/${r.id}`, `run ${r.id}`) },
      { kop: 'Regio', waarde: (r) => r.regio },
      { kop: 'Jaar', waarde: (r) => r.jaar },
      { kop: 'Gemaakt', waarde: (r) => tijdstip(r.aangemaakt) },
      { kop: 'Door', waarde: (r) => r.aangemaaktDoor || '–' },
      { kop: 'Definitief', waarde: (r) => (r.definitief ? `ja, door ${r.vastgesteldDoor || '?'} (${tijdstip(r.vastgesteld)})` : 'nee') },
    ], runs.items, 'runs'),
    meldingen);
  if (rechten.mag('post', '/vereveningen')) {
    inhoud.append(...nieuweRun(regios, meldingen));
  }
  if (rechten.mag('post', '/vereveningen/vergelijkingen')) {
    inhoud.append(...nieuweVergelijking(meldingen));
  }
}

function vierOgen(run, vaststelling, rechten, vak) {
  const sessie = huidigeSessie();
  vak.replaceChildren(kop(2, 'Definitief maken'),
    alinea(`Vier ogen: een run wordt definitief gemaakt door een andere controller dan wie hem maakte. Deze run is gemaakt door ${run.aangemaaktDoor || 'onbekend'}.`));
  if (vaststelling) {
    vak.append(melding('ok', `Deze run is definitief: vastgesteld door ${vaststelling.vastgesteldDoor || '?'} op ${tijdstip(vaststelling.vastgesteld)}.`));
    return;
  }
  vak.append(alinea('Deze run is nog niet definitief.'));
  if (!rechten.mag('post', '/vereveningen/{id}/definitief')) {
    return;
  }
  if (sessie && sessie.gebruiker === run.aangemaaktDoor) {
    vak.append(alinea('U maakte deze run zelf; een andere controller moet hem definitief maken.'));
  }
  const uitkomst = el('div', { 'aria-live': 'assertive' });
  vak.append(knop('Maak definitief', async () => {
    uitkomst.replaceChildren();
    try {
      const v = await stuur('POST', `vereveningen/${run.id}/definitief`);
      vierOgen(run, v, rechten, vak);
    } catch (e) {
      uitkomst.append(e instanceof ApiFout ? foutmelding(e) : melding('error', e.message));
    }
  }, 'primary-action'), uitkomst);
}

async function afleiding(run, code, vak) {
  const a = await haal(`vereveningen/${run.id}/gemeenten/${encodeURIComponent(code)}`);
  vak.replaceChildren(tabel(`Afleiding voor ${a.naam}, stap voor stap`, [
    { kop: 'Stap', waarde: (s) => s.omschrijving },
    { kop: 'Berekening', waarde: (s) => s.berekening || '–' },
    { kop: 'Uitkomst', waarde: (s) => s.uitkomst, getal: true },
  ], a.afleiding, 'afleiding'));
}

async function toonRun(inhoud, rechten, id) {
  const [run, vaststelling] = await Promise.all([haal(`vereveningen/${encodeURIComponent(id)}`),
    haal(`vereveningen/${encodeURIComponent(id)}/definitief`).catch((e) => {
      if (e instanceof ApiFout && e.status === 404) {
        return null;
      }
      throw e;
    })]);
  inhoud.append(kop(2, `Run ${run.id}: ${run.regio}, ${run.jaar}`),
    alinea(`Model: ${run.model.naam || run.model.familie}. Gemaakt door ${run.aangemaaktDoor || 'onbekend'} op ${tijdstip(run.aangemaakt)}. `
      + `Controle: som van de verevening ${euro(run.controle.somVerevening)}.`),
    el('p', { class: 'utrecht-paragraph' }, 'Downloaden: ', link(`${API}vereveningen/${run.id}?format=csv`, 'CSV'), ' · ',
      link(`${API}vereveningen/${run.id}?format=xlsx`, 'XLSX'), ' · ', link('#/verevening', 'alle runs')));
  const leden = run.leden;
  const f = figuur(`Run ${run.id}: budget, kosten en toerekening per lid`, staven(leden.map((l) => l.naam), [
    { naam: 'Budget B', waarden: leden.map((l) => heleEuros(l.budget)) },
    { naam: 'Kosten K', waarden: leden.map((l) => heleEuros(l.kosten)) },
    { naam: 'Toerekening T', waarden: leden.map((l) => heleEuros(l.toerekening)) },
  ]), tabel(`Run ${run.id}: uitkomst per lid`, [tekstkolom('Gemeente', 'naam'), ...AFREKENKOLOMMEN], leden, 'run-leden'));
  inhoud.append(f.element);
  f.teken();
  const stappen = el('div', { 'aria-live': 'polite' });
  const lid = keuze('afleiding-lid', 'Lid', leden.map((l) => ({ waarde: l.gemeente, tekst: l.naam })));
  lid.select.addEventListener('change', () => afleiding(run, lid.select.value, stappen));
  const vierOgenVak = el('section', {});
  inhoud.append(kop(2, 'Afleiding per lid'), el('div', { class: 'samenspel-velden' }, lid.element), stappen, vierOgenVak);
  vierOgen(run, vaststelling, rechten, vierOgenVak);
  await afleiding(run, leden[0].gemeente, stappen);
}

async function toonVergelijking(inhoud, id) {
  const v = await haal(`vereveningen/vergelijkingen/${encodeURIComponent(id)}`);
  inhoud.append(kop(2, `Vergelijking ${v.id}: ${v.regio}, ${v.jaar}`),
    el('p', { class: 'utrecht-paragraph' }, 'Elk model is een eigen run: ', ...v.runs.flatMap((r, i) => [i ? ', ' : '', link(`#/verevening/run/${r}`, `run ${r}`)]),
      '. Downloaden: ', link(`${API}vereveningen/vergelijkingen/${v.id}?format=csv`, 'CSV'), ' · ',
      link(`${API}vereveningen/vergelijkingen/${v.id}?format=xlsx`, 'XLSX')));
  const f = figuur(`Vergelijking ${v.id}: toerekening T per lid per model`, staven(v.leden.map((l) => l.naam),
    v.modellen.map((m, i) => ({ naam: m, waarden: v.leden.map((l) => heleEuros(l.uitkomsten[i].toerekening)) }))),
  tabel(`Vergelijking ${v.id}: toerekening T per lid per model`, [
    tekstkolom('Gemeente', 'naam'), bedragkolom('Budget B', 'budget'), bedragkolom('Kosten K', 'kosten'),
    ...v.modellen.map((m, i) => bedragkolom(`T: ${m}`, (l) => l.uitkomsten[i].toerekening)),
  ], v.leden, 'vergelijking'));
  inhoud.append(f.element);
  f.teken();
}

export default {
  pad: 'verevening',
  titel: 'Verevening',
  nodig: [['get', '/vereveningen'], ['get', '/vereveningen/{id}']],
  async toon(inhoud, rechten, delen) {
    if (delen[0] === 'run' && delen[1]) {
      return toonRun(inhoud, rechten, delen[1]);
    }
    if (delen[0] === 'vergelijking' && delen[1]) {
      return toonVergelijking(inhoud, delen[1]);
    }
    return lijst(inhoud, rechten);
  },
};
