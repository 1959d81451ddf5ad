// Afrekeningen (node): the statements of final equalization runs for this municipality, as fetched from the hub.

import { haal } from '../api.js';
import { alinea, euro, tabel, tijdstip } from '../opmaak.js';

export default {
  pad: 'afrekeningen',
  titel: 'Afrekeningen',
  nodig: [['get', '/afrekeningen']],
  async toon(inhoud) {
    const lijst = await haal('afrekeningen');
    inhoud.append(alinea('De afrekeningen van definitieve vereveningsruns voor deze gemeente, zoals het knooppunt ze bij de hub ophaalde.'),
      tabel('Afrekeningen', [
        { kop: 'Run', waarde: (a) => a.run, getal: true },
        { kop: 'Regio', waarde: (a) => a.regio },
        { kop: 'Jaar', waarde: (a) => a.jaar },
        { kop: 'Vastgesteld', waarde: (a) => tijdstip(a.vastgesteld) },
        { kop: 'Budget', waarde: (a) => euro(a.budget), getal: true },
        { kop: 'Kosten', waarde: (a) => euro(a.kosten), getal: true },
        { kop: 'Toerekening', waarde: (a) => euro(a.toerekening), getal: true },
        { kop: 'Verevening', waarde: (a) => euro(a.verevening), getal: true },
        { kop: 'Saldo', waarde: (a) => euro(a.saldo), getal: true },
      ], lijst, 'afrekeningen'));
  },
};
