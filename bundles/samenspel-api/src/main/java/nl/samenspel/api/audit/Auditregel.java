package nl.samenspel.api.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One event for the audit log (BIO2 8.15.01): who did what to which object, with what result,
 * from where, when. Never personal data: no BSN, no pseudonym, no name, no request body. The
 * object is made of identifiers the platform itself gives (a run id, an import kind, a gemeente
 * code).
 *
 * @param actor     the user name, {@code oin:<OIN>} for a node's certificate, {@code token:<subject>}
 *                  for a bearer token, or {@code anoniem}
 * @param actie     the method and path template ({@code POST /vereveningen/{id}/definitief}),
 *                  or the console command ({@code console samenspel:verevening})
 * @param object    the identifiers the action was about ({@code id=12}); empty when none
 * @param resultaat the HTTP status, or for events without one: 200 done, 401 login failed,
 *                  403 refused, 429 locked, 500 failed
 * @param herkomst  the remote address, or {@code console}/{@code ssh:<address>}
 * @param tijd      when it happened
 */
public record Auditregel(String actor, String actie, String object, int resultaat, String herkomst, Instant tijd) {

    public Auditregel {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actie, "actie");
        object = object == null ? "" : object;
        herkomst = herkomst == null ? "" : herkomst;
        Objects.requireNonNull(tijd, "tijd");
    }
}
