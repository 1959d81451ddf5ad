// The one way the pages reach data: /api/v1 of this installation, with the session cookie (sent by the
// browser, unreadable to scripts) and, for every change, the session's CSRF token.

const BASIS = new URL('../api/v1/', document.baseURI).pathname;

let sessie = null;
let teller = 0;

/** How many API calls this page load made: the benchmark and the tests read it. */
export function aantalVerzoeken() {
  return teller;
}

export function huidigeSessie() {
  return sessie;
}

/** An answer other than 2xx, with the problem+json the API gives. */
export class ApiFout extends Error {
  constructor(status, probleem) {
    super((probleem && (probleem.detail || probleem.title)) || `HTTP ${status}`);
    this.status = status;
    this.probleem = probleem || {};
  }
}

async function verzoek(methode, pad, lichaam) {
  const koppen = { Accept: 'application/json' };
  if (lichaam !== undefined) {
    koppen['Content-Type'] = 'application/json';
  }
  if (methode !== 'GET' && sessie) {
    koppen['X-CSRF-Token'] = sessie.csrf;
  }
  teller += 1;
  const antwoord = await fetch(BASIS + pad, {
    method: methode,
    headers: koppen,
    credentials: 'same-origin',
    body: lichaam === undefined ? undefined : JSON.stringify(lichaam),
  });
  if (antwoord.status === 204) {
    return null;
  }
  const soort = antwoord.headers.get('Content-Type') || '';
  const inhoud = soort.includes('json') ? await antwoord.json() : await antwoord.text();
  if (!antwoord.ok) {
    if (antwoord.status === 401 && !pad.startsWith('sessie')) {
      sessie = null;
      document.dispatchEvent(new CustomEvent('samenspel:afgemeld'));
    }
    throw new ApiFout(antwoord.status, typeof inhoud === 'object' ? inhoud : null);
  }
  return inhoud;
}

export const haal = (pad) => verzoek('GET', pad);
export const stuur = (methode, pad, lichaam) => verzoek(methode, pad, lichaam);

/** The session after a page load, or null when nobody is logged in (401). */
export async function laadSessie() {
  try {
    sessie = await haal('sessie');
    // a browser that still sends Basic credentials is someone, but has no session of the dashboard: log in
    if (sessie && !sessie.csrf) {
      sessie = null;
    }
  } catch (e) {
    if (!(e instanceof ApiFout) || e.status !== 401) {
      throw e;
    }
    sessie = null;
  }
  return sessie;
}

export async function meldAan(gebruiker, wachtwoord) {
  sessie = await stuur('POST', 'sessie', { gebruiker, wachtwoord });
  return sessie;
}

export async function meldAf() {
  try {
    await stuur('POST', 'sessie/afmelden');
  } finally {
    sessie = null;
  }
}
