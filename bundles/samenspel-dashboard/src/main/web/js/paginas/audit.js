// Audit (beheerder): the check of the audit log's hash chain and its latest records.

import { haal } from '../api.js';
import { alinea, kop, melding, tabel } from '../opmaak.js';

export default {
  pad: 'audit',
  titel: 'Audit',
  nodig: [['get', '/audit'], ['get', '/audit/controle']],
  async toon(inhoud) {
    const [controle, regels] = await Promise.all([haal('audit/controle'), haal('audit?aantal=50')]);
    inhoud.append(kop(2, 'Controle van de keten'),
      controle.intact
        ? melding('ok', `De keten is intact: ${controle.gecontroleerd} records gecontroleerd.`)
        : melding('error', `De keten is verbroken; zie het auditlog en docs/security.md (${controle.gecontroleerd} records gecontroleerd).`));
    inhoud.append(kop(2, 'Laatste regels'), alinea('De nieuwste 50 regels van het auditlog.'),
      tabel('Auditlog: de nieuwste regels', [
        { kop: 'Nr.', waarde: (r) => r.volgnummer, getal: true },
        { kop: 'Tijd (UTC)', waarde: (r) => r.tijd.replace('T', ' ').substring(0, 19) },
        { kop: 'Wie', waarde: (r) => r.actor },
        { kop: 'Actie', waarde: (r) => r.actie },
        { kop: 'Object', waarde: (r) => r.object || '–' },
        { kop: 'Resultaat', waarde: (r) => r.resultaat, getal: true },
      ], regels, 'audit'));
  },
};
