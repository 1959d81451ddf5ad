package nl.samenspel.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Samenspel opslagbewaking",
        description = "How the store watches whether work that writes may be taken: a write probe of the database and a floor"
                + " under the free space of the data directory. While either fails, the inbox, the sender, the hub's receipt and"
                + " every state-changing request wait, readiness answers 503 with the cause, and the store reopens the database"
                + " by itself once the cause is gone.")
@interface OpslagConfig {

    String PID = "nl.samenspel.opslag";

    @AttributeDefinition(name = "Probe interval (s)", description = "Seconds between two write probes, and between two attempts to"
            + " reopen a database that refuses writes", min = "1", max = "3600")
    int proefIntervalS() default 10;

    @AttributeDefinition(name = "Free space floor (MiB)", description = "Below this much free space under the data directory no work"
            + " is taken, so that the database never runs into a full disk half-way through an import", min = "0")
    long schijfMinimumMiB() default 200;
}
