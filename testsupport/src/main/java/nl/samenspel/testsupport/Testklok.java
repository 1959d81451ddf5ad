package nl.samenspel.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until the test moves it, so no test sleeps to let time pass. UTC only. */
public final class Testklok extends Clock {

    private volatile Instant nu;

    public Testklok(Instant begin) {
        this.nu = begin;
    }

    /** 2 March 2026, 09:00 UTC: an ordinary working morning. */
    public Testklok() {
        this(Instant.parse("2026-03-02T09:00:00Z"));
    }

    public void verzet(Duration stap) {
        nu = nu.plus(stap);
    }

    public void zet(Instant tijd) {
        nu = tijd;
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
