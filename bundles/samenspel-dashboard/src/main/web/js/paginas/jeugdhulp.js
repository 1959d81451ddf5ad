// Jeugdhulp (regio IJsselland): ceiling uptake per contract, waiting times per category, and who refers.

import { haal } from '../api.js';
import { figuur, staven } from '../grafiek.js';
import { alinea, bedragkolom, getalkolom, kop, procentkolom, tabel, tekstkolom } from '../opmaak.js';
import { gekozenJaar, heleEuros, jaarveld } from './jaar.js';

const VERWIJZERS = ['sociaal-wijkteam', 'huisarts', 'jeugdarts', 'gecertificeerde-instelling', 'rechter', 'anders'];

function plafonds(d, jaar) {
  const c = d.contracten;
  return figuur(`Plafondbenutting per contract, ${jaar}`, staven(c.map((r) => r.naam), [
    { naam: 'Plafond', waarden: c.map((r) => heleEuros(r.plafond)) },
    { naam: 'Toegewezen', waarden: c.map((r) => heleEuros(r.toegewezen)) },
    { naam: 'Gerealiseerd', waarden: c.map((r) => heleEuros(r.gerealiseerd)) },
  ]), tabel(`Plafondbenutting per contract, ${jaar}`, [
    tekstkolom('Aanbieder', 'naam'), tekstkolom('AGB', 'agb'), bedragkolom('Plafond', 'plafond'), bedragkolom('Toegewezen', 'toegewezen'),
    procentkolom('Benut (toegewezen)', 'benuttingToegewezen'), bedragkolom('Gerealiseerd', 'gerealiseerd'),
    procentkolom('Benut (gerealiseerd)', 'benuttingGerealiseerd'), tekstkolom('Signaal', 'status'),
  ], c, 'jeugdhulp-plafonds'));
}

function wachttijden(d, jaar) {
  const c = d.categorieen;
  return figuur(`Wachttijd van aanmelding tot start per categorie, ${jaar}`, staven(c.map((r) => r.categorie), [
    { naam: 'Mediaan', waarden: c.map((r) => r.mediaanDagen) },
    { naam: '90e percentiel', waarden: c.map((r) => r.p90Dagen) },
  ], 'dagen'), tabel(`Wachttijd per categorie (dagen), ${jaar}`, [
    tekstkolom('Categorie', 'categorie'), getalkolom('Toewijzingen', 'aantal'), getalkolom('Mediaan', 'mediaanDagen'),
    getalkolom('90e percentiel', 'p90Dagen'),
  ], [...c, d.totaal], 'jeugdhulp-wachttijden'));
}

function verwijzers(d, jaar) {
  const g = d.gemeenten;
  return figuur(`Verwijzers per gemeente, ${jaar}`, staven(g.map((r) => r.naam),
    VERWIJZERS.map((v) => ({ naam: v, waarden: g.map((r) => r.aantallen[v] || 0), extra: { stack: 'verwijzers' } })), 'toewijzingen'),
  tabel(`Verwijzers per gemeente, ${jaar}`, [
    tekstkolom('Gemeente', 'naam'), ...VERWIJZERS.map((v) => getalkolom(v, (r) => r.aantallen[v] || 0)),
    procentkolom('Aandeel huisarts', 'aandeelHuisarts'),
  ], g, 'jeugdhulp-verwijzers'));
}

export default {
  pad: 'jeugdhulp',
  titel: 'Jeugdhulp',
  nodig: [['get', '/jeugdhulp/monitoring/plafonds'], ['get', '/jeugdhulp/monitoring/wachttijden'], ['get', '/jeugdhulp/monitoring/verwijzers']],
  async toon(inhoud) {
    const jaar = gekozenJaar();
    inhoud.append(alinea('Regio IJsselland: hoe ver de contracten hun plafond benutten, hoe lang jeugdigen wachten, en wie verwijst.'),
      jaarveld('jeugdhulp', jaar));
    const [p, w, v] = await Promise.all([haal(`jeugdhulp/monitoring/plafonds?jaar=${jaar}`),
      haal(`jeugdhulp/monitoring/wachttijden?jaar=${jaar}`), haal(`jeugdhulp/monitoring/verwijzers?jaar=${jaar}`)]);
    const figuren = [plafonds(p, jaar), wachttijden(w, jaar), verwijzers(v, jaar)];
    inhoud.append(kop(2, 'Plafonds'), figuren[0].element, kop(2, 'Wachttijden'), figuren[1].element, kop(2, 'Verwijzers'), figuren[2].element);
    figuren.forEach((f) => f.teken());
  },
};
