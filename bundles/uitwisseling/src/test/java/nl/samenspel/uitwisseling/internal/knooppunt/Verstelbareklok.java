package nl.samenspel.uitwisseling.internal.knooppunt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until the test moves it. */
final class Verstelbareklok extends Clock {

    private volatile Instant nu;

    Verstelbareklok(Instant begin) {
        this.nu = begin;
    }

    void verzet(Duration stap) {
        nu = nu.plus(stap);
    }

    void zet(Instant tijd) {
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
        throw new UnsupportedOperationException("een verstelbare klok heeft alleen UTC");
    }
}
