package nl.samenspel.toegang.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so no test sleeps. */
final class Testklok extends Clock {

    private Instant nu;

    Testklok(Instant start) {
        this.nu = start;
    }

    Testklok() {
        this(Instant.parse("2026-03-02T09:00:00Z"));
    }

    void verzet(Duration d) {
        nu = nu.plus(d);
    }

    @Override
    public Instant instant() {
        return nu;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
