// Imports (beheerder): per module the log of files read, with refused files and their reports (line and field,
// never a value), as each module's import log gives them.

import { haal } from '../api.js';
import { alinea, el, getal, knop, kop, tabel, tijdstip } from '../opmaak.js';

const MODULES = [
  { titel: 'Jeugdhulp', pad: 'jeugdhulp' },
  { titel: 'Wmo', pad: 'wmo' },
  { titel: 'Beschermd wonen', pad: 'beschermd-wonen' },
];

/** The report of one import (GET .../imports/{id}), asked for when the reader wants it: one call per report. */
function rapportknop(module, r, vak) {
  if (r.geaccepteerd && !r.fouten) {
    return '–';
  }
  return knop(`Rapport ${r.id}`, async () => {
    const detail = await haal(`${module.pad}/imports/${r.id}`);
    vak.replaceChildren(kop(3, `Rapport van import ${r.id} (${module.titel})`),
      el('pre', { class: 'utrecht-code-block', 'data-rapport': String(r.id), tabindex: '0' }, detail.rapport || 'geen rapport'));
    vak.focus();
  });
}

export default {
  pad: 'imports',
  titel: 'Imports',
  nodig: [],
  eenVan: MODULES.map((m) => ['get', `/${m.pad}/imports`]),
  async toon(inhoud, rechten) {
    const modules = MODULES.filter((m) => rechten.mag('get', `/${m.pad}/imports`));
    inhoud.append(alinea('De laatste 50 ingelezen bestanden per module. Een geweigerd bestand is geheel geweigerd; het rapport noemt elke regel en elk veld, nooit een waarde.'));
    const logs = await Promise.all(modules.map((m) => haal(`${m.pad}/imports?aantal=50`)));
    const vak = el('section', { 'aria-live': 'polite', tabindex: '-1' });
    modules.forEach((m, i) => inhoud.append(kop(2, m.titel), tabel(`${m.titel}: ingelezen bestanden`, [
      { kop: 'Nr.', waarde: (r) => r.id, getal: true },
      { kop: 'Tijdstip', waarde: (r) => tijdstip(r.tijdstip) },
      { kop: 'Soort', waarde: (r) => r.soort },
      { kop: 'Bestand', waarde: (r) => r.bestand || '–' },
      { kop: 'Formaat', waarde: (r) => r.formaat },
      { kop: 'Status', waarde: (r) => r.status },
      { kop: 'Records', waarde: (r) => getal(r.records), getal: true },
      { kop: 'Fouten', waarde: (r) => getal(r.fouten), getal: true },
      { kop: 'Rapport', waarde: (r) => rapportknop(m, r, vak) },
    ], logs[i], `imports-${m.pad}`)));
    inhoud.append(vak);
  },
};
