// Afrekeningen (node): the statements of final equalization runs for this municipality, as fetched from the hub.

import { haal } from '../api.js';
import { AFREKENKOLOMMEN, alinea, tabel, tekstkolom, tijdstip } from '../opmaak.js';

export default {
  pad: 'afrekeningen',
  titel: 'Afrekeningen',
  nodig: [['get', '/afrekeningen']],
  async toon(inhoud) {
    const lijst = await haal('afrekeningen');
    inhoud.append(alinea('De afrekeningen van definitieve vereveningsruns voor deze gemeente, zoals het knooppunt ze bij de hub ophaalde.'),
      tabel('Afrekeningen', [
        tekstkolom('Run', 'run'), tekstkolom('Regio', 'regio'), tekstkolom('Jaar', 'jaar'),
        { kop: 'Vastgesteld', waarde: (a) => tijdstip(a.vastgesteld) },
        ...AFREKENKOLOMMEN,
      ], lijst, 'afrekeningen'));
  },
};
