package nl.samenspel.api.gezondheid;

import java.util.List;

/**
 * Figures a component reports for monitoring (the outbox, the imports, the database), read at
 * every scrape of {@code /api/v1/metrics}. The metrics bundle turns them into meters of its
 * library and writes the exposition format; a component needs no metrics library. The figures
 * are counts, ages, sizes and durations, never personal data, and are read from where the
 * component keeps them (the database, the disk), so they survive a restart where that matters.
 */
public interface Meetbron {

    /** The current figures; an empty list when the component has none to report now. Must not block for long. */
    List<Meting> metingen();
}
