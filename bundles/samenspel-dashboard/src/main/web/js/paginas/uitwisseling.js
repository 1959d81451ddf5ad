// Uitwisseling: on the hub, per node what it delivered, what was refused and when it last fetched its statements;
// on a node, its own outbox (waiting, sent, failed, the last error), its inbox and the hub's master data.

import { haal } from '../api.js';
import { alinea, getal, kop, melding, tabel, tijdstip } from '../opmaak.js';

async function hub(inhoud) {
  const knooppunten = await haal('uitwisseling/knooppunten');
  inhoud.append(alinea('Per knooppunt dat de hub sprak: de ontvangen batches, de geweigerde (alleen module, soort en reden; de inhoud blijft bij het knooppunt) en wanneer het zijn afrekeningen ophaalde.'),
    tabel('Knooppunten aan de uitwisseling', [
      { kop: 'Gemeente', waarde: (k) => k.naam },
      { kop: 'Batches', waarde: (k) => getal(k.batches), getal: true },
      { kop: 'Records', waarde: (k) => getal(k.records), getal: true },
      { kop: 'Laatste batch', waarde: (k) => (k.laatsteBatch ? `${tijdstip(k.laatsteBatch.ontvangen)}: ${k.laatsteBatch.module} ${k.laatsteBatch.soort} (${getal(k.laatsteBatch.records)})` : '–') },
      { kop: 'Geweigerd', waarde: (k) => getal(k.geweigerd), getal: true },
      { kop: 'Laatste weigering', waarde: (k) => (k.laatsteWeigering ? `${tijdstip(k.laatsteWeigering.tijdstip)}: ${k.laatsteWeigering.module} ${k.laatsteWeigering.soort}, ${k.laatsteWeigering.status} ${k.laatsteWeigering.titel}` : '–') },
      { kop: 'Afrekeningen opgehaald', waarde: (k) => (k.laatsteAfhaling ? `${tijdstip(k.laatsteAfhaling)} (${k.afrekeningenBijLaatsteAfhaling})` : 'nooit') },
    ], knooppunten, 'knooppunten'));
}

async function knooppunt(inhoud) {
  const [s, mislukt] = await Promise.all([haal('uitwisseling/status'), haal('uitwisseling/batches?status=mislukt')]);
  const soort = { ok: 'ok', verzendt: 'info', traag: 'warning', faalt: 'error', opslag: 'error' }[s.toestand] || 'info';
  inhoud.append(melding(soort, `Toestand: ${s.toestand} sinds ${tijdstip(s.sinds)}${s.reden ? ` (${s.reden})` : ''}.`),
    tabel(`Uitgaand naar de hub (${s.hub})`, [
      { kop: 'Wat', waarde: (r) => r.wat },
      { kop: 'Aantal', waarde: (r) => getal(r.aantal), getal: true },
    ], [
      { wat: 'Records wachtend', aantal: s.wachtend },
      { wat: 'Records verzonden', aantal: s.verzonden },
      { wat: 'Records mislukt', aantal: s.mislukt },
      { wat: 'Batches verzonden', aantal: s.batchesVerzonden },
      { wat: 'Batches mislukt', aantal: s.batchesMislukt },
    ], 'uitgaand'),
    kop(2, 'Laatste fout'),
    alinea(s.geschiedenis && s.geschiedenis.laatsteFout ? `${tijdstip(s.geschiedenis.laatsteFoutOp)}: ${s.geschiedenis.laatsteFout}` : 'Geen.'),
    kop(2, 'Mislukte batches'),
    tabel('Mislukte batches', [
      { kop: 'Batch', waarde: (b) => b.id ?? b.sleutel },
      { kop: 'Records', waarde: (b) => getal(b.records), getal: true },
      { kop: 'Pogingen', waarde: (b) => getal(b.pogingen), getal: true },
      { kop: 'Laatste fout', waarde: (b) => b.laatsteFout || '–' },
    ], mislukt, 'mislukt'),
    kop(2, 'Inbox'),
    alinea(s.inboxstand.wacht ? `De inbox wacht tot ${tijdstip(s.inboxstand.wachtTot)}: ${s.inboxstand.laatsteFout || ''}`
      : `De inbox verwerkt; ${s.inboxstand.bestandenMetFouten} bestand(en) met fouten, ${s.inboxstand.apartGezet} apart gezet.`));
}

export default {
  pad: 'uitwisseling',
  titel: 'Uitwisseling',
  nodig: [],
  eenVan: [['get', '/uitwisseling/knooppunten'], ['get', '/uitwisseling/status']],
  async toon(inhoud, rechten) {
    return rechten.mag('get', '/uitwisseling/knooppunten') ? hub(inhoud) : knooppunt(inhoud);
  },
};
