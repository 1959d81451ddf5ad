package nl.samenspel.module.toewijzing;

/**
 * A provider's report on a stored allocation, a start or a stop of care, with its StatusAanlevering:
 * {@code intrekken} withdraws an earlier one (3), {@code gewijzigd} changes it (2).
 */
interface Melding {

    Toewijzingsleutel sleutel();

    boolean intrekken();

    boolean gewijzigd();
}
