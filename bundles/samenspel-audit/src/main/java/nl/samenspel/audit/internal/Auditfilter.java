package nl.samenspel.audit.internal;

import java.time.Instant;

/**
 * Which records to list, newest first. Every criterion is optional ({@code null}).
 *
 * @param actor     exactly this actor
 * @param actie     the action contains this text, case-insensitive
 * @param van       at or after this moment
 * @param tot       before this moment
 * @param resultaat exactly this result
 * @param pagina    the page, from 1
 * @param aantal    records per page
 */
public record Auditfilter(String actor, String actie, Instant van, Instant tot, Integer resultaat, int pagina, int aantal) {

    public Auditfilter {
        if (pagina < 1 || aantal < 1) {
            throw new IllegalArgumentException("pagina en aantal beginnen bij 1");
        }
    }
}
