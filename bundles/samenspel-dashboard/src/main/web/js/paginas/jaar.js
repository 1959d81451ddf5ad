// The year a page shows: from the address (#/pagina?jaar=2016), so a view can be shared as a link, else
// the current year; and the field to choose another.

import { el, veld } from '../opmaak.js';

export function gekozenJaar() {
  const vraag = location.hash.split('?')[1] || '';
  const jaar = Number(new URLSearchParams(vraag).get('jaar'));
  return Number.isInteger(jaar) && jaar >= 2000 && jaar <= 2100 ? jaar : new Date().getFullYear();
}

/** A year field; changing it rewrites the address, which shows the page again. */
export function jaarveld(pagina, jaar) {
  const invoer = el('input', { type: 'number', min: '2000', max: '2100', step: '1', value: String(jaar), inputmode: 'numeric' });
  const knop = el('button', { type: 'submit', class: 'utrecht-button utrecht-button--secondary-action' }, 'Toon');
  const formulier = el('form', { class: 'samenspel-velden' }, veld(`${pagina}-jaar`, 'Jaar', invoer), knop);
  formulier.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/${pagina}?jaar=${invoer.value}`;
  });
  return formulier;
}

/** Whole euros of an amount in eurocents, for the position of a bar only (the table shows the exact amount). */
export const heleEuros = (centen) => (centen === null || centen === undefined ? null : Number(BigInt(centen) / 100n));
