// The dashboard's frame: login, the menu, and one page at a time by the address's #fragment. Which pages
// exist is read from the running installation's openapi.json: a page appears only when every operation
// it needs (nodig), and at least one of its alternatives (eenVan), is installed (a module that is not there
// leaves no page) and the user's roles may call it (a lezer sees nothing that would answer 403).

import { aantalVerzoeken, ApiFout, haal, huidigeSessie, laadSessie, meldAan, meldAf } from './api.js';
import { el, kop, melding, veld } from './opmaak.js';
import { Rechten } from './rechten.js';
import { PAGINAS } from './paginas/index.js';

const inhoud = document.getElementById('inhoud');
const menu = document.getElementById('menu');
const gebruiker = document.getElementById('gebruiker');
let rechten = null;
let beschikbaar = [];

function leeg(element) {
  while (element.firstChild) {
    element.firstChild.remove();
  }
}

function toonAanmelden(reden) {
  rechten = null;
  leeg(menu);
  leeg(gebruiker);
  leeg(inhoud);
  document.title = 'Aanmelden – Samenspel';
  const naam = el('input', { type: 'text', name: 'gebruiker', autocomplete: 'username', required: true, spellcheck: 'false' });
  const wachtwoord = el('input', { type: 'password', name: 'wachtwoord', autocomplete: 'current-password', required: true });
  const fout = el('div', { 'aria-live': 'assertive' });
  const formulier = el('form', { class: 'utrecht-form samenspel-aanmelden', novalidate: true },
    veld('aanmelden-gebruiker', 'Gebruikersnaam', naam),
    veld('aanmelden-wachtwoord', 'Wachtwoord', wachtwoord),
    el('button', { type: 'submit', class: 'utrecht-button utrecht-button--primary-action' }, 'Aanmelden'));
  formulier.addEventListener('submit', async (gebeurtenis) => {
    gebeurtenis.preventDefault();
    leeg(fout);
    if (!naam.value.trim() || !wachtwoord.value) {
      fout.append(melding('error', 'Vul uw gebruikersnaam en wachtwoord in.'));
      return;
    }
    try {
      await meldAan(naam.value.trim(), wachtwoord.value);
      wachtwoord.value = '';
      await naAanmelden();
    } catch (e) {
      wachtwoord.value = '';
      const tekst = e instanceof ApiFout && e.status === 429
        ? 'Te veel mislukte pogingen; probeer het over een paar minuten opnieuw.'
        : e instanceof ApiFout && e.status === 401 ? 'Gebruikersnaam of wachtwoord onjuist.' : `Aanmelden lukt niet: ${e.message}`;
      fout.append(melding('error', tekst));
    }
  });
  inhoud.append(kop(1, 'Aanmelden'), reden ? melding('warning', reden) : '', fout, formulier);
  naam.focus();
}

async function naAanmelden() {
  const sessie = huidigeSessie();
  rechten = new Rechten(await haal('openapi.json'), sessie.rollen);
  beschikbaar = PAGINAS.filter((p) => p.nodig.every(([methode, pad]) => rechten.mag(methode, pad))
    && (!p.eenVan || p.eenVan.some(([methode, pad]) => rechten.mag(methode, pad))));
  leeg(gebruiker);
  gebruiker.append(
    el('span', { 'data-gebruiker': sessie.gebruiker }, `${sessie.gebruiker} (${sessie.rollen.join(', ')})`),
    el('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle', onclick: afmelden }, 'Afmelden'));
  document.getElementById('installatie').textContent = rechten.isHub() ? 'hub' : 'knooppunt';
  bouwMenu();
  await toonPagina();
}

async function afmelden() {
  await meldAf().catch(() => {});
  toonAanmelden('U bent afgemeld.');
}

function bouwMenu() {
  leeg(menu);
  menu.append(el('ul', {}, beschikbaar.map((p) => el('li', {},
    el('a', { class: 'utrecht-link', href: `#/${p.pad}`, 'data-pagina': p.pad }, p.titel)))));
}

async function toonPagina() {
  if (!rechten) {
    return;
  }
  // #/pagina/deel/deel?vraag: the page, and what it shows of itself (a run, a comparison)
  const [pad, ...delen] = location.hash.replace(/^#\/?/, '').split('?')[0].split('/');
  const pagina = beschikbaar.find((p) => p.pad === pad) || beschikbaar[0];
  for (const a of menu.querySelectorAll('a')) {
    if (a.dataset.pagina === pagina.pad) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  }
  leeg(inhoud);
  document.title = `${pagina.titel} – Samenspel`;
  inhoud.append(kop(1, pagina.titel));
  inhoud.dataset.pagina = pagina.pad;
  inhoud.dataset.route = [pagina.pad, ...(pagina.pad === pad ? delen : [])].join('/');
  inhoud.dataset.klaar = 'nee';
  const voor = aantalVerzoeken();
  try {
    await pagina.toon(inhoud, rechten, pagina.pad === pad ? delen.map(decodeURIComponent) : []);
  } catch (e) {
    if (!(e instanceof ApiFout && e.status === 401)) {
      inhoud.append(melding('error', `Deze pagina kon niet geladen worden: ${e.message}`));
    }
  }
  // how many API calls this page made: the browser test and the benchmark read it
  inhoud.dataset.verzoeken = String(aantalVerzoeken() - voor);
  // when the page was ready, in ms since the navigation began: bench/dashboard reads it (time to interactive)
  inhoud.dataset.klaarNa = String(Math.round(performance.now()));
  inhoud.dataset.klaar = 'ja';
  inhoud.focus();
}

window.addEventListener('hashchange', toonPagina);
document.addEventListener('samenspel:afgemeld', () => toonAanmelden('Uw sessie is verlopen; meld u opnieuw aan.'));

(async () => {
  try {
    if (await laadSessie()) {
      await naAanmelden();
    } else {
      toonAanmelden();
    }
  } catch (e) {
    leeg(inhoud);
    inhoud.append(melding('error', `Samenspel is niet bereikbaar: ${e.message}`));
  }
})();
