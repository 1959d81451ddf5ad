// Small helpers that build the page from NL Design System components. Text always goes in as text
// (textContent), never as HTML, so no figure or name from the API can become markup.

export function el(naam, eigenschappen = {}, ...kinderen) {
  const e = document.createElement(naam);
  for (const [sleutel, waarde] of Object.entries(eigenschappen)) {
    if (waarde === undefined || waarde === null || waarde === false) {
      continue;
    }
    if (sleutel === 'class') {
      e.className = waarde;
    } else if (sleutel.startsWith('on')) {
      e.addEventListener(sleutel.substring(2), waarde);
    } else {
      e.setAttribute(sleutel, waarde === true ? '' : waarde);
    }
  }
  for (const kind of kinderen.flat()) {
    if (kind !== undefined && kind !== null) {
      e.append(kind instanceof Node ? kind : String(kind));
    }
  }
  return e;
}

export const kop = (niveau, tekst) => el(`h${niveau}`, { class: `utrecht-heading-${niveau}` }, tekst);
export const alinea = (...tekst) => el('p', { class: 'utrecht-paragraph' }, ...tekst);

/** Whole euros and cents from integer eurocents, exactly: BigInt, no floating point. */
export function euro(centen) {
  if (centen === null || centen === undefined) {
    return '–';
  }
  const c = BigInt(centen);
  const negatief = c < 0n;
  const abs = negatief ? -c : c;
  const euros = (abs / 100n).toLocaleString('nl-NL');
  const rest = String(abs % 100n).padStart(2, '0');
  return `${negatief ? '−' : ''}€ ${euros},${rest}`;
}

export const getal = (n) => (n === null || n === undefined ? '–' : Number(n).toLocaleString('nl-NL'));

export function datum(iso) {
  if (!iso) {
    return '–';
  }
  const [j, m, d] = iso.split('-');
  return `${d}-${m}-${j}`;
}

/**
 * A table with a caption; columns are {kop, waarde(rij), getal?}. The wrapper can take focus, so a
 * keyboard user can scroll a wide or long table.
 */
export function tabel(bijschrift, kolommen, rijen, naam) {
  const thead = el('thead', { class: 'utrecht-table__header' },
    el('tr', { class: 'utrecht-table__row' },
      kolommen.map((k) => el('th', { class: `utrecht-table__header-cell${k.getal ? ' samenspel-getal' : ''}`, scope: 'col' }, k.kop))));
  const tbody = el('tbody', { class: 'utrecht-table__body' },
    rijen.map((rij) => el('tr', { class: 'utrecht-table__row' },
      kolommen.map((k, i) => el(i === 0 ? 'th' : 'td', {
        class: `utrecht-table__${i === 0 ? 'header-' : ''}cell${k.getal ? ' samenspel-getal' : ''}`,
        scope: i === 0 ? 'row' : undefined,
      }, k.waarde(rij))))));
  const t = el('table', { class: 'utrecht-table', 'data-tabel': naam || undefined },
    el('caption', { class: 'utrecht-table__caption' }, bijschrift), thead, tbody);
  return el('div', { class: 'samenspel-tabel', tabindex: '0', role: 'region', 'aria-label': bijschrift }, t);
}

export function melding(soort, tekst) {
  return el('div', { class: `utrecht-alert utrecht-alert--${soort}`, role: soort === 'error' ? 'alert' : 'status' },
    el('div', { class: 'utrecht-alert__content' }, el('p', { class: 'utrecht-alert__message utrecht-paragraph' }, tekst)));
}

export function knop(tekst, bijKlik, soort = 'secondary-action') {
  return el('button', { type: 'button', class: `utrecht-button utrecht-button--${soort}`, onclick: bijKlik }, tekst);
}

/** A labelled form field (label, input), as the Utrecht form-field component lays it out. */
export function veld(id, label, invoer) {
  invoer.id = id;
  invoer.classList.add('utrecht-textbox', 'utrecht-textbox--html-input');
  return el('div', { class: 'utrecht-form-field utrecht-form-field--text' },
    el('div', { class: 'utrecht-form-field__label' }, el('label', { class: 'utrecht-form-label', for: id }, label)),
    el('div', { class: 'utrecht-form-field__input' }, invoer));
}

/** A labelled select of [{waarde, tekst}]. */
export function keuze(id, label, opties, gekozen) {
  const select = el('select', { id, class: 'utrecht-select utrecht-select--html-select' },
    opties.map((o) => el('option', { value: o.waarde, selected: o.waarde === gekozen }, o.tekst)));
  return {
    element: el('div', { class: 'utrecht-form-field utrecht-form-field--select' },
      el('div', { class: 'utrecht-form-field__label' }, el('label', { class: 'utrecht-form-label', for: id }, label)),
      el('div', { class: 'utrecht-form-field__input' }, select)),
    select,
  };
}

export const link = (href, tekst, extra = {}) => el('a', { class: 'utrecht-link', href, ...extra }, tekst);

/** A date and time from the API (UTC) as the reader's local time, Dutch notation. */
export function tijdstip(iso) {
  return iso ? new Date(iso).toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'short' }) : '–';
}

/** Table columns of the usual kinds: an amount in eurocents, a count, a percentage as the API gives it, a text. */
export const bedragkolom = (kopje, veld) => ({ kop: kopje, waarde: (r) => euro(typeof veld === 'function' ? veld(r) : r[veld]), getal: true });
export const getalkolom = (kopje, veld) => ({ kop: kopje, waarde: (r) => getal(typeof veld === 'function' ? veld(r) : r[veld]), getal: true });
export const procentkolom = (kopje, veld) => ({ kop: kopje, waarde: (r) => (r[veld] === null || r[veld] === undefined ? '–' : `${r[veld]} %`), getal: true });
export const tekstkolom = (kopje, veld) => ({ kop: kopje, waarde: (r) => (typeof veld === 'function' ? veld(r) : r[veld]) ?? '–' });

/** What an equalization gives a member, in the order of the model: B, K, T, V and the balance. */
export const AFREKENKOLOMMEN = [bedragkolom('Budget B', 'budget'), bedragkolom('Kosten K', 'kosten'), bedragkolom('Toerekening T', 'toerekening'),
  bedragkolom('Verevening V', 'verevening'), bedragkolom('Saldo', 'saldo')];
